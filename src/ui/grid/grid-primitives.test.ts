import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createCellEditor } from './editor';
import { createGridSelection } from './selection';

describe('createGridSelection', () => {
  it('moves, extends a rectangle, and stays inside the grid as it shrinks', () =>
    createRoot((dispose) => {
      const [size, setSize] = createSignal({ rows: 10, cols: 5 });
      const sel = createGridSelection(size);
      sel.moveTo({ row: 2, col: 1 });
      sel.moveBy(2, 2, true);
      expect(sel.rect()).toEqual({ top: 2, bottom: 4, left: 1, right: 3 });
      expect(sel.isSelected(3, 2)).toBe(true);
      expect(sel.isBlock()).toBe(true);
      sel.moveBy(0, 10);
      expect(sel.active()).toEqual({ row: 4, col: 4 });
      setSize({ rows: 3, cols: 2 });
      expect(sel.active()).toEqual({ row: 2, col: 1 });
      expect(sel.isBlock()).toBe(false);
      dispose();
    }));

  it('follows its columns to where they went, from where it was put, and keeps its rectangle', () =>
    createRoot((dispose) => {
      const [size, setSize] = createSignal({ rows: 10, cols: 5 });
      const sel = createGridSelection(size);
      // Anchor in column 4, active in column 3: presenting those two makes them columns 1 and 0.
      sel.moveTo({ row: 1, col: 4 });
      sel.moveBy(0, -1, true);
      setSize({ rows: 10, cols: 2 });
      expect(sel.place({ col: (c) => c - 3 })).toBe(true);
      expect(sel.active()).toEqual({ row: 1, col: 0 });
      expect(sel.rect()).toEqual({ top: 1, bottom: 1, left: 0, right: 1 });
      setSize({ rows: 10, cols: 5 });
      expect(sel.place({ col: (c) => c + 3 })).toBe(true);
      expect(sel.active()).toEqual({ row: 1, col: 3 });
      expect(sel.rect()).toEqual({ top: 1, bottom: 1, left: 3, right: 4 });
      expect(sel.place({ row: (r) => r, col: (c) => c })).toBe(false);
      dispose();
    }));
});

describe('createCellEditor', () => {
  it('commits accepted text, keeps a refused entry open with its message, and takes a suggestion on the second commit', () =>
    createRoot((dispose) => {
      const applied: string[] = [];
      const editor = createCellEditor((_, text, sure) => {
        if (sure) return applied.push(`confirmed ${text}`), { ok: true };
        if (text === 'abc') return { ok: false, message: 'not a number' };
        if (text === '1,5') return { ok: false, message: 'Mente du 1,5 mio.?', confirm: '1.500.000' };
        applied.push(text);
        return { ok: true };
      });
      editor.start({ row: 1, col: 1 }, 'abc', 'enter');
      expect(editor.commit()).toBe(false);
      expect(editor.editing()?.message).toBe('not a number');
      editor.setText('abcd');
      expect(editor.editing()?.message).toBeUndefined();
      editor.cancel();
      expect(editor.editing()).toBeNull();
      editor.start({ row: 2, col: 0 }, '1,5', 'enter');
      expect(editor.commit()).toBe(false);
      // Only Enter answers the question: leaving the cell otherwise commits nothing.
      expect(editor.commit()).toBe(false);
      expect(editor.commit(true)).toBe(true);
      editor.start({ row: 0, col: 0 }, '7', 'edit');
      expect(editor.isEditing({ row: 0, col: 0 })).toBe(true);
      expect(editor.commit()).toBe(true);
      expect(applied).toEqual(['confirmed 1.500.000', '7']);
      dispose();
    }));
});

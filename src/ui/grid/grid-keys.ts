/**
 * The grid's keyboard, as Excel users expect it: arrows move (Shift extends, Ctrl jumps), Tab
 * and Enter move, typing starts an edit, F2 edits, Esc cancels, Delete clears, Ctrl+C/Ctrl+V
 * copy and paste, ? (or Alt+Enter) explains a figure. In an editor started by typing, the
 * arrows commit and move; a refused entry never traps them.
 */
import type { CellEditor, Editing } from './editor';
import type { GridSelection, Pos } from './selection';

export interface GridActions {
  readonly size: () => { rows: number; cols: number };
  readonly moveTo: (pos: Pos, extend?: boolean) => void;
  readonly focusActive: () => void;
  readonly startEdit: (text: string | null, mode: Editing['mode']) => void;
  readonly commitAndMove: (to: Pos | null, answer?: boolean) => void;
  /** Leaving an open edit for another cell: committed, or dropped (a question's answer is offered in a notice). */
  readonly leaveEdit: () => void;
  readonly clear: () => void;
  readonly copy: () => void;
  readonly paste: () => void;
  readonly explain: () => void;
  /** A key typed while an accepted edit waits for its figures. */
  readonly holdKey: (event: KeyboardEvent) => void;
}

export function createGridKeys(selection: GridSelection, editor: CellEditor, act: GridActions) {
  function onCellKey(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).closest('.editor')) return;
    // The edited cell itself has the focus (its field lost it): the focus goes back to the field,
    // where a typed character lands, and Enter, Esc or Tab does what it does there. On the cell
    // every key did nothing, and the edit stood stuck.
    if (editor.editing()) {
      const field = (event.target as HTMLElement).querySelector<HTMLElement>('.editor input, .editor select');
      if (!field) return;
      field.focus();
      return onEditorKey(event);
    }
    // Keys on the header's and group rows' buttons are theirs (Enter toggles a group).
    if ((event.target as HTMLElement).tagName !== 'TD') return;
    const { row, col } = selection.active();
    const { rows, cols } = act.size();
    const ctrl = event.ctrlKey || event.metaKey;
    const move = (r: number, c: number) => {
      event.preventDefault();
      act.moveTo({ row: r, col: c }, event.shiftKey);
    };
    switch (event.key) {
      case 'ArrowUp':
        return move(ctrl ? 0 : row - 1, col);
      case 'ArrowDown':
        // Alt+↓ opens the cell's editor, as F2 does: a list's cell its list, as Excel's and a
        // <select>'s Alt+↓ do (it moved a row down, and only F2 opened "Fordelingsnøgle").
        if (event.altKey) {
          event.preventDefault();
          return act.startEdit(null, 'edit');
        }
        return move(ctrl ? rows - 1 : row + 1, col);
      case 'ArrowLeft':
        return move(row, ctrl ? 0 : col - 1);
      case 'ArrowRight':
        return move(row, ctrl ? cols - 1 : col + 1);
      case 'Home':
        return move(ctrl ? 0 : row, 0);
      case 'End':
        return move(ctrl ? rows - 1 : row, cols - 1);
      case 'PageDown':
        return move(row + 10, col);
      case 'PageUp':
        return move(row - 10, col);
      case 'Tab':
        if (event.shiftKey ? col === 0 : col === cols - 1) return; // leave the grid
        event.preventDefault();
        return act.moveTo({ row, col: col + (event.shiftKey ? -1 : 1) });
      case 'Enter':
        event.preventDefault();
        if (event.altKey) return act.explain();
        return act.moveTo({ row: row + (event.shiftKey ? -1 : 1), col });
      case 'F2':
        event.preventDefault();
        return act.startEdit(null, 'edit');
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        return act.clear();
      case '?':
        event.preventDefault();
        return act.explain();
    }
    if (ctrl && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      return act.copy();
    }
    if (ctrl && event.key.toLowerCase() === 'v') {
      event.preventDefault();
      return act.paste();
    }
    if (!ctrl && !event.altKey && event.key.length === 1) {
      event.preventDefault();
      act.startEdit(event.key, 'enter');
    }
  }

  function onEditorKey(event: KeyboardEvent): void {
    const e = editor.editing();
    if (!e) return;
    // Accepted and waiting for its figures: keys wait too, and are replayed on the next cell.
    if (e.committed) {
      event.preventDefault();
      event.stopPropagation();
      return act.holdKey(event);
    }
    const { row, col } = e.pos;
    const arrows: Record<string, Pos> = { ArrowUp: { row: row - 1, col }, ArrowDown: { row: row + 1, col }, ArrowLeft: { row, col: col - 1 }, ArrowRight: { row, col: col + 1 } };
    const stop = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'Escape') {
      stop();
      editor.cancel();
      act.focusActive();
    } else if (event.key === 'Enter') {
      stop();
      act.commitAndMove({ row: row + (event.shiftKey ? -1 : 1), col }, true);
    } else if (event.key === 'Tab') {
      stop();
      const to = { row, col: col + (event.shiftKey ? -1 : 1) };
      // A question already asked: Tab leaves as the arrows do, its answer offered in a notice (it
      // kept the field without a word, though the hint says Tab moves). A refusal, or "Et
      // øjeblik" while the entry rules load, keeps the field as before.
      if (e.confirm !== undefined) {
        act.leaveEdit();
        act.moveTo(to);
      } else act.commitAndMove(to);
    } else if (e.mode === 'enter' && arrows[event.key] && (event.target as HTMLElement).tagName === 'INPUT') {
      stop();
      act.leaveEdit();
      act.moveTo(arrows[event.key]!);
    }
  }

  return { onCellKey, onEditorKey };
}

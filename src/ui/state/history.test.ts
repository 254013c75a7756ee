import { describe, expect, it } from 'vitest';
import { emptyHistory, LIMIT, record, redo, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    let h = record(record(emptyHistory<string>(), 'a'), 'b'); // a → b → c
    const u1 = undo(h, 'c')!;
    expect(u1.state).toBe('b');
    const u2 = undo(u1.history, u1.state)!;
    expect(u2.state).toBe('a');
    expect(undo(u2.history, u2.state)).toBeNull();
    const r1 = redo(u2.history, u2.state)!;
    expect(r1.state).toBe('b');
    h = r1.history;
    expect(redo(h, 'b')?.state).toBe('c');
  });

  it('a new edit after an undo drops the redo branch', () => {
    const h = record(emptyHistory<string>(), 'a');
    const u = undo(h, 'b')!;
    const after = record(u.history, u.state);
    expect(after.future).toEqual([]);
  });

  it('keeps at most the limit', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < LIMIT + 50; i++) h = record(h, i);
    expect(h.past).toHaveLength(LIMIT);
    expect(h.past[0]).toBe(50);
  });
});

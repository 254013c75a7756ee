/**
 * Undo/redo over immutable snapshots: every edit (a cell, a paste, a scenario delete) pushes
 * the state before it, so one Ctrl+Z undoes exactly one user action.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

export const LIMIT = 200;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

export function record<T>(h: History<T>, before: T): History<T> {
  const past = [...h.past, before];
  return { past: past.length > LIMIT ? past.slice(past.length - LIMIT) : past, future: [] };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, state: previous };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const [next, ...rest] = h.future;
  if (next === undefined) return null;
  return { history: { past: [...h.past, current], future: rest }, state: next };
}

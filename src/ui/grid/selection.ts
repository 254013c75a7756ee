/**
 * The grid's selection as a primitive: an active cell and an anchor spanning a rectangle, kept
 * inside the grid as rows and columns come and go. Keyboard and mouse handlers only call it.
 */
import { createMemo, createSelector, createSignal } from 'solid-js';

export interface Pos {
  readonly row: number;
  readonly col: number;
}

export interface Rect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export function createGridSelection(size: () => { rows: number; cols: number }) {
  const [active, setActive] = createSignal<Pos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = createSignal<Pos>({ row: 0, col: 0 });
  const clamp = (p: Pos): Pos => {
    const { rows, cols } = size();
    return { row: Math.max(0, Math.min(rows - 1, p.row)), col: Math.max(0, Math.min(cols - 1, p.col)) };
  };
  // Rows and columns may shrink under the selection (a scenario deleted, a group collapsed).
  const activeIn = createMemo(() => clamp(active()), undefined, { equals: (a, b) => a.row === b.row && a.col === b.col });
  const anchorIn = createMemo(() => clamp(anchor()), undefined, { equals: (a, b) => a.row === b.row && a.col === b.col });
  const rect = createMemo<Rect>(() => {
    const a = anchorIn();
    const b = activeIn();
    return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  });

  // Cells ask by key: moving the selection re-runs only the cells whose state changes, not all.
  const cellKey = (row: number, col: number) => row * 4096 + col;
  const activeAt = createSelector(() => cellKey(activeIn().row, activeIn().col));
  const selectedAt = createSelector<Rect, number>(rect, (key, r) => {
    const row = Math.floor(key / 4096);
    const col = key % 4096;
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  });

  function moveTo(target: Pos, extend = false): Pos {
    const p = clamp(target);
    setActive(p);
    if (!extend) setAnchor(p);
    return p;
  }

  /**
   * Puts the active cell and the anchor in the rows and columns `to` says theirs went to, from
   * where they were put: unclamped, as the rows may already be fewer and the columns not yet.
   * False if neither moved.
   */
  function place(to: { readonly row?: (row: number) => number; readonly col?: (col: number) => number }): boolean {
    const went = (p: Pos): Pos => ({ row: to.row ? to.row(p.row) : p.row, col: to.col ? to.col(p.col) : p.col });
    const [a, b] = [went(anchor()), went(active())];
    const same = (p: Pos, q: Pos) => p.row === q.row && p.col === q.col;
    if (same(a, anchor()) && same(b, active())) return false;
    setAnchor(a);
    setActive(b);
    return true;
  }

  return {
    active: activeIn,
    /** Where the active cell was put, unclamped: its row index in the rows of that moment. */
    placed: active,
    rect,
    moveTo,
    place,
    moveBy: (dRow: number, dCol: number, extend = false) => moveTo({ row: activeIn().row + dRow, col: activeIn().col + dCol }, extend),
    isActive: (row: number, col: number) => activeAt(cellKey(row, col)),
    isSelected: (row: number, col: number): boolean => selectedAt(cellKey(row, col)),
    /** More than one cell is selected. */
    isBlock: () => rect().bottom > rect().top || rect().right > rect().left,
  };
}

export type GridSelection = ReturnType<typeof createGridSelection>;

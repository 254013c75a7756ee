/**
 * The grid's selection as a primitive: an active cell and an anchor spanning a rectangle, kept
 * inside the grid as rows and columns come and go. Keyboard and mouse handlers only call it.
 */
import { createMemo, createSignal } from 'solid-js';

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

  function moveTo(target: Pos, extend = false): Pos {
    const p = clamp(target);
    setActive(p);
    if (!extend) setAnchor(p);
    return p;
  }

  return {
    active: activeIn,
    rect,
    moveTo,
    moveBy: (dRow: number, dCol: number, extend = false) => moveTo({ row: activeIn().row + dRow, col: activeIn().col + dCol }, extend),
    isActive: (row: number, col: number) => activeIn().row === row && activeIn().col === col,
    isSelected(row: number, col: number): boolean {
      const r = rect();
      return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    },
    /** More than one cell is selected. */
    isBlock: () => rect().bottom > rect().top || rect().right > rect().left,
  };
}

export type GridSelection = ReturnType<typeof createGridSelection>;

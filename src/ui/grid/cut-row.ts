/**
 * The lower edge of the band of sticky parts at the grid's top, a y in the page: the header, or
 * the frozen decision rows under it (frozen-rows.ts) where they reach further.
 */
export function bandBottom(scroller: HTMLElement, head: HTMLElement): number {
  const frozen = Number.parseFloat(scroller.style.getPropertyValue('--frozen-bottom')) || 0;
  return scroller.getBoundingClientRect().top + scroller.clientTop + Math.max(head.getBoundingClientRect().height, frozen);
}

/**
 * The grid's row that the band of sticky rows at the top (whose lower edge is at `band`, a y in
 * the page) cuts in two, if one does. Rows are measured by their first cell: a sticky row's own
 * box does not move with its cells. A pixel either way is not a cut.
 */
export function rowCutByBand(scroller: HTMLElement, band: number): DOMRect | null {
  const row = [...scroller.querySelectorAll<HTMLElement>('tbody tr:not(.frozen) > :first-child')].map((first) => first.getBoundingClientRect()).find((box) => box.bottom > band + 1);
  return row && row.top < band - 1 ? row : null;
}

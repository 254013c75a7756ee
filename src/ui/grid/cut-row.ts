/**
 * The grid's row that the band of sticky rows at the top (whose lower edge is at `band`, a y in
 * the page) cuts in two, if one does. Rows are measured by their first cell: a sticky row's own
 * box does not move with its cells. A pixel either way is not a cut.
 */
export function rowCutByBand(scroller: HTMLElement, band: number): DOMRect | null {
  const row = [...scroller.querySelectorAll<HTMLElement>('tbody tr:not(.frozen) > :first-child')].map((first) => first.getBoundingClientRect()).find((box) => box.bottom > band + 1);
  return row && row.top < band - 1 ? row : null;
}

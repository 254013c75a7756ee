/**
 * When the user's own scrolling of the grid ends (a wheel, a touch, the scrollbar), the grid
 * settles on a whole row under the sticky header and the frozen decision rows, and on a whole
 * column beside the row labels, as a spreadsheet's frozen panes do: a row cut in half under
 * them showed half a label beside figures. Only the user's own scrolling: where reveal.ts scrolled a cell just clear of a notice,
 * it stays put (CSS scroll snap moved those too, and was taken back in 1def6fb).
 */
export function settleOnWholeRows(scroller: HTMLElement, head: HTMLElement): () => void {
  // The user's scrolling lasts until they press a key or a cell: every end of a scroll till then
  // settles. Not only the first: a long wheel can end twice (in whole-file e2e runs, 1 in 3 a
  // 5000 px wheel settled midway and then scrolled on to the grid's end, a row left cut there).
  // A settle that finds nothing cut does nothing, so its own scroll's end settles no further.
  let byUser = false;
  const user = () => (byUser = true);
  // A press on the scroller itself, not on a cell, is on its scrollbar. A press anywhere else or
  // a key moves the selection or leaves the grid, and reveal.ts's scroll that follows is not
  // the user's (an undo from the toolbar selects the cell it changed).
  const press = (e: PointerEvent) => (byUser = e.target === scroller);
  const key = () => (byUser = false);
  const settle = () => {
    if (!byUser) return;
    settleOnWholeColumn(scroller, head);
    const view = scroller.getBoundingClientRect();
    const band = bandBottom(scroller, head);
    const cut = rowCutByBand(scroller, band);
    if (!cut) return;
    // To the nearer whole row: the cut one shown whole, or scrolled away under the band. At the
    // grid's end there may be no room to scroll it away: it is shown whole, as long as the last
    // row stays in view (the room after it, styles.css, is there for that).
    const hidden = band - cut.top;
    const away = cut.bottom - band;
    if (hidden >= cut.height / 2 && scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop >= away - 1) return void scroller.scrollBy({ top: away, behavior: 'instant' });
    const last = scroller.querySelector<HTMLElement>('tbody:last-of-type > tr:last-child > :first-child')?.getBoundingClientRect();
    const under = view.top + scroller.clientTop + scroller.clientHeight - (last?.bottom ?? Infinity);
    if (under < 0 || hidden <= under + 1) scroller.scrollBy({ top: -hidden, behavior: 'instant' });
  };
  scroller.addEventListener('wheel', user, { passive: true });
  scroller.addEventListener('touchstart', user, { passive: true });
  document.addEventListener('pointerdown', press, true);
  document.addEventListener('keydown', key, true);
  scroller.addEventListener('scrollend', settle);
  return () => {
    document.removeEventListener('keydown', key, true);
    scroller.removeEventListener('wheel', user);
    scroller.removeEventListener('touchstart', user);
    document.removeEventListener('pointerdown', press, true);
    scroller.removeEventListener('scrollend', settle);
  };
}

/**
 * Across, the same: a scenario column cut by the sticky row labels goes to the nearer whole
 * column. A sliver of one left at the labels' edge showed its last digit beside the next
 * column's figure ("Favrskov 5 │ 45.555", nine scenarios presenting at 1366 × 768: a walk).
 */
function settleOnWholeColumn(scroller: HTMLElement, head: HTMLElement): void {
  const edge = head.querySelector('th')?.getBoundingClientRect().right;
  if (edge === undefined) return;
  const cut = [...head.querySelectorAll<HTMLElement>('th.scenario-header')].map((th) => th.getBoundingClientRect()).find((box) => box.left < edge - 1 && box.right > edge + 1);
  if (!cut) return;
  const hidden = edge - cut.left;
  const away = cut.right - edge;
  // At the grid's right end there may be no room to scroll it away: it is shown whole.
  const room = scroller.scrollWidth - scroller.clientWidth - scroller.scrollLeft;
  scroller.scrollBy({ left: hidden >= cut.width / 2 && room >= away - 1 ? away : -hidden, behavior: 'instant' });
}

// The band and its cut row, for the settle here and for reveal.ts: here, not in a module of their
// own, whose chunk made the settle wait for a second request, and a wheel at once went unsettled.

/**
 * The lower edge of the band of sticky parts at the grid's top, a y in the page: the header, or
 * the frozen decision rows under it (frozen-rows.ts) where they reach further.
 */
export function bandBottom(scroller: HTMLElement, head: HTMLElement): number {
  const frozen = Number.parseFloat(scroller.style.scrollPaddingTop) || 0;
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

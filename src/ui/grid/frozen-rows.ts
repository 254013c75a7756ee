/**
 * The decision's key rows (tr.frozen) stay in view under the grid's sticky header while the rows
 * below scroll, as frozen panes do in a spreadsheet: an edit of the base grant far down shows the
 * supplement move. Each row sticks at the header's height plus the frozen rows above it; the
 * scroller's scroll padding keeps a cell brought into view clear of them. Sizes come from a
 * ResizeObserver (the header wraps, presentation enlarges the type), so nothing here forces a
 * layout.
 */
export function createFrozenRows(table: HTMLTableElement, head: HTMLElement): { update: () => void; dispose: () => void } {
  const heights = new Map<Element, number>();
  let rows: HTMLTableRowElement[] = [];
  const place = () => {
    let top = heights.get(head) ?? 0;
    for (const row of rows) {
      row.style.setProperty('--frozen-top', `${top}px`);
      top += heights.get(row) ?? 0;
    }
    // The scroller's own property, not a custom one: a custom property set on the scroller is
    // inherited by every cell, and restyled the whole grid in the first figures' frame (7,8 ms
    // of a warm reload's 70 in a trace).
    if (table.parentElement) table.parentElement.style.scrollPaddingTop = `${top}px`;
  };
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) heights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
    place();
  });
  observer.observe(head);
  return {
    /** After the rows changed (a group collapsed, presentation): observe the frozen ones shown now. */
    update() {
      // Rows still frozen keep their heights: the band stands right at once. The bills making way
      // for a question (GridTable) left the band at the header's height until the observer's
      // next report, and the question was revealed under the board.
      const now = [...table.querySelectorAll<HTMLTableRowElement>('tr.frozen')];
      for (const row of rows) if (!now.includes(row)) (observer.unobserve(row), heights.delete(row));
      for (const row of now) if (!rows.includes(row)) observer.observe(row);
      rows = now;
      place();
    },
    dispose: () => observer.disconnect(),
  };
}

/**
 * Presenting, the bills stay in view under the board while the inputs below scroll, where the
 * header, the frozen rows, the bills and their heading take at most this share of the grid's
 * height: an edit of the base grant, far down, scrolled every bill off the projector, and the
 * room saw only the board's three rows move (a fresh-eyes walk). Nordjylland's 11, presenting,
 * take half of a 1920 × 1080 grid and three quarters at 1366 × 768 (180 px, four or five rows of
 * inputs, left to scroll in); Hovedstaden's 29 would leave nothing, and scroll as before.
 */
const BILLS_FROZEN_SHARE = 0.8;

/** Whether the bills fit frozen under the board with room left to scroll the rest (a layout read: call after a frame). */
export function roomToFreezeBills(scroller: HTMLElement, table: HTMLTableElement): boolean {
  const height = (selector: string) => [...table.querySelectorAll<HTMLElement>(selector)].reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
  const bills = height('tbody[data-group="municipalities"] > tr');
  if (bills === 0) return false;
  const above = height('thead') + height('tbody:not([data-group="municipalities"]) > tr.frozen');
  return above + bills <= BILLS_FROZEN_SHARE * scroller.clientHeight;
}

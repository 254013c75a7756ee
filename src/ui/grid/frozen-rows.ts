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
      for (const row of rows) observer.unobserve(row);
      for (const row of rows) heights.delete(row);
      rows = [...table.querySelectorAll<HTMLTableRowElement>('tr.frozen')];
      for (const row of rows) observer.observe(row);
      place();
    },
    dispose: () => observer.disconnect(),
  };
}

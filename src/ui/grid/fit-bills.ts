/**
 * Every municipality's bill on the first screen, under the decision board: where a region has
 * more municipalities than fit (Sjælland's 17 at 1366 × 768 showed 14; presenting, 12), the
 * bills' type steps down until the last one is in view, never below 11 px. At 1366 × 768 that fits
 * 17 at the desk and 19 presenting; the rest of Syddanmark's 22 and Hovedstaden's 29 scroll, as
 * before (at 1920 × 1080 all fit). The board above keeps its size: its figures are the decision's.
 * Nordjylland's 11 fit as they are.
 *
 * The scale is a custom property on the table (--bill-scale, styles.css). It is measured when
 * the grid's box or the rows above the bills change size (the window, presentation, a header
 * that wraps) and when the rows change (a workspace of another region, a group folded), in an
 * animation frame: an edit's task never waits for this layout.
 */
const MIN_BILL_PX = 11;
/** What a bill's row takes beside its line of type (its padding, its bar, a border; 21 px rows at 12 px type). */
const ROW_FIXED_PX = 7;
/** Not on a phone or a short window: one scenario at a time there, and the grid scrolls anyway. */
const SMALL = '(max-width: 700px), (max-height: 500px)';

export function fitBills(scroller: HTMLElement, table: HTMLTableElement): { update: () => void; dispose: () => void } {
  const small = matchMedia(SMALL);
  let scale = 1;
  let frame = 0;
  const apply = (next: number) => {
    if (next === scale) return;
    scale = next;
    if (next === 1) table.style.removeProperty('--bill-scale');
    else table.style.setProperty('--bill-scale', next.toFixed(3));
  };
  const fit = () => {
    frame = 0;
    const bills = [...table.querySelectorAll<HTMLElement>('tbody[data-group="municipalities"] tr[data-row]')];
    if (small.matches || bills.length === 0) return apply(1);
    const first = bills[0]!;
    const last = bills.at(-1)!;
    // From the table's top, so a grid scrolled away from its first screen measures the same.
    const room = scroller.clientHeight - (first.getBoundingClientRect().top - table.getBoundingClientRect().top) - 1;
    const height = () => last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
    const per = height() / bills.length;
    // The line at full size, from the line at the scale now.
    const line = Math.max(1, (per - ROW_FIXED_PX) / scale);
    // Rounded up, so the scale written (to three places) never puts the type under 11 px.
    const floor = Math.min(1, Math.ceil((1000 * MIN_BILL_PX) / (Number.parseFloat(getComputedStyle(first).fontSize) / scale)) / 1000);
    apply(Math.max(floor, Math.min(1, (room / bills.length - ROW_FIXED_PX) / line)));
    // Lines are whole pixels (styles.css rounds them down), so a row may come out a pixel taller
    // than reckoned: a step or two smaller until the last bill is in view.
    for (let i = 0; i < 6 && scale > floor && height() > room; i++) apply(Math.max(floor, scale - 0.02));
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(fit);
  };
  // Heights only, and only of what lies above the bills: a figure that widens a column, or an
  // editor opened in a row below them, changes nothing here (each edit re-measured the bills).
  const heights = new WeakMap<Element, number>();
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const height = entry.borderBoxSize[0]?.blockSize ?? 0;
      if (heights.get(entry.target) !== height) schedule();
      heights.set(entry.target, height);
    }
  });
  const observeAbove = () => {
    observer.disconnect();
    observer.observe(scroller);
    for (const part of table.children) {
      if (part.matches('tbody[data-group="municipalities"]')) break;
      observer.observe(part);
    }
  };
  observeAbove();
  small.addEventListener('change', schedule);
  return {
    /** After the rows changed: the bills may be others, or the parts above them. */
    update() {
      observeAbove();
      schedule();
    },
    dispose() {
      observer.disconnect();
      small.removeEventListener('change', schedule);
      cancelAnimationFrame(frame);
    },
  };
}

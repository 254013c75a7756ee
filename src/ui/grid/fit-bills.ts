/**
 * Every municipality's bill on the first screen, under the decision board. Where a region has
 * more municipalities than fit, in three steps, each only as far as needed:
 * 1. a row is as tall as its line (the cell draws its bar, styles.css), and the bills' type steps
 *    down to 13 px. Their bars under the figures had them at 11 px where they now have 13 or more
 *    (Sjælland's 17 at 1366 × 768; Syddanmark's 22), and cut Aarhus, the 19th of Midtjylland, at
 *    the desk;
 * 2. the board above, and the rows below the bills, step down, never below three quarters of
 *    their size nor 12,5 px;
 * 3. the bills' type steps down to 11 px: presenting Hovedstaden's 29 at 1366 × 768 fit at 12 px
 *    (19 showed, København not among them).
 * Where even that is too much, the rest scroll, as before (Hovedstaden's 29 at a 1366 × 768 desk:
 * 26 in view; more scenarios with their differences shown). Nordjylland's 11 fit as they are.
 *
 * The steps are an attribute and custom properties on the table (data-dense-bills, --bill-scale,
 * --board-scale; styles.css). They are measured when the grid's box or the rows above the bills
 * change size (the window, presentation, a header that wraps) and when the rows change (a
 * workspace of another region, a group folded), in an animation frame: an edit's task never
 * waits for this layout.
 */
const MIN_BILL_PX = 11;
/** Bills down to this size before the board steps down: the room's own municipality read from the back. */
const READABLE_BILL_PX = 13;
/** What a fitted bill's row takes beside its line of type: its border. */
const DENSE_FIXED_PX = 1;
const MIN_BOARD_SCALE = 0.75;
const MIN_BOARD_PX = 12.5;
/** Not on a phone or a short window: one scenario at a time there, and the grid scrolls anyway. */
const SMALL = '(max-width: 700px), (max-height: 500px)';

/** A scale written to three places, rounded up so that the type it gives is never under `px`. */
const floorFor = (px: number, fullPx: number) => Math.min(1, Math.ceil((1000 * px) / fullPx) / 1000);

/** `fitted`: after each fit, when the bills' rows may have changed height. */
export function fitBills(scroller: HTMLElement, table: HTMLTableElement, fitted: () => void = () => {}): { update: () => void; dispose: () => void } {
  const small = matchMedia(SMALL);
  let scale = 1;
  let board = 1;
  let frame = 0;
  const scaled = (name: string, next: number) => {
    if (next === 1) table.style.removeProperty(name);
    else table.style.setProperty(name, next.toFixed(3));
  };
  const setScale = (next: number) => {
    if (next !== scale) scaled('--bill-scale', (scale = next));
  };
  const setBoard = (next: number) => {
    if (next !== board) scaled('--board-scale', (board = next));
  };
  const setDense = (dense: boolean) => table.toggleAttribute('data-dense-bills', dense);
  const fit = () => {
    frame = 0;
    place();
    // What the observer will report of this fit's own sizes is no change: a second fit in the
    // next frame came to the same.
    for (const part of observed) heights.set(part, part.getBoundingClientRect().height);
    fitted();
  };
  const place = () => {
    const bills = [...table.querySelectorAll<HTMLElement>('tbody[data-group="municipalities"] tr[data-row]')];
    setBoard(1);
    setDense(false);
    setScale(1);
    if (small.matches || bills.length === 0) return;
    const first = bills[0]!;
    const last = bills.at(-1)!;
    // From the table's top, so a grid scrolled away from its first screen measures the same.
    const room = () => scroller.clientHeight - (first.getBoundingClientRect().top - table.getBoundingClientRect().top) - 1;
    const height = () => last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
    const fits = () => height() <= room();
    if (fits()) return;
    setDense(true);
    const fitType = (px: number) => {
      const line = Math.max(1, (height() / bills.length - DENSE_FIXED_PX) / scale);
      const floor = floorFor(px, Number.parseFloat(getComputedStyle(first).fontSize) / scale);
      setScale(Math.max(floor, Math.min(scale, (room() / bills.length - DENSE_FIXED_PX) / line)));
      // Lines are whole pixels (styles.css rounds them down), so a row may come out a pixel taller
      // than reckoned: a step or two smaller until the last bill is in view.
      for (let i = 0; i < 6 && scale > floor && !fits(); i++) setScale(Math.max(floor, scale - 0.02));
    };
    fitType(READABLE_BILL_PX);
    if (fits()) return;
    const boardFloor = Math.max(MIN_BOARD_SCALE, floorFor(MIN_BOARD_PX, Number.parseFloat(getComputedStyle(table).fontSize)));
    const over = height() - room();
    setBoard(boardFloor);
    const overAtFloor = height() - room();
    if (overAtFloor < 0) {
      // The board's height goes with its type, near enough: the scale at which the last bill just
      // fits, then a step or two where rounding left it a pixel short (each step is a layout).
      setBoard(boardFloor + ((1 - boardFloor) * -overAtFloor) / (over - overAtFloor));
      for (let i = 0; i < 4 && board > boardFloor && !fits(); i++) setBoard(Math.max(boardFloor, board - 0.025));
      return;
    }
    // Not all in view even so: as many bills as will go, the board at three quarters. Kept at its
    // size, it hid København presenting in a laptop's 1366 × 657 browser window (20 of 29 in view,
    // against 25).
    fitType(MIN_BILL_PX);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(fit);
  };
  // Heights only, and only of what lies above the bills: a figure that widens a column, or an
  // editor opened in a row below them, changes nothing here (each edit re-measured the bills).
  const heights = new WeakMap<Element, number>();
  let observed: Element[] = [];
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const height = entry.borderBoxSize[0]?.blockSize ?? 0;
      if (heights.get(entry.target) !== height) schedule();
      heights.set(entry.target, height);
    }
  });
  const observeAbove = () => {
    observer.disconnect();
    observed = [scroller];
    for (const part of table.children) {
      if (part.matches('tbody[data-group="municipalities"]')) break;
      observed.push(part);
    }
    for (const part of observed) observer.observe(part);
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

/**
 * Where the bills still do not all fit (Hovedstaden's 29 at a 1366 × 768 desk: 26 in view), how
 * many lie below the scroller's foot, for the bills' heading to say ("3 kommuner mere nedenfor"):
 * only the scrollbar said so. 0 while none of them is in view, or none below. Counted in an
 * animation frame after a scroll, a change of the scroller's size, or a fit (`update`, which
 * changes the rows' heights), when layout is done: an edit, which moves no row, never waits for
 * it and sets nothing off. (An IntersectionObserver missed a bill that went from wholly below to
 * wholly above in one jump: no threshold crossed.)
 */
export function billsBelow(scroller: HTMLElement, table: HTMLTableElement, say: (count: number) => void): { update: () => void; dispose: () => void } {
  let frame = 0;
  const count = () => {
    frame = 0;
    const bills = table.querySelectorAll('tbody[data-group="municipalities"] tr[data-row]');
    const box = scroller.getBoundingClientRect();
    const top = box.top + scroller.clientTop;
    const foot = top + scroller.clientHeight;
    let below = 0;
    let visible = false;
    for (const bill of bills) {
      const r = bill.getBoundingClientRect();
      if (r.bottom > foot + 0.5) below++;
      visible ||= r.bottom > top && r.top < foot;
    }
    say(visible ? below : 0);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(count);
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(scroller);
  // Up and down only: a sideways scroll (the column window at work) moves no bill off the foot.
  let top = scroller.scrollTop;
  const scrolled = () => {
    if (scroller.scrollTop === top) return;
    top = scroller.scrollTop;
    schedule();
  };
  scroller.addEventListener('scroll', scrolled, { passive: true });
  return {
    update: schedule,
    dispose() {
      resized.disconnect();
      scroller.removeEventListener('scroll', scrolled);
      cancelAnimationFrame(frame);
    },
  };
}

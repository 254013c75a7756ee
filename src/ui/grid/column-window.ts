/**
 * Which scenario columns the grid puts in the DOM. A workspace of many alternatives (50 scenarios
 * × 30–100 municipalities) is thousands of cells, and every edit's frame then lays out and
 * paints all of them although a screen shows six columns; so past WINDOW_FROM columns only the
 * columns in view and OVERSCAN on each side are rendered, and a spacer cell in each row stands
 * for the rest (the table keeps its full width, so the scrollbar and every column's place are
 * unchanged). Columns have one width: the table is `table-layout: fixed` with equal columns.
 *
 * Sizes come from ResizeObservers and the scroll position from scroll events, so the window
 * never forces a layout. Keyboard moves call show() first: a column out of the window is
 * brought in (and scrolled to) before focus goes to its cell. Printing renders every column.
 */
import { createMemo, createSignal, onCleanup } from 'solid-js';

/** Up to this many scenarios every column is rendered (a meeting compares a handful). */
export const WINDOW_FROM = 16;
/** Columns rendered beyond each edge of the view, so a small scroll shows cells at once. */
const OVERSCAN = 2;
/** Columns assumed in view before the first measurement (a wide projector shows about ten). */
const FIRST_GUESS = 12;

export interface ColumnRange {
  readonly first: number;
  readonly last: number;
}

interface Sizes {
  /** The scroller's inner width. */
  readonly view: number;
  /** The sticky row labels' width. */
  readonly labels: number;
  /** The table's width: the labels and every column. */
  readonly table: number;
}

/** `printing`: a print shows every column (printing.ts). */
export function createColumnWindow(count: () => number, printing: () => boolean) {
  /** The scroller's scrollLeft, as its scroll events last said (reading it would force a layout). */
  const [scrolled, setScrolled] = createSignal(0);
  const [sizes, setSizes] = createSignal<Sizes | null>(null);
  let scroller: HTMLElement | undefined;

  const columnWidth = () => {
    const s = sizes();
    return s && count() > 0 ? (s.table - s.labels) / count() : 0;
  };
  /** Columns in view (a partly visible one counts). */
  const inView = () => {
    const s = sizes();
    const width = columnWidth();
    return s && width > 0 ? Math.ceil(Math.max(0, s.view - s.labels) / width) + 1 : FIRST_GUESS;
  };
  const windowed = () => count() > WINDOW_FROM && !printing();
  const range = createMemo(
    (): ColumnRange => {
      const n = count();
      if (!windowed()) return { first: 0, last: n - 1 };
      const width = columnWidth();
      const from = Math.min(width > 0 ? Math.floor(scrolled() / width) : 0, n - 1);
      return { first: Math.max(0, from - OVERSCAN), last: Math.min(n - 1, from + inView() + OVERSCAN) };
    },
    undefined,
    { equals: (a, b) => a.first === b.first && a.last === b.last },
  );

  function onScroll(): void {
    if (scroller) setScrolled(Math.max(0, scroller.scrollLeft));
  }

  /**
   * The scenarios in view, counted from 1, while some are not: what the corner says ("1–7 af 12 →"),
   * so a room presenting twelve scenarios knows five more are to the right. Null while all fit.
   */
  const inViewOf = createMemo((): ColumnRange | null => {
    const s = sizes();
    const width = columnWidth();
    const n = count();
    if (!s || width <= 0 || s.table <= s.view + 1) return null;
    // The column nearest the row labels' edge (scrolled by less than half a column: that one).
    const first = Math.min(n - 1, Math.round(scrolled() / width));
    // Columns widen so a whole number of them fills the view (styles.css): a sliver left over is no column.
    const whole = Math.max(1, Math.floor((s.view - s.labels) / width + 0.05));
    return { first: first + 1, last: Math.min(n, first + whole) };
  }, null, { equals: (a, b) => a?.first === b?.first && a?.last === b?.last });

  /**
   * Watches the scroller (its width and scroll position), the table (its width: the columns'
   * total) and the corner cell (the sticky row labels' width).
   */
  function attach(element: HTMLElement, table: HTMLTableElement, corner: HTMLElement): void {
    scroller = element;
    // Called after layout, so reading sizes here forces nothing.
    const observer = new ResizeObserver(() => {
      setSizes({ view: element.clientWidth, labels: corner.getBoundingClientRect().width, table: table.getBoundingClientRect().width });
      onScroll();
    });
    observer.observe(element);
    observer.observe(corner);
    observer.observe(table);
    element.addEventListener('scroll', onScroll, { passive: true });
    onCleanup(() => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    });
  }

  /** Brings a column into the window, scrolling to it when it is outside: before focusing its cell. */
  function show(col: number): void {
    const { first, last } = range();
    if (col >= first && col <= last) return;
    const next = col < first ? col : Math.max(0, col - inView() + 2);
    setScrolled(next * columnWidth());
    if (scroller && columnWidth() > 0) scroller.scrollLeft = next * columnWidth();
  }

  return { range, inViewOf, attach, show };
}

/**
 * Where focus goes when the element that had it disappears (a toolbar hidden by presentation
 * mode, a dialog opened by a link on load): the comparison's active cell, else the main region.
 * After the current render, so the cell exists.
 */
export function focusComparison(): void {
  queueMicrotask(() => (document.querySelector<HTMLElement>('table.grid td[tabindex="0"]') ?? document.getElementById('main'))?.focus());
}

/**
 * Focuses (and scrolls to) an element once a view that loads lazily, or a change, has rendered
 * it; gives up quietly after about a second, leaving focus where it was.
 */
export function focusWhenShown(selector: string, options: { select?: boolean } = {}): void {
  let tries = 60;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      // A placeholder text ("Ny finansieringskilde") is replaced by what is typed, not added to.
      if (options.select && el instanceof HTMLInputElement) el.select();
    } else if (--tries > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** A line just said under a control at the window's bottom edge (a refusal): in view once rendered. */
export function showWhenRendered(line: () => Element | null | undefined): void {
  requestAnimationFrame(() => line()?.scrollIntoView({ block: 'nearest' }));
}

/**
 * Focuses a scenario's column menu once the change that made, moved or removed a column is on
 * screen: its figures take a few milliseconds, and a header moved or added then would lose the
 * focus (a keyboard user would land on the page's start). Gives up after about a second.
 */
export function focusScenarioMenu(id: string | null | undefined, settling: () => boolean): void {
  if (!id) return;
  const attempt = (frames: number): void => {
    // Not there yet also when the command itself waits (for the command rules, the first moments of a visit).
    const menu = settling() ? null : document.querySelector<HTMLElement>(`th[data-scenario="${id}"] .menu-button`);
    if (menu) menu.focus();
    else if (frames > 0) requestAnimationFrame(() => attempt(frames - 1));
  };
  queueMicrotask(() => attempt(60));
}

/**
 * After a row's own button removed it (a funder, an own task), focus goes to the row now in its
 * place, else the row above — to its button of the same name ("Slet"), else its first field —
 * and to `fallback` when no row is left: not to the page's start, where a keyboard user lost
 * their place. Once the change is on screen, which may wait for the command rules on a first
 * visit (up to five seconds); not if focus has gone somewhere meanwhile.
 */
export function focusAfterRowRemoval(button: HTMLElement, fallback: () => HTMLElement | null | undefined, settling: () => boolean): void {
  const row = button.closest('tr');
  const body = row?.parentElement;
  if (!row || !body) return;
  const index = [...body.children].indexOf(row);
  const label = button.textContent;
  const attempt = (frames: number): void => {
    if (row.isConnected || settling()) return void (frames > 0 && requestAnimationFrame(() => attempt(frames - 1)));
    if (document.activeElement && document.activeElement !== document.body) return;
    const rows = body.isConnected ? [...body.children] : [];
    const near = rows[index] ?? rows[index - 1];
    const target = near ? ([...near.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === label) ?? near.querySelector<HTMLElement>('input, select, button')) : fallback();
    target?.focus();
  };
  queueMicrotask(() => attempt(300));
}

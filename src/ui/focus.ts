/**
 * Where focus goes when the element that had it disappears (a toolbar hidden by presentation
 * mode, a dialog opened by a link on load): the comparison's active cell, else the main region.
 * After the current render, so the cell exists.
 */
export function focusComparison(): void {
  queueMicrotask(() => (document.querySelector<HTMLElement>('table.grid td[tabindex="0"]') ?? document.getElementById('main'))?.focus());
}

/**
 * Focuses (and scrolls to) an element once a view that loads lazily has rendered it; gives up
 * quietly after about a second, leaving focus where it was.
 */
export function focusWhenShown(selector: string): void {
  let tries = 60;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    } else if (--tries > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
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

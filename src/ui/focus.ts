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

/**
 * Where focus goes when the element that had it disappears (a toolbar hidden by presentation
 * mode, a dialog opened by a link on load): the comparison's active cell, else the main region.
 * After the current render, so the cell exists.
 */
export function focusComparison(): void {
  queueMicrotask(() => (document.querySelector<HTMLElement>('table.grid td[tabindex="0"]') ?? document.getElementById('main'))?.focus());
}

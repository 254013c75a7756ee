/**
 * Runs after the next frame is painted (or soon, where there are no frames, as in unit tests):
 * work that would otherwise hold up the frame that shows an edit — storing it, or reading
 * layout, which is free once the frame has laid the page out and costs a forced layout before.
 * (Not at background priority: under steady work such a task can wait indefinitely, and a
 * write to IndexedDB must not.)
 */
export function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/**
 * Runs after the next frame is painted (or soon, where there are no frames, as in unit tests):
 * work that would otherwise hold up the frame that shows an edit — storing it, or reading
 * layout, which is free once the frame has laid the page out and costs a forced layout before.
 * It waits for the idle time after that frame, so that input arriving meanwhile (the next key)
 * is handled first, but never longer than IDLE_DEADLINE_MS: under steady work idle time may not
 * come, and a write to IndexedDB must not wait indefinitely (the journal holds the edit until
 * then, so a reload or a closed tab loses nothing).
 */
const IDLE_DEADLINE_MS = 100;

export function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(run, 0);
  else if (typeof requestIdleCallback !== 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else requestAnimationFrame(() => requestIdleCallback(run, { timeout: IDLE_DEADLINE_MS }));
}

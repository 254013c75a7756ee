/**
 * Runs after the next frame is painted (or soon, where there are no frames, as in unit tests):
 * work that would otherwise hold up the frame that shows an edit — storing it, or reading
 * layout, which is free once the frame has laid the page out and costs a forced layout before.
 * It waits for the idle time after that frame, so that input arriving meanwhile (the next key)
 * is handled first, but never longer than IDLE_DEADLINE_MS: under steady work idle time may not
 * come, and a write to IndexedDB must not wait indefinitely (the journal holds the edit until
 * then, so a reload or a closed tab loses nothing).
 *
 * `frameDeadline` (ms), for a write: not longer than that for the frame either. A tab hidden,
 * minimised or covered gets no frames, and its edit's write waited until it was shown again —
 * then landed after another tab's later edit of the same cell and undid it (a data-safety probe:
 * two tabs, the earlier edit written 0,5–2 s late, last). The deadline narrows that window (a
 * hidden tab's timers may still run late), it does not close it. Work that reads layout has
 * none: run before a slow frame, it would force the layout the frame is about to do.
 */
const IDLE_DEADLINE_MS = 100;

export function afterPaint(run: () => void, frameDeadline?: number): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(run, 0);
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(noFrame);
    run();
  };
  const noFrame = frameDeadline === undefined ? undefined : setTimeout(once, frameDeadline);
  if (typeof requestIdleCallback !== 'function') requestAnimationFrame(() => setTimeout(once, 0));
  else requestAnimationFrame(() => requestIdleCallback(once, { timeout: IDLE_DEADLINE_MS }));
}

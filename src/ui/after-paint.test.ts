import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

/** Frames that come only when the test says (none, in a hidden tab), an idle callback `idleMs` later, and the work. */
function scheduled(idleMs: number, frameDeadline?: number) {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, idleMs));
  const run = vi.fn();
  afterPaint(run, frameDeadline);
  return { run, frame: () => frames.splice(0).forEach((f) => f(0)) };
}

describe('work after the next painted frame', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs once after the frame and its idle time, however long the frame takes (work that reads layout)', () => {
    const { run, frame } = scheduled(5);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    frame();
    vi.advanceTimersByTime(5);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with a deadline (a write), in a tab that gets no frames (hidden, minimised), runs within it anyway, and once when a frame comes later', () => {
    const { run, frame } = scheduled(0, 150);
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

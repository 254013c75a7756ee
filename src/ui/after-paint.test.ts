import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('work after the next painted frame', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs once after the frame and its idle time', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 5));
    const run = vi.fn();
    afterPaint(run);
    vi.advanceTimersByTime(20);
    expect(run).not.toHaveBeenCalled();
    frames.splice(0).forEach((f) => f(0));
    vi.advanceTimersByTime(5);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('in a tab that gets no frames (hidden, minimised), runs within 150 ms anyway, and once when a frame comes later', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 0));
    const run = vi.fn();
    afterPaint(run);
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    frames.splice(0).forEach((f) => f(0));
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

/**
 * An estimate is a low–high range with a central value. T11's budgets are ranges
 * ("1,2–1,5 mio."), so every input may be one. Arithmetic is bounds arithmetic: a range is
 * min–max, not a distribution, so low + low and high + high bound the sum.
 */
export interface Estimate {
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

export const point = (value: number): Estimate => ({ low: value, central: value, high: value });

export const span = (low: number, high: number, central = (low + high) / 2): Estimate => ({
  low: Math.min(low, high),
  central,
  high: Math.max(low, high),
});

export const ZERO: Estimate = point(0);

export const isPoint = (e: Estimate): boolean => e.low === e.high;

export const add = (a: Estimate, b: Estimate): Estimate => ({
  low: a.low + b.low,
  central: a.central + b.central,
  high: a.high + b.high,
});

export const sum = (items: readonly Estimate[]): Estimate => {
  let low = 0;
  let central = 0;
  let high = 0;
  for (const e of items) {
    low += e.low;
    central += e.central;
    high += e.high;
  }
  return { low, central, high };
};

/** a − b: the low end pairs a's low with b's high, since b's high removes the most. */
export const subtract = (a: Estimate, b: Estimate): Estimate => ({
  low: a.low - b.high,
  central: a.central - b.central,
  high: a.high - b.low,
});

/** Scaling by a known, non-negative factor (a part year, a population share). */
export const scale = (e: Estimate, factor: number): Estimate => ({
  low: e.low * factor,
  central: e.central * factor,
  high: e.high * factor,
});

/** Product of two non-negative ranges (FTE × cost per FTE). */
export const multiply = (a: Estimate, b: Estimate): Estimate => ({
  low: a.low * b.low,
  central: a.central * b.central,
  high: a.high * b.high,
});

export const clampAtZero = (e: Estimate): Estimate => ({
  low: Math.max(0, e.low),
  central: Math.max(0, e.central),
  high: Math.max(0, e.high),
});

export const isFiniteEstimate = (e: Estimate): boolean =>
  Number.isFinite(e.low) && Number.isFinite(e.central) && Number.isFinite(e.high);

/** A well-formed estimate has low ≤ central ≤ high. */
export const isOrdered = (e: Estimate): boolean => e.low <= e.central && e.central <= e.high;

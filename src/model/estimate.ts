/**
 * An estimate is a low–high range with a central value. T11's budgets are ranges
 * ("1,2–1,5 mio."), so every input may be one. Arithmetic is bounds arithmetic: a range is
 * min–max, not a distribution, so low + low and high + high bound the sum.
 *
 * Inputs are whole units (kroner, hundredths of an FTE); a product or a share of a year is
 * rounded to whole kroner once, where the model forms a cost, so every total is an exact sum.
 */
export interface Estimate {
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

export const point = (value: number): Estimate => ({ low: value, central: value, high: value });

/** The central value a range gets when none is given: the midpoint, in whole units. */
export const midpoint = (low: number, high: number): number => Math.round((low + high) / 2);

export const span = (low: number, high: number, central = midpoint(low, high)): Estimate => ({
  low: Math.min(low, high),
  central,
  high: Math.max(low, high),
});

export const ZERO: Estimate = point(0);


export const sameEstimate = (a: Estimate, b: Estimate): boolean => a.low === b.low && a.central === b.central && a.high === b.high;

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

/**
 * A product of ranges and known factors, multiplied left to right and rounded once to whole
 * units: FTE × cost per FTE × index × share of the year. The exported workbook's formulas
 * multiply in the same order (=ROUND(B5*B6*B7*B8;0)), so Excel rounds the very same number.
 */
export function roundedProduct(ranges: readonly Estimate[], factors: readonly number[]): Estimate {
  const one = (pick: (e: Estimate) => number) => {
    let value = pick(ranges[0]!);
    for (let i = 1; i < ranges.length; i++) value *= pick(ranges[i]!);
    for (const f of factors) value *= f;
    return Math.round(value);
  };
  return { low: one((e) => e.low), central: one((e) => e.central), high: one((e) => e.high) };
}

/** Hundredths of an FTE as FTE (207 → 2.07), the unit the workbook shows. */
export const inFte = (e: Estimate): Estimate => ({ low: e.low / 100, central: e.central / 100, high: e.high / 100 });

export const clampAtZero = (e: Estimate): Estimate => ({
  low: Math.max(0, e.low),
  central: Math.max(0, e.central),
  high: Math.max(0, e.high),
});

export const isFiniteEstimate = (e: Estimate): boolean =>
  Number.isFinite(e.low) && Number.isFinite(e.central) && Number.isFinite(e.high);

/** A well-formed estimate has low ≤ central ≤ high. */
export const isOrdered = (e: Estimate): boolean => e.low <= e.central && e.central <= e.high;


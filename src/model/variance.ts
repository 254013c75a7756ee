/**
 * A figure against the baseline scenario, as Causal's variance view shows it: the absolute and
 * relative difference, or nothing when they are equal within the figure's precision.
 */
export interface Variance {
  readonly absolute: number;
  /** Relative to the baseline; null when the baseline is 0. */
  readonly relative: number | null;
}

export function variance(value: number, baseline: number, precision: number): Variance | null {
  const absolute = value - baseline;
  if (Math.abs(absolute) < precision) return null;
  return { absolute, relative: baseline !== 0 ? absolute / baseline : null };
}

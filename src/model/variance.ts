/**
 * A figure against the baseline scenario, as Causal's variance view shows it: the absolute and
 * relative difference, or nothing when they are equal within the figure's precision.
 *
 * The absolute difference is reckoned from the figures as shown (rounded to their precision's
 * step: whole kroner, øre per inhabitant, hundredths of an FTE), so it is the one a reader finds
 * by subtracting the figures beside it: "1,23 → 1,41" stood beside "+0,19", the difference of
 * 1,2251 and 1,4149 (a fresh-eyes walk). The relative one is the figures' own: reckoned from the
 * rounded 1,00 and 2,07, kroner per inhabitant said −51,7 % beside the supplement's −51,4 %, for
 * the same population (a second walk).
 */
export interface Variance {
  readonly absolute: number;
  /** Relative to the baseline; null when the baseline is 0. */
  readonly relative: number | null;
}

/** `precision`: half the step a figure is shown in (0,5 for whole kroner). */
export function variance(value: number, baseline: number, precision: number): Variance | null {
  const step = 2 * precision;
  const steps = (x: number) => Math.round(x / step);
  const apart = steps(value) - steps(baseline);
  if (apart === 0) return null;
  return { absolute: apart * step, relative: baseline !== 0 ? (value - baseline) / baseline : null };
}

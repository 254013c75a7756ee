/**
 * The reserve's shortfall: the first year whose planned draw is more than the reserve has left
 * before it (only what is there is drawn). The flag "Opsparing for lille" is this, and "Hvorfor?"
 * names its year and amounts from the same rule.
 */
import type { YearResult } from './results';

export interface ReserveShortfall {
  readonly year: number;
  readonly planned: number;
  /** What the reserve held before that year's draw. */
  readonly left: number;
}

export function reserveShortfall(years: readonly YearResult[], openingReserve: number): ReserveShortfall | null {
  let left = openingReserve;
  for (const y of years) {
    if (y.reservePlanned > left) return { year: y.year, planned: y.reservePlanned, left };
    left = y.reserveBalanceEnd;
  }
  return null;
}

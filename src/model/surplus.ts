/**
 * The years whose funding exceeds their cost at the central estimate: the surplus flag's years,
 * one rule for the flag and for the words that name them.
 */
import type { YearResult } from './results';

export const surplusYears = (years: readonly Pick<YearResult, 'year' | 'surplus'>[]): number[] => years.filter((y) => y.surplus.central > 0).map((y) => y.year);

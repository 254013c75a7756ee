/**
 * The time axis: a scenario runs from its first to its last month (both included), and any
 * calendar year it touches may be partial at either end. A funder may pay for a period of its
 * own; what counts in a year is the months both run.
 */
import type { YearMonth } from './types';

const index = (ym: YearMonth): number => ym.year * 12 + (ym.month - 1);

export const compareYearMonth = (a: YearMonth, b: YearMonth): number => index(a) - index(b);

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export const monthsBetween = (from: YearMonth, to: YearMonth): number => Math.max(0, index(to) - index(from) + 1);

/** The calendar years a period touches, in order. */
export function yearsOf(start: YearMonth, end: YearMonth): number[] {
  const years: number[] = [];
  for (let y = start.year; y <= end.year; y++) years.push(y);
  return years;
}

/**
 * Months of `year` inside every given period; a null bound is open. Twelve means a full year.
 */
export function monthsIn(year: number, ...periods: readonly { readonly from: YearMonth | null; readonly to: YearMonth | null }[]): number {
  let first = year * 12;
  let last = year * 12 + 11;
  for (const p of periods) {
    if (p.from) first = Math.max(first, index(p.from));
    if (p.to) last = Math.min(last, index(p.to));
  }
  return Math.max(0, last - first + 1);
}

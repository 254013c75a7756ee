/**
 * Each figure of a scenario against the baseline scenario's same figure, for the typical year,
 * each calendar year both have, and the whole period. Figures equal within their precision are
 * left out, so "no entry" means "the same as the baseline".
 *
 * Where both scenarios split the supplement alike (each municipality's share the same, within
 * the krone each bill is rounded to), a bill's relative difference is the supplement's: its
 * share of a larger supplement. Reckoned from the rounded bills, a small bill's came out a tenth
 * of a percent off (Læsø's), and the grid showed a percentage beside some bills and not
 * others, as if they had changed differently.
 */
import { figureIds, figureSet, figureValues, precisionOf, yearResult, type YearKey } from './figures';
import type { Differences, ScenarioResult } from './results';
import { variance, type Variance } from './variance';

export function differencesFrom(result: ScenarioResult, baseline: ScenarioResult): Differences {
  const keys: YearKey[] = ['typical', 'horizon', ...result.years.map((y): YearKey => `${y.year}`)];
  const set = figureSet(result);
  const ids = figureIds(result, set);
  const precision = ids.map(precisionOf);
  const out: Record<string, Record<string, Variance>> = {};
  for (const key of keys) {
    const mine = yearResult(result, key);
    const theirs = yearResult(baseline, key);
    if (!mine || !theirs) continue;
    const a = figureValues(mine, set);
    const b = figureValues(theirs, set);
    const row: Record<string, Variance> = {};
    for (let i = 0; i < ids.length; i++) {
      const v = variance(a[i]!, b[i]!, precision[i]!);
      if (v) row[ids[i]!] = v;
    }
    const supplement = row['supplement'];
    if (supplement && splitAlike(mine.municipalAmounts, mine.supplement.central, theirs.municipalAmounts, theirs.supplement.central)) {
      for (let i = 0; i < set.municipalities; i++) {
        const bill = row[`municipality:${i}`];
        if (bill) row[`municipality:${i}`] = { absolute: bill.absolute, relative: supplement.relative };
      }
    }
    out[key] = row;
  }
  return out;
}

/** Whether two years' bills are the same shares of their supplements, within each bill's krone of rounding. */
export function splitAlike(mine: readonly number[], supplement: number, theirs: readonly number[], baseline: number): boolean {
  if (supplement <= 0 || baseline <= 0 || mine.length !== theirs.length) return false;
  const tolerance = 1 / supplement + 1 / baseline;
  return mine.every((bill, i) => Math.abs(bill / supplement - theirs[i]! / baseline) <= tolerance);
}

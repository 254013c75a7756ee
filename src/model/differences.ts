/**
 * Each figure of a scenario against the baseline scenario's same figure, for the typical year,
 * each calendar year both have, and the whole period. Figures equal within their precision are
 * left out, so "no entry" means "the same as the baseline".
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
    out[key] = row;
  }
  return out;
}

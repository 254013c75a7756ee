/**
 * Each figure of a scenario against the baseline scenario's same figure, for the typical year,
 * each calendar year both have, and the whole period. Figures equal within their precision are
 * left out, so "no entry" means "the same as the baseline".
 */
import { figure, figureIds, precisionOf, yearResult, type YearKey } from './figures';
import type { Differences, ScenarioResult } from './results';
import { variance, type Variance } from './variance';

export function differencesFrom(result: ScenarioResult, baseline: ScenarioResult): Differences {
  const keys: YearKey[] = ['typical', 'horizon', ...result.years.map((y): YearKey => `${y.year}`)];
  const ids = figureIds(result);
  const out: Record<string, Record<string, Variance>> = {};
  for (const key of keys) {
    const mine = yearResult(result, key);
    const theirs = yearResult(baseline, key);
    if (!mine || !theirs) continue;
    const row: Record<string, Variance> = {};
    for (const id of ids) {
      const v = variance(figure(mine, id), figure(theirs, id), precisionOf(id));
      if (v) row[id] = v;
    }
    out[key] = row;
  }
  return out;
}

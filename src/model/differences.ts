/**
 * Each figure of a scenario against the baseline scenario's same figure, for the typical year,
 * each calendar year both have, and the whole period. Figures equal within their precision are
 * left out, so "no entry" means "the same as the baseline".
 *
 * Where both scenarios split the supplement alike (the same shares under their allocation keys),
 * a bill's relative difference is the supplement's: its share of a larger supplement. Reckoned
 * from the rounded bills, a small bill's came out a tenth of a percent off (Læsø's), and the
 * grid showed a percentage beside some bills and not others, as if they had changed differently.
 * Split otherwise, each bill has its own.
 */
import { figureIds, figureSet, figureValues, precisionOf, yearResult, type YearKey } from './figures';
import type { Differences, ScenarioResult } from './results';
import { variance, type Variance } from './variance';

export function differencesFrom(result: ScenarioResult, baseline: ScenarioResult): Differences {
  const keys: YearKey[] = ['typical', 'horizon', ...result.years.map((y): YearKey => `${y.year}`)];
  const set = figureSet(result);
  const ids = figureIds(result, set);
  const precision = ids.map(precisionOf);
  const alike = sameShares(result.allocationShares, baseline.allocationShares);
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
    if (supplement && alike) {
      for (let i = 0; i < set.municipalities; i++) {
        const bill = row[`municipality:${i}`];
        if (bill) row[`municipality:${i}`] = { absolute: bill.absolute, relative: supplement.relative };
      }
    }
    out[key] = row;
  }
  return out;
}

/**
 * Whether two scenarios' keys give each municipality the same share of the supplement. The
 * shares are reckoned alike from the same municipalities, so the same key gives the same
 * numbers; the tolerance only lets two keys that come to the same shares by different sums
 * (a mixed key at 0 % equal, and population) count as alike.
 */
function sameShares(mine: readonly number[], theirs: readonly number[]): boolean {
  return mine.length === theirs.length && mine.every((share, i) => Math.abs(share - theirs[i]!) <= 1e-12);
}

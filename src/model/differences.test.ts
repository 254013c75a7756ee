import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from './compute';
import { differencesFrom } from './differences';
import { figure, figureIds, precisionOf, yearResult, type YearKey } from './figures';
import type { ScenarioResult } from './results';
import { randomWorkspace } from './testing/random-workspace';
import { variance } from './variance';

/** The comparison as its definition reads: figure() of each id, each year, against the baseline's. */
function byDefinition(result: ScenarioResult, baseline: ScenarioResult) {
  const keys: YearKey[] = ['typical', 'horizon', ...result.years.map((y): YearKey => `${y.year}`)];
  const out: Record<string, Record<string, unknown>> = {};
  for (const key of keys) {
    const mine = yearResult(result, key);
    const theirs = yearResult(baseline, key);
    if (!mine || !theirs) continue;
    out[key] = Object.fromEntries(figureIds(result).flatMap((id) => {
      const v = variance(figure(mine, id), figure(theirs, id), precisionOf(id));
      return v ? [[id, v]] : [];
    }));
  }
  return out;
}

describe('differences from the baseline', () => {
  it('are, for every figure of every year, figure() against the baseline’s same figure (property)', () => {
    fc.assert(
      fc.property(randomWorkspace(), (ws) => {
        const { scenarios } = computeWorkspace(ws);
        const baseline = scenarios[0]!;
        for (const r of scenarios) expect(differencesFrom(r, baseline)).toEqual(byDefinition(r, baseline));
      }),
      { numRuns: 60 },
    );
  });
});

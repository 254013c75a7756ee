// The defaults must reproduce the seeds: ../shared/domain.md, "Calibration targets".
import { describe, expect, it } from 'vitest';
import { computeWorkspace, createWorkspace, type ScenarioResult, type Workspace } from './index';

const ws = createWorkspace('Nordjylland');
const result = computeWorkspace(ws);
const level = (n: number): ScenarioResult => {
  const found = result.scenarios.find((s) => s.scenarioId === `level-${n}`);
  if (!found) throw new Error(`no level ${n}`);
  return found;
};
const yearlyCost = (n: number) => level(n).typicalYear.cost.total.central;

describe('North Jutland defaults', () => {
  it('hold the 11 municipalities with their 1 January 2026 populations (about 590.000)', () => {
    expect(ws.municipalities).toHaveLength(11);
    expect(result.totalPopulation).toBe(593_114);
    expect(ws.municipalities.find((m) => m.name === 'Læsø')?.population).toBe(1683);
    expect(ws.populationDate).toBe('2026-01-01');
  });

  it('price the level presets inside T11’s budget ranges', () => {
    expect(yearlyCost(1)).toBeGreaterThanOrEqual(1_200_000);
    expect(yearlyCost(1)).toBeLessThanOrEqual(1_500_000);
    expect(yearlyCost(2)).toBeGreaterThanOrEqual(1_500_000);
    expect(yearlyCost(2)).toBeLessThanOrEqual(2_000_000);
    expect(yearlyCost(3)).toBeGreaterThanOrEqual(2_000_000);
    expect(yearlyCost(3)).toBeLessThanOrEqual(2_500_000);
    expect(yearlyCost(4)).toBeGreaterThan(2_500_000);
  });

  it('staff level 1 with one FTE and level 3 with today’s three', () => {
    expect(level(1).fte.central).toBeCloseTo(1, 9);
    expect(level(3).fte.central).toBeCloseTo(3, 9);
  });

  it('need about 1 kr. per inhabitant at level 2 and 2 kr. at level 3 with a 1,25 mio. base grant', () => {
    expect(Math.round(level(2).typicalYear.supplementPerInhabitant.central)).toBe(1);
    expect(Math.round(level(3).typicalYear.supplementPerInhabitant.central)).toBe(2);
    expect(level(1).typicalYear.supplement.central).toBe(0);
  });

  it('flag level 1 as resting on a single employee, and only level 1', () => {
    expect(level(1).flags).toContain('singleEmployeeVulnerable');
    for (const n of [2, 3, 4]) expect(level(n).flags).not.toContain('singleEmployeeVulnerable');
  });

  it('split every supplement into whole kroner that sum exactly to it', () => {
    for (const s of result.scenarios)
      for (const y of s.years) {
        const amounts = y.municipalAmounts.central;
        expect(amounts.every(Number.isInteger)).toBe(true);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(Math.round(y.supplement.central));
      }
  });

  it('shows cost ranges from the cost-per-FTE range (bounds arithmetic)', () => {
    const cost = level(3).typicalYear.cost.total;
    expect(cost.low).toBeLessThan(cost.central);
    expect(cost.high).toBeGreaterThan(cost.central);
    // 3 FTE × (575.000 − 500.000) above the central estimate
    expect(cost.high - cost.central).toBeCloseTo(225_000, 6);
  });
});

describe('part years', () => {
  const halfYear: Workspace = {
    ...ws,
    scenarios: ws.scenarios.map((s) => ({ ...s, startMonth: 7 })),
  };
  const half = computeWorkspace(halfYear);

  it('a July start costs half of a full year, and the next year costs a full year', () => {
    for (const [i, s] of half.scenarios.entries()) {
      const full = result.scenarios[i]!.typicalYear;
      expect(s.years[0]!.yearFraction).toBe(0.5);
      expect(s.years[0]!.cost.total.central).toBeCloseTo(full.cost.total.central / 2, 6);
      expect(s.years[0]!.supplement.central).toBeCloseTo(full.supplement.central / 2, 6);
      expect(s.years[1]!.cost.total.central).toBeCloseTo(full.cost.total.central, 6);
    }
  });

  it('bills each municipality half its yearly amount for the half year (Sorø: 13.075 of 26.150)', () => {
    const level3 = half.scenarios.find((s) => s.scenarioId === 'level-3')!;
    const [first, second] = level3.years;
    first!.municipalAmounts.central.forEach((amount, i) => {
      expect(Math.abs(amount - second!.municipalAmounts.central[i]! / 2)).toBeLessThanOrEqual(1);
    });
  });
});

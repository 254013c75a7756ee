import { describe, expect, it } from 'vitest';
import { computeWorkspace, createWorkspace, draw, edits, evaluateFormula, goalSeek, breakEvenOverheads, monteCarlo, point, scenarioFormulas, seededRandom, span, tornado, type Workspace } from './index';

const base = createWorkspace();
const only = (ws: Workspace, id: string): Workspace => ({ ...ws, scenarios: ws.scenarios.filter((s) => s.id === id), baselineScenarioId: id });

describe('the uncertainty formula', () => {
  it('agrees with the full model at central values, for every scenario and setting', () => {
    let ws = edits.updateScenario(base, 'level-3', (s) => ({ ...s, location: 'rotating', anchoring: 'kkr', funding: { ...s.funding, reserveDrawdown: [200_000, 0, 0], external: point(300_000) } }));
    ws = edits.updateScenario(ws, 'level-2', (s) => ({ ...s, staffingFte: span(1.5, 2.5, 2), years: 1, startMonth: 7, funding: { ...s.funding, reserveDrawdown: [100_000] } }));
    const results = computeWorkspace(ws);
    scenarioFormulas(ws).forEach((f, i) => {
      const r = evaluateFormula(f, (k) => f.inputs[k]!.estimate.central);
      expect(r.cost).toBeCloseTo(results.scenarios[i]!.typicalYear.cost.total.central, 6);
      expect(r.supplement).toBeCloseTo(results.scenarios[i]!.typicalYear.supplement.central, 6);
    });
  });
});

describe('Monte Carlo', () => {
  // Level 1 (1 FTE): cost = cost per FTE + licences + constants. Two uniform ranges of width
  // 200.000 sum to a triangular distribution: P10 = low + 200.000·√0,1·… (hand-computed below).
  const ws = only(edits.updateAssumptions(base, { costPerFte: span(400_000, 600_000, 500_000), fixedOperatingCost: span(0, 200_000, 100_000) }), 'level-1');
  const constants = 635_000 + 100_000; // activities + BRN administration
  const run = (seed: number) => monteCarlo(scenarioFormulas(ws), { samples: 20_000, seed, shape: 'uniform', thresholdPerInhabitant: 0.2 })[0]!;

  it('reproduces the known percentiles of a sum of two uniform ranges', () => {
    const { cost } = run(1);
    const w = 400_000;
    const tail = w * Math.sqrt(0.05); // triangular on [400.000, 800.000]: F(x) = 2(x − a)² / w²
    expect(cost.p10).toBeGreaterThan(constants + 400_000 + tail - 6_000);
    expect(cost.p10).toBeLessThan(constants + 400_000 + tail + 6_000);
    expect(Math.abs(cost.p50 - (constants + 600_000))).toBeLessThan(6_000);
    expect(Math.abs(cost.p90 - (constants + 800_000 - tail))).toBeLessThan(6_000);
  });

  it('is reproducible with the same seed and differs with another', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(7).cost.p50).not.toBe(run(8).cost.p50);
  });

  it('gives the probability that the supplement per inhabitant exceeds the threshold', () => {
    // Supplement = cost − 1.250.000 base grant; 0,2 kr./inh. ≈ 118.623 kr. → cost > 1.368.623.
    const exact = (() => {
      const x = 1_250_000 + 0.2 * 593_114 - constants - 400_000; // how far into the triangle
      return x < 200_000 ? 1 - (2 * x * x) / 400_000 ** 2 : (2 * (400_000 - x) ** 2) / 400_000 ** 2;
    })();
    expect(Math.abs(run(3).probabilityAboveThreshold - exact)).toBeLessThan(0.015);
  });

  it('triangular and PERT draws centre where their formulas say', () => {
    const random = seededRandom(42);
    const mean = (shape: 'triangular' | 'pert') => {
      let sum = 0;
      for (let i = 0; i < 40_000; i++) sum += draw(shape, 0, 30, 100, random);
      return sum / 40_000;
    };
    expect(Math.abs(mean('triangular') - (0 + 30 + 100) / 3)).toBeLessThan(0.8);
    expect(Math.abs(mean('pert') - (0 + 4 * 30 + 100) / 6)).toBeLessThan(0.8);
  });

  it('runs the default workspace: point inputs give a zero-width result', () => {
    const ws0 = edits.updateAssumptions(base, { costPerFte: point(500_000) });
    const [first] = monteCarlo(scenarioFormulas(ws0), { samples: 100, seed: 1, shape: 'pert', thresholdPerInhabitant: 2 });
    expect(first!.cost.p10).toBe(first!.cost.p90);
    expect(first!.cost.p50).toBeCloseTo(1_250_000, 6);
  });
});

describe('sensitivity', () => {
  it('swings each range alone, largest effect on the supplement first', () => {
    const ws = edits.updateScenario(base, 'level-3', (s) => ({ ...s, funding: { ...s.funding, baseGrant: span(1_000_000, 1_500_000, 1_250_000) } }));
    const t = tornado(scenarioFormulas(ws)[2]!);
    expect(t.swings.map((s) => s.input.id)).toEqual(['scenario.level-3.baseGrant', 'assumptions.costPerFte']);
    const cost = t.swings[1]!;
    expect(cost.cost.high - cost.cost.low).toBeCloseTo(3 * 125_000, 6);
    expect(t.swings[0]!.cost.high).toBe(t.swings[0]!.cost.low); // funding moves the supplement, not cost
  });
});

describe('goal seek', () => {
  it('finds the base grant that keeps level 3’s supplement at 0, to the krone', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'baseGrant', output: 'supplement', target: 0 });
    expect(r).toEqual({ ok: true, value: 2_450_000, achieved: 0 });
  });

  it('finds the staffing affordable within 2,0 mio. at level 3 (linear: (2.000.000 − 950.000) / 500.000)', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'staffingFte', output: 'totalCost', target: 2_000_000 });
    expect(r.ok && r.value).toBe(2.1);
  });

  it('finds the base grant for a supplement of 1 kr. per inhabitant at level 3', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'baseGrant', output: 'supplementPerInhabitant', target: 1 });
    expect(r.ok && r.value).toBe(2_450_000 - 593_114);
  });

  it('answers "no solution" when the target is out of reach', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'staffingFte', output: 'totalCost', target: 100_000 });
    expect(r).toEqual({ ok: false, reason: 'noSolution', reachable: { min: 950_000, max: 50_950_000 } });
  });
});

describe('break-even across anchoring models', () => {
  it('KKR and the cross-municipal model match BRN’s cost at BRN’s administration overhead', () => {
    expect(breakEvenOverheads(base, 'level-3')).toEqual([
      { model: 'kkr', overhead: 100_000, currentOverhead: 250_000 },
      { model: 'crossMunicipal', overhead: 100_000, currentOverhead: 200_000 },
    ]);
  });
});

describe('percentiles', () => {
  it('selection gives the same P10/P50/P90 as sorting (nearest rank)', async () => {
    const { quantile } = await import('./monte-carlo');
    const ws = edits.updateAssumptions(base, { costPerFte: span(400_000, 600_000, 450_000), fixedOperatingCost: span(0, 50_000, 10_000) });
    const formulas = scenarioFormulas(ws);
    const [result] = monteCarlo(formulas, { samples: 999, seed: 5, shape: 'triangular', thresholdPerInhabitant: 1 });
    // Recompute the cost samples the slow way and compare.
    const random = seededRandom(5);
    const { rangeSampler } = await import('./monte-carlo');
    const a = rangeSampler('triangular', 400_000, 450_000, 600_000, random);
    const costPerFte = Float64Array.from({ length: 999 }, () => a());
    const b = rangeSampler('triangular', 0, 10_000, 50_000, random);
    const fixed = Float64Array.from({ length: 999 }, () => b());
    const f = formulas[0]!;
    const costs = Float64Array.from({ length: 999 }, (_, k) =>
      evaluateFormula(f, (i) => (f.inputs[i]!.id === 'assumptions.costPerFte' ? costPerFte[k]! : f.inputs[i]!.id === 'assumptions.fixedOperatingCost' ? fixed[k]! : f.inputs[i]!.estimate.central)).cost,
    ).sort();
    expect(result!.cost).toEqual({ p10: quantile(costs, 0.1), p50: quantile(costs, 0.5), p90: quantile(costs, 0.9) });
  });
});

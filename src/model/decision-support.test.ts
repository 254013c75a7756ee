import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, draw, evaluateFormula, goalSeek, monteCarlo, seekCommand, point, quantile, rangeSampler, scenarioFormulas, seededRandom, span, tornado, type Command, type Workspace } from './index';

const base = createWorkspace();
const run = (ws: Workspace, ...commands: Command[]) => commands.reduce(applyCommand, ws);
const only = (ws: Workspace, id: string): Workspace => ({ ...ws, scenarios: ws.scenarios.filter((s) => s.id === id), baselineScenarioId: id });

describe('the uncertainty formula', () => {
  it('agrees with the full model at central values, for every scenario and setting', () => {
    const ws = run(
      base,
      { type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'rotating' },
      { type: 'applyAnchoringPreset', scenarioId: 'level-4', presetId: 'kkr' },
      { type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2026, amount: 200_000 },
      { type: 'setFunding', scenarioId: 'level-3', funderId: 'external', amount: point(300_000) },
      { type: 'setStaffing', scenarioId: 'level-2', staffing: span(150, 250, 200) },
      { type: 'setStart', scenarioId: 'level-2', start: { year: 2026, month: 7 } },
      { type: 'setEnd', scenarioId: 'level-2', end: { year: 2026, month: 12 } },
      { type: 'setFunder', funderId: 'region', patch: { unit: 'fte', amount: point(50) } },
      { type: 'setAssumption', change: { key: 'wageIndexation', value: 4 } },
      { type: 'setStart', scenarioId: 'level-1', start: { year: 2027, month: 1 } },
    );
    const results = computeWorkspace(ws);
    scenarioFormulas(ws).forEach((f, i) => {
      const r = evaluateFormula(f, (k) => f.inputs[k]!.estimate.central);
      const y = results.scenarios[i]!.years[results.scenarios[i]!.typicalIndex]!;
      expect(Math.abs(r.cost - y.cost.total.central)).toBeLessThanOrEqual(2);
      expect(Math.abs(r.supplement - y.supplement.central)).toBeLessThanOrEqual(2);
    });
  });
});

describe('Monte Carlo', () => {
  // Level 1 (1 FTE): cost = cost per FTE + BRN administration + 660.000 activities. Two uniform
  // ranges of width 200.000 sum to a triangular distribution (hand-computed below).
  const ws = only(
    run(base, { type: 'setAssumption', change: { key: 'costPerFte', value: span(400_000, 600_000, 500_000) } }, { type: 'setEmployerAdminCost', employerId: 'brnSecretariat', cost: span(0, 200_000, 100_000) }),
    'level-1',
  );
  const constants = 660_000;
  const run1 = (seed: number) => monteCarlo(scenarioFormulas(ws), { samples: 20_000, seed, shape: 'uniform', thresholdPerInhabitant: 0.2 })[0]!;

  it('reproduces the known percentiles of a sum of two uniform ranges', () => {
    const { cost } = run1(1);
    const tail = 400_000 * Math.sqrt(0.05); // triangular on [400.000, 800.000]: F(x) = 2(x − a)² / w²
    expect(Math.abs(cost.p10 - (constants + 400_000 + tail))).toBeLessThan(6_000);
    expect(Math.abs(cost.p50 - (constants + 600_000))).toBeLessThan(6_000);
    expect(Math.abs(cost.p90 - (constants + 800_000 - tail))).toBeLessThan(6_000);
  });

  it('is reproducible with the same seed and differs with another', () => {
    expect(run1(7)).toEqual(run1(7));
    expect(run1(7).cost.p50).not.toBe(run1(8).cost.p50);
  });

  it('gives the probability that the supplement per inhabitant exceeds the threshold', () => {
    // Supplement = cost − 1.250.000 base grant; 0,2 kr./inh. ≈ 118.623 kr.
    const x = 1_250_000 + 0.2 * 593_114 - constants - 400_000; // how far into the triangle
    const exact = x < 200_000 ? 1 - (2 * x * x) / 400_000 ** 2 : (2 * (400_000 - x) ** 2) / 400_000 ** 2;
    expect(Math.abs(run1(3).probabilityAboveThreshold - exact)).toBeLessThan(0.015);
  });

  it('triangular and PERT draws centre where their formulas say', () => {
    const random = seededRandom(42);
    const mean = (shape: 'triangular' | 'pert') => {
      let sum = 0;
      for (let i = 0; i < 40_000; i++) sum += draw(shape, 0, 30, 100, random);
      return sum / 40_000;
    };
    expect(Math.abs(mean('triangular') - 130 / 3)).toBeLessThan(0.8);
    expect(Math.abs(mean('pert') - 220 / 6)).toBeLessThan(0.8);
  });

  it('point inputs give a zero-width result at the model’s figure', () => {
    const ws0 = run(base, { type: 'setAssumption', change: { key: 'costPerFte', value: point(550_000) } });
    const [first] = monteCarlo(scenarioFormulas(ws0), { samples: 100, seed: 1, shape: 'pert', thresholdPerInhabitant: 2 });
    expect(first!.cost.p10).toBe(first!.cost.p90);
    expect(first!.cost.p50).toBeCloseTo(1_225_000, 6);
  });

  it('selection gives the same P10/P50/P90 as sorting (nearest rank)', () => {
    const formulas = scenarioFormulas(ws);
    const [result] = monteCarlo(formulas, { samples: 999, seed: 5, shape: 'triangular', thresholdPerInhabitant: 1 });
    const random = seededRandom(5);
    const f = formulas[0]!;
    const ranged = f.inputs.filter((i) => i.estimate.low !== i.estimate.high);
    const samplers = ranged.map((i) => rangeSampler('triangular', i.estimate.low, i.estimate.central, i.estimate.high, random));
    const columns = samplers.map((s) => Float64Array.from({ length: 999 }, () => s()));
    const costs = Float64Array.from({ length: 999 }, (_, k) =>
      evaluateFormula(f, (i) => {
        const j = ranged.indexOf(f.inputs[i]!);
        return j >= 0 ? columns[j]![k]! : f.inputs[i]!.estimate.central;
      }).cost,
    ).sort();
    expect(result!.cost).toEqual({ p10: quantile(costs, 0.1), p50: quantile(costs, 0.5), p90: quantile(costs, 0.9) });
  });
});

describe('sensitivity', () => {
  it('swings each range alone, largest effect on the supplement first', () => {
    const ws = run(base, { type: 'setFunding', scenarioId: 'level-3', funderId: 'brn', amount: span(1_000_000, 1_500_000, 1_250_000) });
    const t = tornado(scenarioFormulas(ws)[2]!);
    expect(t.swings.map((s) => s.input.id)).toEqual(['scenario.level-3.funding.brn', 'assumptions.costPerFte']);
    const cost = t.swings[1]!;
    expect(cost.cost.high - cost.cost.low).toBeCloseTo(3 * 125_000, 6);
    expect(t.swings[0]!.cost.high).toBe(t.swings[0]!.cost.low); // funding moves the supplement, not cost
  });
});

describe('goal seek', () => {
  it('finds the base grant that keeps level 3’s supplement at 0, to the krone', () => {
    expect(goalSeek(base, { scenarioId: 'level-3', input: 'funding:brn', output: 'supplement', target: 0 })).toEqual({ ok: true, value: 2_475_000, achieved: 0 });
  });

  it('finds the most staffing affordable within 2,0 mio. at level 3: (2.000.000 − 825.000) / 5.500 hundredths', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'staffing', output: 'totalCost', target: 2_000_000 });
    expect(r).toMatchObject({ ok: true, value: 213 });
  });

  it('finds the base grant for a supplement of 1 kr. per inhabitant at level 3', () => {
    const r = goalSeek(base, { scenarioId: 'level-3', input: 'funding:brn', output: 'supplementPerInhabitant', target: 1 });
    expect(r.ok && r.value).toBe(2_475_000 - 593_114);
  });

  it('says where a cost per FTE sought lies outside the range assumed for it (279.348 kr. against 550.000–750.000 was given without a word)', () => {
    // Level 2 pays no supplement only at a cost per FTE far under the assumed 500.000–625.000.
    const below = goalSeek(base, { scenarioId: 'level-2', input: 'costPerFte', output: 'supplement', target: 0 });
    expect(below).toMatchObject({ ok: true, achieved: 0, outsideRange: { side: 'below', low: 500_000, high: 625_000 } });
    expect(below.ok && below.value).toBeLessThan(500_000);
    // Level 1's answer lies inside it: nothing to say.
    const inside = goalSeek(base, { scenarioId: 'level-1', input: 'costPerFte', output: 'supplement', target: 0 });
    expect(inside.ok && inside.value).toBeGreaterThanOrEqual(500_000);
    expect(inside).not.toHaveProperty('outsideRange');
    // Level 1 within 2 mio. in all affords more than the range's top.
    expect(goalSeek(base, { scenarioId: 'level-1', input: 'costPerFte', output: 'totalCost', target: 2_000_000 })).toMatchObject({ outsideRange: { side: 'above', high: 625_000 } });
    // The scenario's own range is the one that counts; a single figure is no range.
    const own = run(base, { type: 'setScenarioCostPerFte', scenarioId: 'level-2', cost: { low: 200_000, central: 300_000, high: 400_000 } });
    expect(goalSeek(own, { scenarioId: 'level-2', input: 'costPerFte', output: 'supplement', target: 0 })).not.toHaveProperty('outsideRange');
    const single = run(base, { type: 'setScenarioCostPerFte', scenarioId: 'level-2', cost: point(600_000) });
    expect(goalSeek(single, { scenarioId: 'level-2', input: 'costPerFte', output: 'supplement', target: 0 })).not.toHaveProperty('outsideRange');
    // Nor is staffing or a funder's amount judged against it.
    expect(goalSeek(base, { scenarioId: 'level-2', input: 'staffing', output: 'supplement', target: 0 })).not.toHaveProperty('outsideRange');
  });

  it('puts a value found into the scenario as its own single figure, and the target is then met', () => {
    for (const input of ['costPerFte', 'staffing', 'funding:brn'] as const) {
      const r = goalSeek(base, { scenarioId: 'level-3', input, output: 'supplement', target: 0 });
      if (!r.ok) throw new Error(`no answer for ${input}`);
      const applied = run(base, seekCommand('level-3', input, r.value));
      const level3 = computeWorkspace(applied).scenarios.find((s) => s.scenarioId === 'level-3')!;
      expect(level3.years[level3.typicalIndex]!.supplement.central, input).toBe(r.achieved);
    }
  });

  it('answers "no solution" when the target is out of reach', () => {
    expect(goalSeek(base, { scenarioId: 'level-3', input: 'staffing', output: 'totalCost', target: 100_000 })).toEqual({ ok: false, reason: 'noSolution', reachable: { min: 825_000, max: 55_825_000 } });
  });
});

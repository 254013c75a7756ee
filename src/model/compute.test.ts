import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, createWorkspaceComputer, ModelValidationError, point, reserveShortfall, span, type Command, type ScenarioResult, type Workspace } from './index';

const base = createWorkspace('Nordjylland');
const run = (...commands: Command[]) => commands.reduce(applyCommand, base);
const result = (ws: Workspace, id = 'level-3'): ScenarioResult => computeWorkspace(ws).scenarios.find((s) => s.scenarioId === id)!;
const typical = (r: ScenarioResult) => r.years[r.typicalIndex]!;

describe('the time axis', () => {
  it('runs from the first to the last month, with part years at both ends', () => {
    const r = result(run({ type: 'setStart', scenarioId: 'level-3', start: { year: 2026, month: 7 } }, { type: 'setEnd', scenarioId: 'level-3', end: { year: 2028, month: 6 } }));
    expect(r.years.map((y) => [y.year, y.months])).toEqual([[2026, 6], [2027, 12], [2028, 6]]);
    const full = r.years[1]!;
    expect(r.years[0]!.cost.total.central).toBe(full.cost.total.central / 2);
    expect(r.years[2]!.supplement.central).toBe(full.supplement.central / 2);
    expect(r.typicalIndex).toBe(1);
  });

  it('sums the whole period, each municipality’s bill included', () => {
    const r = result(base);
    expect(r.horizon.cost.total.central).toBe(3 * typical(r).cost.total.central);
    expect(r.horizon.municipalAmounts.reduce((a, b) => a + b, 0)).toBe(r.horizon.supplement.central);
  });

  it('indexes wages and prices from the price year', () => {
    const r = result(run({ type: 'setAssumption', change: { key: 'wageIndexation', value: 3 } }, { type: 'setAssumption', change: { key: 'priceIndexation', value: 2 } }));
    const [y2026, y2027, y2028] = r.years;
    expect(y2026!.cost.staff.central).toBe(1_650_000);
    expect(y2027!.cost.staff.central).toBe(Math.round(1_650_000 * 1.03));
    expect(y2028!.cost.activities.central).toBe(Math.round(810_000 * 1.02 ** 2));
    // The base grant is a nominal amount: the supplement grows.
    expect(y2028!.supplement.central).toBeGreaterThan(y2026!.supplement.central);
  });

  it('pays a funder only for the months of its own period', () => {
    const ws = run(
      { type: 'setFunder', funderId: 'region', patch: { amount: point(1_000_000), to: { year: 2027, month: 6 } } },
    );
    const r = result(ws);
    expect(r.years.map((y) => y.funding.funders.find((f) => f.funderId === 'region')!.amount.central)).toEqual([1_000_000, 500_000, 0]);
  });

  it('prices a funder’s FTE at the year’s cost per FTE', () => {
    const ws = run({ type: 'setFunder', funderId: 'region', patch: { unit: 'fte', amount: point(100) } }, { type: 'setAssumption', change: { key: 'wageIndexation', value: 10 } });
    const r = result(ws);
    expect(r.years[1]!.funding.funders.find((f) => f.funderId === 'region')!.amount.central).toBe(605_000);
  });
});

describe('funding and the municipal supplement', () => {
  it('the region’s 1 mio. from before the exit lowers the supplement krone for krone', () => {
    const withRegion = result(run({ type: 'setFunding', scenarioId: 'level-3', funderId: 'region', amount: point(1_000_000) }));
    expect(typical(result(base)).supplement.central - typical(withRegion).supplement.central).toBe(1_000_000);
  });

  it('reports a surplus, not a negative supplement, when funding exceeds cost', () => {
    const r = result(run({ type: 'setFunding', scenarioId: 'level-3', funderId: 'external', amount: point(3_000_000) }));
    expect(typical(r).supplement.central).toBe(0);
    expect(typical(r).surplus.central).toBe(1_775_000);
    expect(r.flags).toContain('fundingSurplus');
  });

  it('a base-grant range widens the supplement the other way (low cost − high grant)', () => {
    const r = result(run({ type: 'setFunding', scenarioId: 'level-3', funderId: 'brn', amount: span(1_000_000, 1_500_000, 1_250_000) }));
    const { supplement, cost } = typical(r);
    expect(supplement.low).toBe(cost.total.low - 1_500_000);
    expect(supplement.high).toBe(cost.total.high - 1_000_000);
  });

  it('spreads the reserve over years as planned and flags a plan beyond what is left', () => {
    const r = result(run({ type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2026, amount: 500_000 }, { type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2027, amount: 500_000 }));
    expect(r.years.map((y) => y.funding.reserve.central)).toEqual([500_000, 350_000, 0]);
    expect(r.years[1]!.reserveBalanceEnd).toBe(0);
    expect(r.flags).toContain('reserveExhausted');
    // The flag names its year: 500.000 planned in 2027 with 350.000 left of the 850.000.
    expect(reserveShortfall(r.years, 850_000)).toEqual({ year: 2027, planned: 500_000, left: 350_000 });
    expect(reserveShortfall(result(base).years, 850_000)).toBeNull();
  });
});

describe('portfolio and staffing', () => {
  it('switching one task off in one scenario removes its effort and activity there only', () => {
    const ws = run({ type: 'setTaskOn', scenarioId: 'level-3', taskId: 'other-gen2040', on: false });
    expect(typical(result(base)).fte.central - typical(result(ws)).fte.central).toBe(60);
    expect(result(ws).activeTaskIds).not.toContain('other-gen2040');
    expect(result(ws, 'level-4')).toEqual(result(base, 'level-4'));
  });

  it('a task the user adds counts like a catalogue task', () => {
    const ws = run({ type: 'addCustomTask', scenarioId: 'level-2', task: { id: 'c1', name: 'Klimatilpasning', category: 'other', on: true, effort: point(50), activity: point(40_000) } });
    expect(typical(result(ws, 'level-2')).cost.total.central - typical(result(base, 'level-2')).cost.total.central).toBe(275_000 + 40_000);
  });

  it('an explicit staffing overrides the sum of task efforts', () => {
    expect(typical(result(run({ type: 'setStaffing', scenarioId: 'level-3', staffing: point(200) }))).fte.central).toBe(200);
  });

  it('another host municipality adds rent, IT and HR per FTE', () => {
    expect(typical(result(run({ type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'host-860' }))).cost.host.central).toBe(225_000);
  });
});

describe('scores', () => {
  it('are a weighted mean of the parts, with the approval path and robustness computed', () => {
    const r = result(base, 'level-1');
    expect(r.criteria.parts.find((p) => p.id === 'approvalPath')).toMatchObject({ score: 5, from: ['computed'] });
    expect(r.criteria.parts.find((p) => p.id === 'robustness')).toMatchObject({ score: 1, from: ['computed'] });
    expect(result(base, 'level-3').criteria.parts.find((p) => p.id === 'approvalPath')!.score).toBe(2);
    const weighted = r.criteria.parts.reduce((s, p) => s + p.score * p.weight, 0) / r.criteria.parts.reduce((s, p) => s + p.weight, 0);
    expect(r.criteria.score).toBeCloseTo(weighted, 12);
  });

  it('are none where every criterion weighs 0 (it read 0,00, off the 1–5 scale); one weight back gives that criterion’s score', () => {
    const unweighted = base.criteria.reduce((w, c) => applyCommand(w, { type: 'setCriterionWeight', criterion: c.id, weight: 0 }), base);
    for (const s of computeWorkspace(unweighted).scenarios) expect(s.criteria.score).toBeNull();
    const one = applyCommand(unweighted, { type: 'setCriterionWeight', criterion: 'approvalPath', weight: 10 });
    expect(result(one, 'level-1').criteria.score).toBe(5);
  });
});

describe('exact arithmetic', () => {
  it('every figure is whole kroner and every total is the sum of its parts (property)', () => {
    const command = fc.oneof(
      fc.record({ id: fc.constantFrom('level-1', 'level-2', 'level-3'), e: fc.integer({ min: 0, max: 1_000 }) }).map(({ id, e }): Command => ({ type: 'setTaskEffort', scenarioId: id, taskId: 'guidance-1to1-sparring', effort: point(e) })),
      fc.record({ id: fc.constantFrom('level-2', 'level-4'), m: fc.integer({ min: 1, max: 12 }) }).map(({ id, m }): Command => ({ type: 'setStart', scenarioId: id, start: { year: 2026, month: m } })),
      fc.record({ w: fc.double({ min: -5, max: 10, noNaN: true }) }).map(({ w }): Command => ({ type: 'setAssumption', change: { key: 'wageIndexation', value: Math.round(w * 100) / 100 } })),
      fc.record({ c: fc.integer({ min: 0, max: 2_000_000 }) }).map(({ c }): Command => ({ type: 'setAssumption', change: { key: 'costPerFte', value: point(c) } })),
      fc.record({ id: fc.constantFrom('level-1', 'level-3'), g: fc.integer({ min: 0, max: 10_000_000 }) }).map(({ id, g }): Command => ({ type: 'setFunding', scenarioId: id, funderId: 'brn', amount: point(g) })),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 8 }), (commands) => {
        const r = computeWorkspace(commands.reduce(applyCommand, base));
        for (const s of r.scenarios)
          for (const y of s.years) {
            const c = y.cost;
            for (const e of [c.staff, c.activities, c.administration, c.host, c.total, y.supplement]) expect(Number.isInteger(e.central)).toBe(true);
            expect(c.total.central).toBe(c.staff.central + c.activities.central + c.administration.central + c.host.central);
            expect(y.municipalAmounts.reduce((a, b) => a + b, 0)).toBe(y.supplement.central);
          }
      }),
      { numRuns: 150 },
    );
  });
});

describe('incremental compute', () => {
  it('recomputes only the scenario an edit touched, and gives the same figures as a full compute', () => {
    const compute = createWorkspaceComputer();
    const first = compute(base);
    const ws = run({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_500_000) });
    const second = compute(ws);
    second.scenarios.forEach((r, i) => (r.scenarioId === 'level-2' ? expect(r).not.toBe(first.scenarios[i]) : expect(r).toBe(first.scenarios[i])));
    expect(second).toEqual(computeWorkspace(ws));
    // A shared input changes every scenario.
    const third = compute(applyCommand(ws, { type: 'setAssumption', change: { key: 'costPerFte', value: point(600_000) } }));
    third.scenarios.forEach((r, i) => expect(r).not.toBe(second.scenarios[i]));
  });
});

describe('validation', () => {
  const expectIssue = (ws: Workspace, field: string, code?: string) => {
    try {
      computeWorkspace(ws);
    } catch (e) {
      expect(e).toBeInstanceOf(ModelValidationError);
      const issue = (e as ModelValidationError).issues.find((i) => i.field === field);
      expect(issue, JSON.stringify((e as ModelValidationError).issues)).toBeDefined();
      if (code) expect(issue!.code).toBe(code);
      return;
    }
    throw new Error('expected a validation error');
  };
  const withScenario = (patch: Partial<Workspace['scenarios'][number]>): Workspace => ({ ...base, scenarios: base.scenarios.map((s) => (s.id === 'level-3' ? { ...s, ...patch } : s)) });

  it('names the field of a negative population', () => {
    expectIssue({ ...base, municipalities: base.municipalities.map((m) => (m.code === '825' ? { ...m, population: -1 } : m)) }, 'municipalities[825].population', 'negative');
  });
  it('refuses an absurd amount instead of computing for ever', () => expectIssue(withScenario({ funding: { brn: point(1e24) } }), 'scenarios[level-3].funding.brn', 'outOfRange'));
  it('names a fraction of a krone', () => expectIssue(withScenario({ costPerFte: point(0.5) }), 'scenarios[level-3].costPerFte', 'notWhole'));
  it('names an unknown task id', () => expectIssue(withScenario({ tasks: { nope: { on: true } } }), 'scenarios[level-3].tasks.nope', 'unknownReference'));
  it('names a percentage outside 0–100', () => expectIssue(withScenario({ allocation: { kind: 'mixed', equalPercent: 140 } }), 'scenarios[level-3].allocation.equalPercent'));
  it('names an end before the start', () => expectIssue(withScenario({ end: { year: 2025, month: 1 } }), 'scenarios[level-3].end', 'unordered'));
  it('names a month outside 1–12', () => expectIssue(withScenario({ start: { year: 2026, month: 13 } }), 'scenarios[level-3].start.month'));
});

describe('other regions', () => {
  it('a Midtjylland workspace starts from the neutral KKR template with its largest municipality', () => {
    const ws = createWorkspace('Midtjylland');
    expect(ws.municipalities).toHaveLength(19);
    expect(ws.presets[0]!.name.da).toBe('KKR med Aarhus som vært');
    expect(ws.scenarios[0]!.anchoring).toEqual({ political: 'kkr', employer: 'municipality-751', host: 'host-751' });
    expect(computeWorkspace(ws).scenarios[0]!.flags).not.toContain('managementSeparatedFromLocation');
  });
});

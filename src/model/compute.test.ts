import { describe, expect, it } from 'vitest';
import { computeWorkspace, createWorkspace, ModelValidationError, point, span, type Scenario, type Workspace } from './index';

const base = createWorkspace('Nordjylland');
const withScenario = (patch: Partial<Scenario>, ws: Workspace = base): Workspace => ({
  ...ws,
  scenarios: [{ ...ws.scenarios[2]!, ...patch }],
});
const only = (ws: Workspace) => computeWorkspace(ws).scenarios[0]!;

describe('funding and the municipal supplement', () => {
  it('the region’s 1 mio. from before the exit lowers the supplement krone for krone', () => {
    const without = only(withScenario({})).typicalYear.supplement.central;
    const withRegion = only(withScenario({ funding: { ...base.scenarios[2]!.funding, region: point(1_000_000) } }));
    expect(without - withRegion.typicalYear.supplement.central).toBeCloseTo(1_000_000, 6);
  });

  it('draws the reserve down by year and flags a drawdown beyond the 850.000', () => {
    const r = only(withScenario({ funding: { ...base.scenarios[2]!.funding, reserveDrawdown: [500_000, 500_000, 0] } }));
    expect(r.years[0]!.funding.reserve.central).toBe(500_000);
    expect(r.years[1]!.funding.reserve.central).toBe(350_000);
    expect(r.years[1]!.reserveBalanceEnd).toBe(0);
    expect(r.flags).toContain('reserveExhausted');
  });

  it('reports a surplus, not a negative supplement, when funding exceeds cost', () => {
    const r = only(withScenario({ funding: { ...base.scenarios[2]!.funding, external: point(3_000_000) } }));
    expect(r.typicalYear.supplement.central).toBe(0);
    expect(r.typicalYear.surplus.central).toBeGreaterThan(0);
    expect(r.flags).toContain('fundingSurplus');
  });

  it('a base-grant range widens the supplement the other way (low cost − high grant)', () => {
    const r = only(withScenario({ funding: { ...base.scenarios[2]!.funding, baseGrant: span(1_000_000, 1_500_000, 1_250_000) } }));
    const { supplement, cost } = r.typicalYear;
    expect(supplement.low).toBeCloseTo(cost.total.low - 1_500_000, 6);
    expect(supplement.high).toBeCloseTo(cost.total.high - 1_000_000, 6);
  });
});

describe('portfolio and staffing', () => {
  it('switching one task off removes its effort and activity cost', () => {
    const all = only(withScenario({}));
    const without = only(withScenario({ taskSwitches: { 'other-gen2040': false } }));
    expect(all.fte.central - without.fte.central).toBeCloseTo(0.2, 9);
    expect(without.activeTaskIds).not.toContain('other-gen2040');
  });

  it('a level-4 task can be switched on in a level-2 scenario', () => {
    const r = only(withScenario({ ambitionLevel: 2, taskSwitches: { 'other-consultancy': true } }));
    expect(r.activeTaskIds).toContain('other-consultancy');
    expect(r.fte.central).toBeCloseTo(2.25, 9);
  });

  it('an explicit staffing overrides the sum of task efforts', () => {
    expect(only(withScenario({ staffingFte: point(2) })).fte.central).toBe(2);
  });
});

describe('anchoring models', () => {
  it('BRN needs only its board while no supplement is needed; KKR always needs every city council', () => {
    const level1Brn = only(withScenario({ ambitionLevel: 1 }));
    expect(level1Brn.approval.count).toBe(1);
    expect(only(withScenario({})).approval.count).toBe(12);
    expect(only(withScenario({ ambitionLevel: 1, anchoring: 'kkr' })).approval).toMatchObject({ count: 11 });
  });

  it('KKR costs more (KL builds administration) and separates management from location', () => {
    const brn = only(withScenario({}));
    const kkr = only(withScenario({ anchoring: 'kkr' }));
    expect(kkr.typicalYear.cost.anchoring.central).toBeGreaterThan(brn.typicalYear.cost.anchoring.central);
    expect(kkr.flags).toContain('managementSeparatedFromLocation');
    expect(brn.flags).not.toContain('managementSeparatedFromLocation');
  });

  it('another host municipality adds rent, IT and HR per FTE', () => {
    const other = only(withScenario({ location: 'otherMunicipality' }));
    expect(other.typicalYear.cost.location.central).toBeCloseTo(3 * 75_000, 6);
  });

  it('scores are a weighted mean, and BRN loses its approval advantage once councils must approve', () => {
    const level1 = only(withScenario({ ambitionLevel: 1 })).criteria;
    const level3 = only(withScenario({})).criteria;
    expect(level1.parts.find((p) => p.id === 'approvalPath')?.score).toBe(5);
    expect(level3.parts.find((p) => p.id === 'approvalPath')?.score).toBe(1);
    const weighted = level1.parts.reduce((s, p) => s + p.score * p.weight, 0) / level1.parts.reduce((s, p) => s + p.weight, 0);
    expect(level1.score).toBeCloseTo(weighted, 12);
  });
});

describe('validation', () => {
  const expectIssue = (ws: Workspace, field: string) => {
    try {
      computeWorkspace(ws);
    } catch (e) {
      expect(e).toBeInstanceOf(ModelValidationError);
      expect((e as ModelValidationError).issues.map((i) => i.field)).toContain(field);
      return;
    }
    throw new Error('expected a validation error');
  };

  it('names the field of a negative population', () => {
    const ws = { ...base, municipalities: base.municipalities.map((m) => (m.code === '825' ? { ...m, population: -1 } : m)) };
    expectIssue(ws, 'municipalities[825].population');
  });
  it('names an unknown task id', () => expectIssue(withScenario({ taskSwitches: { nope: true } }), 'scenarios[level-3].taskSwitches.nope'));
  it('names a percentage outside 0–100', () =>
    expectIssue(withScenario({ allocation: { kind: 'mixed', equalPercent: 140 } }), 'scenarios[level-3].allocation.equalPercent'));
  it('names a NaN', () =>
    expectIssue(withScenario({ funding: { ...base.scenarios[2]!.funding, baseGrant: point(Number.NaN) } }), 'scenarios[level-3].funding.baseGrant'));
  it('names a start month outside 1–12', () => expectIssue(withScenario({ startMonth: 13 }), 'scenarios[level-3].startMonth'));
});

describe('other regions', () => {
  it('a Sjælland workspace has its 17 municipalities and a local in-kind host', () => {
    const sj = createWorkspace('Sjælland');
    expect(sj.municipalities).toHaveLength(17);
    expect(sj.locations[0]!.name.da).toContain('Roskilde');
    expect(computeWorkspace(sj).totalPopulation).toBe(858_102);
  });
});

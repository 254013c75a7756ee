import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from './migrations/fixtures/v1-workspaces.json';
import { applyCommand, computeWorkspace, createWorkspace, REGIONS, restoreWorkspace, type Workspace } from './index';

interface FixtureFigures {
  scenarioId: string;
  years: { year: number; cost: { low: number; central: number; high: number }; supplement: { central: number }; municipalAmounts: number[]; reserveBalanceEnd: number }[];
}

describe('model 1 documents open in model 2 with the figures they showed', () => {
  it.each(fixtures.map((f) => [f.workspace.name, f] as const))('%s', (_, fixture) => {
    const restored = restoreWorkspace(fixture.workspace);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const result = computeWorkspace(restored.workspace);
    (fixture.figures as FixtureFigures[]).forEach((old) => {
      const now = result.scenarios.find((s) => s.scenarioId === old.scenarioId)!;
      expect(now.years.map((y) => y.year)).toEqual(old.years.map((y) => y.year));
      now.years.forEach((y, i) => {
        const before = old.years[i]!;
        // Model 1 did not round a part year to the krone; model 2 rounds each cost component once.
        expect(Math.abs(y.cost.total.central - before.cost.central)).toBeLessThanOrEqual(2);
        expect(Math.abs(y.cost.total.low - before.cost.low)).toBeLessThanOrEqual(2);
        expect(Math.abs(y.cost.total.high - before.cost.high)).toBeLessThanOrEqual(2);
        expect(Math.abs(y.supplement.central - before.supplement.central)).toBeLessThanOrEqual(2);
        if (Math.round(before.supplement.central) === y.supplement.central) expect(y.municipalAmounts).toEqual(before.municipalAmounts);
      });
    });
  });

  it('keeps a model-1 drawdown that exceeded a year’s need as a plan, and draws only the need', () => {
    const sj = fixtures[1]!;
    const restored = restoreWorkspace(sj.workspace);
    expect(restored.ok && restored.workspace.scenarios.find((s) => s.id === 'level-2')!.reserveDrawdown).toEqual({ '2026': 100_000, '2028': 900_000 });
  });
});

describe('restoring a damaged document', () => {
  const good = createWorkspace('Nordjylland', 'ws-good');

  it('accepts every default workspace unchanged', () => {
    for (const region of REGIONS) {
      const ws = createWorkspace(region);
      expect(restoreWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual({ ok: true, workspace: ws, repairs: [] });
    }
  });

  it.each([
    ['a string', 'garbage', 'notAWorkspace'],
    ['an empty object', {}, 'notAWorkspace'],
    ['scenarios as text', { scenarios: 'x' }, 'notAWorkspace'],
    ['null', null, 'notAWorkspace'],
    ['a newer version', { ...good, schemaVersion: 3 }, 'newerVersion'],
    ['no scenario left', { ...good, scenarios: [{ id: 'x' }] }, 'noScenarios'],
  ])('refuses %s, saying why', (_, raw, reason) => {
    expect(restoreWorkspace(raw)).toEqual({ ok: false, reason });
  });

  it('repairs each bad part on its own and says which', () => {
    const raw = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { scenarios: unknown[] };
    raw['assumptions'] = { costPerFte: 'lots' };
    raw.scenarios = [...raw.scenarios, { id: 'broken', name: 5 }, { ...(raw.scenarios[0] as object), id: 'far', funding: { brn: { low: 0, central: 1e300, high: 1e300 } } }];
    (raw.scenarios[1] as Record<string, unknown>)['anchoring'] = { political: 'brnAndKkr', employer: 'gone', host: 'inKind' };
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.workspace.assumptions).toEqual(good.assumptions);
    // "broken" (a name that is a number) is dropped; "far" keeps all but its exponent-sized amount.
    expect(restored.workspace.scenarios.map((s) => s.id)).toEqual([...good.scenarios.map((s) => s.id), 'far']);
    expect(restored.workspace.scenarios.at(-1)!.funding).toEqual({});
    expect(restored.workspace.scenarios[1]!.anchoring.employer).toBe('brnSecretariat');
    expect(restored.repairs).toEqual(expect.arrayContaining(['assumptions', 'scenarios[5]', 'scenarios[far].funding.brn', 'scenarios[level-2].anchoring.employer']));
  });

  it('keeps a scenario with one unreadable amount, leaving out that amount alone (one negative amount lost all of Niveau 2)', () => {
    const amount = (kr: number) => ({ low: kr, central: kr, high: kr });
    const level2 = { ...good.scenarios.find((s) => s.id === 'level-2')!, funding: { brn: amount(1_500_000), region: amount(200_000) }, reserveDrawdown: { '2026': 100_000, '2027': 50_000 } };
    const ws: Workspace = { ...good, scenarios: good.scenarios.map((s) => (s.id === 'level-2' ? level2 : s)) };
    const raw = JSON.parse(JSON.stringify(ws)) as Workspace;
    const stored = raw.scenarios.find((s) => s.id === 'level-2')! as unknown as Record<string, Record<string, unknown>>;
    stored['funding']!['brn'] = { ...amount(1_500_000), low: -5 };
    stored['reserveDrawdown']!['2026'] = 'mange';
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.workspace.scenarios.find((s) => s.id === 'level-2')).toEqual({ ...level2, funding: { region: amount(200_000) }, reserveDrawdown: { '2027': 50_000 } });
    expect(restored.repairs).toEqual(['scenarios[level-2].funding.brn', 'scenarios[level-2].reserveDrawdown.2026']);
    // The other scenarios' figures are as they were.
    const before = computeWorkspace(ws).scenarios.filter((s) => s.scenarioId !== 'level-2');
    expect(computeWorkspace(restored.workspace).scenarios.filter((s) => s.scenarioId !== 'level-2')).toEqual(before);
  });

  it("takes an unreadable field, and a period that cannot be, from the region's default scenario of the level; drops one that is mostly unreadable", () => {
    const raw = JSON.parse(JSON.stringify(good)) as Omit<Workspace, 'scenarios'> & { scenarios: Record<string, unknown>[] };
    const at = raw.scenarios.findIndex((s) => s['id'] === 'level-4');
    raw.scenarios[at] = { ...raw.scenarios[at], costPerFte: 'dyrt', end: { year: 2020, month: 1 } };
    raw.scenarios.push({ id: 'mostly-gone', name: 'Næsten intet', ambitionLevel: 2, tasks: 'x', customTasks: 5, anchoring: null, staffing: 'x', costPerFte: 'x', funding: 7, allocation: 'x' });
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const level4 = good.scenarios.find((s) => s.id === 'level-4')!;
    expect(restored.workspace.scenarios.find((s) => s.id === 'level-4')).toEqual(level4);
    expect(restored.workspace.scenarios.map((s) => s.id)).toEqual(good.scenarios.map((s) => s.id));
    expect(restored.repairs).toEqual(['scenarios[level-4].costPerFte', 'scenarios[level-4].period', `scenarios[${good.scenarios.length}]`]);
  });

  it('keeps a scenario with five of its eleven repairable fields unreadable, and drops one with six', () => {
    const raw = JSON.parse(JSON.stringify(good)) as Omit<Workspace, 'scenarios'> & { scenarios: Record<string, unknown>[] };
    const at = raw.scenarios.findIndex((s) => s['id'] === 'level-4');
    const five = { ...raw.scenarios[at], costPerFte: 'x', staffing: 'x', allocation: 'x', anchoring: null, start: 'x' };
    const kept = restoreWorkspace({ ...raw, scenarios: raw.scenarios.map((s, i) => (i === at ? five : s)) });
    expect(kept.ok && kept.workspace.scenarios.map((s) => s.id)).toEqual(good.scenarios.map((s) => s.id));
    const dropped = restoreWorkspace({ ...raw, scenarios: raw.scenarios.map((s, i) => (i === at ? { ...five, ambitionLevel: 9 } : s)) });
    expect(dropped.ok && dropped.workspace.scenarios.map((s) => s.id)).toEqual(good.scenarios.filter((s) => s.id !== 'level-4').map((s) => s.id));
  });

  it("leaves out a funding amount in FTE above the limit, not the whole document (it was refused as 'notAWorkspace')", () => {
    const sj = createWorkspace('Sjælland');
    const raw = JSON.parse(JSON.stringify(sj)) as Workspace;
    const fte = sj.funders.find((f) => f.unit === 'fte')!;
    (raw.scenarios[0]!.funding as Record<string, unknown>)[fte.id] = { low: 150_000, central: 150_000, high: 150_000 };
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.workspace.scenarios[0]!.funding[fte.id]).toBeUndefined();
    expect(restored.repairs).toEqual([`scenarios[${sj.scenarios[0]!.id}].funding.${fte.id}`]);
  });

  it('keeps a municipality of the region whose population is unreadable, at Statistics Denmark’s figure, and drops only one that is not the region’s', () => {
    const raw = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { municipalities: Record<string, unknown>[] };
    const morsø = raw.municipalities.findIndex((m) => m['name'] === 'Morsø');
    const thisted = raw.municipalities.findIndex((m) => m['name'] === 'Thisted');
    raw.municipalities[morsø]!['population'] = -5000;
    raw.municipalities[thisted] = { ...raw.municipalities[thisted], population: 'mange', name: 7 };
    raw.municipalities.push({ code: '101', name: 'København', population: 'x' });
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    // Dropped (as before), Morsø's and Thisted's bills went to the other nine, and the approval
    // path counted 9 councils where 11 must approve.
    expect(restored.workspace.municipalities).toEqual(good.municipalities);
    expect(restored.repairs).toEqual([`municipalities[${morsø}]`, `municipalities[${thisted}]`, `municipalities[${good.municipalities.length}]`]);
    expect(computeWorkspace(restored.workspace)).toEqual(computeWorkspace(good));
  });

  it('adds back a municipality of the region missing from the file, at the release of the workspace’s own population date', () => {
    const ws2025 = applyCommand(good, { type: 'usePopulationRelease', date: '2025-01-01', source: 'Danmarks Statistik, FOLK1A (2025K1)' });
    expect(ws2025.municipalities.find((m) => m.name === 'Morsø')!.population).not.toBe(good.municipalities.find((m) => m.name === 'Morsø')!.population);
    const raw = JSON.parse(JSON.stringify(ws2025)) as Record<string, unknown> & { municipalities: Record<string, unknown>[] };
    const morsø = raw.municipalities.findIndex((m) => m['name'] === 'Morsø');
    const kept = raw.municipalities[morsø]!;
    raw.municipalities.splice(morsø, 1);
    const thisted = raw.municipalities.findIndex((m) => m['name'] === 'Thisted');
    raw.municipalities[thisted]!['population'] = 'mange';
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    // In its place, with the 2025 figures the workspace was on, not 2026's.
    expect(restored.workspace.municipalities).toEqual(ws2025.municipalities);
    expect(restored.workspace.municipalities[morsø]).toEqual(kept);
    expect(restored.repairs).toEqual([`municipalities[${thisted}]`, `municipalities[${kept['code']}]`]);
  });

  it("reads a funder's period stored back to front (allowed before it was checked) in order, as a repair said aloud", () => {
    const raw = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { funders: Record<string, unknown>[] };
    raw.funders[1] = { ...raw.funders[1], from: { year: 2027, month: 8 }, to: { year: 2027, month: 7 } };
    const restored = restoreWorkspace(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const id = restored.workspace.funders[1]!.id;
    expect(restored.workspace.funders[1]).toMatchObject({ from: { year: 2027, month: 7 }, to: { year: 2027, month: 8 } });
    expect(restored.repairs).toEqual([`funders[${id}].to`]);
  });

  it('refuses impossible dates instead of failing later on screen', () => {
    for (const date of ['2026-13-45', '0000-00-00', '2026-02-30']) {
      const restored = restoreWorkspace({ ...good, populationDate: date });
      expect(restored.ok && restored.workspace.populationDate).toBe(good.populationDate);
    }
  });

  it('whatever it accepts computes, never with NaN or exponent-sized figures (property)', () => {
    const mutate = fc.record({
      path: fc.constantFrom('assumptions.openingReserve', 'assumptions.costPerFte', 'municipalities.0.population', 'scenarios.0.funding', 'scenarios.1.start', 'scenarios.2.staffing', 'funders.0.amount', 'criteria.0.weight', 'name'),
      value: fc.oneof(fc.constant(null), fc.constant(1e24), fc.constant(-1), fc.constant('x'), fc.constant({}), fc.double(), fc.integer(), fc.constant({ low: 0, central: 5, high: 3 }), fc.constant({ year: 2026, month: 13 })),
    });
    fc.assert(
      fc.property(fc.array(mutate, { maxLength: 5 }), (mutations) => {
        const raw = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
        for (const { path, value } of mutations) {
          const keys = path.split('.');
          let target = raw as Record<string, unknown>;
          for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
          target[keys.at(-1)!] = value;
        }
        const restored = restoreWorkspace(raw);
        if (!restored.ok) return;
        const result = computeWorkspace(restored.workspace as Workspace);
        for (const s of result.scenarios)
          for (const y of s.years) {
            expect(Number.isFinite(y.supplement.central)).toBe(true);
            expect(Math.abs(y.cost.total.high)).toBeLessThan(1e15);
          }
      }),
      { numRuns: 300 },
    );
  });
});

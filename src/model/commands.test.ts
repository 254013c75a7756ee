import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, COMMAND_TYPES, computeWorkspace, createWorkspace, inverseOf, point, span, type Command, type CommandType, type Workspace } from './index';

const ws = createWorkspace('Nordjylland');
const scenario = (w: Workspace, id: string) => w.scenarios.find((s) => s.id === id)!;

/** One command of every kind, with what it must change. */
const CASES: readonly { command: Command; check: (after: Workspace) => void }[] = [
  { command: { type: 'renameWorkspace', name: 'KDK marts' }, check: (w) => expect(w.name).toBe('KDK marts') },
  { command: { type: 'setPopulations', populations: { '825': 1700, '851': 222_000 } }, check: (w) => expect(w.municipalities.find((m) => m.code === '825')!.population).toBe(1700) },
  { command: { type: 'setPopulationReference', date: '2023-01-01', source: 'FOLK1A 2023K1' }, check: (w) => expect([w.populationDate, w.populationSource]).toEqual(['2023-01-01', 'FOLK1A 2023K1']) },
  { command: { type: 'setDatedPopulations', populations: { '851': 226_500, '825': 1_790 }, date: '2026-04-01', source: 'Danmarks Statistik, Statistikbanken (2026K2)' }, check: (w) => expect([w.municipalities.find((m) => m.code === '851')!.population, w.populationDate]).toEqual([226_500, '2026-04-01']) },
  { command: { type: 'usePopulationRelease', date: '2025-01-01', source: 'Danmarks Statistik, FOLK1A (2025K1)' }, check: (w) => expect(w.municipalities.find((m) => m.code === '851')!.population).not.toBe(ws.municipalities.find((m) => m.code === '851')!.population) },
  { command: { type: 'setAssumption', change: { key: 'costPerFte', value: span(500_000, 650_000, 560_000) } }, check: (w) => expect(w.assumptions.costPerFte.central).toBe(560_000) },
  { command: { type: 'setCatalogueTask', taskId: 'other-gen2040', effort: point(80) }, check: (w) => expect(w.catalogue.find((t) => t.id === 'other-gen2040')!.effort.central).toBe(80) },
  { command: { type: 'setCriterionWeight', criterion: 'synergy', weight: 40 }, check: (w) => expect(w.criteria.find((c) => c.id === 'synergy')!.weight).toBe(40) },
  { command: { type: 'setPartScore', part: 'employer', partId: 'kl', criterion: 'synergy', score: 5 }, check: (w) => expect(w.employers.find((e) => e.id === 'kl')!.scores.synergy).toBe(5) },
  { command: { type: 'setEmployerAdminCost', employerId: 'kl', cost: point(300_000) }, check: (w) => expect(w.employers.find((e) => e.id === 'kl')!.adminCost.central).toBe(300_000) },
  { command: { type: 'setHostCost', hostId: 'rotating', key: 'fixedCost', value: point(60_000) }, check: (w) => expect(w.hosts.find((h) => h.id === 'rotating')!.fixedCost.central).toBe(60_000) },
  { command: { type: 'addMunicipalityEmployer', code: '813' }, check: (w) => expect(w.employers.map((e) => e.id)).toContain('municipality-813') },
  { command: { type: 'addMunicipalityHost', code: '813' }, check: (w) => expect(w.hosts.map((h) => h.id)).toContain('host-813') },
  { command: { type: 'restoreParts', hosts: ws.hosts.slice(0, 2) }, check: (w) => expect(w.hosts).toHaveLength(2) },
  { command: { type: 'setFunder', funderId: 'region', patch: { amount: point(1_000_000) } }, check: (w) => expect(w.funders.find((f) => f.id === 'region')!.amount.central).toBe(1_000_000) },
  {
    command: { type: 'addFunder', funder: { id: 'fond', kind: 'external', name: { da: 'Fond', en: 'Foundation' }, unit: 'kr', amount: point(100_000), from: null, to: null, approvedAmount: null, source: { kind: 'user' } } },
    check: (w) => expect(w.funders.map((f) => f.id)).toContain('fond'),
  },
  { command: { type: 'removeFunder', funderId: 'region' }, check: (w) => expect(w.funders.map((f) => f.id)).not.toContain('region') },
  { command: { type: 'setBaseline', scenarioId: 'level-1' }, check: (w) => expect(w.baselineScenarioId).toBe('level-1') },
  { command: { type: 'addScenario', scenarioId: 'new-1', name: 'Nyt', preset: 't11-recommendation' }, check: (w) => expect(scenario(w, 'new-1').tasks['guidance-1to1-sparring']).toBeDefined() },
  { command: { type: 'duplicateScenario', sourceId: 'level-2', scenarioId: 'copy-1', name: 'Niveau 2 (kopi)' }, check: (w) => expect(w.scenarios.map((s) => s.id).slice(1, 3)).toEqual(['level-2', 'copy-1']) },
  { command: { type: 'insertScenarios', scenarios: [{ ...ws.scenarios[0]!, id: 'shared-1' }], at: 0 }, check: (w) => expect(w.scenarios[0]!.id).toBe('shared-1') },
  { command: { type: 'deleteScenario', scenarioId: 'level-3' }, check: (w) => expect(w.baselineScenarioId).toBe('level-1') },
  { command: { type: 'moveScenario', scenarioId: 'level-1', offset: 2 }, check: (w) => expect(w.scenarios[2]!.id).toBe('level-1') },
  { command: { type: 'renameScenario', scenarioId: 'level-1', name: 'Minimum' }, check: (w) => expect(scenario(w, 'level-1').name).toBe('Minimum') },
  { command: { type: 'setAmbitionLevel', scenarioId: 't11-recommendation', level: 3 }, check: (w) => expect([scenario(w, 't11-recommendation').ambitionLevel, scenario(w, 't11-recommendation').tasks['other-gen2040']]).toEqual([3, { on: true, effort: point(10), activity: point(0) }]) },
  { command: { type: 'setPortfolio', scenarioId: 'level-2', level: 1, tasks: { 'other-ad-hoc': { on: false } } }, check: (w) => expect(scenario(w, 'level-2').ambitionLevel).toBe(1) },
  { command: { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'other-gen2040', on: true }, check: (w) => expect(scenario(w, 'level-2').tasks['other-gen2040']).toEqual({ on: true }) },
  { command: { type: 'setTaskEffort', scenarioId: 'level-2', taskId: 'guidance-1to1-sparring', effort: point(70) }, check: (w) => expect(scenario(w, 'level-2').tasks['guidance-1to1-sparring']!.effort).toEqual(point(70)) },
  { command: { type: 'setTaskActivity', scenarioId: 'level-2', taskId: 'other-ad-hoc', activity: point(100_000) }, check: (w) => expect(scenario(w, 'level-2').tasks['other-ad-hoc']!.activity).toEqual(point(100_000)) },
  { command: { type: 'setTaskOverride', scenarioId: 'level-3', taskId: 'guidance-onboarding', override: { on: false } }, check: (w) => expect(scenario(w, 'level-3').tasks['guidance-onboarding']).toEqual({ on: false }) },
  {
    command: { type: 'addCustomTask', scenarioId: 'level-2', task: { id: 'custom-1', name: 'Klimatilpasning', category: 'other', on: true, effort: point(20), activity: point(50_000) } },
    check: (w) => expect(scenario(w, 'level-2').customTasks.map((t) => t.name)).toEqual(['Klimatilpasning']),
  },
  { command: { type: 'setCustomTask', scenarioId: 'sj', taskId: 'x', patch: { name: 'y' } }, check: (w) => expect(w).toBe(ws) },
  { command: { type: 'removeCustomTask', scenarioId: 'level-2', taskId: 'none' }, check: (w) => expect(w).toBe(ws) },
  { command: { type: 'setAnchoring', scenarioId: 'level-2', part: 'host', partId: 'rotating' }, check: (w) => expect(scenario(w, 'level-2').anchoring.host).toBe('rotating') },
  { command: { type: 'applyAnchoringPreset', scenarioId: 'level-2', presetId: 'kkr' }, check: (w) => expect(scenario(w, 'level-2').anchoring).toEqual({ political: 'kkr', employer: 'kl', host: 'inKind' }) },
  { command: { type: 'setStaffing', scenarioId: 'level-2', staffing: span(150, 250, 200) }, check: (w) => expect(scenario(w, 'level-2').staffing).toEqual(span(150, 250, 200)) },
  { command: { type: 'setScenarioCostPerFte', scenarioId: 'level-2', cost: point(600_000) }, check: (w) => expect(scenario(w, 'level-2').costPerFte).toEqual(point(600_000)) },
  { command: { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) }, check: (w) => expect(scenario(w, 'level-2').funding['brn']).toEqual(point(1_400_000)) },
  { command: { type: 'setReserveDrawdown', scenarioId: 'level-2', year: 2027, amount: 300_000 }, check: (w) => expect(scenario(w, 'level-2').reserveDrawdown['2027']).toBe(300_000) },
  { command: { type: 'setAllocationKind', scenarioId: 'level-2', kind: 'custom' }, check: (w) => expect(scenario(w, 'level-2').allocation.kind).toBe('custom') },
  { command: { type: 'setEqualPercent', scenarioId: 'level-2', percent: 20 }, check: (w) => expect(scenario(w, 'level-2').allocation).toEqual({ kind: 'mixed', equalPercent: 20 }) },
  { command: { type: 'setCustomWeight', scenarioId: 'level-2', code: '851', weight: 5 }, check: (w) => expect(w).toBe(ws) },
  { command: { type: 'setAllocation', scenarioId: 'level-2', allocation: { kind: 'equal' } }, check: (w) => expect(scenario(w, 'level-2').allocation).toEqual({ kind: 'equal' }) },
  { command: { type: 'setStart', scenarioId: 'level-2', start: { year: 2026, month: 7 } }, check: (w) => expect(scenario(w, 'level-2').start).toEqual({ year: 2026, month: 7 }) },
  { command: { type: 'setEnd', scenarioId: 'level-2', end: { year: 2027, month: 12 } }, check: (w) => expect(scenario(w, 'level-2').end).toEqual({ year: 2027, month: 12 }) },
  {
    command: { type: 'batch', commands: [{ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_000_000) }, { type: 'renameScenario', scenarioId: 'level-1', name: 'Lille' }] },
    check: (w) => expect(scenario(w, 'level-1').name).toBe('Lille'),
  },
];

describe('commands', () => {
  it('every command type has a case here', () => {
    const covered = new Set<CommandType>(CASES.map((c) => c.command.type));
    expect(COMMAND_TYPES.filter((t) => !covered.has(t))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.command.type, c] as const))('%s does what it says, and its inverse undoes it exactly', (_, { command, check }) => {
    const after = applyCommand(ws, command);
    check(after);
    const undone = applyCommand(after, inverseOf(ws, command));
    expect(undone).toEqual(ws);
    // What an edit does not touch keeps its identity, so unchanged scenarios keep their results.
    if (command.type.startsWith('set') && 'scenarioId' in command)
      after.scenarios.forEach((s) => {
        if (s.id !== command.scenarioId) expect(ws.scenarios).toContain(s);
      });
  });

  it('an edit that changes nothing returns the same workspace (no undo step, no save)', () => {
    expect(applyCommand(ws, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_250_000) })).toBe(ws);
    expect(applyCommand(ws, { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-1to1-sparring', on: true })).toBe(ws);
    expect(applyCommand(ws, { type: 'renameScenario', scenarioId: 'level-2', name: '   ' })).toBe(ws);
  });

  it('undo of one scenario’s cell does not touch a concurrent edit of another cell (another tab)', () => {
    const mine: Command = { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) };
    const theirs: Command = { type: 'setScenarioCostPerFte', scenarioId: 'level-2', cost: point(600_000) };
    const inverse = inverseOf(ws, mine);
    const both = applyCommand(applyCommand(ws, mine), theirs);
    const undone = applyCommand(both, inverse);
    expect(scenario(undone, 'level-2').funding['brn']).toBeUndefined();
    expect(scenario(undone, 'level-2').costPerFte).toEqual(point(600_000));
  });

  it('a level picked keeps every task switched on or off, also over a round trip, and picking the level already there changes nothing (a task switched off came back, without a word)', () => {
    const adjusted = [
      { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-theme-days', on: false },
      { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-onboarding', on: true },
      { type: 'setTaskEffort', scenarioId: 'level-2', taskId: 'guidance-1to1-sparring', effort: point(50) },
    ].reduce<Workspace>((w, c) => applyCommand(w, c as Command), ws);
    const tasksAt = (level: 1 | 2 | 3 | 4) => scenario(applyCommand(adjusted, { type: 'setAmbitionLevel', scenarioId: 'level-2', level }), 'level-2').tasks;
    expect(applyCommand(adjusted, { type: 'setAmbitionLevel', scenarioId: 'level-2', level: 2 })).toBe(adjusted);
    // Every switch stays, the ones a level makes anyway too: a round trip keeps them all (3 → 2 → 3 lost GEN2040's).
    const all = { 'guidance-theme-days': { on: false }, 'guidance-onboarding': { on: true }, 'guidance-1to1-sparring': { effort: point(50) } };
    expect(tasksAt(3)).toEqual(all);
    expect(tasksAt(1)).toEqual(all);
    const roundTrip = [3, 2].reduce<Workspace>((w, level) => applyCommand(w, { type: 'setAmbitionLevel', scenarioId: 'level-2', level: level as 2 | 3 }), adjusted);
    expect(roundTrip).toEqual(adjusted);
  });

  it('the undo of a level change takes back the level only, not another tab’s task edit made since', () => {
    const before = applyCommand(ws, { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-onboarding', on: true });
    const level: Command = { type: 'setAmbitionLevel', scenarioId: 'level-2', level: 3 };
    const undo = inverseOf(before, level);
    const theirs: Command[] = [
      { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-theme-days', on: false },
      { type: 'setTaskEffort', scenarioId: 'level-2', taskId: 'guidance-onboarding', effort: point(20) },
    ];
    const undone = applyCommand([level, ...theirs].reduce(applyCommand, before), undo);
    expect(scenario(undone, 'level-2').ambitionLevel).toBe(2);
    expect(scenario(undone, 'level-2').tasks).toEqual({ 'guidance-onboarding': { on: true, effort: point(20) }, 'guidance-theme-days': { on: false } });
  });

  it('any sequence of commands and their inverses in reverse gets back to the start (property)', () => {
    const arb: fc.Arbitrary<Command> = fc.oneof(
      ...CASES.filter((c) => c.command.type !== 'restoreParts').map((c) => fc.constant(c.command)),
      fc.record({ scenarioId: fc.constantFrom('level-1', 'level-2', 'level-3'), amount: fc.integer({ min: 0, max: 3_000_000 }) }).map(({ scenarioId, amount }): Command => ({ type: 'setFunding', scenarioId, funderId: 'brn', amount: point(amount) })),
      fc.record({ scenarioId: fc.constantFrom('level-1', 'level-4'), effort: fc.integer({ min: 0, max: 300 }) }).map(({ scenarioId, effort }): Command => ({ type: 'setTaskEffort', scenarioId, taskId: 'other-ad-hoc', effort: point(effort) })),
    );
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 12 }), (commands) => {
        let state = ws;
        const inverses: Command[] = [];
        for (const c of commands) {
          inverses.unshift(inverseOf(state, c));
          state = applyCommand(state, c);
          expect(() => computeWorkspace(state)).not.toThrow();
        }
        expect(inverses.reduce(applyCommand, state)).toEqual(ws);
      }),
      { numRuns: 200 },
    );
  });
});

describe('refusals', () => {
  it('refuses a command whose result breaks a rule, and says which', async () => {
    const { tryCommand } = await import('./index');
    const r = tryCommand(ws, { type: 'setEnd', scenarioId: 'level-2', end: { year: 2025, month: 6 } });
    expect(r.workspace).toBe(ws);
    expect(r.refused).toEqual([{ field: 'scenarios[level-2].end', code: 'unordered' }]);
    expect(tryCommand(ws, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(20_000_000_000) }).refused[0]!.code).toBe('outOfRange');
  });

  it("refuses a funder's period that ends before it starts, as a scenario's", async () => {
    const { tryCommand } = await import('./index');
    const until = tryCommand(ws, { type: 'setFunder', funderId: 'region', patch: { to: { year: 2027, month: 7 } } }).workspace;
    const r = tryCommand(until, { type: 'setFunder', funderId: 'region', patch: { from: { year: 2027, month: 8 } } });
    expect(r.workspace).toBe(until);
    expect(r.refused).toEqual([{ field: 'funders[region].to', code: 'unordered' }]);
  });
});

describe('an edit changed since, elsewhere', () => {
  const mine: Command = { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) };
  const after = applyCommand(ws, mine);

  it('is seen when another tab has since set what it set, not when it changed something else', async () => {
    const { changedSince } = await import('./index');
    expect(changedSince(after, mine)).toBe(false);
    const sameCell = applyCommand(after, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_600_000) });
    expect(changedSince(sameCell, mine)).toBe(true);
    const otherCell = applyCommand(after, { type: 'setFunding', scenarioId: 'level-3', funderId: 'brn', amount: point(1_600_000) });
    expect(changedSince(otherCell, mine)).toBe(false);
    // A paste is judged by every cell it set.
    const paste: Command = { type: 'batch', commands: [mine, { type: 'setStaffing', scenarioId: 'level-1', staffing: point(200) }] };
    expect(changedSince(applyCommand(applyCommand(ws, paste), { type: 'setStaffing', scenarioId: 'level-1', staffing: point(300) }), paste)).toBe(true);
  });

  it('is never claimed for a command that adds, removes or moves (done again, it would change the workspace anyway)', async () => {
    const { changedSince } = await import('./index');
    const move: Command = { type: 'moveScenario', scenarioId: 'level-2', offset: 1 };
    expect(changedSince(applyCommand(ws, move), move)).toBe(false);
    const add: Command = { type: 'addScenario', scenarioId: 'extra', name: 'Ekstra', preset: 'level-2' };
    expect(changedSince(applyCommand(ws, add), add)).toBe(false);
  });
});

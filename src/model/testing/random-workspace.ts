/**
 * Random workspaces for property tests: a region's defaults changed by a random list of
 * commands that touch every kind of input the figures depend on — part years, indexation,
 * task efforts and amounts, staffing, funders (kroner and FTE, with periods), reserve draws,
 * anchoring parts and every allocation key. Commands the model refuses are skipped, as the app
 * would refuse them.
 */
import fc from 'fast-check';
import { applyCommand, type Command } from '../commands';
import { createWorkspace } from '../defaults';
import { point, span } from '../estimate';
import { REGIONS, type Workspace } from '../types';

const money = (max: number) => fc.integer({ min: 0, max });
const range = (max: number) => fc.tuple(money(max), money(max), money(max)).map(([a, b, c]) => [a, b, c].sort((x, y) => x - y) as [number, number, number]);

function commandsFor(ws: Workspace): fc.Arbitrary<Command> {
  const scenario = fc.constantFrom(...ws.scenarios.map((s) => s.id));
  const task = fc.constantFrom(...ws.catalogue.map((t) => t.id));
  const funder = fc.constantFrom(...ws.funders.map((f) => f.id));
  const code = fc.constantFrom(...ws.municipalities.map((m) => m.code));
  // Starts and ends that mostly make a valid period, so few commands are refused.
  const start = fc.record({ year: fc.integer({ min: 2024, max: 2027 }), month: fc.integer({ min: 1, max: 12 }) });
  const end = fc.record({ year: fc.integer({ min: 2027, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) });
  const month = fc.oneof(start, end);
  return fc.oneof(
    fc.record({ scenarioId: scenario, start }).map((c): Command => ({ type: 'setStart', ...c })),
    fc.record({ scenarioId: scenario, end }).map((c): Command => ({ type: 'setEnd', ...c })),
    fc.integer({ min: -300, max: 900 }).map((w): Command => ({ type: 'setAssumption', change: { key: 'wageIndexation', value: w / 100 } })),
    fc.integer({ min: -300, max: 900 }).map((p): Command => ({ type: 'setAssumption', change: { key: 'priceIndexation', value: p / 100 } })),
    range(1_500_000).map(([l, c, h]): Command => ({ type: 'setAssumption', change: { key: 'costPerFte', value: span(l, h, c) } })),
    money(3_000_000).map((v): Command => ({ type: 'setAssumption', change: { key: 'openingReserve', value: v } })),
    fc.record({ scenarioId: scenario, taskId: task, e: fc.integer({ min: 0, max: 400 }) }).map(({ scenarioId, taskId, e }): Command => ({ type: 'setTaskEffort', scenarioId, taskId, effort: point(e) })),
    fc.record({ scenarioId: scenario, taskId: task, a: money(400_000) }).map(({ scenarioId, taskId, a }): Command => ({ type: 'setTaskActivity', scenarioId, taskId, activity: point(a) })),
    fc.record({ scenarioId: scenario, taskId: task, on: fc.boolean() }).map((c): Command => ({ type: 'setTaskOn', ...c })),
    fc.record({ scenarioId: scenario, level: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4> }).map((c): Command => ({ type: 'setAmbitionLevel', ...c })),
    fc.record({ scenarioId: scenario, s: fc.option(fc.integer({ min: 0, max: 900 })) }).map(({ scenarioId, s }): Command => ({ type: 'setStaffing', scenarioId, staffing: s === null ? null : point(s) })),
    fc.record({ scenarioId: scenario, c: fc.option(money(1_200_000)) }).map(({ scenarioId, c }): Command => ({ type: 'setScenarioCostPerFte', scenarioId, cost: c === null ? null : point(c) })),
    fc.record({ scenarioId: scenario, funderId: funder, a: money(4_000_000) }).map(({ scenarioId, funderId, a }): Command => ({ type: 'setFunding', scenarioId, funderId, amount: point(funderId === 'region-fte' ? a % 500 : a) })),
    fc.record({ funderId: funder, from: fc.option(month), to: fc.option(month) }).map(({ funderId, from, to }): Command => ({ type: 'setFunder', funderId, patch: { from, to } })),
    fc.record({ scenarioId: scenario, year: fc.integer({ min: 2024, max: 2029 }), a: money(1_500_000) }).map(({ scenarioId, year, a }): Command => ({ type: 'setReserveDrawdown', scenarioId, year, amount: a })),
    fc.record({ scenarioId: scenario, kind: fc.constantFrom('population', 'equal', 'mixed', 'custom') as fc.Arbitrary<'population'> }).map((c): Command => ({ type: 'setAllocationKind', ...c })),
    fc.record({ scenarioId: scenario, p: fc.integer({ min: 0, max: 100 }) }).map(({ scenarioId, p }): Command => ({ type: 'setEqualPercent', scenarioId, percent: p })),
    fc.record({ scenarioId: scenario, code, w: fc.integer({ min: 0, max: 1000 }) }).map(({ scenarioId, code: c, w }): Command => ({ type: 'setCustomWeight', scenarioId, code: c, weight: w / 10 })),
    fc.record({ scenarioId: scenario, part: fc.constantFrom('employer', 'host') as fc.Arbitrary<'employer' | 'host'>, i: fc.nat() }).map(({ scenarioId, part, i }): Command => {
      const list = part === 'employer' ? ws.employers : ws.hosts;
      return { type: 'setAnchoring', scenarioId, part, partId: list[i % list.length]!.id };
    }),
  );
}

/** A random workspace of a random region (or the one given). */
export const randomWorkspace = (region?: (typeof REGIONS)[number]): fc.Arbitrary<Workspace> =>
  (region ? fc.constant(region) : fc.constantFrom(...REGIONS)).chain((r) => {
    const base = createWorkspace(r);
    return fc.array(commandsFor(base), { minLength: 4, maxLength: 24 }).map((commands) => commands.reduce(applyCommand, base));
  });

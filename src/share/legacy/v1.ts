/**
 * Format 1 links and files, frozen: the snapshot schema and restore of the first version, over
 * the defaults it shipped (v1-baseline.json). A format-1 snapshot becomes a model-1 workspace,
 * which model 2's migration then opens with the figures it showed. Never edit this file's
 * meaning; a new format gets a new module.
 */
import * as v from 'valibot';
import { CRITERIA, REGIONS, type AllocationKey, type Estimate } from '../../model';
import type { WorkspaceV1 } from '../../model/migrations/v1';
import baseline from './v1-baseline.json';

const LIMITS = { scenarios: 50, years: 30, tasks: 100, municipalities: 120, name: 80, workspaceName: 120 } as const;
const MAX_KR = 1e10;
const amount = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));
const estimate = (max: number) =>
  v.union([amount(max), v.pipe(v.tuple([amount(max), amount(max), amount(max)]), v.check(([low, high, central]) => low <= central && central <= high, 'unordered range'))]);
const id = v.pipe(v.string(), v.maxLength(60), v.regex(/^[A-Za-z0-9_-]+$/));
const code = v.pipe(v.string(), v.maxLength(6), v.regex(/^\d+$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const counted = <T extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: T, max: number) => v.pipe(schema, v.check((o) => Object.keys(o as object).length <= max, 'too many entries'));
// Format 1 knew these six criteria.
const criterion = v.picklist(['approvalPath', 'synergy', 'robustness', 'coreTaskIndependence', 'adminSimplicity', 'localPresence'] as const);
void CRITERIA;
const models = v.picklist(['brn', 'kkr', 'crossMunicipal'] as const);
const locations = v.picklist(['hostInKind', 'otherMunicipality', 'rotating'] as const);

const scenarioDiff = v.object({
  l: v.picklist([1, 2, 3, 4] as const),
  n: v.optional(text(LIMITS.name)),
  t: v.optional(counted(v.record(id, v.picklist([0, 1] as const)), LIMITS.tasks)),
  a: v.optional(models),
  o: v.optional(locations),
  st: v.optional(estimate(1_000)),
  c: v.optional(estimate(MAX_KR)),
  g: v.optional(estimate(MAX_KR)),
  rg: v.optional(estimate(MAX_KR)),
  e: v.optional(estimate(MAX_KR)),
  dd: v.optional(v.pipe(v.array(amount(MAX_KR)), v.maxLength(LIMITS.years))),
  k: v.optional(v.union([v.literal('e'), v.tuple([v.literal('m'), amount(100)]), v.tuple([v.literal('c'), counted(v.record(code, amount(1e9)), LIMITS.municipalities)])])),
  y: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
  h: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.years))),
  sm: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
});

export const snapshotV1Schema = v.object({
  r: v.picklist(REGIONS),
  d: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  n: v.optional(text(LIMITS.workspaceName)),
  b: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(LIMITS.scenarios))),
  p: v.optional(counted(v.record(code, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000))), LIMITS.municipalities)),
  t: v.optional(counted(v.record(id, v.object({ f: v.optional(estimate(1_000)), c: v.optional(estimate(MAX_KR)) })), LIMITS.tasks)),
  a: v.optional(v.object({ c: v.optional(estimate(MAX_KR)), x: v.optional(estimate(MAX_KR)), r: v.optional(amount(MAX_KR)), v: v.optional(amount(1_000)) })),
  m: v.optional(v.record(models, v.object({ o: v.optional(estimate(MAX_KR)), s: v.optional(v.record(criterion, v.pipe(v.number(), v.minValue(1), v.maxValue(5)))) }))),
  lo: v.optional(v.record(locations, v.object({ p: v.optional(estimate(MAX_KR)), x: v.optional(estimate(MAX_KR)) }))),
  w: v.optional(v.record(criterion, v.pipe(v.number(), v.minValue(0), v.maxValue(100)))),
  s: v.pipe(v.array(scenarioDiff), v.minLength(1), v.maxLength(LIMITS.scenarios)),
});
export type SnapshotV1 = v.InferOutput<typeof snapshotV1Schema>;
type Packed = number | readonly [number, number, number];
const unpack = (p: Packed): Estimate => (typeof p === 'number' ? { low: p, central: p, high: p } : { low: p[0], high: p[1], central: p[2] });

type Frozen = { shared: Omit<WorkspaceV1, 'id' | 'name' | 'region' | 'municipalities' | 'locations' | 'scenarios'>; regions: Record<string, Pick<WorkspaceV1, 'name' | 'municipalities' | 'locations'>>; preset: WorkspaceV1['scenarios'][number] };
const frozen = baseline as unknown as Frozen;

/** The model-1 workspace a validated format-1 snapshot describes (format 1's own restore). */
export function fromSnapshotV1(snap: SnapshotV1, workspaceId: string): WorkspaceV1 {
  const region = frozen.regions[snap.r]!;
  const scenarios = snap.s.map((d, i): WorkspaceV1['scenarios'][number] => {
    const preset = { ...frozen.preset, ambitionLevel: d.l, name: `Scenarie ${d.l}` };
    const years = d.h ?? preset.years;
    const allocation: AllocationKey = d.k === 'e' ? { kind: 'equal' } : Array.isArray(d.k) ? (d.k[0] === 'm' ? { kind: 'mixed', equalPercent: d.k[1] } : { kind: 'custom', weights: { ...d.k[1] } }) : { kind: 'population' };
    return {
      ...preset,
      id: `shared-${i + 1}`,
      name: d.n ?? preset.name,
      taskSwitches: d.t ? Object.fromEntries(Object.entries(d.t).map(([k, on]) => [k, on === 1])) : {},
      anchoring: d.a ?? preset.anchoring,
      location: d.o ?? preset.location,
      staffingFte: d.st === undefined ? null : unpack(d.st),
      costPerFte: d.c === undefined ? null : unpack(d.c),
      funding: {
        baseGrant: d.g === undefined ? preset.funding.baseGrant : unpack(d.g),
        region: d.rg === undefined ? preset.funding.region : unpack(d.rg),
        external: d.e === undefined ? preset.funding.external : unpack(d.e),
        reserveDrawdown: d.dd ? [...d.dd] : new Array<number>(years).fill(0),
      },
      allocation,
      startYear: d.y ?? preset.startYear,
      years,
      startMonth: d.sm ?? preset.startMonth,
    };
  });
  const baselineIndex = snap.b ?? 1;
  const shared = frozen.shared;
  return {
    ...shared,
    id: workspaceId,
    name: snap.n ?? region.name,
    region: snap.r,
    municipalities: region.municipalities.map((m) => (snap.p?.[m.code] === undefined ? m : { ...m, population: snap.p[m.code]! })),
    tasks: shared.tasks.map((t) => {
      const change = snap.t?.[t.id];
      return change ? { ...t, fte: change.f === undefined ? t.fte : unpack(change.f), activityCost: change.c === undefined ? t.activityCost : unpack(change.c) } : t;
    }),
    assumptions: {
      costPerFte: snap.a?.c === undefined ? shared.assumptions.costPerFte : unpack(snap.a.c),
      fixedOperatingCost: snap.a?.x === undefined ? shared.assumptions.fixedOperatingCost : unpack(snap.a.x),
      openingReserve: snap.a?.r ?? shared.assumptions.openingReserve,
      vulnerableBelowFte: snap.a?.v ?? shared.assumptions.vulnerableBelowFte,
    },
    anchoringModels: shared.anchoringModels.map((m) => {
      const change = snap.m?.[m.id];
      return change ? { ...m, adminOverhead: change.o === undefined ? m.adminOverhead : unpack(change.o), scores: { ...m.scores, ...change.s } } : m;
    }),
    locations: region.locations.map((l) => {
      const change = snap.lo?.[l.id];
      return change ? { ...l, costPerFte: change.p === undefined ? l.costPerFte : unpack(change.p), fixedCost: change.x === undefined ? l.fixedCost : unpack(change.x) } : l;
    }),
    criteria: shared.criteria.map((c) => (snap.w?.[c.id as keyof NonNullable<SnapshotV1['w']>] === undefined ? c : { ...c, weight: snap.w[c.id as keyof NonNullable<SnapshotV1['w']>]! })),
    scenarios,
    baselineScenarioId: scenarios[baselineIndex]?.id ?? null,
  };
}

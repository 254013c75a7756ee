/**
 * A snapshot is the difference between a workspace and the built-in defaults of its region
 * (the baseline of format 1): only what the user changed travels, so links stay short.
 * Scenario ids are not kept; the receiver's workspace gives them new ones.
 *
 * Format 1's baseline is `createWorkspace(region)` as it is today. The fixture test in
 * share-fixtures.test.ts fails if the defaults change: before changing them, freeze today's
 * defaults as format 1's baseline and start format 2.
 */
import {
  createWorkspace,
  presetScenario,
  type AllocationKey,
  type AnchoringModelId,
  type CriterionId,
  type Estimate,
  type LocationId,
  type RegionName,
  type Scenario,
  type Workspace,
} from '../model';

/** A number for a point estimate, [low, high, central] for a range. */
export type PackedEstimate = number | [number, number, number];

export interface ScenarioDiff {
  l: 1 | 2 | 3 | 4;
  n?: string;
  t?: Record<string, 0 | 1>;
  a?: AnchoringModelId;
  o?: LocationId;
  st?: PackedEstimate;
  c?: PackedEstimate;
  g?: PackedEstimate;
  rg?: PackedEstimate;
  e?: PackedEstimate;
  dd?: number[];
  k?: 'e' | ['m', number] | ['c', Record<string, number>];
  y?: number;
  h?: number;
  sm?: number;
}

export interface Snapshot {
  /** Region: which municipalities and defaults the diff applies to. */
  r: RegionName;
  /** Date made, ISO. */
  d: string;
  n?: string;
  /** Index of the baseline scenario. */
  b?: number;
  p?: Record<string, number>;
  t?: Record<string, { f?: PackedEstimate; c?: PackedEstimate }>;
  a?: { c?: PackedEstimate; x?: PackedEstimate; r?: number; v?: number };
  m?: Partial<Record<AnchoringModelId, { o?: PackedEstimate; s?: Partial<Record<CriterionId, number>> }>>;
  lo?: Partial<Record<LocationId, { p?: PackedEstimate; x?: PackedEstimate }>>;
  w?: Partial<Record<CriterionId, number>>;
  s: ScenarioDiff[];
}

export const pack = (e: Estimate): PackedEstimate => (e.low === e.high && e.central === e.low ? e.central : [e.low, e.high, e.central]);
export const unpack = (p: PackedEstimate): Estimate =>
  typeof p === 'number' ? { low: p, central: p, high: p } : { low: p[0], high: p[1], central: p[2] };
const same = (a: Estimate, b: Estimate) => a.low === b.low && a.central === b.central && a.high === b.high;
const isEmpty = (o: object) => Object.keys(o).length === 0;

function diffScenario(s: Scenario): ScenarioDiff {
  const preset = presetScenario(s.ambitionLevel);
  const d: ScenarioDiff = { l: s.ambitionLevel };
  if (s.name !== preset.name) d.n = s.name;
  if (!isEmpty(s.taskSwitches)) d.t = Object.fromEntries(Object.entries(s.taskSwitches).map(([id, on]) => [id, on ? 1 : 0]));
  if (s.anchoring !== preset.anchoring) d.a = s.anchoring;
  if (s.location !== preset.location) d.o = s.location;
  if (s.staffingFte) d.st = pack(s.staffingFte);
  if (s.costPerFte) d.c = pack(s.costPerFte);
  if (!same(s.funding.baseGrant, preset.funding.baseGrant)) d.g = pack(s.funding.baseGrant);
  if (!same(s.funding.region, preset.funding.region)) d.rg = pack(s.funding.region);
  if (!same(s.funding.external, preset.funding.external)) d.e = pack(s.funding.external);
  if (s.funding.reserveDrawdown.some((x) => x !== 0) || s.funding.reserveDrawdown.length !== s.years) d.dd = [...s.funding.reserveDrawdown];
  if (s.allocation.kind === 'equal') d.k = 'e';
  if (s.allocation.kind === 'mixed') d.k = ['m', s.allocation.equalPercent];
  if (s.allocation.kind === 'custom') d.k = ['c', { ...s.allocation.weights }];
  if (s.startYear !== preset.startYear) d.y = s.startYear;
  if (s.years !== preset.years) d.h = s.years;
  if (s.startMonth !== preset.startMonth) d.sm = s.startMonth;
  return d;
}

/** The snapshot of a workspace, or of some of its scenarios. */
export function toSnapshot(ws: Workspace, scenarioIds?: readonly string[], today = new Date().toISOString().slice(0, 10)): Snapshot {
  const base = createWorkspace(ws.region);
  const scenarios = scenarioIds ? ws.scenarios.filter((s) => scenarioIds.includes(s.id)) : ws.scenarios;
  const snap: Snapshot = { r: ws.region, d: today, s: scenarios.map(diffScenario) };
  if (ws.name !== base.name) snap.n = ws.name;
  const baselineIndex = scenarios.findIndex((s) => s.id === ws.baselineScenarioId);
  if (baselineIndex >= 0 && baselineIndex !== 1) snap.b = baselineIndex;
  if (baselineIndex < 0) snap.b = -1;

  const populations: Record<string, number> = {};
  for (const m of ws.municipalities) {
    const original = base.municipalities.find((x) => x.code === m.code);
    if (!original || original.population !== m.population) populations[m.code] = m.population;
  }
  if (!isEmpty(populations)) snap.p = populations;

  const tasks: NonNullable<Snapshot['t']> = {};
  for (const t of ws.tasks) {
    const original = base.tasks.find((x) => x.id === t.id);
    if (!original) continue;
    const change: { f?: PackedEstimate; c?: PackedEstimate } = {};
    if (!same(t.fte, original.fte)) change.f = pack(t.fte);
    if (!same(t.activityCost, original.activityCost)) change.c = pack(t.activityCost);
    if (!isEmpty(change)) tasks[t.id] = change;
  }
  if (!isEmpty(tasks)) snap.t = tasks;

  const a: NonNullable<Snapshot['a']> = {};
  if (!same(ws.assumptions.costPerFte, base.assumptions.costPerFte)) a.c = pack(ws.assumptions.costPerFte);
  if (!same(ws.assumptions.fixedOperatingCost, base.assumptions.fixedOperatingCost)) a.x = pack(ws.assumptions.fixedOperatingCost);
  if (ws.assumptions.openingReserve !== base.assumptions.openingReserve) a.r = ws.assumptions.openingReserve;
  if (ws.assumptions.vulnerableBelowFte !== base.assumptions.vulnerableBelowFte) a.v = ws.assumptions.vulnerableBelowFte;
  if (!isEmpty(a)) snap.a = a;

  const models: NonNullable<Snapshot['m']> = {};
  for (const m of ws.anchoringModels) {
    const original = base.anchoringModels.find((x) => x.id === m.id);
    if (!original) continue;
    const change: { o?: PackedEstimate; s?: Partial<Record<CriterionId, number>> } = {};
    if (!same(m.adminOverhead, original.adminOverhead)) change.o = pack(m.adminOverhead);
    const scores = Object.fromEntries(Object.entries(m.scores).filter(([k, v]) => original.scores[k as CriterionId] !== v));
    if (!isEmpty(scores)) change.s = scores;
    if (!isEmpty(change)) models[m.id] = change;
  }
  if (!isEmpty(models)) snap.m = models;

  const locations: NonNullable<Snapshot['lo']> = {};
  for (const l of ws.locations) {
    const original = base.locations.find((x) => x.id === l.id);
    if (!original) continue;
    const change: { p?: PackedEstimate; x?: PackedEstimate } = {};
    if (!same(l.costPerFte, original.costPerFte)) change.p = pack(l.costPerFte);
    if (!same(l.fixedCost, original.fixedCost)) change.x = pack(l.fixedCost);
    if (!isEmpty(change)) locations[l.id] = change;
  }
  if (!isEmpty(locations)) snap.lo = locations;

  const weights = Object.fromEntries(ws.criteria.filter((c) => base.criteria.find((x) => x.id === c.id)?.weight !== c.weight).map((c) => [c.id, c.weight]));
  if (!isEmpty(weights)) snap.w = weights;
  return snap;
}

function restoreScenario(d: ScenarioDiff, id: string): Scenario {
  const preset = presetScenario(d.l, id);
  const years = d.h ?? preset.years;
  const allocation: AllocationKey =
    d.k === 'e' ? { kind: 'equal' } : Array.isArray(d.k) ? (d.k[0] === 'm' ? { kind: 'mixed', equalPercent: d.k[1] } : { kind: 'custom', weights: { ...d.k[1] } }) : { kind: 'population' };
  return {
    ...preset,
    name: d.n ?? preset.name,
    taskSwitches: d.t ? Object.fromEntries(Object.entries(d.t).map(([k, v]) => [k, v === 1])) : {},
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
}

/** The workspace a (validated) snapshot describes. */
export function fromSnapshot(snap: Snapshot, workspaceId: string, scenarioId: (index: number) => string = (i) => `shared-${i + 1}`): Workspace {
  const base = createWorkspace(snap.r, workspaceId);
  const scenarios = snap.s.map((d, i) => restoreScenario(d, scenarioId(i)));
  const baselineIndex = snap.b ?? 1;
  return {
    ...base,
    name: snap.n ?? base.name,
    municipalities: base.municipalities.map((m) => (snap.p?.[m.code] === undefined ? m : { ...m, population: snap.p[m.code]! })),
    tasks: base.tasks.map((t) => {
      const change = snap.t?.[t.id];
      return change ? { ...t, fte: change.f === undefined ? t.fte : unpack(change.f), activityCost: change.c === undefined ? t.activityCost : unpack(change.c) } : t;
    }),
    assumptions: {
      costPerFte: snap.a?.c === undefined ? base.assumptions.costPerFte : unpack(snap.a.c),
      fixedOperatingCost: snap.a?.x === undefined ? base.assumptions.fixedOperatingCost : unpack(snap.a.x),
      openingReserve: snap.a?.r ?? base.assumptions.openingReserve,
      vulnerableBelowFte: snap.a?.v ?? base.assumptions.vulnerableBelowFte,
    },
    anchoringModels: base.anchoringModels.map((m) => {
      const change = snap.m?.[m.id];
      return change ? { ...m, adminOverhead: change.o === undefined ? m.adminOverhead : unpack(change.o), scores: { ...m.scores, ...change.s } } : m;
    }),
    locations: base.locations.map((l) => {
      const change = snap.lo?.[l.id];
      return change ? { ...l, costPerFte: change.p === undefined ? l.costPerFte : unpack(change.p), fixedCost: change.x === undefined ? l.fixedCost : unpack(change.x) } : l;
    }),
    criteria: base.criteria.map((c) => (snap.w?.[c.id] === undefined ? c : { ...c, weight: snap.w[c.id]! })),
    scenarios,
    baselineScenarioId: scenarios[baselineIndex]?.id ?? null,
  };
}

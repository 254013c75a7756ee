/**
 * Meeting memory: the workspace now against a recorded decision's snapshot (or any earlier
 * snapshot) — exactly which inputs changed, from what to what, and how every key figure moved,
 * in the variance style of the baseline difference.
 *
 * Inputs are compared as the user sets them: a scenario's own entries (its base grant, its
 * task settings) and the workspace's shared values (an assumption, a funder's default), so an
 * edit shows once, where it was made, not once for every figure it touches.
 */
import { computeWorkspace } from './compute';
import { sameEstimate, type Estimate } from './estimate';
import { yearResult } from './figures';
import { inLevel } from './portfolio';
import type { AssumptionKey } from './assumptions';
import { variance, type Variance } from './variance';
import type { LocalText, Scenario, TaskOverride, Workspace, YearMonth } from './types';

export type ChangeValue =
  | { readonly kind: 'estimate'; readonly unit: 'kr' | 'fte'; readonly value: Estimate }
  | { readonly kind: 'number'; readonly unit: 'kr' | 'percent' | 'inhabitants' | 'year' | 'fte' | 'weight' | 'level'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'month'; readonly value: YearMonth | null }
  /** A day, as ISO yyyy-mm-dd (the populations' date). */
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'on'; readonly value: boolean }
  /** No own entry (the scenario follows the shared value, given where there is one), or no scenario. */
  | { readonly kind: 'none'; readonly shared?: ChangeValue };

export type ChangeField =
  | 'assumption'
  | 'funderAmount'
  | 'funderFrom'
  | 'funderTo'
  | 'funderAdded'
  | 'funderRemoved'
  | 'populationDate'
  | 'populationSource'
  | 'population'
  | 'catalogueEffort'
  | 'catalogueActivity'
  | 'adminCost'
  | 'hostCostPerFte'
  | 'hostFixedCost'
  | 'criterionWeight'
  | 'scenarioAdded'
  | 'scenarioRemoved'
  | 'scenarioName'
  | 'baseline'
  | 'ambitionLevel'
  | 'anchoring'
  | 'staffing'
  | 'costPerFte'
  | 'funding'
  | 'reserve'
  | 'allocation'
  | 'equalPercent'
  | 'customWeight'
  | 'start'
  | 'end'
  | 'taskOn'
  | 'taskEffort'
  | 'taskActivity'
  | 'customTask';

export interface InputChange {
  readonly field: ChangeField;
  /** The scenario whose own input changed; null for a workspace-wide input. */
  readonly scenarioId: string | null;
  readonly scenarioName: string | null;
  /** The named thing: a funder, a task, a municipality, a part, an assumption's key or a year. */
  readonly name?: LocalText;
  readonly before: ChangeValue;
  readonly after: ChangeValue;
}

export type MovedFigure = 'totalCost' | 'supplement' | 'perInhabitant' | 'horizonSupplement';

export interface FigureMove {
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly figure: MovedFigure;
  readonly before: number;
  readonly after: number;
  /** null when the figure did not move. */
  readonly variance: Variance | null;
}

export interface MeetingMemory {
  readonly inputs: readonly InputChange[];
  readonly figures: readonly FigureMove[];
}

const same = (a: ChangeValue, b: ChangeValue): boolean => {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'estimate') return sameEstimate(a.value, (b as typeof a).value);
  if (a.kind === 'month') return JSON.stringify(a.value) === JSON.stringify((b as typeof a).value);
  // Both follow the shared value: a change of that value is the workspace's, listed once.
  if (a.kind === 'none') return true;
  return a.value === (b as { value: unknown }).value;
};

const plain = (name: string): LocalText => ({ da: name, en: name });
const kr = (value: Estimate | undefined, shared?: Estimate): ChangeValue => (value ? { kind: 'estimate', unit: 'kr', value } : shared ? { kind: 'none', shared: kr(shared) } : { kind: 'none' });
const fte = (value: Estimate | null | undefined, shared?: Estimate): ChangeValue => (value ? { kind: 'estimate', unit: 'fte', value } : shared ? { kind: 'none', shared: fte(shared) } : { kind: 'none' });
const num = (unit: Extract<ChangeValue, { kind: 'number' }>['unit'], value: number | undefined): ChangeValue => (value === undefined ? { kind: 'none' } : { kind: 'number', unit, value });

function byKey<T>(list: readonly T[], key: (x: T) => string): Map<string, T> {
  return new Map(list.map((x) => [key(x), x]));
}

const union = (...keys: Iterable<string>[]): string[] => [...new Set(keys.flatMap((k) => [...k]))];

class Diff {
  readonly changes: InputChange[] = [];
  constructor(
    private readonly scenarioId: string | null = null,
    private readonly scenarioName: string | null = null,
  ) {}
  add(field: ChangeField, before: ChangeValue, after: ChangeValue, name?: LocalText): void {
    if (!same(before, after)) this.changes.push({ field, scenarioId: this.scenarioId, scenarioName: this.scenarioName, ...(name ? { name } : {}), before, after });
  }
}

function workspaceInputs(before: Workspace, after: Workspace, d: Diff): void {
  for (const key of Object.keys(after.assumptions) as AssumptionKey[]) {
    const b = before.assumptions[key];
    const a = after.assumptions[key];
    const value = (x: typeof a): ChangeValue => (typeof x === 'number' ? num(key === 'priceYear' ? 'year' : key === 'openingReserve' ? 'kr' : key === 'vulnerableBelow' ? 'fte' : 'percent', x) : kr(x));
    d.add('assumption', value(b), value(a), plain(key));
  }
  const funders = byKey(before.funders, (f) => f.id);
  const fundersNow = byKey(after.funders, (f) => f.id);
  for (const id of union(funders.keys(), fundersNow.keys())) {
    const b = funders.get(id);
    const a = fundersNow.get(id);
    if (!b || !a) {
      d.add(b ? 'funderRemoved' : 'funderAdded', { kind: 'on', value: !!b }, { kind: 'on', value: !!a }, (a ?? b)!.name);
      continue;
    }
    d.add('funderAmount', a.unit === 'fte' ? fte(b.amount) : kr(b.amount), a.unit === 'fte' ? fte(a.amount) : kr(a.amount), a.name);
    d.add('funderFrom', { kind: 'month', value: b.from }, { kind: 'month', value: a.from }, a.name);
    d.add('funderTo', { kind: 'month', value: b.to }, { kind: 'month', value: a.to }, a.name);
  }
  // The populations' date and source first: a quarter's table pasted is named by its date, not
  // by two of its eleven figures (an undo said "Indbyggere: Morsø …; … og 9 andre").
  d.add('populationDate', { kind: 'date', value: before.populationDate }, { kind: 'date', value: after.populationDate });
  d.add('populationSource', { kind: 'text', value: before.populationSource }, { kind: 'text', value: after.populationSource });
  const people = byKey(before.municipalities, (m) => m.code);
  for (const m of after.municipalities) d.add('population', num('inhabitants', people.get(m.code)?.population), num('inhabitants', m.population), plain(m.name));
  const tasks = byKey(before.catalogue, (t) => t.id);
  for (const t of after.catalogue) {
    d.add('catalogueEffort', fte(tasks.get(t.id)?.effort), fte(t.effort), t.name);
    d.add('catalogueActivity', kr(tasks.get(t.id)?.activity), kr(t.activity), t.name);
  }
  const employers = byKey(before.employers, (e) => e.id);
  for (const e of after.employers) d.add('adminCost', kr(employers.get(e.id)?.adminCost), kr(e.adminCost), e.name);
  const hosts = byKey(before.hosts, (h) => h.id);
  for (const h of after.hosts) {
    d.add('hostCostPerFte', kr(hosts.get(h.id)?.costPerFte), kr(h.costPerFte), h.name);
    d.add('hostFixedCost', kr(hosts.get(h.id)?.fixedCost), kr(h.fixedCost), h.name);
  }
  const weights = byKey(before.criteria, (c) => c.id);
  for (const c of after.criteria) d.add('criterionWeight', num('percent', weights.get(c.id)?.weight), num('percent', c.weight), plain(c.id));
}

function taskName(ws: Workspace, id: string): LocalText {
  return ws.catalogue.find((t) => t.id === id)?.name ?? plain(id);
}

function partName(ws: Workspace, part: 'political' | 'employer' | 'host', id: string): string {
  const list = part === 'political' ? ws.political : part === 'employer' ? ws.employers : ws.hosts;
  return list.find((p) => p.id === id)?.name.da ?? id;
}

function scenarioInputs(before: Workspace, b: Scenario, after: Workspace, a: Scenario, d: Diff): void {
  d.add('scenarioName', { kind: 'text', value: b.name }, { kind: 'text', value: a.name });
  d.add('ambitionLevel', num('level', b.ambitionLevel), num('level', a.ambitionLevel));
  for (const part of ['political', 'employer', 'host'] as const)
    d.add('anchoring', { kind: 'text', value: partName(before, part, b.anchoring[part]) }, { kind: 'text', value: partName(after, part, a.anchoring[part]) }, plain(part));
  d.add('staffing', fte(b.staffing), fte(a.staffing));
  d.add('costPerFte', kr(b.costPerFte ?? undefined, before.assumptions.costPerFte), kr(a.costPerFte ?? undefined, after.assumptions.costPerFte));
  for (const id of union(Object.keys(b.funding), Object.keys(a.funding))) {
    const then = before.funders.find((f) => f.id === id);
    const now = after.funders.find((f) => f.id === id);
    const unit = (now ?? then)?.unit;
    const name = (now ?? then)?.name ?? plain(id);
    d.add('funding', unit === 'fte' ? fte(b.funding[id], then?.amount) : kr(b.funding[id], then?.amount), unit === 'fte' ? fte(a.funding[id], now?.amount) : kr(a.funding[id], now?.amount), name);
  }
  for (const year of union(Object.keys(b.reserveDrawdown), Object.keys(a.reserveDrawdown)).sort()) d.add('reserve', num('kr', b.reserveDrawdown[year] ?? 0), num('kr', a.reserveDrawdown[year] ?? 0), plain(year));
  d.add('allocation', { kind: 'text', value: b.allocation.kind }, { kind: 'text', value: a.allocation.kind });
  d.add('equalPercent', num('percent', b.allocation.kind === 'mixed' ? b.allocation.equalPercent : undefined), num('percent', a.allocation.kind === 'mixed' ? a.allocation.equalPercent : undefined));
  const weightsB = b.allocation.kind === 'custom' ? b.allocation.weights : {};
  const weightsA = a.allocation.kind === 'custom' ? a.allocation.weights : {};
  for (const code of union(Object.keys(weightsB), Object.keys(weightsA)))
    d.add('customWeight', num('weight', weightsB[code]), num('weight', weightsA[code]), plain(after.municipalities.find((m) => m.code === code)?.name ?? code));
  d.add('start', { kind: 'month', value: b.start }, { kind: 'month', value: a.start });
  d.add('end', { kind: 'month', value: b.end }, { kind: 'month', value: a.end });
  for (const id of union(Object.keys(b.tasks), Object.keys(a.tasks))) {
    const ob: TaskOverride = b.tasks[id] ?? {};
    const oa: TaskOverride = a.tasks[id] ?? {};
    const name = taskName(after, id);
    const catalogued = (ws: Workspace) => ws.catalogue.find((t) => t.id === id);
    // Without its own setting a task is in by its level, as the portfolio has it: "– → uden" said
    // nothing of what it was (a fresh-eyes walk). Only where a side has its own: a change of level
    // alone brings in every task of the level, and is said as that.
    const on = (o: TaskOverride, ws: Workspace, s: Scenario): ChangeValue => {
      const level = catalogued(ws)?.level;
      const value = o.on ?? (level === undefined ? undefined : inLevel(level, s.ambitionLevel));
      return value === undefined ? { kind: 'none' } : { kind: 'on', value };
    };
    if (ob.on !== undefined || oa.on !== undefined) d.add('taskOn', on(ob, before, b), on(oa, after, a), name);
    d.add('taskEffort', fte(ob.effort, catalogued(before)?.effort), fte(oa.effort, catalogued(after)?.effort), name);
    d.add('taskActivity', kr(ob.activity, catalogued(before)?.activity), kr(oa.activity, catalogued(after)?.activity), name);
  }
  const customB = byKey(b.customTasks, (t) => t.id);
  const customA = byKey(a.customTasks, (t) => t.id);
  for (const id of union(customB.keys(), customA.keys())) {
    const tb = customB.get(id);
    const ta = customA.get(id);
    const describe = (t: typeof tb): ChangeValue => (t ? { kind: 'text', value: `${t.on ? '✓' : '–'} ${t.name}: ${t.effort.central / 100} · ${t.activity.central}` } : { kind: 'none' });
    d.add('customTask', describe(tb), describe(ta), plain((ta ?? tb)!.name));
  }
}

/** The workspace-wide inputs that differ between two workspaces (this one's and a link's), scenarios aside. */
export function sharedInputChanges(before: Workspace, after: Workspace): InputChange[] {
  const shared = new Diff();
  workspaceInputs(before, after, shared);
  return shared.changes;
}

/** Exactly the inputs that differ between a snapshot and the workspace now. */
export function changedInputs(before: Workspace, after: Workspace): InputChange[] {
  const changes = sharedInputChanges(before, after);
  const earlier = byKey(before.scenarios, (s) => s.id);
  const now = byKey(after.scenarios, (s) => s.id);
  for (const s of before.scenarios) if (!now.has(s.id)) changes.push({ field: 'scenarioRemoved', scenarioId: s.id, scenarioName: s.name, before: { kind: 'text', value: s.name }, after: { kind: 'none' } });
  for (const s of after.scenarios) {
    const b = earlier.get(s.id);
    if (!b) {
      changes.push({ field: 'scenarioAdded', scenarioId: s.id, scenarioName: s.name, before: { kind: 'none' }, after: { kind: 'text', value: s.name } });
      continue;
    }
    const d = new Diff(s.id, s.name);
    scenarioInputs(before, b, after, s, d);
    changes.push(...d.changes);
  }
  // The scenario the differences are reckoned from: its undo said nothing, and meeting memory missed it.
  if (before.baselineScenarioId !== after.baselineScenarioId) {
    const named = (ws: Workspace): ChangeValue => {
      const name = ws.scenarios.find((s) => s.id === ws.baselineScenarioId)?.name;
      return name === undefined ? { kind: 'none' } : { kind: 'text', value: name };
    };
    changes.push({ field: 'baseline', scenarioId: null, scenarioName: null, before: named(before), after: named(after) });
  }
  return changes;
}

const PRECISION: Record<MovedFigure, number> = { totalCost: 0.5, supplement: 0.5, perInhabitant: 0.005, horizonSupplement: 0.5 };

/** How each scenario's key figures moved, for the scenarios in both. */
export function figureMoves(before: Workspace, after: Workspace): FigureMove[] {
  const then = new Map(computeWorkspace(before).scenarios.map((r) => [r.scenarioId, r]));
  const moves: FigureMove[] = [];
  for (const r of computeWorkspace(after).scenarios) {
    const old = then.get(r.scenarioId);
    if (!old) continue;
    const name = after.scenarios.find((s) => s.id === r.scenarioId)!.name;
    const pick = (x: typeof r): Record<MovedFigure, number> => {
      const y = yearResult(x, 'typical')!;
      return { totalCost: y.cost.total.central, supplement: y.supplement.central, perInhabitant: y.supplementPerInhabitant.central, horizonSupplement: x.horizon.supplement.central };
    };
    const b = pick(old);
    const a = pick(r);
    for (const figure of ['totalCost', 'supplement', 'perInhabitant', 'horizonSupplement'] as const)
      moves.push({ scenarioId: r.scenarioId, scenarioName: name, figure, before: b[figure], after: a[figure], variance: variance(a[figure], b[figure], PRECISION[figure]) });
  }
  return moves;
}

export const meetingMemory = (before: Workspace, after: Workspace): MeetingMemory => ({ inputs: changedInputs(before, after), figures: figureMoves(before, after) });

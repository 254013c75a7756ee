/**
 * The closed set of ways a workspace changes. A command is plain data (it is journalled,
 * written to IndexedDB as an operation and re-applied to the newest stored record), applied by a
 * pure edit, and knows its own inverse: the command that undoes it, read from the state before.
 * Undo is therefore a command too, and undoing one cell never overwrites another tab's edit to
 * a different cell.
 */
import { sameDocument } from './same-document';
import * as edits from './edits';
import { validateWorkspace, type ValidationIssue } from './validate';
import type { Estimate } from './estimate';
import type { ScenarioPreset } from './scenario-presets';
import type { AllocationKey, AllocationKind, AmbitionLevel, CatalogueTask, CriterionId, CustomTask, Funder, Scenario, TaskOverride, Workspace, YearMonth } from './types';

interface CommandArgs {
  renameWorkspace: { name: string };
  setPopulations: { populations: Record<string, number> };
  setPopulationReference: { date: string; source: string };
  usePopulationRelease: { date: string; source: string };
  setDatedPopulations: { populations: Record<string, number>; date: string; source: string };
  setAssumption: { change: edits.AssumptionValue };
  setCatalogueTask: { taskId: string; effort?: Estimate; activity?: Estimate };
  setCriterionWeight: { criterion: CriterionId; weight: number };
  setPartScore: { part: edits.AnchoringPart; partId: string; criterion: CriterionId; score: number | null };
  setEmployerAdminCost: { employerId: string; cost: Estimate };
  setHostCost: { hostId: string; key: 'costPerFte' | 'fixedCost'; value: Estimate };
  addMunicipalityEmployer: { code: string };
  addMunicipalityHost: { code: string };
  restoreParts: { employers?: Workspace['employers']; hosts?: Workspace['hosts'] };
  setFunder: { funderId: string; patch: edits.FunderPatch };
  addFunder: { funder: Funder; at?: number };
  removeFunder: { funderId: string };
  setBaseline: { scenarioId: string | null };
  addScenario: { scenarioId: string; name: string; preset: ScenarioPreset };
  duplicateScenario: { sourceId: string; scenarioId: string; name: string };
  insertScenarios: { scenarios: Scenario[]; at?: number };
  deleteScenario: { scenarioId: string };
  moveScenario: { scenarioId: string; offset: number };
  renameScenario: { scenarioId: string; name: string };
  setAmbitionLevel: { scenarioId: string; level: AmbitionLevel };
  setPortfolio: { scenarioId: string; level: AmbitionLevel; tasks: Record<string, TaskOverride> };
  setTaskOn: { scenarioId: string; taskId: string; on: boolean };
  setTaskEffort: { scenarioId: string; taskId: string; effort: Estimate | null };
  setTaskActivity: { scenarioId: string; taskId: string; activity: Estimate | null };
  setTaskOverride: { scenarioId: string; taskId: string; override: TaskOverride | null };
  addCustomTask: { scenarioId: string; task: CustomTask };
  setCustomTask: { scenarioId: string; taskId: string; patch: edits.CustomTaskPatch };
  removeCustomTask: { scenarioId: string; taskId: string };
  setAnchoring: { scenarioId: string; part: edits.AnchoringPart; partId: string };
  applyAnchoringPreset: { scenarioId: string; presetId: string };
  setStaffing: { scenarioId: string; staffing: Estimate | null };
  setScenarioCostPerFte: { scenarioId: string; cost: Estimate | null };
  setFunding: { scenarioId: string; funderId: string; amount: Estimate | null };
  setReserveDrawdown: { scenarioId: string; year: number; amount: number };
  setAllocationKind: { scenarioId: string; kind: AllocationKind };
  setEqualPercent: { scenarioId: string; percent: number };
  setCustomWeight: { scenarioId: string; code: string; weight: number };
  setAllocation: { scenarioId: string; allocation: AllocationKey };
  setStart: { scenarioId: string; start: YearMonth };
  setEnd: { scenarioId: string; end: YearMonth };
  batch: { commands: Command[] };
}

export type CommandType = keyof CommandArgs;
export type Command = { [K in CommandType]: { readonly type: K } & Readonly<CommandArgs[K]> }[CommandType];
type Of<K extends CommandType> = Extract<Command, { type: K }>;

const scenarioOf = (ws: Workspace, id: string) => ws.scenarios.find((s) => s.id === id);
const batch = (commands: Command[]): Command => ({ type: 'batch', commands });
const overrideOf = (ws: Workspace, scenarioId: string, taskId: string): TaskOverride | null => scenarioOf(ws, scenarioId)?.tasks[taskId] ?? null;
const taskOverride = (ws: Workspace, c: { scenarioId: string; taskId: string }): Command => ({ type: 'setTaskOverride', scenarioId: c.scenarioId, taskId: c.taskId, override: overrideOf(ws, c.scenarioId, c.taskId) });

interface Handler<K extends CommandType> {
  apply(ws: Workspace, c: Of<K>): Workspace;
  inverse(before: Workspace, c: Of<K>): Command;
}
type Registry = { [K in CommandType]: Handler<K> };

const HANDLERS: Registry = {
  renameWorkspace: { apply: (ws, c) => edits.renameWorkspace(ws, c.name), inverse: (ws) => ({ type: 'renameWorkspace', name: ws.name }) },
  setPopulations: {
    apply: (ws, c) => edits.setPopulations(ws, c.populations),
    inverse: (ws, c) => ({ type: 'setPopulations', populations: Object.fromEntries(ws.municipalities.filter((m) => m.code in c.populations).map((m) => [m.code, m.population])) }),
  },
  setPopulationReference: {
    apply: (ws, c) => edits.setPopulationReference(ws, c.date, c.source),
    inverse: (ws) => ({ type: 'setPopulationReference', date: ws.populationDate, source: ws.populationSource }),
  },
  usePopulationRelease: {
    apply: (ws, c) => edits.usePopulationRelease(ws, c.date, c.source),
    inverse: (ws) =>
      batch([
        { type: 'setPopulations', populations: Object.fromEntries(ws.municipalities.map((m) => [m.code, m.population])) },
        { type: 'setPopulationReference', date: ws.populationDate, source: ws.populationSource },
      ]),
  },
  /** A whole table with its date and source (a Statistikbanken quarter pasted): one step to undo. */
  setDatedPopulations: {
    apply: (ws, c) => edits.setPopulationReference(edits.setPopulations(ws, c.populations), c.date, c.source),
    inverse: (ws, c) =>
      batch([
        { type: 'setPopulations', populations: Object.fromEntries(ws.municipalities.filter((m) => m.code in c.populations).map((m) => [m.code, m.population])) },
        { type: 'setPopulationReference', date: ws.populationDate, source: ws.populationSource },
      ]),
  },
  setAssumption: {
    apply: (ws, c) => edits.setAssumption(ws, c.change),
    inverse: (ws, c) => ({ type: 'setAssumption', change: { key: c.change.key, value: ws.assumptions[c.change.key] } as edits.AssumptionValue }),
  },
  setCatalogueTask: {
    apply: (ws, c) => edits.setCatalogueTask(ws, c.taskId, { ...(c.effort && { effort: c.effort }), ...(c.activity && { activity: c.activity }) }),
    inverse: (ws, c) => {
      const t = ws.catalogue.find((x) => x.id === c.taskId) as CatalogueTask | undefined;
      return t ? { type: 'setCatalogueTask', taskId: c.taskId, effort: t.effort, activity: t.activity } : batch([]);
    },
  },
  setCriterionWeight: {
    apply: (ws, c) => edits.setCriterionWeight(ws, c.criterion, c.weight),
    inverse: (ws, c) => ({ type: 'setCriterionWeight', criterion: c.criterion, weight: ws.criteria.find((x) => x.id === c.criterion)?.weight ?? 0 }),
  },
  setPartScore: {
    apply: (ws, c) => edits.setPartScore(ws, c.part, c.partId, c.criterion, c.score),
    inverse: (ws, c) => {
      const list = c.part === 'political' ? ws.political : c.part === 'employer' ? ws.employers : ws.hosts;
      return { ...c, score: list.find((p) => p.id === c.partId)?.scores[c.criterion] ?? null };
    },
  },
  setEmployerAdminCost: {
    apply: (ws, c) => edits.setEmployerAdminCost(ws, c.employerId, c.cost),
    inverse: (ws, c) => {
      const e = ws.employers.find((x) => x.id === c.employerId);
      return e ? { ...c, cost: e.adminCost } : batch([]);
    },
  },
  setHostCost: {
    apply: (ws, c) => edits.setHostCost(ws, c.hostId, c.key, c.value),
    inverse: (ws, c) => {
      const h = ws.hosts.find((x) => x.id === c.hostId);
      return h ? { ...c, value: h[c.key] } : batch([]);
    },
  },
  addMunicipalityEmployer: { apply: (ws, c) => edits.addMunicipalityEmployer(ws, c.code), inverse: (ws) => ({ type: 'restoreParts', employers: ws.employers }) },
  addMunicipalityHost: { apply: (ws, c) => edits.addMunicipalityHost(ws, c.code), inverse: (ws) => ({ type: 'restoreParts', hosts: ws.hosts }) },
  restoreParts: {
    // Parts still chosen by a scenario stay, so an undo can never leave a dangling reference.
    apply: (ws, c) => {
      const used = (part: 'employer' | 'host') => new Set(ws.scenarios.map((s) => s.anchoring[part]));
      const keep = <T extends { id: string }>(next: readonly T[] | undefined, current: readonly T[], ids: Set<string>) =>
        next ? [...next, ...current.filter((p) => ids.has(p.id) && !next.some((n) => n.id === p.id))] : current;
      const employers = keep(c.employers, ws.employers, used('employer'));
      const hosts = keep(c.hosts, ws.hosts, used('host'));
      return employers === ws.employers && hosts === ws.hosts ? ws : { ...ws, employers, hosts };
    },
    inverse: (ws, c) => ({ type: 'restoreParts', ...(c.employers && { employers: ws.employers }), ...(c.hosts && { hosts: ws.hosts }) }),
  },
  setFunder: {
    apply: (ws, c) => edits.setFunder(ws, c.funderId, c.patch),
    inverse: (ws, c) => {
      const f = ws.funders.find((x) => x.id === c.funderId);
      if (!f) return batch([]);
      const patch = Object.fromEntries(Object.keys(c.patch).map((k) => [k, f[k as keyof edits.FunderPatch]])) as edits.FunderPatch;
      return { type: 'setFunder', funderId: c.funderId, patch };
    },
  },
  addFunder: { apply: (ws, c) => edits.addFunder(ws, c.funder, c.at), inverse: (_, c) => ({ type: 'removeFunder', funderId: c.funder.id }) },
  removeFunder: {
    apply: (ws, c) => edits.removeFunder(ws, c.funderId),
    inverse: (ws, c) => {
      const at = ws.funders.findIndex((f) => f.id === c.funderId);
      const funder = ws.funders[at];
      if (!funder) return batch([]);
      const amounts = ws.scenarios.flatMap((s): Command[] => (s.funding[c.funderId] ? [{ type: 'setFunding', scenarioId: s.id, funderId: c.funderId, amount: s.funding[c.funderId]! }] : []));
      return batch([{ type: 'addFunder', funder, at }, ...amounts]);
    },
  },
  setBaseline: { apply: (ws, c) => edits.setBaseline(ws, c.scenarioId), inverse: (ws) => ({ type: 'setBaseline', scenarioId: ws.baselineScenarioId }) },
  addScenario: { apply: (ws, c) => edits.addScenario(ws, c.scenarioId, c.name, c.preset), inverse: (_, c) => ({ type: 'deleteScenario', scenarioId: c.scenarioId }) },
  duplicateScenario: { apply: (ws, c) => edits.duplicateScenario(ws, c.sourceId, c.scenarioId, c.name), inverse: (_, c) => ({ type: 'deleteScenario', scenarioId: c.scenarioId }) },
  insertScenarios: {
    apply: (ws, c) => edits.insertScenarios(ws, c.scenarios, c.at),
    inverse: (ws, c) => batch(c.scenarios.filter((s) => !scenarioOf(ws, s.id)).map((s): Command => ({ type: 'deleteScenario', scenarioId: s.id }))),
  },
  deleteScenario: {
    apply: (ws, c) => edits.deleteScenario(ws, c.scenarioId),
    inverse: (ws, c) => {
      const at = ws.scenarios.findIndex((s) => s.id === c.scenarioId);
      const scenario = ws.scenarios[at];
      if (!scenario) return batch([]);
      return batch([{ type: 'insertScenarios', scenarios: [scenario], at }, { type: 'setBaseline', scenarioId: ws.baselineScenarioId }]);
    },
  },
  moveScenario: {
    apply: (ws, c) => edits.moveScenario(ws, c.scenarioId, c.offset),
    inverse: (ws, c) => {
      const from = ws.scenarios.findIndex((s) => s.id === c.scenarioId);
      const to = Math.max(0, Math.min(ws.scenarios.length - 1, from + c.offset));
      return { type: 'moveScenario', scenarioId: c.scenarioId, offset: from - to };
    },
  },
  renameScenario: { apply: (ws, c) => edits.renameScenario(ws, c.scenarioId, c.name), inverse: (ws, c) => ({ ...c, name: scenarioOf(ws, c.scenarioId)?.name ?? c.name }) },
  setAmbitionLevel: {
    apply: (ws, c) => edits.setAmbitionLevel(ws, c.scenarioId, c.level),
    // The level back, and only it: not a copy of every task, which undid another tab's task edits made since.
    inverse: (ws, c) => ({ ...c, level: scenarioOf(ws, c.scenarioId)?.ambitionLevel ?? c.level }),
  },
  // No edit makes this any more (a level change's undo was one): kept for undo histories written before.
  setPortfolio: {
    apply: (ws, c) => edits.updateScenario(ws, c.scenarioId, (s) => ({ ...s, ambitionLevel: c.level, tasks: c.tasks })),
    inverse: (ws, c) => {
      const s = scenarioOf(ws, c.scenarioId);
      return s ? { type: 'setPortfolio', scenarioId: s.id, level: s.ambitionLevel, tasks: { ...s.tasks } } : batch([]);
    },
  },
  setTaskOn: { apply: (ws, c) => edits.setTaskOn(ws, c.scenarioId, c.taskId, c.on), inverse: taskOverride },
  setTaskEffort: { apply: (ws, c) => edits.setTaskEffort(ws, c.scenarioId, c.taskId, c.effort), inverse: taskOverride },
  setTaskActivity: { apply: (ws, c) => edits.setTaskActivity(ws, c.scenarioId, c.taskId, c.activity), inverse: taskOverride },
  setTaskOverride: { apply: (ws, c) => edits.setTaskOverride(ws, c.scenarioId, c.taskId, c.override), inverse: taskOverride },
  addCustomTask: { apply: (ws, c) => edits.addCustomTask(ws, c.scenarioId, c.task), inverse: (_, c) => ({ type: 'removeCustomTask', scenarioId: c.scenarioId, taskId: c.task.id }) },
  setCustomTask: {
    apply: (ws, c) => edits.setCustomTask(ws, c.scenarioId, c.taskId, c.patch),
    inverse: (ws, c) => {
      const t = scenarioOf(ws, c.scenarioId)?.customTasks.find((x) => x.id === c.taskId);
      if (!t) return batch([]);
      return { ...c, patch: Object.fromEntries(Object.keys(c.patch).map((k) => [k, t[k as keyof edits.CustomTaskPatch]])) as edits.CustomTaskPatch };
    },
  },
  removeCustomTask: {
    apply: (ws, c) => edits.removeCustomTask(ws, c.scenarioId, c.taskId),
    inverse: (ws, c) => {
      const t = scenarioOf(ws, c.scenarioId)?.customTasks.find((x) => x.id === c.taskId);
      return t ? { type: 'addCustomTask', scenarioId: c.scenarioId, task: t } : batch([]);
    },
  },
  setAnchoring: {
    apply: (ws, c) => edits.setAnchoring(ws, c.scenarioId, c.part, c.partId),
    inverse: (ws, c) => ({ ...c, partId: scenarioOf(ws, c.scenarioId)?.anchoring[c.part] ?? c.partId }),
  },
  applyAnchoringPreset: {
    apply: (ws, c) => edits.applyAnchoringPreset(ws, c.scenarioId, c.presetId),
    inverse: (ws, c) => {
      const a = scenarioOf(ws, c.scenarioId)?.anchoring;
      if (!a) return batch([]);
      return batch((['political', 'employer', 'host'] as const).map((part): Command => ({ type: 'setAnchoring', scenarioId: c.scenarioId, part, partId: a[part] })));
    },
  },
  setStaffing: { apply: (ws, c) => edits.setStaffing(ws, c.scenarioId, c.staffing), inverse: (ws, c) => ({ ...c, staffing: scenarioOf(ws, c.scenarioId)?.staffing ?? null }) },
  setScenarioCostPerFte: {
    apply: (ws, c) => edits.setScenarioCostPerFte(ws, c.scenarioId, c.cost),
    inverse: (ws, c) => ({ ...c, cost: scenarioOf(ws, c.scenarioId)?.costPerFte ?? null }),
  },
  setFunding: {
    apply: (ws, c) => edits.setFunding(ws, c.scenarioId, c.funderId, c.amount),
    inverse: (ws, c) => ({ ...c, amount: scenarioOf(ws, c.scenarioId)?.funding[c.funderId] ?? null }),
  },
  setReserveDrawdown: {
    apply: (ws, c) => edits.setReserveDrawdown(ws, c.scenarioId, c.year, c.amount),
    inverse: (ws, c) => ({ ...c, amount: scenarioOf(ws, c.scenarioId)?.reserveDrawdown[String(c.year)] ?? 0 }),
  },
  setAllocationKind: { apply: (ws, c) => edits.setAllocationKind(ws, c.scenarioId, c.kind), inverse: (ws, c) => allocation(ws, c.scenarioId) },
  setEqualPercent: { apply: (ws, c) => edits.setEqualPercent(ws, c.scenarioId, c.percent), inverse: (ws, c) => allocation(ws, c.scenarioId) },
  setCustomWeight: { apply: (ws, c) => edits.setCustomWeight(ws, c.scenarioId, c.code, c.weight), inverse: (ws, c) => allocation(ws, c.scenarioId) },
  setAllocation: {
    apply: (ws, c) => edits.updateScenario(ws, c.scenarioId, (s) => (JSON.stringify(s.allocation) === JSON.stringify(c.allocation) ? s : { ...s, allocation: c.allocation })),
    inverse: (ws, c) => allocation(ws, c.scenarioId),
  },
  setStart: { apply: (ws, c) => edits.setStart(ws, c.scenarioId, c.start), inverse: (ws, c) => ({ ...c, start: scenarioOf(ws, c.scenarioId)?.start ?? c.start }) },
  setEnd: { apply: (ws, c) => edits.setEnd(ws, c.scenarioId, c.end), inverse: (ws, c) => ({ ...c, end: scenarioOf(ws, c.scenarioId)?.end ?? c.end }) },
  batch: {
    apply: (ws, c) => c.commands.reduce(applyCommand, ws),
    inverse: (ws, c) => {
      const inverses: Command[] = [];
      let state = ws;
      for (const command of c.commands) {
        inverses.unshift(inverseOf(state, command));
        state = applyCommand(state, command);
      }
      return batch(inverses);
    },
  },
};

function allocation(ws: Workspace, scenarioId: string): Command {
  const s = scenarioOf(ws, scenarioId);
  return s ? { type: 'setAllocation', scenarioId, allocation: s.allocation } : batch([]);
}

/**
 * Applies a command; a result that would break the model's rules (an end before the start, an
 * amount beyond the limits) is refused and the workspace stays as it was, with the reasons.
 */
export function tryCommand(ws: Workspace, command: Command): { readonly workspace: Workspace; readonly refused: readonly ValidationIssue[] } {
  const handler = HANDLERS[command.type] as Handler<CommandType> | undefined;
  const next = handler ? handler.apply(ws, command as never) : ws;
  if (next === ws) return { workspace: ws, refused: [] };
  const refused = validateWorkspace(next);
  return refused.length > 0 ? { workspace: ws, refused } : { workspace: next, refused };
}

export const applyCommand = (ws: Workspace, command: Command): Workspace => tryCommand(ws, command).workspace;

/**
 * Commands that set values (not add, remove or move something): done twice they are done once.
 * For these, a workspace the command would still change is one where what it set has been
 * changed since. Listed rather than excluded, so a command added later is never taken for one.
 */
const SETS_VALUES = new Set<CommandType>([
  'renameWorkspace', 'setPopulations', 'setPopulationReference', 'usePopulationRelease', 'setDatedPopulations', 'setAssumption', 'setCatalogueTask', 'setCriterionWeight', 'setPartScore',
  'setEmployerAdminCost', 'setHostCost', 'setFunder', 'setBaseline', 'renameScenario', 'setAmbitionLevel', 'setPortfolio', 'setTaskOn', 'setTaskEffort', 'setTaskActivity',
  'setTaskOverride', 'setCustomTask', 'setAnchoring', 'applyAnchoringPreset', 'setStaffing', 'setScenarioCostPerFte', 'setFunding', 'setReserveDrawdown', 'setAllocationKind',
  'setEqualPercent', 'setCustomWeight', 'setAllocation', 'setStart', 'setEnd',
]);

/**
 * Whether what `made` set has been changed since (by another tab): it only sets values, and doing
 * it again on `ws` would change something. Undoing it then would overwrite that later change.
 */
export function changedSince(ws: Workspace, made: Command): boolean {
  const setsValues = (c: Command): boolean => (c.type === 'batch' ? c.commands.every(setsValues) : SETS_VALUES.has(c.type));
  if (!setsValues(made)) return false;
  const again = tryCommand(ws, made);
  return again.refused.length === 0 && !sameDocument(again.workspace, ws);
}

/** The command that undoes `command`, given the workspace it was applied to. */
export function inverseOf(before: Workspace, command: Command): Command {
  const handler = HANDLERS[command.type] as Handler<CommandType> | undefined;
  // A command that changes nothing (or is refused) is undone by doing nothing.
  if (!handler || applyCommand(before, command) === before) return batch([]);
  return handler.inverse(before, command as never);
}


export const COMMAND_TYPES = Object.keys(HANDLERS) as CommandType[];

/**
 * Pure edits of a workspace: each returns a new workspace and keeps every object it does not
 * touch (so an unchanged scenario keeps its computed result), or the same workspace when the
 * edit changes nothing. The store's commands are thin calls of these.
 */
import { anchoringOf } from './anchoring-presets';
import { municipalityEmployer, municipalityEmployerId, municipalityHost, municipalityHostId } from './anchoring';
import { levelScenario, scenarioTemplate, T11_RECOMMENDATION_TASKS } from './defaults';
import { sameEstimate, type Estimate } from './estimate';
import { LIMITS, roomForFunder, roomForOwnTask } from './limits';
import { referencePopulation } from './municipalities';
import { inLevel } from './portfolio';
import { presetLevel, type ScenarioPreset } from './scenario-presets';
import type {
  AllocationKind,
  AmbitionLevel,
  Assumptions,
  CatalogueTask,
  CriterionId,
  CustomTask,
  Funder,
  Scenario,
  TaskOverride,
  Workspace,
  YearMonth,
} from './types';

type Patch<T> = (item: T) => T;

const replaceById = <T extends { id: string }>(items: readonly T[], id: string, patch: Patch<T>): readonly T[] => {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const updated = patch(item);
    if (updated !== item) changed = true;
    return updated;
  });
  return changed ? next : items;
};

export function updateScenario(ws: Workspace, id: string, patch: Patch<Scenario>): Workspace {
  const scenarios = replaceById(ws.scenarios, id, patch);
  return scenarios === ws.scenarios ? ws : { ...ws, scenarios };
}

const field = <T, K extends keyof T>(item: T, key: K, value: T[K], same: (a: T[K], b: T[K]) => boolean = Object.is): T =>
  same(item[key], value) ? item : { ...item, [key]: value };

const sameOptional = (a: Estimate | null, b: Estimate | null) => (a === null || b === null ? a === b : sameEstimate(a, b));

// — Scenarios as columns —

/** A new scenario from a preset, with the workspace's default anchoring and period. */
export function addScenario(ws: Workspace, id: string, name: string, preset: ScenarioPreset = 'level-2'): Workspace {
  if (ws.scenarios.length >= LIMITS.scenarios || ws.scenarios.some((s) => s.id === id)) return ws;
  const template = scenarioTemplate(ws);
  const scenario =
    preset === 't11-recommendation'
      ? { ...levelScenario(2, id, name, template), tasks: T11_RECOMMENDATION_TASKS }
      : levelScenario(presetLevel(preset), id, name, template);
  return { ...ws, scenarios: [...ws.scenarios, scenario] };
}

export function duplicateScenario(ws: Workspace, sourceId: string, id: string, name: string): Workspace {
  const index = ws.scenarios.findIndex((s) => s.id === sourceId);
  const original = ws.scenarios[index];
  if (!original || ws.scenarios.length >= LIMITS.scenarios || ws.scenarios.some((s) => s.id === id)) return ws;
  const scenarios = [...ws.scenarios];
  scenarios.splice(index + 1, 0, { ...original, id, name: name.slice(0, LIMITS.scenarioName) });
  return { ...ws, scenarios };
}

/** Puts scenarios (from a link, or back after an undo) at a position; ids already in use are skipped. */
export function insertScenarios(ws: Workspace, incoming: readonly Scenario[], at = ws.scenarios.length): Workspace {
  const taken = new Set(ws.scenarios.map((s) => s.id));
  const fresh = incoming.filter((s) => !taken.has(s.id)).slice(0, LIMITS.scenarios - ws.scenarios.length);
  if (fresh.length === 0) return ws;
  const scenarios = [...ws.scenarios];
  scenarios.splice(Math.max(0, Math.min(at, scenarios.length)), 0, ...fresh);
  return { ...ws, scenarios };
}

/** The last scenario cannot be deleted: a comparison needs a column. */
export function deleteScenario(ws: Workspace, id: string): Workspace {
  const scenarios = ws.scenarios.filter((s) => s.id !== id);
  if (scenarios.length === ws.scenarios.length || scenarios.length === 0) return ws;
  const baselineScenarioId = ws.baselineScenarioId === id ? (scenarios[0]?.id ?? null) : ws.baselineScenarioId;
  return { ...ws, scenarios, baselineScenarioId };
}

/** Moves a scenario column by `offset` places, clamped to the ends. */
export function moveScenario(ws: Workspace, id: string, offset: number): Workspace {
  const from = ws.scenarios.findIndex((s) => s.id === id);
  if (from < 0) return ws;
  const to = Math.max(0, Math.min(ws.scenarios.length - 1, from + offset));
  if (to === from) return ws;
  const scenarios = [...ws.scenarios];
  const [moved] = scenarios.splice(from, 1);
  scenarios.splice(to, 0, moved!);
  return { ...ws, scenarios };
}

export const setBaseline = (ws: Workspace, id: string | null): Workspace =>
  ws.baselineScenarioId === id || (id !== null && !ws.scenarios.some((s) => s.id === id)) ? ws : { ...ws, baselineScenarioId: id };

export const renameScenario = (ws: Workspace, id: string, name: string): Workspace => {
  const trimmed = name.trim().slice(0, LIMITS.scenarioName);
  return trimmed ? updateScenario(ws, id, (s) => field(s, 'name', trimmed)) : ws;
};

// — A scenario's portfolio —

/**
 * Picking a level keeps every task switched on or off, and every effort and amount: a switch the
 * level makes anyway stays, so a round trip (3 → 2 → 3) keeps GEN2040 off. It reset them without
 * a word, even when the level picked was the one already there (Enter on the cell), and dropping
 * only the switches a level made redundant lost them on the way back (two fresh-eyes walks).
 * Whether a task differs from its level is read from the portfolio, not from the switch's presence.
 */
export const setAmbitionLevel = (ws: Workspace, id: string, level: AmbitionLevel): Workspace =>
  updateScenario(ws, id, (s) => (s.ambitionLevel === level ? s : { ...s, ambitionLevel: level }));

/** Sets one setting of a catalogue task for one scenario; a value equal to the catalogue's is dropped. */
function setOverride<K extends keyof TaskOverride>(ws: Workspace, scenarioId: string, taskId: string, key: K, value: TaskOverride[K] | undefined): Workspace {
  const task = ws.catalogue.find((t) => t.id === taskId);
  if (!task) return ws;
  return updateScenario(ws, scenarioId, (s) => {
    const current = s.tasks[taskId] ?? {};
    const isDefault =
      value === undefined ||
      (key === 'on' ? value === inLevel(task.level, s.ambitionLevel) : sameEstimate(value as Estimate, task[key as 'effort' | 'activity']));
    const next: Record<string, unknown> = { ...current };
    if (isDefault) delete next[key];
    else next[key] = value;
    const same = Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([k, v]) => {
      const before = (current as Record<string, unknown>)[k];
      return typeof v === 'object' ? sameEstimate(v as Estimate, before as Estimate) : v === before;
    });
    if (same) return s;
    const tasks = { ...s.tasks };
    if (Object.keys(next).length === 0) delete tasks[taskId];
    else tasks[taskId] = next as TaskOverride;
    return { ...s, tasks };
  });
}

export const setTaskOn = (ws: Workspace, scenarioId: string, taskId: string, on: boolean): Workspace => setOverride(ws, scenarioId, taskId, 'on', on);
export const setTaskEffort = (ws: Workspace, scenarioId: string, taskId: string, effort: Estimate | null): Workspace =>
  setOverride(ws, scenarioId, taskId, 'effort', effort ?? undefined);
export const setTaskActivity = (ws: Workspace, scenarioId: string, taskId: string, activity: Estimate | null): Workspace =>
  setOverride(ws, scenarioId, taskId, 'activity', activity ?? undefined);

/** The scenario's setting of a task, exactly: used to apply one scenario's choice to all. */
export const setTaskOverride = (ws: Workspace, scenarioId: string, taskId: string, override: TaskOverride | null): Workspace => {
  if (!ws.catalogue.some((t) => t.id === taskId)) return ws;
  return updateScenario(ws, scenarioId, (s) => {
    const tasks = { ...s.tasks };
    if (override && Object.keys(override).length > 0) tasks[taskId] = override;
    else if (taskId in tasks) delete tasks[taskId];
    else return s;
    return { ...s, tasks };
  });
};

export function addCustomTask(ws: Workspace, scenarioId: string, task: CustomTask): Workspace {
  return updateScenario(ws, scenarioId, (s) =>
    !roomForOwnTask(s) || s.customTasks.some((t) => t.id === task.id)
      ? s
      : { ...s, customTasks: [...s.customTasks, { ...task, name: task.name.slice(0, LIMITS.taskName) }] },
  );
}

export type CustomTaskPatch = Partial<Pick<CustomTask, 'name' | 'category' | 'on' | 'effort' | 'activity'>>;
export const setCustomTask = (ws: Workspace, scenarioId: string, taskId: string, patch: CustomTaskPatch): Workspace =>
  updateScenario(ws, scenarioId, (s) => {
    const customTasks = replaceById(s.customTasks, taskId, (t) => ({ ...t, ...patch, name: (patch.name ?? t.name).slice(0, LIMITS.taskName) }));
    return customTasks === s.customTasks ? s : { ...s, customTasks };
  });

export const removeCustomTask = (ws: Workspace, scenarioId: string, taskId: string): Workspace =>
  updateScenario(ws, scenarioId, (s) => (s.customTasks.some((t) => t.id === taskId) ? { ...s, customTasks: s.customTasks.filter((t) => t.id !== taskId) } : s));

// — A scenario's choices and inputs —

export type AnchoringPart = 'political' | 'employer' | 'host';
export const setAnchoring = (ws: Workspace, id: string, part: AnchoringPart, partId: string): Workspace => {
  const list = part === 'political' ? ws.political : part === 'employer' ? ws.employers : ws.hosts;
  if (!list.some((p) => p.id === partId)) return ws;
  return updateScenario(ws, id, (s) => (s.anchoring[part] === partId ? s : { ...s, anchoring: { ...s.anchoring, [part]: partId } }));
};

export const applyAnchoringPreset = (ws: Workspace, id: string, presetId: string): Workspace => {
  const anchoring = anchoringOf(ws, presetId);
  if (!anchoring) return ws;
  return updateScenario(ws, id, (s) =>
    s.anchoring.political === anchoring.political && s.anchoring.employer === anchoring.employer && s.anchoring.host === anchoring.host ? s : { ...s, anchoring },
  );
};

export const setStaffing = (ws: Workspace, id: string, staffing: Estimate | null): Workspace => updateScenario(ws, id, (s) => field(s, 'staffing', staffing, sameOptional));
export const setScenarioCostPerFte = (ws: Workspace, id: string, cost: Estimate | null): Workspace =>
  updateScenario(ws, id, (s) => field(s, 'costPerFte', cost, sameOptional));

/** A funder's amount for one scenario; null (or the funder's default) goes back to the default. */
export function setFunding(ws: Workspace, id: string, funderId: string, amount: Estimate | null): Workspace {
  const funder = ws.funders.find((f) => f.id === funderId);
  if (!funder) return ws;
  return updateScenario(ws, id, (s) => {
    const current = s.funding[funderId] ?? null;
    const next = amount === null || sameEstimate(amount, funder.amount) ? null : amount;
    if (sameOptional(current, next)) return s;
    const funding = { ...s.funding };
    if (next) funding[funderId] = next;
    else delete funding[funderId];
    return { ...s, funding };
  });
}

export const setReserveDrawdown = (ws: Workspace, id: string, year: number, amount: number): Workspace =>
  updateScenario(ws, id, (s) => {
    const key = String(year);
    if ((s.reserveDrawdown[key] ?? 0) === amount) return s;
    const reserveDrawdown = { ...s.reserveDrawdown };
    if (amount === 0) delete reserveDrawdown[key];
    else reserveDrawdown[key] = amount;
    return { ...s, reserveDrawdown };
  });

/** Switching key keeps the other keys' settings out of the way: mixed starts at 50 %, custom from the populations. */
export function setAllocationKind(ws: Workspace, id: string, kind: AllocationKind): Workspace {
  return updateScenario(ws, id, (s) => {
    if (s.allocation.kind === kind) return s;
    switch (kind) {
      case 'population':
      case 'equal':
        return { ...s, allocation: { kind } };
      case 'mixed':
        return { ...s, allocation: { kind, equalPercent: 50 } };
      case 'custom':
        // Start custom weights from the population key, so the first edit is a small change.
        return { ...s, allocation: { kind, weights: Object.fromEntries(ws.municipalities.map((m) => [m.code, m.population])) } };
    }
  });
}

/** Entering a percentage is a choice of the mixed key. */
export const setEqualPercent = (ws: Workspace, id: string, percent: number): Workspace =>
  updateScenario(ws, id, (s) => (s.allocation.kind === 'mixed' && s.allocation.equalPercent === percent ? s : { ...s, allocation: { kind: 'mixed', equalPercent: percent } }));

export const setCustomWeight = (ws: Workspace, id: string, code: string, weight: number): Workspace =>
  updateScenario(ws, id, (s) => {
    if (s.allocation.kind !== 'custom' || s.allocation.weights[code] === weight) return s;
    return { ...s, allocation: { kind: 'custom', weights: { ...s.allocation.weights, [code]: weight } } };
  });

export const setStart = (ws: Workspace, id: string, start: YearMonth): Workspace =>
  updateScenario(ws, id, (s) => (s.start.year === start.year && s.start.month === start.month ? s : { ...s, start }));
export const setEnd = (ws: Workspace, id: string, end: YearMonth): Workspace =>
  updateScenario(ws, id, (s) => (s.end.year === end.year && s.end.month === end.month ? s : { ...s, end }));

// — Shared inputs —

export const renameWorkspace = (ws: Workspace, name: string): Workspace => {
  const trimmed = name.trim().slice(0, LIMITS.workspaceName);
  return trimmed && trimmed !== ws.name ? { ...ws, name: trimmed } : ws;
};

export function setPopulations(ws: Workspace, populations: Readonly<Record<string, number>>): Workspace {
  let changed = false;
  const municipalities = ws.municipalities.map((m) => {
    const p = populations[m.code];
    if (p === undefined || p === m.population) return m;
    changed = true;
    return { ...m, population: p };
  });
  return changed ? { ...ws, municipalities } : ws;
}

export const setPopulationReference = (ws: Workspace, date: string, source: string): Workspace =>
  ws.populationDate === date && ws.populationSource === source ? ws : { ...ws, populationDate: date, populationSource: source.slice(0, LIMITS.workspaceName) };

/** Switches every population to a shipped Statistics Denmark release. */
export function usePopulationRelease(ws: Workspace, date: string, source: string): Workspace {
  const populations: Record<string, number> = {};
  for (const m of ws.municipalities) {
    const p = referencePopulation(m.code, date);
    if (p !== undefined) populations[m.code] = p;
  }
  return setPopulationReference(setPopulations(ws, populations), date, source);
}

export type AssumptionValue =
  | { readonly key: 'costPerFte'; readonly value: Estimate }
  | { readonly key: 'openingReserve' | 'vulnerableBelow' | 'wageIndexation' | 'priceIndexation' | 'priceYear'; readonly value: number };

export function setAssumption(ws: Workspace, change: AssumptionValue): Workspace {
  const current = ws.assumptions[change.key];
  const same = typeof current === 'number' ? current === change.value : sameEstimate(current, change.value as Estimate);
  return same ? ws : { ...ws, assumptions: { ...ws.assumptions, [change.key]: change.value } as Assumptions };
}

/** The catalogue's default effort or amount: every scenario without its own value follows. */
export const setCatalogueTask = (ws: Workspace, taskId: string, patch: Partial<Pick<CatalogueTask, 'effort' | 'activity'>>): Workspace => {
  const catalogue = replaceById(ws.catalogue, taskId, (t) => {
    const effort = patch.effort && !sameEstimate(patch.effort, t.effort) ? patch.effort : t.effort;
    const activity = patch.activity && !sameEstimate(patch.activity, t.activity) ? patch.activity : t.activity;
    return effort === t.effort && activity === t.activity ? t : { ...t, effort, activity };
  });
  return catalogue === ws.catalogue ? ws : { ...ws, catalogue };
};

export const setCriterionWeight = (ws: Workspace, id: CriterionId, weight: number): Workspace => {
  const criteria = ws.criteria.map((c) => (c.id === id && c.weight !== weight ? { ...c, weight } : c));
  return criteria.every((c, i) => c === ws.criteria[i]) ? ws : { ...ws, criteria };
};

/** A part's score on one criterion; null removes it (the part no longer speaks to the criterion). */
export function setPartScore(ws: Workspace, part: AnchoringPart, partId: string, criterion: CriterionId, score: number | null): Workspace {
  const patch = <T extends { scores: Readonly<Partial<Record<CriterionId, number>>> }>(p: T): T => {
    if ((p.scores[criterion] ?? null) === score) return p;
    const scores = { ...p.scores };
    if (score === null) delete scores[criterion];
    else scores[criterion] = score;
    return { ...p, scores };
  };
  if (part === 'political') {
    const political = replaceById(ws.political, partId, patch);
    return political === ws.political ? ws : { ...ws, political };
  }
  if (part === 'employer') {
    const employers = replaceById(ws.employers, partId, patch);
    return employers === ws.employers ? ws : { ...ws, employers };
  }
  const hosts = replaceById(ws.hosts, partId, patch);
  return hosts === ws.hosts ? ws : { ...ws, hosts };
}

export const setEmployerAdminCost = (ws: Workspace, id: string, adminCost: Estimate): Workspace => {
  const employers = replaceById(ws.employers, id, (e) => field(e, 'adminCost', adminCost, sameEstimate));
  return employers === ws.employers ? ws : { ...ws, employers };
};

export const setHostCost = (ws: Workspace, id: string, key: 'costPerFte' | 'fixedCost', value: Estimate): Workspace => {
  const hosts = replaceById(ws.hosts, id, (h) => field(h, key, value, sameEstimate));
  return hosts === ws.hosts ? ws : { ...ws, hosts };
};

/** Makes a member municipality available as employer (and daily manager). */
export function addMunicipalityEmployer(ws: Workspace, code: string): Workspace {
  const m = ws.municipalities.find((x) => x.code === code);
  if (!m || ws.employers.some((e) => e.id === municipalityEmployerId(code)) || ws.employers.length >= LIMITS.parts) return ws;
  return { ...ws, employers: [...ws.employers, municipalityEmployer(m)] };
}

/** Makes a member municipality available as host, paying rent, IT and HR. */
export function addMunicipalityHost(ws: Workspace, code: string): Workspace {
  const m = ws.municipalities.find((x) => x.code === code);
  if (!m || ws.hosts.some((h) => h.id === municipalityHostId(code)) || ws.hosts.length >= LIMITS.parts) return ws;
  return { ...ws, hosts: [...ws.hosts, municipalityHost(m)] };
}

export type FunderPatch = Partial<Pick<Funder, 'name' | 'kind' | 'unit' | 'amount' | 'from' | 'to' | 'approvedAmount'>>;
export const setFunder = (ws: Workspace, id: string, patch: FunderPatch): Workspace => {
  const funders = replaceById(ws.funders, id, (f) => {
    const next = { ...f, ...patch };
    return JSON.stringify(next) === JSON.stringify(f) ? f : next;
  });
  return funders === ws.funders ? ws : { ...ws, funders };
};

export const addFunder = (ws: Workspace, funder: Funder, at = ws.funders.length): Workspace => {
  if (!roomForFunder(ws) || ws.funders.some((f) => f.id === funder.id)) return ws;
  const funders = [...ws.funders];
  funders.splice(Math.max(0, Math.min(at, funders.length)), 0, funder);
  return { ...ws, funders };
};

/** Removing a funder also drops each scenario's amount for it. */
export function removeFunder(ws: Workspace, id: string): Workspace {
  if (!ws.funders.some((f) => f.id === id)) return ws;
  return {
    ...ws,
    funders: ws.funders.filter((f) => f.id !== id),
    scenarios: ws.scenarios.map((s) => {
      if (!(id in s.funding)) return s;
      const { [id]: _removed, ...funding } = s.funding;
      return { ...s, funding };
    }),
  };
}

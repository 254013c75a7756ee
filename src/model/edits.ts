/**
 * Edits a user makes, as pure functions from one workspace to the next. The store applies
 * them and keeps the previous workspace for undo; nothing here mutates.
 */
import { presetScenario } from './defaults';
import type { Estimate } from './estimate';
import type { AnchoringModelId, Assumptions, CriterionId, Scenario, Task, Workspace } from './types';

const replaceById = <T extends { id: string }>(items: readonly T[], id: string, patch: (item: T) => T): T[] =>
  items.map((item) => (item.id === id ? patch(item) : item));

export const updateScenario = (ws: Workspace, id: string, patch: (s: Scenario) => Scenario): Workspace => ({
  ...ws,
  scenarios: replaceById(ws.scenarios, id, patch),
});

/** A fresh id no other scenario in the workspace uses. */
export function newScenarioId(ws: Workspace, prefix = 'scenario'): string {
  const taken = new Set(ws.scenarios.map((s) => s.id));
  for (let n = ws.scenarios.length + 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function addScenario(ws: Workspace, name: string): Workspace {
  const scenario = { ...presetScenario(2, newScenarioId(ws)), name };
  return { ...ws, scenarios: [...ws.scenarios, scenario] };
}

export function duplicateScenario(ws: Workspace, id: string, name: (original: string) => string): Workspace {
  const index = ws.scenarios.findIndex((s) => s.id === id);
  const original = ws.scenarios[index];
  if (!original) return ws;
  const copy: Scenario = { ...original, id: newScenarioId(ws), name: name(original.name) };
  const scenarios = [...ws.scenarios];
  scenarios.splice(index + 1, 0, copy);
  return { ...ws, scenarios };
}

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

export const setBaseline = (ws: Workspace, id: string): Workspace => ({ ...ws, baselineScenarioId: id });

/** Switches one task for a scenario; a switch equal to the level's preset is dropped. */
export function switchTask(ws: Workspace, scenarioId: string, taskId: string, on: boolean): Workspace {
  const task = ws.tasks.find((t) => t.id === taskId);
  if (!task) return ws;
  return updateScenario(ws, scenarioId, (s) => {
    const taskSwitches = { ...s.taskSwitches };
    if (on === task.level <= s.ambitionLevel) delete taskSwitches[taskId];
    else taskSwitches[taskId] = on;
    return { ...s, taskSwitches };
  });
}

/** Picking a level resets the single switches: the level is a preset portfolio. */
export const setAmbitionLevel = (ws: Workspace, scenarioId: string, level: Scenario['ambitionLevel']): Workspace =>
  updateScenario(ws, scenarioId, (s) => ({ ...s, ambitionLevel: level, taskSwitches: {} }));

export const updateTask = (ws: Workspace, taskId: string, patch: Partial<Pick<Task, 'fte' | 'activityCost'>>): Workspace => ({
  ...ws,
  tasks: replaceById(ws.tasks, taskId, (t) => ({ ...t, ...patch })),
});

export const updateAssumptions = (ws: Workspace, patch: Partial<Assumptions>): Workspace => ({
  ...ws,
  assumptions: { ...ws.assumptions, ...patch },
});

export const setPopulation = (ws: Workspace, code: string, population: number): Workspace => ({
  ...ws,
  municipalities: ws.municipalities.map((m) => (m.code === code ? { ...m, population } : m)),
});

export const setCriterionWeight = (ws: Workspace, id: CriterionId, weight: number): Workspace => ({
  ...ws,
  criteria: ws.criteria.map((c) => (c.id === id ? { ...c, weight } : c)),
});

export const setCriterionScore = (ws: Workspace, model: AnchoringModelId, id: CriterionId, score: number): Workspace => ({
  ...ws,
  anchoringModels: replaceById(ws.anchoringModels, model, (m) => ({ ...m, scores: { ...m.scores, [id]: score } })),
});

export const setAdminOverhead = (ws: Workspace, model: AnchoringModelId, overhead: Estimate): Workspace => ({
  ...ws,
  anchoringModels: replaceById(ws.anchoringModels, model, (m) => ({ ...m, adminOverhead: overhead })),
});

/** Changing the horizon keeps the drawdowns already entered and pads new years with 0. */
export function setHorizonYears(s: Scenario, years: number): Scenario {
  const reserveDrawdown = Array.from({ length: years }, (_, i) => s.funding.reserveDrawdown[i] ?? 0);
  return { ...s, years, funding: { ...s.funding, reserveDrawdown } };
}

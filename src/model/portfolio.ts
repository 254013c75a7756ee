/**
 * A scenario's own task portfolio: the catalogue task as the default, the scenario's override on
 * top, and the tasks the user added. "Differs" means the scenario departs from the catalogue.
 */
import { sameEstimate, sum, type Estimate } from './estimate';
import type { CatalogueTask, CustomTask, Scenario, TaskCategory } from './types';

export interface PortfolioTask {
  readonly id: string;
  readonly category: TaskCategory;
  readonly on: boolean;
  readonly effort: Estimate;
  readonly activity: Estimate;
  readonly firstYear: number | null;
  /** The catalogue task, or null for a task the user added. */
  readonly catalogue: CatalogueTask | null;
  readonly custom: CustomTask | null;
  /** Which settings depart from the catalogue (all of them for an added task). */
  readonly differs: { readonly on: boolean; readonly effort: boolean; readonly activity: boolean };
}

/** Whether a level holds a catalogue task of `taskLevel`: T11's levels build on each other (seed 001). */
export const inLevel = (taskLevel: number, level: number): boolean => taskLevel <= level;

export function portfolio(catalogue: readonly CatalogueTask[], scenario: Scenario): PortfolioTask[] {
  const fromCatalogue = catalogue.map((task): PortfolioTask => {
    const o = scenario.tasks[task.id];
    const byLevel = inLevel(task.level, scenario.ambitionLevel);
    const on = o?.on ?? byLevel;
    const effort = o?.effort ?? task.effort;
    const activity = o?.activity ?? task.activity;
    return {
      id: task.id,
      category: task.category,
      on,
      effort,
      activity,
      firstYear: task.firstYear,
      catalogue: task,
      custom: null,
      differs: { on: on !== byLevel, effort: !sameEstimate(effort, task.effort), activity: !sameEstimate(activity, task.activity) },
    };
  });
  const added = scenario.customTasks.map(
    (task): PortfolioTask => ({
      id: task.id,
      category: task.category,
      on: task.on,
      effort: task.effort,
      activity: task.activity,
      firstYear: null,
      catalogue: null,
      custom: task,
      differs: { on: true, effort: true, activity: true },
    }),
  );
  return [...fromCatalogue, ...added];
}

/** Tasks on in the scenario and carried in the given year. */
export const activeIn = (tasks: readonly PortfolioTask[], year: number): PortfolioTask[] =>
  tasks.filter((t) => t.on && (t.firstYear === null || t.firstYear <= year));

export const totalEffort = (tasks: readonly PortfolioTask[]): Estimate => sum(tasks.map((t) => t.effort));
export const totalActivity = (tasks: readonly PortfolioTask[]): Estimate => sum(tasks.map((t) => t.activity));


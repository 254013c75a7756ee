/** Which tasks a scenario runs: the level's preset, then the single switches on top. */
import type { Scenario, Task } from './types';

export const isTaskActive = (task: Task, scenario: Scenario): boolean =>
  scenario.taskSwitches[task.id] ?? task.level <= scenario.ambitionLevel;

export const activeTasks = (tasks: readonly Task[], scenario: Scenario): Task[] =>
  tasks.filter((task) => isTaskActive(task, scenario));

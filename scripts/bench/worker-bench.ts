/**
 * The Monte Carlo simulation in Chromium, through the app's real worker client, on a page of its
 * own. (An edit's recompute is not timed here: a worker round trip on an empty page says nothing
 * about what a user waits for. Enter → painted frame is measured on the app itself, by
 * scripts/bench/frame-bench.ts.)
 */
import { applyCommand, span, type Command, type Workspace } from '../../src/model';
import { createBackgroundWork } from '../../src/ui/state/background';
import { defaultWorkspace, summarise } from './workloads';

/** Eight scenarios with ranges on cost per FTE, base grant and two tasks' costs. */
function uncertainWorkspace(): Workspace {
  const commands: Command[] = [{ type: 'setAssumption', change: { key: 'costPerFte', value: span(500_000, 625_000, 550_000) } }];
  for (const id of ['level-1', 'level-2', 'level-3', 'level-4']) commands.push({ type: 'duplicateScenario', sourceId: id, scenarioId: `${id}-b`, name: `${id} B` });
  for (const id of ['level-1', 'level-2', 'level-3', 'level-4']) commands.push({ type: 'setFunding', scenarioId: id, funderId: 'brn', amount: span(1_000_000, 1_500_000, 1_250_000) });
  commands.push({ type: 'setCatalogueTask', taskId: 'other-ad-hoc', activity: span(100_000, 300_000, 200_000) });
  commands.push({ type: 'setCatalogueTask', taskId: 'guidance-joint-meetings', activity: span(100_000, 200_000, 150_000) });
  const ws = commands.reduce(applyCommand, defaultWorkspace());
  return { ...ws, scenarios: ws.scenarios.filter((s) => s.id !== 't11-recommendation') };
}

async function simulations(runs: number) {
  const background = createBackgroundWork();
  const ws = uncertainWorkspace();
  const options = { samples: 10_000, seed: 1, shape: 'pert' as const, thresholdPerInhabitant: 2 };
  for (let i = 0; i < 3; i++) await background.simulate(undefined, ws, options);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await background.simulate(undefined, ws, { ...options, seed: i + 2 });
    samples.push(performance.now() - start);
  }
  background.stop();
  return summarise(samples);
}

const rows = [{ name: 'Monte Carlo 10.000 samples × 8 scenarios, PERT (worker)', target: 100, ...(await simulations(20)) }];
(window as unknown as { benchRows: unknown }).benchRows = rows;
document.getElementById('status')!.textContent = 'done';

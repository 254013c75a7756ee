/**
 * The worker in Chromium: a Monte Carlo run, and the recompute round trip of one edit through
 * the real worker (delta out, changed results back) on an empty page. The number a user feels,
 * Enter to painted frame, is measured on the app itself (scripts/bench/frame-bench.mjs).
 */
import { applyCommand, point, span, type Command, type Workspace } from '../../src/model';
import type { SharedInputs, WorkspaceDelta } from '../../workers/compute-api';
import { createBackgroundWork } from '../../src/ui/state/background';
import { defaultWorkspace, largeWorkspace, summarise } from './workloads';

const full = (ws: Workspace, revision: number): WorkspaceDelta => {
  const { scenarios, ...shared } = ws;
  return { workspaceId: ws.id, revision, base: null, shared: shared as SharedInputs, order: scenarios.map((s) => s.id), changed: scenarios };
};

async function roundTrips(ws: Workspace, runs: number) {
  const background = createBackgroundWork();
  await background.sync(undefined, full(ws, 0));
  let current = ws;
  const samples: number[] = [];
  for (let i = 1; i <= runs + 10; i++) {
    current = applyCommand(current, { type: 'setFunding', scenarioId: current.scenarios[0]!.id, funderId: 'brn', amount: point(1_000_000 + i) });
    const start = performance.now();
    await background.sync(undefined, { workspaceId: ws.id, revision: i, base: i - 1, order: current.scenarios.map((s) => s.id), changed: [current.scenarios[0]!] });
    if (i > 10) samples.push(performance.now() - start);
  }
  background.stop();
  return summarise(samples);
}

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

const rows = [
  { name: 'Monte Carlo 10.000 samples × 8 scenarios, PERT (worker)', target: 100, ...(await simulations(20)) },
  { name: 'Edit → results via worker, default workspace (round trip only)', target: 8, ...(await roundTrips(defaultWorkspace(), 200)) },
  { name: 'Edit → results via worker, 98 × 50 × 10 (round trip only)', target: 20, ...(await roundTrips(largeWorkspace(), 40)) },
];
(window as unknown as { benchRows: unknown }).benchRows = rows;
document.getElementById('status')!.textContent = 'done';

/**
 * Edit → result round trip through the real compute worker in Chromium: each sample changes
 * the base grant (as a user's edit does) and awaits the worker's result.
 */
import { createComputeClient } from '../../workers/compute-client';
import { edits, span, type Workspace } from '../../src/model';
import { defaultWorkspace, largeWorkspace, summarise } from './workloads';

async function roundTrips(ws: Workspace, runs: number) {
  const client = createComputeClient();
  const edit = (i: number): Workspace => ({
    ...ws,
    scenarios: ws.scenarios.map((s, k) => (k === 0 ? { ...s, funding: { ...s.funding, baseGrant: { low: 1e6 + i, central: 1e6 + i, high: 1e6 + i } } } : s)),
  });
  for (let i = 0; i < 10; i++) await client.compute(edit(i)); // start the worker, warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await client.compute(edit(i));
    samples.push(performance.now() - start);
  }
  client.stop();
  return summarise(samples);
}

/** 8 scenarios with ranges on cost per FTE, base grant and two tasks' costs. */
function uncertainWorkspace(): Workspace {
  let ws = edits.updateAssumptions(defaultWorkspace(), { costPerFte: span(450_000, 575_000, 500_000) });
  for (const id of ['level-1', 'level-2', 'level-3', 'level-4']) ws = edits.duplicateScenario(ws, id, (n) => `${n} B`);
  ws = { ...ws, scenarios: ws.scenarios.map((s) => ({ ...s, funding: { ...s.funding, baseGrant: span(1_000_000, 1_500_000, 1_250_000) } })) };
  ws = edits.updateTask(ws, 'other-ad-hoc', { activityCost: span(100_000, 300_000, 200_000) });
  return edits.updateTask(ws, 'guidance-joint-meetings', { activityCost: span(100_000, 200_000, 150_000) });
}

async function simulations(runs: number) {
  const client = createComputeClient();
  const ws = uncertainWorkspace();
  const options = { samples: 10_000, seed: 1, shape: 'pert' as const, thresholdPerInhabitant: 2 };
  for (let i = 0; i < 3; i++) await client.simulate(ws, options);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await client.simulate(ws, { ...options, seed: i + 2 });
    samples.push(performance.now() - start);
  }
  client.stop();
  return summarise(samples);
}

const rows = [
  { name: 'Monte Carlo 10.000 samples × 8 scenarios, PERT (worker)', target: 100, ...(await simulations(20)) },
  { name: 'Edit → result via worker, default workspace (Chromium)', target: 8, ...(await roundTrips(defaultWorkspace(), 300)) },
  { name: 'Edit → result via worker, 98 × 50 × 10 (Chromium)', target: 50, ...(await roundTrips(largeWorkspace(), 30)) },
];
(window as unknown as { benchRows: unknown }).benchRows = rows;
document.getElementById('status')!.textContent = 'done';

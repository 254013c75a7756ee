/**
 * Edit → result round trip through the real compute worker in Chromium: each sample changes
 * the base grant (as a user's edit does) and awaits the worker's result.
 */
import { createComputeClient } from '../../workers/compute-client';
import type { Workspace } from '../../src/model';
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

const rows = [
  { name: 'Edit → result via worker, default workspace (Chromium)', target: 8, ...(await roundTrips(defaultWorkspace(), 300)) },
  { name: 'Edit → result via worker, 98 × 50 × 10 (Chromium)', target: 50, ...(await roundTrips(largeWorkspace(), 30)) },
];
(window as unknown as { benchRows: unknown }).benchRows = rows;
document.getElementById('status')!.textContent = 'done';

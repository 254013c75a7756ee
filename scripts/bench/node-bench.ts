/** Full recompute timings in node; prints JSON rows for scripts/bench.mjs to tabulate. */
import { computeWorkspace, type Workspace } from '../../src/model';
import { defaultWorkspace, largeWorkspace, summarise } from './workloads';

function time(ws: Workspace, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(50, runs); i++) computeWorkspace(ws); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    computeWorkspace(ws);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const rows = [
  { name: 'Full recompute, default workspace (node)', target: 1, ...time(defaultWorkspace(), 2000) },
  { name: 'Full recompute, 98 × 50 × 10 with ranges (node)', target: 50, ...time(largeWorkspace(), 40) },
];
console.log(JSON.stringify(rows));

/** Full and one-scenario recompute timings in node; prints JSON rows for scripts/bench.mjs to tabulate. */
import { applyCommand, computeWorkspace, createWorkspaceComputer, point, type Workspace } from '../../src/model';
import { defaultWorkspace, largeWorkspace, summarise } from './workloads';

function time(run: (i: number) => void, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) run(i); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** One scenario's base grant changes, as a user's edit does; the computer keeps the others. */
function oneScenario(ws: Workspace) {
  const compute = createWorkspaceComputer();
  let current = ws;
  compute(current);
  return (i: number) => {
    current = applyCommand(current, { type: 'setFunding', scenarioId: current.scenarios[0]!.id, funderId: 'brn', amount: point(1_000_000 + i) });
    compute(current);
  };
}

const large = largeWorkspace();
const rows = [
  { name: 'Full recompute, default workspace (node)', target: 1, ...time(() => computeWorkspace(defaultWorkspace()), 500) },
  { name: 'Full recompute, 98 × 50 × 10, distinct years (node)', target: 50, ...time(() => computeWorkspace(large), 20) },
  { name: 'One-scenario edit, 98 × 50 × 10, distinct years (node)', target: 5, ...time(oneScenario(large), 100) },
];
console.log(JSON.stringify(rows));

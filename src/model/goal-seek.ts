/**
 * Goal seek: the value of one input that brings one result of one scenario's typical year to a
 * target — the base grant that keeps the supplement at 0, the staffing affordable within 2 mio.
 * Every output here is a cost to someone, so "meets the target" means "at most the target": for
 * an output that grows with the input the answer is the largest value that meets it (the most
 * FTE), for one that falls the smallest (the least grant). Results are monotone in each input,
 * so bisection on the full model finds the boundary.
 */
import type { Command } from './commands';
import { computeWorkspace } from './compute';
import { setFunding, setScenarioCostPerFte, setStaffing } from './edits';
import { point } from './estimate';
import { LIMITS } from './limits';
import type { Workspace } from './types';

/** `funding:<funderId>` for a kroner funder, staffing in hundredths of an FTE, or the cost per FTE. */
export type SeekInput = 'staffing' | 'costPerFte' | `funding:${string}`;
export type SeekOutput = 'supplement' | 'supplementPerInhabitant' | 'totalCost';

export interface SeekRequest {
  readonly scenarioId: string;
  readonly input: SeekInput;
  readonly output: SeekOutput;
  readonly target: number;
}

export type SeekResult =
  | {
      readonly ok: true;
      readonly value: number;
      readonly achieved: number;
      /**
       * Where a cost per FTE is sought and the answer lies outside the range assumed for it (the
       * scenario's own, else the workspace's): that range, and on which side. Bisection answered
       * 279.348 kr. against an assumed 550.000–750.000 without a word, read as a plan.
       */
      readonly outsideRange?: { readonly side: 'below' | 'above'; readonly low: number; readonly high: number };
    }
  | { readonly ok: false; readonly reason: 'noSolution'; readonly reachable: { readonly min: number; readonly max: number } };

/** Where each input is searched: whole kroner, whole hundredths of an FTE. */
export const seekRange = (input: SeekInput): { min: number; max: number } =>
  input === 'staffing' ? { min: 0, max: 10_000 } : { min: 0, max: input === 'costPerFte' ? 5_000_000 : 100_000_000 };

/** The inputs a scenario can be sought on: staffing, cost per FTE and each funder paid in kroner. */
export const seekInputs = (ws: Workspace): SeekInput[] => ['staffing', 'costPerFte', ...ws.funders.filter((f) => f.unit === 'kr').map((f): SeekInput => `funding:${f.id}`)];

/** The command that puts a value found into the scenario, as the user's own single figure. */
export function seekCommand(scenarioId: string, input: SeekInput, value: number): Command {
  const v = point(value);
  if (input === 'staffing') return { type: 'setStaffing', scenarioId, staffing: v };
  if (input === 'costPerFte') return { type: 'setScenarioCostPerFte', scenarioId, cost: v };
  return { type: 'setFunding', scenarioId, funderId: input.slice('funding:'.length), amount: v };
}

// seekCommand's edits themselves, not its command: a value tried midway is never refused or
// recorded, and the worker's analysis chunk does without every command's handler and the rules'
// check (applying seekCommand's command here made it 72 → 87 kB).
function withInput(ws: Workspace, scenarioId: string, input: SeekInput, value: number): Workspace {
  const v = point(value);
  if (input === 'staffing') return setStaffing(ws, scenarioId, v);
  if (input === 'costPerFte') return setScenarioCostPerFte(ws, scenarioId, v);
  return setFunding(ws, scenarioId, input.slice('funding:'.length), v);
}

export function goalSeek(full: Workspace, request: SeekRequest): SeekResult {
  const { min, max } = seekRange(request.input);
  // The other scenarios do not move: compute the one sought.
  const ws: Workspace = { ...full, scenarios: full.scenarios.filter((s) => s.id === request.scenarioId), baselineScenarioId: null };
  const evaluate = (x: number) => {
    const r = computeWorkspace(withInput(ws, request.scenarioId, request.input, x)).scenarios[0];
    if (!r) throw new Error(`Unknown scenario: ${request.scenarioId}`);
    const y = r.years[r.typicalIndex]!;
    return request.output === 'totalCost' ? y.cost.total.central : request.output === 'supplement' ? y.supplement.central : y.supplementPerInhabitant.central;
  };
  const atMin = evaluate(min);
  const atMax = evaluate(max);
  const increasing = atMax >= atMin;
  const meets = (x: number) => evaluate(x) <= request.target;
  const reachable = { min: Math.min(atMin, atMax), max: Math.max(atMin, atMax) };
  if (!meets(increasing ? min : max)) return { ok: false, reason: 'noSolution', reachable };
  // Integer bisection between a value that meets the target and one that does not.
  let good = increasing ? min : max;
  let bad = increasing ? max : min;
  if (meets(bad)) return found(full, request, bad, evaluate(bad));
  while (Math.abs(bad - good) > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (meets(mid)) good = mid;
    else bad = mid;
  }
  return found(full, request, Math.max(0, Math.min(LIMITS.kroner, good)), evaluate(good));
}

function found(ws: Workspace, request: SeekRequest, value: number, achieved: number): SeekResult {
  const assumed = request.input === 'costPerFte' ? (ws.scenarios.find((s) => s.id === request.scenarioId)?.costPerFte ?? ws.assumptions.costPerFte) : null;
  // A single figure is no range to lie outside: any other answer would be "outside" it.
  if (!assumed || assumed.low === assumed.high || (value >= assumed.low && value <= assumed.high)) return { ok: true, value, achieved };
  return { ok: true, value, achieved, outsideRange: { side: value < assumed.low ? 'below' : 'above', low: assumed.low, high: assumed.high } };
}

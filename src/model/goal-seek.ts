/**
 * Goal seek: the value of one input that brings one result of one scenario to a target —
 * the base grant that keeps the supplement at 0, the FTE affordable within 2,0 mio. Results
 * are monotone in each input, so bisection on the full model finds the boundary; when the
 * target lies outside what the input's search range can reach, the answer says so.
 */
import { computeWorkspace } from './compute';
import { updateScenario } from './edits';
import { point } from './estimate';
import type { ScenarioResult } from './results';
import type { AnchoringModelId, Workspace } from './types';

export type SeekInput = 'baseGrant' | 'region' | 'external' | 'staffingFte' | 'costPerFte';
export type SeekOutput = 'supplement' | 'supplementPerInhabitant' | 'totalCost';

export interface SeekRequest {
  readonly scenarioId: string;
  readonly input: SeekInput;
  readonly output: SeekOutput;
  readonly target: number;
}

export type SeekResult =
  | { readonly ok: true; readonly value: number; readonly achieved: number }
  | { readonly ok: false; readonly reason: 'noSolution'; readonly reachable: { readonly min: number; readonly max: number } };

/** Where each input is searched; money to the krone, staffing to 0,01 FTE. */
export const SEEK_RANGES: Readonly<Record<SeekInput, { readonly min: number; readonly max: number; readonly step: number }>> = {
  baseGrant: { min: 0, max: 50_000_000, step: 1 },
  region: { min: 0, max: 50_000_000, step: 1 },
  external: { min: 0, max: 50_000_000, step: 1 },
  staffingFte: { min: 0, max: 100, step: 0.01 },
  costPerFte: { min: 0, max: 5_000_000, step: 1 },
};

function withInput(ws: Workspace, scenarioId: string, input: SeekInput, value: number): Workspace {
  const v = point(value);
  return updateScenario(ws, scenarioId, (s) => {
    switch (input) {
      case 'staffingFte':
        return { ...s, staffingFte: v };
      case 'costPerFte':
        return { ...s, costPerFte: v };
      default:
        return { ...s, funding: { ...s.funding, [input]: v } };
    }
  });
}

const outputOf = (r: ScenarioResult, output: SeekOutput): number =>
  output === 'totalCost' ? r.typicalYear.cost.total.central : output === 'supplement' ? r.typicalYear.supplement.central : r.typicalYear.supplementPerInhabitant.central;

export function goalSeek(ws: Workspace, request: SeekRequest): SeekResult {
  const { min, max, step } = SEEK_RANGES[request.input];
  const evaluate = (x: number) => {
    const r = computeWorkspace(withInput(ws, request.scenarioId, request.input, x)).scenarios.find((s) => s.scenarioId === request.scenarioId);
    if (!r) throw new Error(`Unknown scenario: ${request.scenarioId}`);
    return outputOf(r, request.output);
  };
  const atMin = evaluate(min);
  const atMax = evaluate(max);
  const increasing = atMax >= atMin;
  const lowest = Math.min(atMin, atMax);
  const highest = Math.max(atMin, atMax);
  if (request.target < lowest || request.target > highest) return { ok: false, reason: 'noSolution', reachable: { min: lowest, max: highest } };

  // The smallest input whose result has reached the target (from below when increasing,
  // from above when decreasing): for a clamped result such as the supplement, the boundary.
  const reached = (x: number) => (increasing ? evaluate(x) >= request.target : evaluate(x) <= request.target);
  let lo = min;
  let hi = max;
  while (hi - lo > step / 2) {
    const mid = (lo + hi) / 2;
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  // Snap to the input's step, and take the step that reaches the target.
  let value = Math.round(hi / step) * step;
  if (!reached(value)) value += step;
  value = Number(value.toFixed(6));
  return { ok: true, value, achieved: evaluate(value) };
}

export interface BreakEven {
  readonly model: AnchoringModelId;
  /** The yearly administration overhead at which this model costs as much as BRN. */
  readonly overhead: number;
  readonly currentOverhead: number;
}

/** For one scenario: the overhead at which each other model costs exactly as much as BRN. */
export function breakEvenOverheads(ws: Workspace, scenarioId: string): BreakEven[] {
  const scenario = ws.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return [];
  const costWith = (model: AnchoringModelId) =>
    computeWorkspace(updateScenario(ws, scenarioId, (s) => ({ ...s, anchoring: model }))).scenarios.find((s) => s.scenarioId === scenarioId)!.typicalYear;
  const brn = costWith('brn');
  return ws.anchoringModels
    .filter((m) => m.id !== 'brn')
    .map((m) => {
      const year = costWith(m.id);
      // Cost is linear in the overhead: move it by the difference, scaled to the year.
      const difference = (brn.cost.total.central - year.cost.total.central) / year.yearFraction;
      return { model: m.id, overhead: m.adminOverhead.central + difference, currentOverhead: m.adminOverhead.central };
    });
}

/**
 * The compute worker's API: plain functions over src/model. A rule the workspace breaks, or a
 * bug, comes back as a value rather than a thrown error, so the worker stays alive and the
 * caller gets a typed reason.
 */
import {
  breakEvenOverheads,
  computeWorkspace,
  goalSeek,
  ModelValidationError,
  monteCarlo,
  scenarioFormulas,
  tornado,
  type BreakEven,
  type MonteCarloOptions,
  type MonteCarloScenario,
  type SeekRequest,
  type SeekResult,
  type Tornado,
  type ValidationIssue,
  type Workspace,
  type WorkspaceResult,
} from '../src/model';

export type ComputeFailure =
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'internal'; readonly message: string };

export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly failure: ComputeFailure };
export type ComputeOutcome = Outcome<WorkspaceResult>;

/** Every function below goes through computeWorkspace, which validates; this turns its errors into values. */
function guarded<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof ModelValidationError) return { ok: false, failure: { kind: 'invalid', issues: error.issues } };
    return { ok: false, failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

export const compute = (workspace: Workspace): ComputeOutcome => guarded(() => computeWorkspace(workspace));

export const simulate = (workspace: Workspace, options: MonteCarloOptions): Outcome<MonteCarloScenario[]> =>
  guarded(() => monteCarlo(scenarioFormulas(workspace), options));

export const sensitivity = (workspace: Workspace): Outcome<Tornado[]> => guarded(() => scenarioFormulas(workspace).map(tornado));

export const seek = (workspace: Workspace, request: SeekRequest): Outcome<SeekResult> => guarded(() => goalSeek(workspace, request));

export const breakEven = (workspace: Workspace, scenarioId: string): Outcome<BreakEven[]> => guarded(() => breakEvenOverheads(workspace, scenarioId));

export const computeApi = { compute, simulate, sensitivity, seek, breakEven };
export type ComputeApi = typeof computeApi;

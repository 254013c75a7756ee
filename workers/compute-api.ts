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
  validateWorkspace,
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

function guarded<T>(workspace: Workspace, run: () => T): Outcome<T> {
  try {
    const issues = validateWorkspace(workspace);
    if (issues.length > 0) throw new ModelValidationError(issues);
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof ModelValidationError) return { ok: false, failure: { kind: 'invalid', issues: error.issues } };
    return { ok: false, failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

export const compute = (workspace: Workspace): ComputeOutcome => guarded(workspace, () => computeWorkspace(workspace));

export const simulate = (workspace: Workspace, options: MonteCarloOptions): Outcome<MonteCarloScenario[]> =>
  guarded(workspace, () => monteCarlo(scenarioFormulas(workspace), options));

export const sensitivity = (workspace: Workspace): Outcome<Tornado[]> => guarded(workspace, () => scenarioFormulas(workspace).map(tornado));

export const seek = (workspace: Workspace, request: SeekRequest): Outcome<SeekResult> => guarded(workspace, () => goalSeek(workspace, request));

export const breakEven = (workspace: Workspace, scenarioId: string): Outcome<BreakEven[]> => guarded(workspace, () => breakEvenOverheads(workspace, scenarioId));

export const computeApi = { compute, simulate, sensitivity, seek, breakEven };
export type ComputeApi = typeof computeApi;

/**
 * The compute worker's API: plain functions over src/model. A rule the workspace breaks, or a
 * bug, comes back as a value rather than a thrown error, so the worker stays alive and the
 * caller gets a typed reason.
 */
import { computeWorkspace, ModelValidationError, type ValidationIssue, type Workspace, type WorkspaceResult } from '../src/model';

export type ComputeFailure =
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'internal'; readonly message: string };

export type ComputeOutcome =
  | { readonly ok: true; readonly result: WorkspaceResult }
  | { readonly ok: false; readonly failure: ComputeFailure };

export function compute(workspace: Workspace): ComputeOutcome {
  try {
    return { ok: true, result: computeWorkspace(workspace) };
  } catch (error) {
    if (error instanceof ModelValidationError) return { ok: false, failure: { kind: 'invalid', issues: error.issues } };
    return { ok: false, failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

export const computeApi = { compute };
export type ComputeApi = typeof computeApi;

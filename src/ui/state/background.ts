/**
 * The one owner of background work. Two lanes of the compute worker: one keeps the results of
 * the open workspace current, one runs what a user asks for (simulation, sensitivity, goal
 * seek, anchoring comparison). Each call takes its AbortSignal first and can be aborted alone;
 * a simulation cancelled mid-run restarts only its own lane, and the recompute never waits for it.
 */
import type { MonteCarloOptions, MonteCarloScenario, SeekRequest, SeekResult, Tornado, AnchoringAlternative, Workspace, ExplainRequest, DecisionEntry, DecisionRecord, MeetingMemory, WorkspaceResult } from '../../model';
import type { FigureExplanation, ResultDelta, WorkspaceDelta } from '../../../workers/compute-api';
import { createLane, startComputeWorker, type WorkerHandle } from '../../../workers/compute-client';

export interface BackgroundOptions {
  readonly startWorker?: () => WorkerHandle;
  /** The recompute's watchdog: past this a compute is stopped and the figures marked stale. */
  readonly computeTimeoutMs?: number;
  readonly onComputeRestart?: () => void;
}

export function createBackgroundWork(options: BackgroundOptions = {}) {
  const start = options.startWorker ?? startComputeWorker;
  // The recompute is never terminated for an abort: its answer is dropped, and the worker keeps
  // the state the next delta builds on. Only the watchdog restarts it.
  const compute = createLane(start, { timeoutMs: options.computeTimeoutMs ?? 2_000, terminateAfterMs: Infinity, onRestart: options.onComputeRestart });
  // Analysis is what a user cancels: a cancelled call stops its worker at once.
  const analysis = createLane(start, { timeoutMs: 120_000, terminateAfterMs: 0 });

  return {
    sync: (signal: AbortSignal | undefined, delta: WorkspaceDelta): Promise<ResultDelta> => compute.call(signal, (api) => api.sync(delta)),
    /** Rides the recompute's lane: that worker holds the revision on screen. */
    explain: (signal: AbortSignal | undefined, workspaceId: string, revision: number, request: ExplainRequest): Promise<FigureExplanation> => compute.call(signal, (api) => api.explain(workspaceId, revision, request)),
    simulate: (signal: AbortSignal | undefined, ws: Workspace, o: MonteCarloOptions): Promise<MonteCarloScenario[]> => analysis.call(signal, (api) => api.simulate(ws, o)),
    sensitivity: (signal: AbortSignal | undefined, ws: Workspace): Promise<Tornado[]> => analysis.call(signal, (api) => api.sensitivity(ws)),
    seek: (signal: AbortSignal | undefined, ws: Workspace, request: SeekRequest): Promise<SeekResult> => analysis.call(signal, (api) => api.seek(ws, request)),
    anchorings: (signal: AbortSignal | undefined, ws: Workspace, scenarioId: string): Promise<AnchoringAlternative[]> => analysis.call(signal, (api) => api.anchorings(ws, scenarioId)),
    decide: (signal: AbortSignal | undefined, ws: Workspace, entry: DecisionEntry, made: { id: string; recordedAt: string; supersedes: string | null }): Promise<DecisionRecord> => analysis.call(signal, (api) => api.decide(ws, entry, made)),
    snapshot: (signal: AbortSignal | undefined, ws: Workspace): Promise<WorkspaceResult> => analysis.call(signal, (api) => api.snapshot(ws)),
    memory: (signal: AbortSignal | undefined, before: Workspace, after: Workspace): Promise<MeetingMemory> => analysis.call(signal, (api) => api.memory(before, after)),
    /** The recompute's worker starts loading at once: the first figures need it. */
    warm: (): void => compute.warm(),
    stop(): void {
      compute.stop();
      analysis.stop();
    },
  };
}

export type BackgroundWork = ReturnType<typeof createBackgroundWork>;

/**
 * The UI's door to the compute worker. The worker starts on first use, and a call can be
 * aborted: the busy worker is terminated and the next call starts a fresh one, so a long
 * simulation can be cancelled and a slow recompute never blocks the newest edit.
 */
import { wrap, type Remote } from 'comlink';
import type { BreakEven, MonteCarloOptions, MonteCarloScenario, SeekRequest, SeekResult, Tornado, Workspace, WorkspaceResult } from '../src/model';
import type { ComputeApi, ComputeFailure, Outcome } from './compute-api';

export class ComputeError extends Error {
  constructor(readonly failure: ComputeFailure) {
    super(failure.kind === 'invalid' ? 'The workspace breaks a rule of the model' : failure.message);
    this.name = 'ComputeError';
  }
}

export class ComputeAborted extends Error {
  constructor() {
    super('Compute aborted');
    this.name = 'ComputeAborted';
  }
}

interface Running {
  worker: Worker;
  api: Remote<ComputeApi>;
}

export function createComputeClient() {
  let running: Running | null = null;

  const start = (): Running => {
    if (!running) {
      const worker = new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'compute' });
      running = { worker, api: wrap<ComputeApi>(worker) };
    }
    return running;
  };

  const stop = (): void => {
    running?.worker.terminate();
    running = null;
  };

  async function call<T>(run: (api: Remote<ComputeApi>) => Promise<Outcome<T>>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new ComputeAborted();
    const { api } = start();
    const outcome = await new Promise<Outcome<T>>((resolve, reject) => {
      const onAbort = () => {
        stop();
        reject(new ComputeAborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      run(api).then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
    if (!outcome.ok) throw new ComputeError(outcome.failure);
    return outcome.result;
  }

  return {
    compute: (ws: Workspace, signal?: AbortSignal): Promise<WorkspaceResult> => call((api) => api.compute(ws), signal),
    simulate: (ws: Workspace, options: MonteCarloOptions, signal?: AbortSignal): Promise<MonteCarloScenario[]> => call((api) => api.simulate(ws, options), signal),
    sensitivity: (ws: Workspace): Promise<Tornado[]> => call((api) => api.sensitivity(ws)),
    seek: (ws: Workspace, request: SeekRequest): Promise<SeekResult> => call((api) => api.seek(ws, request)),
    breakEven: (ws: Workspace, scenarioId: string): Promise<BreakEven[]> => call((api) => api.breakEven(ws, scenarioId)),
    stop,
  };
}

export type ComputeClient = ReturnType<typeof createComputeClient>;

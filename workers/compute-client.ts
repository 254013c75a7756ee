/**
 * The UI's door to the compute worker: lanes that start a worker lazily, run one call at a
 * time, and let every call be aborted on its own (squoosh's bridge: the signal comes first).
 * Aborting a queued call just drops it; aborting the running call answers it at once and, for a
 * call that is really running long, terminates the worker — the queued calls then run on a
 * fresh one, so aborting one call never kills another. A watchdog does the same for a call
 * that runs past its time limit.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { ComputeApi, ComputeFailure, Outcome } from './compute-api';

export class ComputeError extends Error {
  constructor(readonly failure: ComputeFailure) {
    super(failure.kind === 'invalid' ? 'The workspace breaks a rule of the model' : failure.kind === 'internal' ? failure.message : 'out of step');
    this.name = 'ComputeError';
  }
}

export class ComputeAborted extends Error {
  constructor() {
    super('Compute aborted');
    this.name = 'ComputeAborted';
  }
}

export class ComputeTimeout extends Error {
  constructor() {
    super('Compute took too long');
    this.name = 'ComputeTimeout';
  }
}

export interface WorkerHandle {
  readonly endpoint: Endpoint;
  readonly terminate: () => void;
}

export interface LaneOptions {
  /** The watchdog: a call running longer than this is stopped and the worker restarted. */
  readonly timeoutMs: number;
  /** Aborting a call that has run at least this long terminates the worker (0 = always). */
  readonly terminateAfterMs: number;
  /** Told when the worker restarts, so a caller with state in the worker can send it afresh. */
  readonly onRestart?: () => void;
}

interface Job {
  readonly run: (api: Remote<ComputeApi>) => Promise<Outcome<unknown>>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly signal: AbortSignal | undefined;
  settled: boolean;
}

export function createLane(start: () => WorkerHandle, options: LaneOptions) {
  let worker: { handle: WorkerHandle; api: Remote<ComputeApi> } | null = null;
  const queue: Job[] = [];
  let running: { job: Job; startedAt: number; timer: ReturnType<typeof setTimeout> } | null = null;

  const ensure = () => {
    if (!worker) {
      const handle = start();
      worker = { handle, api: wrap<ComputeApi>(handle.endpoint) };
    }
    return worker;
  };

  function restart(): void {
    worker?.handle.terminate();
    worker = null;
    options.onRestart?.();
  }

  const settle = (job: Job, outcome: { value?: unknown; error?: unknown }) => {
    if (job.settled) return;
    job.settled = true;
    if ('error' in outcome) job.reject(outcome.error);
    else job.resolve(outcome.value);
  };

  function next(): void {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    if (job.settled) return next();
    const { api } = ensure();
    const current = {
      job,
      startedAt: performance.now(),
      timer: setTimeout(() => {
        if (running !== current) return;
        settle(job, { error: new ComputeTimeout() });
        running = null;
        restart();
        next();
      }, options.timeoutMs),
    };
    running = current;
    job.run(api).then(
      (outcome) => {
        if (running !== current) return;
        clearTimeout(current.timer);
        running = null;
        settle(job, outcome.ok ? { value: outcome.result } : { error: new ComputeError(outcome.failure) });
        next();
      },
      (error: unknown) => {
        if (running !== current) return;
        clearTimeout(current.timer);
        running = null;
        settle(job, { error });
        next();
      },
    );
  }

  function abort(job: Job): void {
    settle(job, { error: new ComputeAborted() });
    const i = queue.indexOf(job);
    if (i >= 0) return void queue.splice(i, 1);
    if (running?.job !== job) return;
    // A call that is nearly done is cheaper to let finish (its answer is dropped) than a restart.
    if (performance.now() - running.startedAt >= options.terminateAfterMs) {
      clearTimeout(running.timer);
      running = null;
      restart();
      next();
    }
  }

  function call<T>(signal: AbortSignal | undefined, run: (api: Remote<ComputeApi>) => Promise<Outcome<T>>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = { run, resolve: resolve as (v: unknown) => void, reject, signal, settled: false };
      if (signal?.aborted) return reject(new ComputeAborted());
      signal?.addEventListener('abort', () => abort(job), { once: true });
      queue.push(job);
      next();
    });
  }

  return {
    call,
    /** Starts the worker now, so its code loads while the app does other work (e.g. opening IndexedDB). */
    warm(): void {
      ensure();
    },
    /** Stops the worker and refuses what is queued (the app is closing). */
    stop(): void {
      for (const job of [...queue, ...(running ? [running.job] : [])]) settle(job, { error: new ComputeAborted() });
      queue.length = 0;
      if (running) clearTimeout(running.timer);
      running = null;
      worker?.handle.terminate();
      worker = null;
    },
  };
}

/** The real worker: the literal `new Worker(new URL(...))` is what Vite bundles. */
export function startComputeWorker(): WorkerHandle {
  const worker = new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'compute' });
  return { endpoint: worker, terminate: () => worker.terminate() };
}

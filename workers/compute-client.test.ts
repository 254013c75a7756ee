import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { ComputeAborted, ComputeTimeout, createLane, type WorkerHandle } from './compute-client';

/** A stand-in worker on a MessageChannel: its calls take as long as the test says. */
function fakeWorker(log: string[]): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  expose(
    {
      sync: async (delta: { revision: number }) => (await wait(5), { ok: true, result: delta.revision }),
      simulate: async () => (await wait(10_000), { ok: true, result: 'done' }),
      sensitivity: async () => (await wait(5), { ok: true, result: 'tornado' }),
    },
    port1,
  );
  return {
    endpoint: port2,
    terminate: () => {
      log.push('terminated');
      port1.close();
      port2.close();
    },
  };
}

describe('background lanes', () => {
  it('aborting a running simulation stops its worker, and the calls queued behind it still answer', async () => {
    const log: string[] = [];
    const lane = createLane(() => fakeWorker(log), { timeoutMs: 60_000, terminateAfterMs: 0 });
    const controller = new AbortController();
    const simulation = lane.call(controller.signal, (api) => (api as never as { simulate: () => Promise<never> }).simulate());
    const queued = lane.call(undefined, (api) => (api as never as { sensitivity: () => Promise<never> }).sensitivity());
    setTimeout(() => controller.abort(), 20);
    await expect(simulation).rejects.toBeInstanceOf(ComputeAborted);
    await expect(queued).resolves.toBe('tornado');
    expect(log).toEqual(['terminated']);
    lane.stop();
  });

  it('a compute pending on its own lane answers while a simulation is aborted on another', async () => {
    const compute = createLane(() => fakeWorker([]), { timeoutMs: 2_000, terminateAfterMs: Infinity });
    const analysis = createLane(() => fakeWorker([]), { timeoutMs: 60_000, terminateAfterMs: 0 });
    const controller = new AbortController();
    const simulation = analysis.call(controller.signal, (api) => (api as never as { simulate: () => Promise<never> }).simulate());
    const result = compute.call(undefined, (api) => (api as never as { sync: (d: object) => Promise<never> }).sync({ revision: 7 }));
    controller.abort();
    await expect(simulation).rejects.toBeInstanceOf(ComputeAborted);
    await expect(result).resolves.toBe(7);
    compute.stop();
    analysis.stop();
  });

  it('a watchdog stops a call that runs past its limit and restarts the worker for the next', async () => {
    const log: string[] = [];
    let restarts = 0;
    const lane = createLane(() => fakeWorker(log), { timeoutMs: 50, terminateAfterMs: Infinity, onRestart: () => restarts++ });
    const slow = lane.call(undefined, (api) => (api as never as { simulate: () => Promise<never> }).simulate());
    await expect(slow).rejects.toBeInstanceOf(ComputeTimeout);
    await expect(lane.call(undefined, (api) => (api as never as { sync: (d: object) => Promise<never> }).sync({ revision: 3 }))).resolves.toBe(3);
    expect(restarts).toBe(1);
    lane.stop();
  });
});

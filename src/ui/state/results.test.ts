import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, point, yearResult, type Command, type Workspace } from '../../model';
import { createComputeState, type WorkspaceDelta } from '../../../workers/compute-api';
import { ComputeError } from '../../../workers/compute-client';
import type { BackgroundWork } from './background';
import { createResults } from './results';

/** The real worker's state behind a promise, each answer released by the test (or at once). */
function worker() {
  const state = createComputeState();
  const calls: WorkspaceDelta[] = [];
  let held: (() => void)[] | null = null;
  const sync = (_signal: unknown, delta: WorkspaceDelta) => {
    calls.push(delta);
    const answer = state.sync(delta);
    const settle = (resolve: (v: never) => void, reject: (e: unknown) => void) => (answer.ok ? resolve(answer.result as never) : reject(new ComputeError(answer.failure)));
    return new Promise((resolve, reject) => (held ? held.push(() => settle(resolve, reject)) : queueMicrotask(() => settle(resolve, reject))));
  };
  return {
    background: { sync } as unknown as BackgroundWork,
    calls,
    state,
    /** From now on answers wait for `release`. */
    hold: () => void (held = []),
    release: async () => {
      const waiting = held ?? [];
      held = [];
      waiting.forEach((run) => run());
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const supplementOf = (ws: Workspace, id: string) => yearResult(computeWorkspace(ws).scenarios.find((s) => s.scenarioId === id)!, 'typical')!.supplement.central;
const grant = (scenarioId: string, amount: number): Command => ({ type: 'setFunding', scenarioId, funderId: 'brn', amount: point(amount) });
const tick = () => new Promise((r) => setTimeout(r, 0));

function setUp() {
  const w = worker();
  const results = createRoot(() => createResults(w.background, () => false));
  const shownSupplement = (id: string) => (results.scenario(id) ? yearResult(results.scenario(id)!, 'typical')!.supplement.central : undefined);
  return { w, results, shownSupplement };
}

describe('the figures on screen', () => {
  it('shows an edit computed ahead (while it was typed) in the same call that makes it, without computing it again', async () => {
    const { w, results, shownSupplement } = setUp();
    const ws = createWorkspace();
    results.request(ws, 1);
    await tick();
    const typed = applyCommand(ws, grant('level-2', 1_400_000));
    results.preview(typed, 2);
    await tick();
    const syncs = w.calls.length;
    let revealed = false;
    results.request(typed, 2, () => (revealed = true), true);
    // Synchronously: the edit and its figures together, and no further compute.
    expect(revealed).toBe(true);
    expect(results.status()).toBe('current');
    expect(shownSupplement('level-2')).toBe(supplementOf(typed, 'level-2'));
    expect(w.calls.length).toBe(syncs);
  });

  it('does not show an edit computed ahead that was not made, and withdraws it from the worker', async () => {
    const { w, results, shownSupplement } = setUp();
    const ws = createWorkspace();
    results.request(ws, 1);
    await tick();
    const before = shownSupplement('level-2');
    results.preview(applyCommand(ws, grant('level-2', 300_000)), 2);
    await tick();
    expect(shownSupplement('level-2')).toBe(before);
    results.withdraw();
    await tick();
    // The worker holds the workspace on screen again: an explanation of revision 1 is in step.
    const last = w.calls[w.calls.length - 1]!;
    expect(last.revision).toBe(1);
    expect((await w.state.explain(ws.id, 1, { scenarioId: 'level-2', figure: 'supplement', year: 'typical' })).ok).toBe(true);
    expect(shownSupplement('level-2')).toBe(before);
  });

  it('makes a different edit than the one computed ahead: that one is computed and shown, and the other never is', async () => {
    const { results, shownSupplement } = setUp();
    const ws = createWorkspace();
    results.request(ws, 1);
    await tick();
    results.preview(applyCommand(ws, grant('level-1', 100_000)), 2);
    const made = applyCommand(ws, grant('level-2', 1_400_000));
    results.request(made, 2, () => {}, true);
    await tick();
    await tick();
    expect(shownSupplement('level-1')).toBe(supplementOf(made, 'level-1'));
    expect(shownSupplement('level-2')).toBe(supplementOf(made, 'level-2'));
  });

  it('keeps the figures of an edit whose answer was overtaken by a newer edit of another scenario', async () => {
    const { w, results, shownSupplement } = setUp();
    const ws = createWorkspace();
    results.request(ws, 1);
    await tick();
    w.hold();
    const first = applyCommand(ws, grant('level-1', 100_000));
    results.request(first, 2, () => {}, true);
    const second = applyCommand(first, grant('level-2', 1_400_000));
    results.request(second, 3, () => {}, true);
    await w.release(); // the first answer arrives while the second waits: it is not shown alone
    await w.release();
    expect(results.status()).toBe('current');
    expect(shownSupplement('level-1')).toBe(supplementOf(second, 'level-1'));
    expect(shownSupplement('level-2')).toBe(supplementOf(second, 'level-2'));
  });

  it('shows the differences from the basis again when they are shown a second time (once hidden, the worker thought they were still on screen and sent none)', async () => {
    const w = worker();
    const [shown, setShown] = createSignal(true);
    const results = createRoot(() => createResults(w.background, shown));
    const ws = createWorkspace();
    results.request(ws, 1);
    await tick();
    const level1 = () => results.differences('level-1');
    expect(level1()).toBeDefined();
    setShown(false);
    await tick();
    expect(level1()).toBeUndefined();
    setShown(true);
    await tick();
    expect(level1()).toBeDefined();
    // And after an edit of another scenario too: every scenario has its differences, not the edited one alone.
    setShown(false);
    await tick();
    results.request(applyCommand(ws, grant('level-2', 1_400_000)), 2);
    await tick();
    setShown(true);
    await tick();
    expect(level1()).toBeDefined();
    expect(results.differences('level-2')).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, point, type Workspace } from '../src/model';
import { createComputeState, type SharedInputs, type WorkspaceDelta } from './compute-api';

const full = (ws: Workspace, revision: number): WorkspaceDelta => {
  const { scenarios, ...shared } = ws;
  return { workspaceId: ws.id, revision, base: null, shared: shared as SharedInputs, order: scenarios.map((s) => s.id), changed: scenarios };
};

describe('the compute worker’s incremental API', () => {
  it('sends back only the results that changed, equal to a full compute', () => {
    const state = createComputeState();
    const ws = createWorkspace();
    const first = state.sync(full(ws, 1));
    expect(first.ok && first.result.changed).toHaveLength(5);
    const edited = applyCommand(ws, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_500_000) });
    const second = state.sync({ workspaceId: ws.id, revision: 2, base: 1, order: edited.scenarios.map((s) => s.id), changed: [edited.scenarios[1]!] });
    if (!second.ok) throw new Error('failed');
    expect(second.result.changed.map((r) => r.scenarioId)).toEqual(['level-2']);
    expect(second.result.changed[0]).toEqual(computeWorkspace(edited).scenarios[1]);
    expect(Object.keys(second.result.differences)).toEqual(['level-2']);
  });

  it('computes and sends differences only while the screen shows them, then all of them at once', () => {
    const state = createComputeState();
    const ws = createWorkspace();
    const first = state.sync({ ...full(ws, 1), differences: false });
    if (!first.ok) throw new Error('failed');
    expect(first.result.differences).toEqual({});
    // An edit of the baseline changes every scenario's differences: none travel while hidden.
    const baseline = ws.baselineScenarioId!;
    const edited = applyCommand(ws, { type: 'setFunding', scenarioId: baseline, funderId: 'brn', amount: point(1_500_000) });
    const changed = edited.scenarios.filter((s) => s.id === baseline);
    const second = state.sync({ workspaceId: ws.id, revision: 2, base: 1, order: edited.scenarios.map((s) => s.id), changed, differences: false });
    if (!second.ok) throw new Error('failed');
    expect(second.result.differences).toEqual({});
    // Shown again on the same revision: nothing is recomputed, every non-baseline scenario's differences come.
    const shown = state.sync({ workspaceId: ws.id, revision: 2, base: 2, order: edited.scenarios.map((s) => s.id), changed: [], differences: true });
    if (!shown.ok) throw new Error('failed');
    expect(shown.result.changed).toEqual([]);
    const expected = computeWorkspace(edited).differences;
    expect(Object.keys(expected)).toHaveLength(4);
    for (const [id, d] of Object.entries(expected)) expect(shown.result.differences[id]).toEqual(d);
    // The baseline has none: null clears whatever the screen held for it.
    expect(shown.result.differences[baseline]).toBeNull();
  });

  it('says it is out of step when a delta builds on a revision it does not have', () => {
    const state = createComputeState();
    const ws = createWorkspace();
    expect(state.sync({ workspaceId: ws.id, revision: 2, base: 1, order: [], changed: [] })).toEqual({ ok: false, failure: { kind: 'outOfStep' } });
  });

  it('returns a typed failure naming the field instead of throwing', () => {
    const state = createComputeState();
    const ws = createWorkspace();
    const broken = { ...ws, assumptions: { ...ws.assumptions, openingReserve: Number.NaN } };
    const outcome = state.sync(full(broken, 1));
    expect(outcome).toEqual({ ok: false, failure: { kind: 'invalid', issues: [{ field: 'assumptions.openingReserve', code: 'notFinite' }] } });
  });
});

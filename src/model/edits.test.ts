import { describe, expect, it } from 'vitest';
import { createWorkspace } from './defaults';
import { addScenario, deleteScenario, duplicateScenario, moveScenario, setHorizonYears, switchTask } from './edits';

const ws = createWorkspace();

describe('workspace edits', () => {
  it('duplicate puts a copy with a new id right after the original', () => {
    const next = duplicateScenario(ws, 'level-2', (n) => `${n} (kopi)`);
    expect(next.scenarios.map((s) => s.name)).toEqual(['Scenarie 1', 'Scenarie 2', 'Scenarie 2 (kopi)', 'Scenarie 3', 'Scenarie 4']);
    expect(new Set(next.scenarios.map((s) => s.id)).size).toBe(5);
  });

  it('delete moves the baseline and never deletes the last scenario', () => {
    const next = deleteScenario(ws, 'level-2');
    expect(next.baselineScenarioId).toBe('level-1');
    const single = { ...ws, scenarios: ws.scenarios.slice(0, 1) };
    expect(deleteScenario(single, 'level-1')).toBe(single);
  });

  it('move clamps at the ends', () => {
    expect(moveScenario(ws, 'level-1', -1)).toBe(ws);
    expect(moveScenario(ws, 'level-1', 1).scenarios.map((s) => s.id)).toEqual(['level-2', 'level-1', 'level-3', 'level-4']);
  });

  it('a task switch back to the preset is dropped', () => {
    const off = switchTask(ws, 'level-3', 'other-gen2040', false);
    expect(off.scenarios[2]!.taskSwitches).toEqual({ 'other-gen2040': false });
    expect(switchTask(off, 'level-3', 'other-gen2040', true).scenarios[2]!.taskSwitches).toEqual({});
  });

  it('a longer horizon pads drawdowns with zero and keeps those entered', () => {
    const s = { ...ws.scenarios[0]!, funding: { ...ws.scenarios[0]!.funding, reserveDrawdown: [100, 200, 300] } };
    expect(setHorizonYears(s, 5).funding.reserveDrawdown).toEqual([100, 200, 300, 0, 0]);
    expect(setHorizonYears(s, 2).funding.reserveDrawdown).toEqual([100, 200]);
  });

  it('added scenarios get unique ids', () => {
    const next = addScenario(addScenario(ws, 'A'), 'B');
    expect(new Set(next.scenarios.map((s) => s.id)).size).toBe(6);
  });
});

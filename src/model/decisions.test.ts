import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, point, type Command } from './index';
import { recordDecision, restoreDecision } from './decisions';
import { latestDecision, supersededBy } from './decision-history';
import { meetingMemory } from './meeting-memory';

const base = createWorkspace('Nordjylland');
const entry = { scenarioId: 'level-2', body: 'KDK', meetingDate: '2026-11-23', rationale: 'T11’s anbefaling med niveau 2', proposedBy: 'T11' };
const first = recordDecision(base, entry, { id: 'd1', recordedAt: '2026-11-23T10:00:00.000Z', supersedes: null });

describe('decision records', () => {
  it('keep the chosen scenario’s figures and an immutable snapshot of the whole workspace', () => {
    expect(first.figures).toEqual({ year: 2026, totalCost: 1_845_000, supplement: 595_000, perInhabitant: 595_000 / computeWorkspace(base).totalPopulation, horizonSupplement: 3 * 595_000 });
    expect(first.snapshot).toEqual(base);
    expect(first.snapshot).not.toBe(base);
    // Editing the workspace afterwards leaves the record as it was.
    const edited = applyCommand(base, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_500_000) });
    expect(edited).not.toEqual(base);
    expect(computeWorkspace(first.snapshot).scenarios[1]!.years[0]!.supplement.central).toBe(595_000);
  });

  it('restore through one door: a stored record comes back equal; a tampered one is refused', () => {
    const stored = JSON.parse(JSON.stringify(first));
    expect(restoreDecision(stored)).toEqual({ ok: true, record: first });
    expect(restoreDecision({ ...stored, version: 9 })).toEqual({ ok: false, reason: 'newerVersion' });
    expect(restoreDecision({ ...stored, body: '' })).toEqual({ ok: false, reason: 'notADecision' });
    expect(restoreDecision({ ...stored, meetingDate: '2026-02-30' })).toEqual({ ok: false, reason: 'notADecision' });
    expect(restoreDecision({ ...stored, snapshot: { ...stored.snapshot, scenarios: 'garbage' } })).toEqual({ ok: false, reason: 'snapshot' });
    expect(restoreDecision('<script>')).toEqual({ ok: false, reason: 'notADecision' });
  });

  it('a later decision supersedes an earlier one, and both remain', () => {
    const second = recordDecision(base, { ...entry, scenarioId: 'level-3', body: 'KKR' }, { id: 'd2', recordedAt: '2026-12-01T09:00:00.000Z', supersedes: 'd1' });
    expect(latestDecision([first, second])).toBe(second);
    expect(supersededBy([first, second]).get('d1')).toBe(second);
  });
});

describe('meeting memory', () => {
  it('lists exactly the edited inputs and moves every key figure in the variance style', () => {
    const edits: Command[] = [
      { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_500_000) },
      { type: 'setAssumption', change: { key: 'costPerFte', value: point(600_000) } },
    ];
    const now = edits.reduce(applyCommand, base);
    const memory = meetingMemory(first.snapshot, now);
    expect(memory.inputs.map((c) => [c.field, c.scenarioId, c.name?.da ?? null])).toEqual([
      ['assumption', null, 'costPerFte'],
      ['funding', 'level-2', 'Grundbevilling BRN'],
    ]);
    expect(memory.inputs[1]).toMatchObject({ before: { kind: 'none', shared: { kind: 'estimate', value: point(1_250_000) } }, after: { kind: 'estimate', value: point(1_500_000) } });
    const supplement = memory.figures.find((f) => f.scenarioId === 'level-2' && f.figure === 'supplement')!;
    // 2,00 FTE at 600.000 instead of 550.000 costs 100.000 more; the grant pays 250.000 more.
    expect(supplement).toMatchObject({ before: 595_000, after: 445_000, variance: { absolute: -150_000 } });
    expect(memory.figures.find((f) => f.scenarioId === 'level-1' && f.figure === 'totalCost')!.variance!.absolute).toBe(50_000);
  });

  it('says nothing when nothing changed, and names added and removed scenarios', () => {
    expect(meetingMemory(base, base)).toEqual({ inputs: [], figures: expect.any(Array) });
    expect(meetingMemory(base, base).figures.every((f) => f.variance === null)).toBe(true);
    const fewer = applyCommand(base, { type: 'deleteScenario', scenarioId: 'level-4' });
    expect(meetingMemory(base, fewer).inputs.map((c) => c.field)).toEqual(['scenarioRemoved']);
  });
});

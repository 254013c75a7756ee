import { describe, expect, it } from 'vitest';
import { point, type Command } from '../../model';
import { createUndoHistoryStore, type HistoryStorage } from './undo-history';

const memory = (): HistoryStorage & { store: Map<string, string> } => {
  const store = new Map<string, string>();
  return { store, getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) };
};
const grant = (amount: number): Command => ({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(amount) });

describe('the undo history kept over a reload', () => {
  it('gives back the same workspace’s history, and nothing for another workspace', () => {
    const storage = memory();
    const entry = { redo: grant(2), undo: grant(1) };
    createUndoHistoryStore(storage).save('ws-a', { past: [entry], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-a')).toEqual({ past: [entry], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-b')).toEqual({ past: [], future: [] });
  });

  it('reads nothing from a record of another shape or version, or from broken JSON', () => {
    const storage = memory();
    const store = createUndoHistoryStore(storage);
    for (const text of ['{', '[]', '{"version":2,"workspaceId":"ws-a","past":[],"future":[]}', '{"version":1,"workspaceId":"ws-a","past":[{"redo":{"type":1}}],"future":[]}', '{"version":1,"workspaceId":"ws-a","past":"x","future":[]}']) {
      storage.setItem('forankring-undo', text);
      expect(store.restore('ws-a')).toEqual({ past: [], future: [] });
    }
  });

  it('an empty history removes the record, and a full storage is no error', () => {
    const storage = memory();
    const store = createUndoHistoryStore(storage);
    store.save('ws-a', { past: [{ redo: grant(1), undo: grant(2) }], future: [] });
    store.save('ws-a', { past: [], future: [] });
    expect(storage.store.size).toBe(0);
    const full = { ...memory(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => createUndoHistoryStore(full).save('ws-a', { past: [{ redo: grant(1), undo: grant(2) }], future: [] })).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { point, type Command } from '../../model';
import { createUndoHistoryStore, type HistoryStorage } from './undo-history';

const memory = (): HistoryStorage & { store: Map<string, string> } => {
  const store = new Map<string, string>();
  return {
    store,
    get length() {
      return store.size;
    },
    key: (i) => [...store.keys()][i] ?? null,
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
    removeItem: (k) => void store.delete(k),
  };
};
const grant = (amount: number): Command => ({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(amount) });

describe('the undo history kept over a reload', () => {
  it('gives back each workspace’s own history, and nothing for one without', () => {
    const storage = memory();
    const a = { redo: grant(2), undo: grant(1) };
    const b = { redo: grant(3), undo: grant(2) };
    const store = createUndoHistoryStore(storage);
    store.save('ws-a', { past: [a], future: [] });
    store.save('ws-b', { past: [], future: [b] });
    // A reload: a new page reads the tab's storage.
    expect(createUndoHistoryStore(storage).restore('ws-a')).toEqual({ past: [a], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-b')).toEqual({ past: [], future: [b] });
    expect(createUndoHistoryStore(storage).restore('ws-c')).toEqual({ past: [], future: [] });
  });

  it('reads the one history an earlier version kept, until that workspace’s history is written anew', () => {
    const storage = memory();
    const a = { redo: grant(2), undo: grant(1) };
    storage.setItem('forankring-undo', JSON.stringify({ version: 1, workspaceId: 'ws-a', past: [a], future: [] }));
    const store = createUndoHistoryStore(storage);
    expect(store.restore('ws-a')).toEqual({ past: [a], future: [] });
    expect(store.restore('ws-b')).toEqual({ past: [], future: [] });
    store.save('ws-b', { past: [a], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-a')).toEqual({ past: [a], future: [] });
    store.save('ws-a', { past: [], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-a')).toEqual({ past: [], future: [] });
  });

  it('a full storage makes room by dropping other workspaces’ histories; this page keeps them in memory', () => {
    const storage = memory();
    const real = storage.setItem;
    const a = { redo: grant(2), undo: grant(1) };
    const store = createUndoHistoryStore(storage);
    store.save('ws-a', { past: [a], future: [] });
    // Room for one history only.
    storage.setItem = (k, v) => {
      if (storage.store.size >= 1 && !storage.store.has(k)) throw new DOMException('full', 'QuotaExceededError');
      real(k, v);
    };
    store.save('ws-b', { past: [a, a], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-b').past).toHaveLength(2);
    expect(createUndoHistoryStore(storage).restore('ws-a').past).toHaveLength(0);
    expect(store.restore('ws-a').past).toHaveLength(1);
  });

  it('reads nothing from a record of another shape or version, or from broken JSON', () => {
    const storage = memory();
    const store = createUndoHistoryStore(storage);
    for (const text of ['{', '[]', '{"version":2,"workspaceId":"ws-a","past":[],"future":[]}', '{"version":1,"workspaceId":"ws-a","past":[{"redo":{"type":1}}],"future":[]}', '{"version":1,"workspaceId":"ws-a","past":"x","future":[]}']) {
      storage.setItem('forankring-undo:ws-a', text);
      storage.setItem('forankring-undo', text);
      expect(store.restore('ws-a')).toEqual({ past: [], future: [] });
    }
    // Beside a broken record of the earlier version, a history is still written and read back.
    storage.setItem('forankring-undo', '{');
    store.save('ws-a', { past: [{ redo: grant(2), undo: grant(1) }], future: [] });
    expect(createUndoHistoryStore(storage).restore('ws-a').past).toHaveLength(1);
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

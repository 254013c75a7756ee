import { describe, expect, it } from 'vitest';
import { createJournal } from './journal';

const memory = () => {
  const store = new Map<string, string>();
  return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), store };
};

describe('the journal', () => {
  it('keeps an operation until it is confirmed, per workspace', () => {
    const storage = memory();
    const journal = createJournal(storage);
    journal.add({ id: 'a', workspaceId: 'w1', command: { type: 'renameWorkspace', name: 'x' }, at: Date.now() });
    journal.add({ id: 'b', workspaceId: 'w2', command: { type: 'renameWorkspace', name: 'y' }, at: Date.now() });
    // A second tab reads the same storage.
    expect(createJournal(storage).pending('w1').map((e) => e.id)).toEqual(['a']);
    journal.confirm(['a']);
    expect(journal.pending('w1')).toEqual([]);
    expect(journal.pending('w2').map((e) => e.id)).toEqual(['b']);
  });

  it('survives garbage and a full storage without throwing', () => {
    const storage = memory();
    storage.setItem('forankring-journal', '{not json');
    const journal = createJournal(storage);
    expect(journal.pending('w')).toEqual([]);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(createJournal(full).add({ id: 'a', workspaceId: 'w', command: { type: 'renameWorkspace', name: 'x' }, at: Date.now() })).toBe(false);
  });
});

describe("the default workspace's id", () => {
  it('is the same on every start until a workspace is stored, then new each time', () => {
    const storage = memory();
    let n = 0;
    const make = () => `ws-${++n}`;
    expect(createJournal(storage).defaultWorkspaceId(make)).toBe('ws-1');
    // A reload before IndexedDB took the record: the same id, so its journal and draft apply.
    expect(createJournal(storage).defaultWorkspaceId(make)).toBe('ws-1');
    createJournal(storage).markStored();
    expect(createJournal(storage).defaultWorkspaceId(make)).toBe('ws-2');
    // Something else under the key is not used as an id.
    const other = memory();
    other.setItem('forankring-default-workspace', '<script>');
    expect(createJournal(other).defaultWorkspaceId(make)).toBe('ws-3');
  });
});

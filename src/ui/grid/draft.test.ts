import { describe, expect, it } from 'vitest';
import { dropDraft, keepDraft, readDraft } from './draft';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe('a draft kept over a reload', () => {
  it('comes back for its own workspace only, until dropped', () => {
    const storage = memory();
    keepDraft({ workspaceId: 'ws-1', row: 'funder-brn', scenarioId: 'level-2', text: '1,5 mio.' }, storage);
    expect(readDraft('ws-2', storage)).toBeNull();
    expect(readDraft('ws-1', storage)).toEqual({ workspaceId: 'ws-1', row: 'funder-brn', scenarioId: 'level-2', text: '1,5 mio.' });
    dropDraft(storage);
    expect(readDraft('ws-1', storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('ignores a record of another shape or version', () => {
    const storage = memory();
    for (const raw of ['not json', '{"version":2,"workspaceId":"ws-1","row":"a","scenarioId":"b","text":"c"}', '{"version":1,"workspaceId":"ws-1","row":1,"scenarioId":"b","text":"c"}', 'null']) {
      storage.setItem('forankring-draft', raw);
      expect(readDraft('ws-1', storage)).toBeNull();
    }
  });
});

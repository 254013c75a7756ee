/**
 * Decision records in IndexedDB: added once, never changed. Each record is read back through
 * the model's one door (`restoreDecision`); one that cannot be read is counted, not shown, and
 * stays stored exactly as found.
 */
import { liveQuery } from 'dexie';
import { restoreDecision, type DecisionRecord } from '../model';
import type { ForankringDb } from './schema';

export interface DecisionList {
  /** Newest first. */
  readonly records: readonly DecisionRecord[];
  readonly unreadable: number;
}

export function createDecisionStore(db: ForankringDb) {
  async function list(workspaceId: string): Promise<DecisionList> {
    const rows = await db.decisions.where('workspaceId').equals(workspaceId).toArray();
    const records: DecisionRecord[] = [];
    let unreadable = 0;
    for (const row of rows) {
      const restored = restoreDecision(row.record);
      if (restored.ok) records.push(restored.record);
      else unreadable++;
    }
    records.sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1));
    return { records, unreadable };
  }

  return {
    /** A record is added, never replaced: adding an id twice fails. */
    add: async (record: DecisionRecord): Promise<void> => {
      await db.decisions.add({ id: record.id, workspaceId: record.workspaceId, recordedAt: Date.parse(record.recordedAt), record });
    },
    list,
    /** Calls back whenever the workspace's decisions change, in this tab or another. */
    watch(workspaceId: string, onChange: (list: DecisionList) => void, onError: (error: unknown) => void): () => void {
      const subscription = liveQuery(() => list(workspaceId)).subscribe({ next: onChange, error: onError });
      return () => subscription.unsubscribe();
    },
  };
}

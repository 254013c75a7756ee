/**
 * The IndexedDB schema. A shipped version's stores are never edited: a change is a new version
 * with an upgrade function, tested against a fixture of the version before it. Upgrades touch
 * each record on its own and never throw: a record they cannot read is set aside, whole.
 *
 * v1: workspaces { id, workspace, updatedAt }; meta { key, value }.
 * v2: name and region lifted out for the list, and revision/savedBy for two tabs.
 * v3: workspaces hold model-2 documents and the ids of the operations applied to them (so a
 *     replayed edit is applied once); damaged records are set aside in `damaged`; decisions.
 *     meta `deletedWorkspaces` (no schema change): the last ten workspaces a user deleted, newest
 *     first, `{ version: 3, kept: [{ record, deletedAt }] }` with the workspaces records as they
 *     were; each checked by restoreWorkspace() before it is offered back, forgotten 30 days after
 *     its deletion. Before it, meta `lastDeletedWorkspace` held the last alone, `{ version: 2,
 *     record, deletedAt }` (version 1: the record alone, undated): still read, moved at a write.
 */
import Dexie, { type Table } from 'dexie';
import { restoreWorkspace } from '../model';
import { DB_NAME } from './identity';

export interface WorkspaceRecord {
  id: string;
  name: string;
  region: string;
  /** The workspace document as stored; every load passes it through restoreWorkspace(). */
  workspace: unknown;
  updatedAt: number;
  /** Increases with every write; a tab adopts a record whose revision it has not seen. */
  revision: number;
  savedBy: string;
  /** The most recent operation ids applied, newest last. */
  appliedOps?: string[];
}

export interface DamagedRecord {
  key?: number;
  workspaceId: string;
  name: string;
  /** The record exactly as it was found, to be exported and examined. */
  raw: unknown;
  reason: string;
  setAsideAt: number;
}

export interface DecisionRecordRow {
  id: string;
  workspaceId: string;
  recordedAt: number;
  /** The decision as a document (see src/model/decisions.ts). */
  record: unknown;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}


const nameOf = (record: Partial<WorkspaceRecord> & { workspace?: unknown }): string => {
  const ws = record.workspace as { name?: unknown } | null | undefined;
  return typeof ws?.name === 'string' ? ws.name : String(record.id ?? '');
};

export class ForankringDb extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>;
  meta!: Table<MetaRecord, string>;
  damaged!: Table<DamagedRecord, number>;
  decisions!: Table<DecisionRecordRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersion1(this);
    // Fixed after v2 shipped: a record without a readable workspace used to throw here and
    // stop the whole upgrade. The stores are unchanged.
    this.version(2)
      .stores({ workspaces: 'id, updatedAt, name', meta: 'key' })
      .upgrade((tx) =>
        tx
          .table('workspaces')
          .toCollection()
          .modify((record: WorkspaceRecord) => {
            const region = (record.workspace as { region?: unknown } | null | undefined)?.region;
            record.name = nameOf(record);
            record.region = typeof region === 'string' ? region : '';
            record.revision = 1;
            record.savedBy = 'upgrade';
          }),
      );
    this.version(3)
      .stores({ workspaces: 'id, updatedAt, name', meta: 'key', damaged: '++key, workspaceId', decisions: 'id, workspaceId, recordedAt' })
      .upgrade(async (tx) => {
        const records = (await tx.table('workspaces').toArray()) as WorkspaceRecord[];
        for (const record of records) {
          let restored: ReturnType<typeof restoreWorkspace>;
          try {
            restored = restoreWorkspace(record.workspace);
          } catch {
            restored = { ok: false, reason: 'notAWorkspace' };
          }
          if (restored.ok) {
            await tx.table('workspaces').put({ ...record, workspace: { ...restored.workspace, id: record.id }, appliedOps: [] });
          } else {
            await tx.table('damaged').add({ workspaceId: String(record.id), name: nameOf(record), raw: record, reason: restored.reason, setAsideAt: Date.now() } satisfies DamagedRecord);
            await tx.table('workspaces').delete(record.id);
          }
        }
      });
  }
}

/** Kept apart so the upgrade test can create a genuine version-1 database. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({ workspaces: 'id, updatedAt', meta: 'key' });
}

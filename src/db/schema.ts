/**
 * The IndexedDB schema. Versions are never edited once shipped: a change is a new version with
 * an upgrade function, tested against a fixture of the version before it.
 *
 * v1: workspaces { id, workspace, updatedAt }; meta { key, value }.
 * v2: workspace name and region lifted out for the list without loading whole workspaces, and
 *     revision/savedBy so that two tabs on the same workspace can tell their writes apart.
 */
import Dexie, { type Table } from 'dexie';
import type { RegionName, Workspace } from '../model';

export interface WorkspaceRecordV1 {
  id: string;
  workspace: Workspace;
  updatedAt: number;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  region: RegionName;
  workspace: Workspace;
  updatedAt: number;
  /** Increases with every save; a tab adopts a record whose revision it has not seen. */
  revision: number;
  /** The tab that wrote this revision. */
  savedBy: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'forankring';

export class ForankringDb extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersion1(this);
    this.version(2)
      .stores({ workspaces: 'id, updatedAt, name', meta: 'key' })
      .upgrade((tx) =>
        tx
          .table('workspaces')
          .toCollection()
          .modify((record: WorkspaceRecord & Partial<WorkspaceRecordV1>) => {
            record.name = record.workspace.name;
            record.region = record.workspace.region;
            record.revision = 1;
            record.savedBy = 'upgrade';
          }),
      );
  }
}

/** Kept apart so the upgrade test can create a genuine version-1 database. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({ workspaces: 'id, updatedAt', meta: 'key' });
}

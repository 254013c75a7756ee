/**
 * The only module that touches the tables. The UI asks it for workspaces and tells it what to
 * save; it never sees Dexie.
 */
import { liveQuery } from 'dexie';
import type { RegionName, Workspace } from '../model';
import { ForankringDb, type WorkspaceRecord } from './schema';

export interface WorkspaceSummary {
  readonly id: string;
  readonly name: string;
  readonly region: RegionName;
  readonly updatedAt: number;
}

export type Unsubscribe = () => void;

export function createRepository(db: ForankringDb = new ForankringDb()) {
  async function listWorkspaces(): Promise<WorkspaceSummary[]> {
    const records = await db.workspaces.orderBy('name').toArray();
    return records.map(({ id, name, region, updatedAt }) => ({ id, name, region, updatedAt }));
  }

  const loadWorkspace = (id: string): Promise<WorkspaceRecord | undefined> => db.workspaces.get(id);

  /** Saves a workspace and returns its new revision. */
  function saveWorkspace(workspace: Workspace, savedBy: string): Promise<number> {
    return db.transaction('rw', db.workspaces, async () => {
      const current = await db.workspaces.get(workspace.id);
      const revision = (current?.revision ?? 0) + 1;
      await db.workspaces.put({
        id: workspace.id,
        name: workspace.name,
        region: workspace.region,
        workspace,
        updatedAt: Date.now(),
        revision,
        savedBy,
      });
      return revision;
    });
  }

  /** Deletes and returns the record, so the caller can offer undo. */
  function deleteWorkspace(id: string): Promise<WorkspaceRecord | undefined> {
    return db.transaction('rw', db.workspaces, async () => {
      const record = await db.workspaces.get(id);
      await db.workspaces.delete(id);
      return record;
    });
  }

  const restoreWorkspace = async (record: WorkspaceRecord): Promise<void> => {
    await db.workspaces.put(record);
  };

  const getMeta = async <T>(key: string): Promise<T | undefined> => (await db.meta.get(key))?.value as T | undefined;
  const setMeta = async (key: string, value: unknown): Promise<void> => {
    await db.meta.put({ key, value });
  };

  /** Calls back with the record whenever it changes, in this tab or another. */
  function watchWorkspace(id: string, onChange: (record: WorkspaceRecord | undefined) => void): Unsubscribe {
    const subscription = liveQuery(() => db.workspaces.get(id)).subscribe({ next: onChange, error: () => {} });
    return () => subscription.unsubscribe();
  }

  function watchList(onChange: (list: WorkspaceSummary[]) => void): Unsubscribe {
    const subscription = liveQuery(listWorkspaces).subscribe({ next: onChange, error: () => {} });
    return () => subscription.unsubscribe();
  }

  return {
    open: () => db.open().then(() => undefined),
    close: () => db.close(),
    listWorkspaces,
    loadWorkspace,
    saveWorkspace,
    deleteWorkspace,
    restoreWorkspace,
    getMeta,
    setMeta,
    watchWorkspace,
    watchList,
  };
}

export type Repository = ReturnType<typeof createRepository>;

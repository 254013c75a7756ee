/**
 * A reload's first read, without Dexie: the current workspace's record, straight from IndexedDB
 * and restored as the repository restores it, so the first figures need not wait for Dexie
 * (most of the startup JavaScript) to load. Anything unusual answers null and the repository's
 * own path opens the workspace as before: no database, another schema version (an old database
 * Dexie must upgrade first, or a newer app's), no current workspace, or a record that needed
 * repairs or cannot be read. Never creates or upgrades the database, and writes nothing.
 * `tabWorkspace`: the one this tab had open before its reload, read first where it is still stored.
 */
import { restoreWorkspace } from '../model/restore';
import { CURRENT_WORKSPACE_KEY, DB_NAME, INDEXEDDB_VERSION } from './identity';
import type { StoredWorkspace } from './repository';

type RawRecord = { id: string; workspace: unknown; revision?: unknown; savedBy?: unknown; appliedOps?: unknown };

export function peekReloadWorkspace(dbName = DB_NAME, tabWorkspace: string | null = null): Promise<StoredWorkspace | null> {
  return readCurrentRecord(dbName, tabWorkspace).then((record) => {
    if (!record) return null;
    const restored = restoreWorkspace(record.workspace);
    if (!restored.ok || restored.repairs.length > 0) return null;
    return {
      workspace: restored.workspace.id === record.id ? restored.workspace : { ...restored.workspace, id: record.id },
      revision: Number(record.revision) || 0,
      savedBy: String(record.savedBy ?? ''),
      appliedOps: Array.isArray(record.appliedOps) ? (record.appliedOps as string[]) : [],
      repairs: [],
    };
  }, () => null);
}

/**
 * The tab's record, else the one the meta record CURRENT_WORKSPACE_KEY names, in one readonly
 * transaction; null where there is none.
 */
function readCurrentRecord(dbName: string, tabWorkspace: string | null): Promise<RawRecord | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    // No database yet: opening without a version would make an empty one; abort that instead.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const done = (record: RawRecord | null) => (db.close(), resolve(record));
      try {
        if (db.version !== INDEXEDDB_VERSION || !db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('workspaces')) return done(null);
        const tx = db.transaction(['meta', 'workspaces'], 'readonly');
        tx.onerror = () => done(null);
        const readCurrent = () => {
          const meta = tx.objectStore('meta').get(CURRENT_WORKSPACE_KEY);
          meta.onsuccess = () => {
            const id: unknown = (meta.result as { value?: unknown } | undefined)?.value;
            if (typeof id !== 'string') return done(null);
            const read = tx.objectStore('workspaces').get(id);
            read.onsuccess = () => done((read.result as RawRecord | undefined) ?? null);
          };
        };
        if (!tabWorkspace) return readCurrent();
        const tabs = tx.objectStore('workspaces').get(tabWorkspace);
        tabs.onsuccess = () => (tabs.result ? done(tabs.result as RawRecord) : readCurrent());
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}

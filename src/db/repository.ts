/**
 * The only module that touches the tables. The UI asks it for workspaces and hands it
 * operations; it never sees Dexie.
 *
 * Edits, not documents, are written: each operation is applied to the newest stored record
 * inside one readwrite transaction (read, restore, apply, write), so two tabs editing the same
 * workspace never overwrite each other. An operation's id is kept with the record, so an edit
 * replayed from the journal after a crash is applied once, never twice. Every record read passes
 * restoreWorkspace(); one that cannot be restored is set aside and the others open.
 */
import { liveQuery } from 'dexie';
import { applyCommand, restoreWorkspace, type Command, type RegionName, type RestoreFailure, type Workspace } from '../model';
import { createDecisionStore } from './decisions';
import { REPAIRED } from './identity';
import { ForankringDb, type DamagedRecord, type WorkspaceRecord } from './schema';

export interface WorkspaceSummary {
  readonly id: string;
  readonly name: string;
  readonly region: RegionName | string;
  readonly updatedAt: number;
}

export interface Operation {
  readonly id: string;
  readonly command: Command;
}

export interface StoredWorkspace {
  readonly workspace: Workspace;
  readonly revision: number;
  readonly savedBy: string;
  readonly appliedOps: readonly string[];
  /** Parts the restore had to repair (an empty list for a healthy record). */
  readonly repairs: readonly string[];
}

export type LoadResult = { readonly ok: true; readonly stored: StoredWorkspace } | { readonly ok: false; readonly reason: RestoreFailure | 'missing'; readonly name: string };
/** What a write found: no record (deleted elsewhere), or one this version cannot read (a newer version's, or damaged). */
export type Applied = { readonly ok: true; readonly stored: StoredWorkspace } | { readonly ok: false; readonly reason: RestoreFailure | 'missing' };

/** A record read and restored, or why it could not be (a newer version's, or damaged). */
export type RecordRead = { readonly ok: true; readonly stored: StoredWorkspace } | { readonly ok: false; readonly reason: RestoreFailure };

export type Unsubscribe = () => void;

/**
 * The meta record holding the workspaces a user deleted (deleteWorkspace), newest first:
 * `{ version: 3, kept: [{ record, deletedAt }] }`. Before it, LEGACY_DELETED_KEY held the last
 * one alone: `{ version: 2, record, deletedAt }`, and at first the record alone, undated. Read as
 * the oldest entry, and moved into the list by the next write.
 */
const DELETED_KEY = 'deletedWorkspaces';
const LEGACY_DELETED_KEY = 'lastDeletedWorkspace';
const KEPT_DELETIONS_VERSION = 3;
/** Deletions kept at most: two deleted one after the other lost the first for good (a fresh-eyes walk). */
const KEPT_DELETIONS_MAX = 10;
/**
 * How long a deleted workspace can be brought back; then its record is forgotten, at the next
 * start (as a bin's 30 days): a deletion should not keep the workspace for good.
 */
const KEPT_DELETION_MS = 30 * 24 * 60 * 60 * 1000;

/** Whether a value read back from IndexedDB has a workspaces record's shape (its id). */
const isRecord = (r: unknown): r is WorkspaceRecord => !!r && typeof r === 'object' && typeof (r as WorkspaceRecord).id === 'string';

/** How many operation ids a record remembers: far more than a journal ever holds. */
const APPLIED_OPS_KEPT = 500;

export function createRepository(db: ForankringDb = new ForankringDb()) {
  const summary = (r: WorkspaceRecord): WorkspaceSummary => ({ id: String(r.id), name: typeof r.name === 'string' ? r.name : String(r.id), region: r.region, updatedAt: Number(r.updatedAt) || 0 });

  async function listWorkspaces(): Promise<WorkspaceSummary[]> {
    const records = await db.workspaces.toArray();
    return records
      .filter((r) => r && typeof r === 'object')
      .map(summary)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // A record's content never changes without its revision, so a restore is remembered per revision.
  const restoredCache = new Map<string, { revision: number; updatedAt: number; stored: StoredWorkspace }>();

  function read(record: WorkspaceRecord): RecordRead {
    const cached = restoredCache.get(record.id);
    if (cached && cached.revision === record.revision && cached.updatedAt === record.updatedAt) return { ok: true, stored: cached.stored };
    const restored = restoreWorkspace(record.workspace);
    if (!restored.ok) return restored;
    return {
      ok: true,
      stored: {
        workspace: restored.workspace.id === record.id ? restored.workspace : { ...restored.workspace, id: record.id },
        revision: Number(record.revision) || 0,
        savedBy: String(record.savedBy ?? ''),
        appliedOps: Array.isArray(record.appliedOps) ? record.appliedOps : [],
        repairs: restored.repairs,
      },
    };
  }

  /** Moves a record that cannot be restored out of the way, kept whole. */
  async function setAside(record: WorkspaceRecord, reason: string): Promise<void> {
    await db.transaction('rw', db.workspaces, db.damaged, async () => {
      await db.damaged.add({ workspaceId: String(record.id), name: summary(record).name, raw: record, reason, setAsideAt: Date.now() });
      await db.workspaces.delete(record.id);
    });
  }

  /**
   * A record that needed repairs, kept as it was found beside the repaired workspace (once per
   * revision): a repair replaces or leaves out what did not read (an amount, a scenario too little
   * of which reads), and the next edit wrote the repaired workspace over the original (a
   * data-safety probe).
   */
  async function keepOriginal(record: WorkspaceRecord): Promise<void> {
    await db.transaction('rw', db.damaged, async () => {
      const kept = await db.damaged.where('workspaceId').equals(String(record.id)).toArray();
      if (kept.some((d) => d.reason === REPAIRED && (d.raw as WorkspaceRecord | undefined)?.revision === record.revision)) return;
      await db.damaged.add({ workspaceId: String(record.id), name: summary(record).name, raw: record, reason: REPAIRED, setAsideAt: Date.now() });
    });
  }

  async function loadWorkspace(id: string): Promise<LoadResult> {
    const record = await db.workspaces.get(id);
    if (!record) return { ok: false, reason: 'missing', name: id };
    const result = read(record);
    // At once, for the menu to offer it; the write over it keeps it too (applyOperations), so a
    // failure here (a full disk) costs nothing but the early offer.
    if (result.ok && result.stored.repairs.length > 0) await keepOriginal(record).catch(() => {});
    if (result.ok) return result;
    await setAside(record, result.reason);
    return { ok: false, reason: result.reason, name: summary(record).name };
  }

  function toRecord(workspace: Workspace, revision: number, savedBy: string, appliedOps: readonly string[]): WorkspaceRecord {
    return { id: workspace.id, name: workspace.name, region: workspace.region, workspace, updatedAt: Date.now(), revision, savedBy, appliedOps: appliedOps.slice(-APPLIED_OPS_KEPT) };
  }

  /** Stores a new workspace (created, imported, duplicated); an existing id is left alone (false). */
  async function addWorkspace(workspace: Workspace, savedBy: string): Promise<boolean> {
    return db.transaction('rw', db.workspaces, async () => {
      if (await db.workspaces.get(workspace.id)) return false;
      await db.workspaces.put(toRecord(workspace, 1, savedBy, []));
      return true;
    });
  }

  /**
   * Applies operations to the newest stored workspace in one transaction; those already applied
   * (by id) are skipped. Returns what is now stored. A record it cannot read is left as it is:
   * it may be a newer version's, which the next version of this tab reads.
   */
  async function applyOperations(workspaceId: string, operations: readonly Operation[], savedBy: string): Promise<Applied> {
    return db.transaction('rw', db.workspaces, db.damaged, async (): Promise<Applied> => {
      const record = await db.workspaces.get(workspaceId);
      if (!record) return { ok: false, reason: 'missing' };
      const current = read(record);
      if (!current.ok) return current;
      const seen = new Set(current.stored.appliedOps);
      const fresh = operations.filter((op) => !seen.has(op.id));
      if (fresh.length === 0) return current;
      // Not written over without its original kept, whichever tab writes first (one that only
      // followed it through its watch too); if that fails, so does the write, and the journal keeps the edit.
      if (current.stored.repairs.length > 0) await keepOriginal(record);
      const workspace = fresh.reduce((ws, op) => applyCommand(ws, op.command), current.stored.workspace);
      const appliedOps = [...current.stored.appliedOps, ...fresh.map((op) => op.id)].slice(-APPLIED_OPS_KEPT);
      const revision = current.stored.revision + 1;
      const written = toRecord(workspace, revision, savedBy, appliedOps);
      await db.workspaces.put(written);
      const stored: StoredWorkspace = { workspace, revision, savedBy, appliedOps, repairs: [] };
      restoredCache.set(workspaceId, { revision, updatedAt: written.updatedAt, stored });
      return { ok: true, stored };
    });
  }

  /**
   * Deletes a workspace and returns its record, so the caller can offer undo. `keep`: a user's
   * deletion, kept so that after a reload (when the notice's Fortryd and Ctrl+Z are gone) the
   * workspace menu can still bring it back, each of the last ten for 30 days. A workspace the app
   * discards itself (a first visit's untouched default a link replaced) is not offered back.
   */
  function deleteWorkspace(id: string, { keep = false } = {}): Promise<WorkspaceRecord | undefined> {
    return db.transaction('rw', db.workspaces, db.meta, async () => {
      const record = await db.workspaces.get(id);
      await db.workspaces.delete(id);
      const { kept, newer } = await keptDeletions();
      if (record && keep && !newer) await writeKept([{ record, deletedAt: Date.now() }, ...kept.filter((k) => k.record.id !== id)]);
      return record;
    });
  }

  /** The stored revision of a workspace, read and nothing else (no restore, no replay); undefined where there is none. */
  const revisionOf = async (id: string): Promise<number | undefined> => {
    const record = await db.workspaces.get(id);
    return record ? Number(record.revision) || 0 : undefined;
  };

  /** Puts a deleted record back; if it was kept as deleted, it is no longer. */
  const undeleteWorkspace = (record: WorkspaceRecord): Promise<void> =>
    db.transaction('rw', db.workspaces, db.meta, async () => {
      await db.workspaces.put(record);
      const { kept, newer } = await keptDeletions();
      if (!newer && kept.some((k) => k.record.id === record.id)) await writeKept(kept.filter((k) => k.record.id !== record.id));
    });

  type Kept = { readonly record: WorkspaceRecord; readonly deletedAt: number | null };

  /** Writes the kept deletions (newest first, at most ten) in the list's form; the legacy record goes. */
  async function writeKept(kept: readonly Kept[]): Promise<void> {
    await db.meta.put({ key: DELETED_KEY, value: { version: KEPT_DELETIONS_VERSION, kept: kept.slice(0, KEPT_DELETIONS_MAX) } });
    await db.meta.delete(LEGACY_DELETED_KEY);
  }

  /**
   * The records kept as deleted, newest first, each with when it was deleted (null for the first
   * version's, which kept no date: the oldest). A record never passes unchecked: an entry without
   * a record's shape is left out. The legacy record joins the list by its date: a tab still on
   * the version before may have written it after the list's newest. `newer`: the list is a newer
   * version's, read as none and never written over (the schema's rule for what it cannot read).
   */
  async function keptDeletions(): Promise<{ kept: Kept[]; newer: boolean }> {
    const value: unknown = (await db.meta.get(DELETED_KEY))?.value;
    const version = value && typeof value === 'object' ? Number((value as { version?: unknown }).version) : NaN;
    if (version > KEPT_DELETIONS_VERSION) return { kept: [], newer: true };
    const listed = version === KEPT_DELETIONS_VERSION ? (value as { kept?: unknown }).kept : undefined;
    const kept: Kept[] = (Array.isArray(listed) ? listed : []).flatMap((entry: unknown) => {
      const { record, deletedAt } = (entry ?? {}) as { record?: unknown; deletedAt?: unknown };
      return isRecord(record) ? [{ record, deletedAt: Number(deletedAt) || 0 }] : [];
    });
    const legacy = legacyDeletion(await db.meta.get(LEGACY_DELETED_KEY));
    if (legacy && !kept.some((k) => k.record.id === legacy.record.id)) kept.push(legacy);
    return { kept: kept.sort((a, b) => (b.deletedAt ?? -Infinity) - (a.deletedAt ?? -Infinity)), newer: false };
  }

  /** The one deletion the versions before the list kept: `{ version: 2, record, deletedAt }`, or the record alone. */
  function legacyDeletion(meta: { value: unknown } | undefined): Kept | null {
    const old: unknown = meta?.value;
    if (!old || typeof old !== 'object') return null;
    const { version, record, deletedAt } = old as { version?: unknown; record?: unknown; deletedAt?: unknown };
    if (version === 2) return isRecord(record) ? { record, deletedAt: Number(deletedAt) || 0 } : null;
    return isRecord(old) ? { record: old, deletedAt: null } : null;
  }

  const expired = (kept: Kept) => kept.deletedAt !== null && Date.now() - kept.deletedAt > KEPT_DELETION_MS;

  /**
   * At each start: forgets deletions kept past their time, and dates those the first version kept
   * (their 30 days begin now: a record's last save may be far older than its deletion). A failure
   * here never stops the start: the deletions are only kept a while longer.
   */
  const ageKeptDeletion = (): Promise<void> =>
    db
      .transaction('rw', db.meta, async () => {
        const { kept, newer } = await keptDeletions();
        if (newer) return;
        const aged = kept.filter((k) => !expired(k)).map((k) => (k.deletedAt === null ? { ...k, deletedAt: Date.now() } : k));
        if (aged.length === 0) {
          await db.meta.delete(DELETED_KEY);
          await db.meta.delete(LEGACY_DELETED_KEY);
        } else if (aged.length !== kept.length || kept.some((k) => k.deletedAt === null)) await writeKept(aged);
      })
      .catch(() => undefined);

  /**
   * The workspaces deleted that can come back, newest first, by id, name and when (null: a
   * deletion the first versions kept undated): not one back
   * already, nor one past its time, nor one this version cannot read (a record the menu offered
   * would otherwise be set aside as damaged the moment it opened).
   */
  async function deletedWorkspaces(): Promise<{ readonly id: string; readonly name: string; readonly deletedAt: number | null }[]> {
    const kept = (await keptDeletions()).kept.filter((k) => !expired(k) && read(k.record).ok);
    const back = new Set((await db.workspaces.bulkGet(kept.map((k) => k.record.id))).flatMap((r) => (r ? [r.id] : [])));
    return kept.filter((k) => !back.has(k.record.id)).map((k) => ({ id: k.record.id, name: summary(k.record).name, deletedAt: k.deletedAt || null }));
  }

  /**
   * Puts a deleted workspace back and forgets its deletion; its id, or null if it is not kept (or
   * past its time). In one transaction: if its id is back already (another tab kept it), the
   * newer record stays.
   */
  const restoreDeleted = (id: string): Promise<string | null> =>
    db.transaction('rw', db.workspaces, db.meta, async () => {
      const { kept, newer } = await keptDeletions();
      const entry = newer ? undefined : kept.find((k) => k.record.id === id);
      if (!entry || expired(entry)) return null;
      await writeKept(kept.filter((k) => k !== entry));
      if (!(await db.workspaces.get(id))) await db.workspaces.put(entry.record);
      return id;
    });

  const listDamaged = (): Promise<DamagedRecord[]> => db.damaged.toArray();
  const discardDamaged = async (key: number): Promise<void> => {
    await db.damaged.delete(key);
  };

  /** What a meta record holds, unchecked: a damaged one holds anything (its readers check its type). */
  const getMeta = async (key: string): Promise<unknown> => (await db.meta.get(key))?.value;
  const setMeta = async (key: string, value: unknown): Promise<void> => {
    await db.meta.put({ key, value });
  };

  /**
   * Calls back with the record's revision whenever it changes, in this tab or another, and a
   * reader: restoring a large workspace is work the caller skips for a revision it already has.
   * The reader says why a record cannot be read (a newer version's, or damaged). `onGone`: the
   * record is no longer there (deleted in another tab).
   */
  function watchWorkspace(id: string, onChange: (revision: number, read: () => RecordRead) => void, onError: (error: unknown) => void, onGone?: () => void): Unsubscribe {
    const subscription = liveQuery(() => db.workspaces.get(id)).subscribe({
      next: (record) => {
        if (!record) return void onGone?.();
        onChange(Number(record.revision) || 0, () => read(record));
      },
      error: onError,
    });
    return () => subscription.unsubscribe();
  }

  function watchList(onChange: (list: WorkspaceSummary[]) => void, onError: (error: unknown) => void): Unsubscribe {
    const subscription = liveQuery(listWorkspaces).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  function watchDamaged(onChange: (list: DamagedRecord[]) => void, onError: (error: unknown) => void): Unsubscribe {
    const subscription = liveQuery(listDamaged).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  return {
    open: () => db.open().then(ageKeptDeletion),
    close: () => db.close(),
    listWorkspaces,
    loadWorkspace,
    addWorkspace,
    applyOperations,
    revisionOf,
    deleteWorkspace,
    undeleteWorkspace,
    deletedWorkspaces,
    restoreDeleted,
    listDamaged,
    discardDamaged,
    getMeta,
    setMeta,
    watchWorkspace,
    watchList,
    watchDamaged,
    decisions: createDecisionStore(db),
  };
}

export type Repository = ReturnType<typeof createRepository>;

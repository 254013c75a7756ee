/**
 * Each workspace's undo history, kept in this tab's sessionStorage: a reload (F5, or the update
 * prompt's) keeps Ctrl+Z as it keeps the edits, another tab has its own history, as it has in
 * memory, and a workspace opened again in this tab finds its history where it was left. What is
 * read back is only used if it has the shape the session wrote; an entry that no longer applies
 * is dropped when it is undone.
 */
import type { Command } from '../../model';

export interface HistoryEntry {
  readonly redo: Command;
  readonly undo: Command;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export interface HistoryStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One key per workspace. An earlier version kept one workspace's history under the bare prefix. */
const PREFIX = 'forankring-undo';
const keyOf = (workspaceId: string) => `${PREFIX}:${workspaceId}`;
/** The record's own version: a record of another shape is not read. */
const VERSION = 1;
const EMPTY: History = { past: [], future: [] };

const isCommand = (c: unknown): c is Command => !!c && typeof c === 'object' && typeof (c as { type?: unknown }).type === 'string';
const isEntry = (e: unknown): e is HistoryEntry => !!e && typeof e === 'object' && isCommand((e as HistoryEntry).redo) && isCommand((e as HistoryEntry).undo);
const isEntries = (x: unknown): x is HistoryEntry[] => Array.isArray(x) && x.every(isEntry);

/** The history a record holds for `workspaceId`; null: none, or not of the shape written here. */
function read(text: string | null, workspaceId: string): History | null {
  let record: unknown;
  try {
    record = JSON.parse(text ?? 'null');
  } catch {
    // Broken text: no history. (A broken earlier-version record must not stop a write either.)
    return null;
  }
  if (!record || typeof record !== 'object') return null;
  const r = record as { version?: unknown; workspaceId?: unknown; past?: unknown; future?: unknown };
  if (r.version !== VERSION || r.workspaceId !== workspaceId || !isEntries(r.past) || !isEntries(r.future)) return null;
  return { past: r.past, future: r.future };
}

export function createUndoHistoryStore(storage: HistoryStorage | null = globalThis.sessionStorage ?? null) {
  /** This page's histories: kept here too, for a storage that is full or missing. */
  const memory = new Map<string, History>();

  /** Other workspaces' histories leave the storage (they stay in memory): room for the one at work. */
  function makeRoom(workspaceId: string): void {
    const others: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage!.key(i);
      if (key?.startsWith(PREFIX) && key !== keyOf(workspaceId)) others.push(key);
    }
    for (const key of others) storage!.removeItem(key);
  }

  return {
    save(workspaceId: string, history: History): void {
      const empty = history.past.length === 0 && history.future.length === 0;
      if (empty) memory.delete(workspaceId);
      else memory.set(workspaceId, history);
      const text = JSON.stringify({ version: VERSION, workspaceId, past: history.past, future: history.future });
      try {
        // The earlier version's record, once this workspace's history is written anew.
        if (read(storage?.getItem(PREFIX) ?? null, workspaceId)) storage?.removeItem(PREFIX);
        if (empty) return storage?.removeItem(keyOf(workspaceId));
        try {
          storage?.setItem(keyOf(workspaceId), text);
        } catch {
          makeRoom(workspaceId);
          storage?.setItem(keyOf(workspaceId), text);
        }
      } catch {
        // A full or missing sessionStorage: the history stays in memory; only a reload loses it.
      }
    },
    /** The history this tab kept for `workspaceId`, or an empty one. */
    restore(workspaceId: string): History {
      const kept = memory.get(workspaceId);
      if (kept) return kept;
      try {
        return read(storage?.getItem(keyOf(workspaceId)) ?? null, workspaceId) ?? read(storage?.getItem(PREFIX) ?? null, workspaceId) ?? EMPTY;
      } catch {
        // No sessionStorage to read (getItem throws where storage is blocked).
        return EMPTY;
      }
    },
  };
}

export type UndoHistoryStore = ReturnType<typeof createUndoHistoryStore>;

/**
 * The open workspace's undo history, kept in this tab's sessionStorage: a reload (F5, or the
 * update prompt's) keeps Ctrl+Z as it keeps the edits, and another tab has its own history, as
 * it has in memory. One workspace's history at a time. What is read back is only used if it has
 * the shape the session wrote; an entry that no longer applies is dropped when it is undone.
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
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'forankring-undo';
/** The record's own version: a record of another shape is not read. */
const VERSION = 1;

const isCommand = (c: unknown): c is Command => !!c && typeof c === 'object' && typeof (c as { type?: unknown }).type === 'string';
const isEntry = (e: unknown): e is HistoryEntry => !!e && typeof e === 'object' && isCommand((e as HistoryEntry).redo) && isCommand((e as HistoryEntry).undo);
const isEntries = (x: unknown): x is HistoryEntry[] => Array.isArray(x) && x.every(isEntry);

export function createUndoHistoryStore(storage: HistoryStorage | null = globalThis.sessionStorage ?? null) {
  return {
    save(workspaceId: string, history: History): void {
      try {
        if (history.past.length === 0 && history.future.length === 0) storage?.removeItem(KEY);
        else storage?.setItem(KEY, JSON.stringify({ version: VERSION, workspaceId, past: history.past, future: history.future }));
      } catch {
        // A full or missing sessionStorage: the history stays in memory; only a reload loses it.
      }
    },
    /** The history this tab kept for `workspaceId`, or an empty one. */
    restore(workspaceId: string): History {
      try {
        const record: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
        if (!record || typeof record !== 'object') return { past: [], future: [] };
        const r = record as { version?: unknown; workspaceId?: unknown; past?: unknown; future?: unknown };
        if (r.version !== VERSION || r.workspaceId !== workspaceId || !isEntries(r.past) || !isEntries(r.future)) return { past: [], future: [] };
        return { past: r.past, future: r.future };
      } catch {
        return { past: [], future: [] };
      }
    },
  };
}

export type UndoHistoryStore = ReturnType<typeof createUndoHistoryStore>;

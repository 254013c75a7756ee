/**
 * The synchronous journal: every operation is written to localStorage at once, in the same
 * task as the keystroke, and removed when IndexedDB has confirmed it. A tab that reloads or
 * closes 0 ms after Enter loses nothing: the next start replays what IndexedDB never got, and
 * since the repository remembers applied operation ids, a replayed edit is applied once.
 */
import type { Command } from '../model';

export interface JournalEntry {
  readonly id: string;
  readonly workspaceId: string;
  readonly command: Command;
  readonly at: number;
}

const KEY = 'forankring-journal';
/** Set once this browser has stored a workspace: a first visit can show figures before IndexedDB opens. */
const STORED_KEY = 'forankring-stored';
/** The id of the default workspace a browser that has stored none yet shows (see defaultWorkspaceId). */
const DEFAULT_ID_KEY = 'forankring-default-workspace';
/** Entries older than this are dropped unread: a week-old edit no tab confirmed is not replayed blindly. */
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function createJournal(storage: JournalStorage | null = globalThis.localStorage ?? null) {
  function read(): JournalEntry[] {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      const now = Date.now();
      return parsed.filter(
        (e): e is JournalEntry =>
          !!e && typeof e === 'object' && typeof e.id === 'string' && typeof e.workspaceId === 'string' && !!e.command && typeof e.command === 'object' && typeof e.at === 'number' && now - e.at < MAX_AGE_MS,
      );
    } catch {
      return [];
    }
  }

  function write(entries: readonly JournalEntry[]): boolean {
    try {
      storage?.setItem(KEY, JSON.stringify(entries));
      return true;
    } catch {
      // A full or missing localStorage: IndexedDB still gets the edit; only the 0 ms guarantee is lost.
      return false;
    }
  }

  return {
    add: (entry: JournalEntry): boolean => write([...read(), entry]),
    confirm(ids: readonly string[]): void {
      if (ids.length === 0) return;
      const done = new Set(ids);
      const entries = read();
      const left = entries.filter((e) => !done.has(e.id));
      if (left.length !== entries.length) write(left);
    },
    pending: (workspaceId: string): JournalEntry[] => read().filter((e) => e.workspaceId === workspaceId),
    /** True on a first visit: nothing stored and nothing journalled (the default can show at once). */
    firstVisit(): boolean {
      try {
        return storage !== null && storage.getItem(STORED_KEY) === null && read().length === 0;
      } catch {
        return false;
      }
    },
    /**
     * The id for the default workspace, kept until a workspace is stored: a first visit reloaded
     * before IndexedDB took its record shows the same workspace again, so the edits journalled
     * for it replay and the typing kept for it comes back, instead of going to an id never seen.
     */
    defaultWorkspaceId(make: () => string): string {
      try {
        if (storage === null || storage.getItem(STORED_KEY) !== null) return make();
        const kept = storage.getItem(DEFAULT_ID_KEY);
        if (kept && /^ws-[\w-]{1,100}$/.test(kept)) return kept;
        const id = make();
        storage.setItem(DEFAULT_ID_KEY, id);
        return id;
      } catch {
        return make();
      }
    },
    markStored(): void {
      try {
        storage?.setItem(STORED_KEY, '1');
      } catch {
        // No localStorage: every start waits for IndexedDB, as before.
      }
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;

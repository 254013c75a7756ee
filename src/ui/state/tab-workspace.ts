/**
 * The workspace this tab has open, kept in its sessionStorage: a reload (F5, or the update's
 * reload) opens it again, not the browser's current workspace — the one last opened in any tab.
 * A projector presenting workspace A came back on workspace B after the laptop beside it
 * had opened B (carried from a meeting walk). A new tab has none and opens the browser's current.
 */
const TAB_WORKSPACE_KEY = 'forankring:tab-workspace';

export interface TabWorkspace {
  /** The id this tab had open before its reload; null in a new tab (or where storage is blocked). */
  read(): string | null;
  keep(id: string): void;
}

type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function createTabWorkspace(storage: TabStorage | null = globalThis.sessionStorage ?? null): TabWorkspace {
  return {
    read() {
      try {
        return storage?.getItem(TAB_WORKSPACE_KEY) || null;
      } catch {
        // Blocked: the browser's current workspace opens, as in a new tab.
        return null;
      }
    },
    keep(id) {
      try {
        storage?.setItem(TAB_WORKSPACE_KEY, id);
      } catch {
        // Full or blocked: a reload opens the browser's current workspace, as it did.
      }
    },
  };
}

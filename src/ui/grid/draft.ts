/**
 * Text typed in a cell and not yet entered, kept over a reload of the tab (F5, or the update
 * bar's Genindlæs in the middle of a meeting): the page being left writes it to this tab's
 * sessionStorage, and the next one opens that cell's field with it again, not entered. One
 * draft, of one workspace; what is read back is used only if it has the shape written here. A
 * page left with nothing being typed drops it, so an older one never comes back.
 */
export interface Draft {
  readonly workspaceId: string;
  readonly row: string;
  readonly scenarioId: string;
  readonly text: string;
}

const KEY = 'forankring-draft';
/** The record's own version: a record of another shape is not read. */
const VERSION = 1;

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const sessionStore = (): DraftStorage | null => globalThis.sessionStorage ?? null;

export function keepDraft(draft: Draft, storage = sessionStore()): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, ...draft }));
  } catch {
    // A full or missing sessionStorage: the typing is lost with the page, as it was.
  }
}

/** Forgets the draft: nothing is being typed as the page is left, or it has been offered. */
export function dropDraft(storage = sessionStore()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // No sessionStorage: there is no draft either.
  }
}

/** The draft kept for `workspaceId` (until dropped), or null. */
export function readDraft(workspaceId: string, storage = sessionStore()): Draft | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const d = raw as Record<string, unknown>;
    const strings = [d['workspaceId'], d['row'], d['scenarioId'], d['text']].every((v) => typeof v === 'string');
    if (d['version'] !== VERSION || !strings || d['workspaceId'] !== workspaceId) return null;
    return { workspaceId, row: d['row'] as string, scenarioId: d['scenarioId'] as string, text: d['text'] as string };
  } catch {
    return null;
  }
}

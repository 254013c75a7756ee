/**
 * Autosave of the open workspace. An edit here is a committed cell or paste, not a keystroke,
 * so it is written at once (edits arriving while a write runs are coalesced into the next
 * one): closing the tab right after an edit loses nothing. Hiding or closing the tab flushes
 * too. A write that fails leaves the in-memory workspace untouched and says so.
 */
import { createSignal } from 'solid-js';
import type { Repository } from '../../db/repository';
import type { Workspace } from '../../model';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export function createAutosave(repository: Repository, tabId: string, onError: (error: unknown) => void, delayMs = 0) {
  const [state, setState] = createSignal<SaveState>('saved');
  let pending: Workspace | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  /** The highest revision this tab wrote, so the watcher can tell its own writes apart. */
  let ownRevision = 0;

  function flush(): Promise<void> {
    clearTimeout(timer);
    const workspace = pending;
    if (!workspace) return writing;
    pending = null;
    setState('saving');
    writing = writing
      .then(() => repository.saveWorkspace(workspace, tabId))
      .then(
        (revision) => {
          ownRevision = Math.max(ownRevision, revision);
          if (!pending) setState('saved');
        },
        (error: unknown) => {
          // Keep the workspace queued so the next edit or flush retries it.
          pending ??= workspace;
          setState('failed');
          onError(error);
        },
      );
    return writing;
  }

  function schedule(workspace: Workspace): void {
    pending = workspace;
    setState('pending');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  }

  return {
    state,
    schedule,
    flush,
    hasPending: () => pending !== null,
    noteOwnRevision: (revision: number) => (ownRevision = Math.max(ownRevision, revision)),
    isOwnRevision: (revision: number) => revision <= ownRevision,
  };
}

/**
 * The workspace session: the open workspace, its undo history, and the one way it changes —
 * `dispatch(command)`. A command is applied here at once, journalled synchronously, and written
 * to IndexedDB as an operation on the newest stored record. Another tab's writes arrive through
 * the repository's watch and are adopted with this tab's unconfirmed operations re-applied on
 * top, so both tabs converge and neither loses an edit. Undo is a command too.
 */
import { batch, createSignal } from 'solid-js';
import { CURRENT_WORKSPACE_KEY, DB_NAME } from '../../db/identity';
import type { Journal } from '../../db/journal';
import type { Operation, RecordRead, Repository, StoredWorkspace, WorkspaceSummary } from '../../db/repository';
import { createWorkspace, type Command, type Lang, type RegionName, type RestoreFailure, type ValidationIssue, type Workspace } from '../../model';
import { sameDocument } from '../../model/same-document';
import { afterPaint } from '../after-paint';
import type { TabWorkspace } from './tab-workspace';
import type { HistoryEntry, UndoHistoryStore } from './undo-history';

/** How long an edit's write waits for the frame that shows it, at most (after-paint.ts). */
const WRITE_DEADLINE_MS = 150;

export type SaveState = 'saved' | 'saving' | 'failed' | 'memory';

export interface SessionEvents {
  /** A new workspace, before the screen changes: compute it, then call `reveal` (at once unless `hold`). */
  readonly onWorkspace: (ws: Workspace, revision: number, reveal: () => void, hold: boolean) => void;
  /** The workspace an edit being typed would make (null: none, or the editing ended): compute it ahead. */
  readonly onPreview?: (ws: Workspace | null, revision: number, ended: boolean) => void;
  readonly onSaveFailed: (error: unknown) => void;
  readonly onDamaged: (name: string) => void;
  readonly onRepaired: (ws: Workspace, repairs: readonly string[]) => void;
  readonly onStorageError: (error: unknown) => void;
  /** An edit made before the command rules had loaded turned out to break a rule. */
  readonly onRefused?: (refused: readonly ValidationIssue[]) => void;
  /** The open workspace was deleted in another tab: it stays on screen unsaved until `keep` saves it again. */
  readonly onDeletedElsewhere?: (name: string, keep: () => Promise<void>) => void;
  /** The open workspace's record was written by a newer version of the app, or is damaged. */
  readonly onUnreadableElsewhere?: (name: string, why: 'newerVersion' | 'damaged') => void;
  /** Another tab's write changed what edits made here had set: the workspace with this tab's values, and as it is. */
  readonly onOverwrittenElsewhere?: (mine: Workspace, now: Workspace) => void;
}

/** How commands apply and undo (model/commands.ts and its edits): loaded after the first figures. */
export type CommandRules = Pick<typeof import('../../model/commands'), 'tryCommand' | 'inverseOf' | 'changedSince'>;

export interface SessionDeps {
  /** Resolves once the first figures are on screen (or soon after, if they are slow). */
  readonly firstFigures?: () => Promise<void>;
  readonly loadRepository: () => Promise<Repository | null>;
  /**
   * A reload's workspace read without the repository (null: none, or not plainly readable):
   * `tabWorkspace` if it is still stored, else the browser's current one.
   */
  readonly peek?: (tabWorkspace: string | null) => Promise<StoredWorkspace | null>;
  /** The workspace this tab has open, kept over its reload (its sessionStorage). */
  readonly tabWorkspace?: TabWorkspace;
  readonly journal: Journal;
  readonly tabId: string;
  readonly newId: () => string;
  readonly events: SessionEvents;
  /**
   * Where the undo history outlives a reload (this tab's sessionStorage); none: memory only.
   * Loaded when a stored workspace opens, not before the first figures.
   */
  readonly loadHistory?: () => Promise<UndoHistoryStore>;
}

const HISTORY_LIMIT = 200;
/**
 * How many of this tab's last edits another tab's write is checked against: each is a command
 * tried twice, with the workspace's validation, on every write from another tab.
 */
const OVERWRITE_LOOKBACK = 8;

/** Whether this browser already has the app's database (where the browser can tell). */
async function databaseExists(): Promise<boolean> {
  try {
    const list = await globalThis.indexedDB?.databases?.();
    return list ? list.some((d) => d.name === DB_NAME) : true;
  } catch {
    return true;
  }
}

export function createWorkspaceSession(deps: SessionDeps) {
  const [workspace, setWorkspace] = createSignal<Workspace>(createWorkspace());
  const [revision, setRevision] = createSignal(0);
  const [ready, setReady] = createSignal(false);
  /** Whether IndexedDB is open and holds the workspace on screen (after a first visit's store). */
  const [stored, setStored] = createSignal(false);
  /** The default workspace a first visit made (a link opened before any work may replace it). */
  let firstVisitId: string | null = null;
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [past, setPast] = createSignal<readonly HistoryEntry[]>([]);
  const [future, setFuture] = createSignal<readonly HistoryEntry[]>([]);
  /** This tab's changes to the workspace (edits, undos and redos), counted: "has anything changed since". */
  const [changes, setChanges] = createSignal(0);
  /** Another tab's writes that changed what is on screen, counted (not the replays at a start). */
  const [changesElsewhere, setChangesElsewhere] = createSignal(0);
  let historyStore: UndoHistoryStore | undefined;
  const loadHistory = async () => (historyStore ??= await deps.loadHistory?.());
  /** The history is written once the frame after its change is painted (it may hold whole scenarios). */
  let historyWrite = false;
  function keepHistory(): void {
    if (!deps.loadHistory || historyWrite) return;
    historyWrite = true;
    afterPaint(() => {
      if (!historyWrite) return;
      historyWrite = false;
      void loadHistory().then((store) => store?.save(latest.id, { past: past(), future: future() }));
    });
  }
  /**
   * Writes a history still waiting for its frame now, for a page being left (a reload right after
   * an edit: the frame's idle time never comes). Only if its store has loaded: this cannot wait.
   */
  function flushHistory(): void {
    if (!historyWrite || !historyStore) return;
    historyWrite = false;
    historyStore.save(latest.id, { past: past(), future: future() });
  }
  /**
   * The history of the workspace being left (another one opens) is kept as it is now, under its
   * own id: opened again in this tab, its Ctrl+Z takes back its edits where they were left.
   */
  function keepLeftHistory(opening: string): void {
    const left = latest.id;
    if (left === opening || !deps.loadHistory) return;
    historyWrite = false;
    const history = { past: past(), future: future() };
    if (historyStore) historyStore.save(left, history);
    else if (history.past.length > 0 || history.future.length > 0) void loadHistory().then((store) => store?.save(left, history));
  }
  const [workspaces, setWorkspaces] = createSignal<readonly WorkspaceSummary[]>([]);
  let repo: Repository | null = null;
  /** Operations this tab applied that IndexedDB has not confirmed yet. */
  let pending: Operation[] = [];
  /** The revision of the stored record this tab's state builds on. */
  let storedRevision = 0;
  let stopWatching: (() => void) | undefined;
  let localRevision = 0;
  let shownRevision = 0;
  const beforeReveal = new Set<() => void>();
  /** Edits journalled but not yet written to IndexedDB (written once they are on screen). */
  const toPersist: { op: Operation; workspaceId: string }[] = [];
  let latest = workspace();
  /**
   * The command rules are a fifth of the JavaScript before the first figures and nothing before
   * them needs them, so they load once the figures are on screen (or at start, where nothing
   * waits for figures, as in tests). An edit quicker than that waits for them: it applies when
   * they arrive, and a refusal is reported then.
   */
  let rules: CommandRules | null = null;
  let rulesLoading: Promise<CommandRules> | null = null;
  const loadRules = (): Promise<CommandRules> => (rulesLoading ??= import('../../model/commands').then((m) => (rules = m)));

  /**
   * The edit being typed, applied ahead: if it is made on the same workspace, dispatch takes this
   * workspace as it is (the rules are pure), so its figures, computed meanwhile, are ready.
   */
  let ahead: { base: Workspace; command: Command; after: Workspace } | null = null;

  function preview(command: Command | null, ended = false): void {
    ahead = null;
    if (command && rules) {
      const { workspace: after, refused } = rules.tryCommand(latest, command);
      if (refused.length === 0 && after !== latest) ahead = { base: latest, command, after };
    }
    deps.events.onPreview?.(ahead?.after ?? null, localRevision + 1, ended);
  }

  /**
   * A new workspace: its compute is requested first; the screen changes once, when its figures
   * arrive (or after a short hold if they are slow), so an edit never renders with old figures.
   * `latest` is what the next command builds on; `workspace()` is what the screen shows.
   */
  function show(ws: Workspace, hold = false): void {
    latest = ws;
    localRevision += 1;
    const revision = localRevision;
    const reveal = () => {
      if (revision <= shownRevision) return;
      shownRevision = revision;
      batch(() => {
        // Before the screen changes: a view moves focus now, while layout is clean, not after.
        for (const hook of beforeReveal) hook();
        setWorkspace(ws);
        setRevision(revision);
        setReady(true);
      });
      const writes = toPersist.splice(0);
      // Written within WRITE_DEADLINE_MS even where the tab gets no frames (after-paint.ts).
      if (writes.length > 0) afterPaint(() => writes.forEach((w) => void persist(w.op, w.workspaceId)), WRITE_DEADLINE_MS);
    };
    deps.events.onWorkspace(ws, revision, reveal, hold);
  }

  async function persist(op: Operation, workspaceId: string): Promise<void> {
    // Before the first record exists (a first visit still opening IndexedDB), storeFirst writes
    // this edit: in the record, or right after it if the record was already on its way. Before
    // the repository is here (a reload shown early), start writes it once it is. Deleted in
    // another tab, nothing is written until the user saves it again (keepHere): an edit's write
    // that came late, after the other tab took its deletion back, went onto the record unasked
    // while the notice still said it was deleted (seen under load in the two-tab e2e).
    if (!repo || storedRevision === 0 || writesHeld) return;
    setSaveState('saving');
    try {
      const applied = await repo.applyOperations(workspaceId, [op], deps.tabId);
      // No record to write to (deleted in another tab), or one this version cannot read (a newer
      // version's, written by an updated tab): not saved, and kept in the journal.
      if (!applied.ok) return void (applied.reason === 'missing' ? goneElsewhere(workspaceId) : unreadable(workspaceId, applied.reason), setSaveState('failed'));
      const stored = applied.stored;
      deps.journal.confirm([op.id]);
      pending = pending.filter((p) => p.id !== op.id);
      // What was written may hold another tab's edit made just before ours: build on it.
      if (stored.revision > storedRevision) rebase(stored);
      if (pending.length === 0) setSaveState('saved');
    } catch (error) {
      setSaveState('failed');
      deps.events.onSaveFailed(error);
    }
  }

  /** Applies a command: undoable, journalled, saved, recomputed. Returns the rules it would break, if refused. */
  function dispatch(command: Command, record: 'history' | 'undo' | 'redo' = 'history'): readonly ValidationIssue[] {
    if (!rules) {
      // Within moments of the first figures the rules are still loading. The edit is journalled
      // now, so a page left before they arrive replays it at its next start; it applies (or is
      // refused and dropped from the journal) once they are here.
      const journalled = deps.newId();
      deps.journal.add({ id: journalled, workspaceId: latest.id, command, at: Date.now() });
      void loadRules().then(() => {
        const refused = apply(command, record, journalled);
        if (refused.length > 0) deps.events.onRefused?.(refused);
      });
      return [];
    }
    return apply(command, record);
  }

  /** `journalled`: the id the journal already holds the command under (dispatched before the rules). */
  function apply(command: Command, record: 'history' | 'undo' | 'redo', journalled?: string): readonly ValidationIssue[] {
    const before = latest;
    const made = ahead && ahead.base === before && sameDocument(ahead.command, command) ? ahead.after : null;
    ahead = null;
    const { workspace: after, refused } = made ? { workspace: made, refused: [] } : rules!.tryCommand(before, command);
    if (refused.length > 0 || after === before) {
      if (journalled) deps.journal.confirm([journalled]);
      return refused;
    }
    const entry: HistoryEntry = { redo: command, undo: rules!.inverseOf(before, command) };
    if (record === 'history') {
      setPast((p) => [...p, entry].slice(-HISTORY_LIMIT));
      setFuture([]);
    }
    keepHistory();
    const op: Operation = { id: journalled ?? deps.newId(), command };
    if (!journalled) deps.journal.add({ id: op.id, workspaceId: before.id, command, at: Date.now() });
    pending.push(op);
    // The journal already holds the edit (a reload replays it): the IndexedDB write waits until
    // the edit is on screen with its figures and that frame is painted, so it never delays them.
    // (Not later, when the page is idle: another tab waits for this write to show the edit.)
    toPersist.push({ op, workspaceId: before.id });
    setChanges((n) => n + 1);
    show(after, true);
    return [];
  }

  /**
   * Takes back this tab's last edit. What it set may have been changed since in another tab:
   * undoing it then would overwrite that change, so the edit is dropped from the history, not
   * undone, and the caller is given the undo left out; the next undo takes back the one before.
   */
  function undo(): { readonly leftOut: Command } | undefined {
    const entry = past()[past().length - 1];
    if (!entry) return;
    setPast((p) => p.slice(0, -1));
    if (overwrites(entry.redo, entry.undo)) {
      keepHistory();
      return { leftOut: entry.undo };
    }
    setFuture((f) => [entry, ...f]);
    step(entry.undo, 'undo');
  }

  /** The same for a redo: another tab may have changed what the undo set back. */
  function redo(): { readonly leftOut: Command } | undefined {
    const [entry, ...rest] = future();
    if (!entry) return;
    setFuture(rest);
    if (overwrites(entry.undo, entry.redo)) {
      keepHistory();
      return { leftOut: entry.redo };
    }
    setPast((p) => [...p, entry]);
    step(entry.redo, 'redo');
  }

  /**
   * Whether the `next` step would overwrite another tab's later change to what `last` (the step
   * made before it) set: only if it would change something, as that tab may have set the same.
   */
  function overwrites(last: Command, next: Command): boolean {
    try {
      return !!rules && rules.changedSince(latest, last) && !sameDocument(rules.tryCommand(latest, next).workspace, latest);
    } catch {
      // A kept history's command this version cannot read: the step itself ends the history.
      return false;
    }
  }

  /**
   * An undo or a redo. A history kept over a reload was written by an earlier page, maybe of an
   * older version: a command that no longer applies ends the history rather than the page.
   */
  function step(command: Command, record: 'undo' | 'redo'): void {
    try {
      dispatch(command, record);
    } catch {
      setPast([]);
      setFuture([]);
    }
    // Kept even when the step changed nothing (dispatch writes only for a change).
    keepHistory();
  }

  /** Another tab (or a replay) wrote the record: build on it, with our unconfirmed edits on top. */
  function adopt(revisionSeen: number, read: () => RecordRead): void {
    if (revisionSeen <= storedRevision) return;
    if (!rules) return void loadRules().then(() => adopt(revisionSeen, read));
    const result = read();
    // Another tab's newer version wrote it (or it is damaged): said now, not at this tab's next edit.
    if (!result.ok) return unreadable(latest.id, result.reason);
    rebase(result.stored, true);
  }

  function rebase(stored: StoredWorkspace, elsewhere = false): void {
    if (stored.workspace.id !== latest.id || stored.revision <= storedRevision) return;
    storedRevision = stored.revision;
    const applied = new Set(stored.appliedOps);
    pending = pending.filter((op) => !applied.has(op.id));
    const apply = rules!.tryCommand;
    const next = pending.reduce((ws, op) => apply(ws, op.command).workspace, stored.workspace);
    // Our own write coming back changes nothing on screen; keep the objects the results hang on.
    if (sameDocument(next, latest)) return;
    const before = latest;
    if (elsewhere) setChangesElsewhere((n) => n + 1);
    show(next, true);
    const mine = overwritten(before, next);
    // What this tab had set, beside what is there now: that change alone, not the rest of the write.
    if (mine.length > 0) deps.events.onOverwrittenElsewhere?.(mine.reduce((ws, e) => rules!.tryCommand(ws, e.redo).workspace, next), next);
  }

  /**
   * Whether one of this tab's last edits stood in `before` and is changed in `after`: the value
   * the user set here changed unasked (the later of two edits of a cell wins, in both tabs).
   */
  function overwritten(before: Workspace, after: Workspace): readonly HistoryEntry[] {
    try {
      return past().slice(-OVERWRITE_LOOKBACK).filter((e) => !rules!.changedSince(before, e.redo) && rules!.changedSince(after, e.redo));
    } catch {
      // A kept history's command this version cannot read: nothing to say of it.
      return [];
    }
  }

  /** Follows the open workspace's record: another tab's edits, or its deletion there. */
  function watch(id: string): void {
    stopFollowing();
    if (gone) setSaveState('saved');
    gone = false;
    writesHeld = false;
    stopWatching = repo?.watchWorkspace(id, adopt, deps.events.onStorageError, () => goneElsewhere(id));
  }

  /** Runs `then` once the first figures are on screen: what it reads never delays them. */
  const afterFirstFigures = (then: () => void): void => void (deps.firstFigures?.() ?? Promise.resolve()).then(then);

  /**
   * Follows the record from the first figures on, if it is still the open one then. A later
   * open or stop cancels a follow still waiting, so a workspace is never watched twice.
   */
  let followToken = 0;
  function follow(id: string): void {
    const token = ++followToken;
    afterFirstFigures(() => token === followToken && latest.id === id && watch(id));
  }

  function stopFollowing(): void {
    followToken += 1;
    stopWatching?.();
    stopWatching = undefined;
  }

  /**
   * The open workspace was deleted in another tab. What is on screen stays, with the edits made
   * here, but is no longer saved: the user is told, and may save it again as it is here.
   */
  let gone = false;
  /** Deleted elsewhere and not yet saved again here: this tab's edits wait in the journal. */
  let writesHeld = false;
  function goneElsewhere(id: string): void {
    if (id !== latest.id || gone) return;
    gone = true;
    writesHeld = true;
    stopFollowing();
    setSaveState('failed');
    deps.events.onDeletedElsewhere?.(latest.name, keepHere);
  }

  /**
   * The open workspace's record can no longer be read here: a newer version of the app wrote it
   * (this tab's edits wait in the journal, which a reload into that version replays), or it is
   * damaged. Said once per workspace.
   */
  let unreadableSaid: string | null = null;
  function unreadable(id: string, reason: RestoreFailure): void {
    if (id !== latest.id || unreadableSaid === id) return;
    unreadableSaid = id;
    deps.events.onUnreadableElsewhere?.(latest.name, reason === 'newerVersion' ? 'newerVersion' : 'damaged');
  }

  /** Saves the workspace deleted elsewhere again, as this tab has it (its edits included). */
  async function keepHere(): Promise<void> {
    if (!repo || !gone) return;
    writesHeld = false;
    await storeAsIs(repo);
  }

  /**
   * `keepCurrent`: the database already names it the current workspace, or it is this tab's own
   * reopened by a reload: the browser's current workspace is not written.
   */
  async function open(stored: StoredWorkspace, keepCurrent = false): Promise<void> {
    display(stored);
    if (!repo) return;
    // On a reload it names this id already: no needless readwrite transaction before the grid.
    if (!keepCurrent) await repo.setMeta(CURRENT_WORKSPACE_KEY, stored.workspace.id);
    follow(stored.workspace.id);
  }

  /** The screen's part of opening a stored workspace: its figures are computed, its history restored. */
  function display(stored: StoredWorkspace): void {
    stopFollowing();
    deps.tabWorkspace?.keep(stored.workspace.id);
    pending = [];
    storedRevision = stored.revision;
    keepLeftHistory(stored.workspace.id);
    setPast([]);
    setFuture([]);
    // Held for its figures (moments): the grid is built once, with them, not empty and then again.
    show(stored.workspace, true);
    // This tab's history of this workspace, kept over a reload (none for another workspace), in
    // a moment: under edits already made here, which cleared what could be redone.
    const id = stored.workspace.id;
    afterFirstFigures(() =>
      void loadHistory().then((store) => {
        if (!store || latest.id !== id) return;
        const kept = store.restore(id);
        if (past().length === 0) setFuture(kept.future);
        setPast((p) => [...kept.past, ...p].slice(-HISTORY_LIMIT));
      }),
    );
    if (stored.repairs.length > 0) deps.events.onRepaired(stored.workspace, stored.repairs);
  }

  /** Loads a stored workspace, replaying journalled edits IndexedDB never confirmed (once). */
  async function load(id: string): Promise<StoredWorkspace | null> {
    if (!repo) return null;
    const loaded = await repo.loadWorkspace(id);
    if (!loaded.ok) {
      if (loaded.reason !== 'missing') deps.events.onDamaged(loaded.name);
      return null;
    }
    const journalled = deps.journal.pending(id);
    if (journalled.length === 0) return loaded.stored;
    const replayed = await repo.applyOperations(id, journalled, deps.tabId);
    // Not written (the record went, or a newer version rewrote it, since it was read): the
    // journal keeps them for the next start.
    if (!replayed.ok) return loaded.stored;
    deps.journal.confirm(journalled.map((e) => e.id));
    return { ...replayed.stored, repairs: loaded.stored.repairs };
  }

  /** First visit: the workspace on screen (with any edits made meanwhile) becomes the stored one. */
  async function storeFirst(): Promise<void> {
    const r = repo!;
    await storeAsIs(r);
    nowStored(r);
  }

  /**
   * Writes the workspace on screen as a new record, with the edits made here, and follows it: a
   * first visit's default, or one deleted in another tab and kept here.
   */
  async function storeAsIs(r: Repository): Promise<void> {
    const ws = latest;
    const inRecord = new Set(pending.map((op) => op.id));
    if (!(await r.addWorkspace(ws, deps.tabId))) return storedAgain(r, ws.id);
    deps.journal.confirm([...inRecord]);
    pending = pending.filter((op) => !inRecord.has(op.id));
    const waiting = toPersist.filter((w) => !inRecord.has(w.op.id));
    toPersist.splice(0, toPersist.length, ...waiting);
    storedRevision = 1;
    // Edits made while the record was being written are not in it (their own write gave way to
    // this one): write them now, in order. Those still waiting for their frame are written then.
    for (const op of pending) if (!waiting.some((w) => w.op === op)) void persist(op, ws.id);
    await r.setMeta(CURRENT_WORKSPACE_KEY, ws.id);
    deps.tabWorkspace?.keep(ws.id);
    watch(ws.id);
  }

  /**
   * The id was stored again meanwhile (the other tab took its deletion back): the edits made here
   * go onto that record, as a reload replays them, not confirmed unwritten; then it is followed.
   */
  async function storedAgain(r: Repository, id: string): Promise<void> {
    const journalled = deps.journal.pending(id);
    const replayed = await r.applyOperations(id, journalled, deps.tabId);
    if (!replayed.ok) return void (replayed.reason === 'missing' ? storeAsIs(r) : unreadable(id, replayed.reason));
    deps.journal.confirm(journalled.map((e) => e.id));
    // Built on afresh: what came back may be older than what this tab last knew.
    storedRevision = 0;
    rebase(replayed.stored);
    await r.setMeta(CURRENT_WORKSPACE_KEY, id);
    watch(id);
  }

  /** The default workspace for a browser with none stored: the same id on each start until one is. */
  const defaultWorkspace = () => createWorkspace('Nordjylland', deps.journal.defaultWorkspaceId(() => `ws-${deps.newId()}`));

  /**
   * Nothing stored reads: the default workspace is stored and opened, with the edits a first
   * visit journalled for it before its record was written (a reload at once) replayed onto it.
   */
  async function openDefault(r: Repository): Promise<void> {
    const ws = defaultWorkspace();
    await r.addWorkspace(ws, deps.tabId);
    await open((await load(ws.id)) ?? newRecord(ws));
  }

  /** A workspace's record as this tab first writes it. */
  const newRecord = (ws: Workspace): StoredWorkspace => ({ workspace: ws, revision: 1, savedBy: deps.tabId, appliedOps: [], repairs: [] });

  async function addAndOpen(ws: Workspace): Promise<void> {
    if (repo) await repo.addWorkspace(ws, deps.tabId);
    await open(newRecord(ws));
  }

  /** IndexedDB holds the workspace on screen: no longer a first visit, and the list is followed. */
  function nowStored(r: Repository): void {
    deps.journal.markStored();
    setStored(true);
    afterFirstFigures(() => r.watchList(setWorkspaces, deps.events.onStorageError));
  }

  async function start(): Promise<void> {
    // A first visit has nothing to restore: its default workspace is computed and shown at once,
    // while IndexedDB (and Dexie, most of the startup JavaScript) loads, then stored as it is.
    // Nothing stored, nothing journalled, and no database at all (an older version's users have
    // a database but not the flag): only then is it a first visit.
    if (deps.firstFigures) void deps.firstFigures().then(loadRules);
    else await loadRules();
    const firstVisit = deps.journal.firstVisit() && !(await databaseExists());
    if (firstVisit) {
      latest = defaultWorkspace();
      firstVisitId = latest.id;
      show(latest);
    }
    // A reload: the current workspace is read at once without Dexie and computed while Dexie
    // loads. One with journalled edits to replay takes the repository's path.
    // The workspace this tab had open before its reload, if any: it opens again, not the one
    // another tab opened since.
    const tabWorkspace = deps.tabWorkspace?.read() ?? null;
    let peeked: StoredWorkspace | null = null;
    if (!firstVisit && deps.peek) {
      // The command rules load beside the read: an Enter typed at once finds them here.
      void loadRules();
      peeked = await deps.peek(tabWorkspace).catch(() => null);
    }
    const shownEarly = peeked && deps.journal.pending(peeked.workspace.id).length === 0 ? peeked.workspace.id : null;
    if (shownEarly) display(peeked!);
    try {
      // On a first visit IndexedDB is not needed for the first figures: it loads after them, with
      // the undo history's store (a stored workspace loads it as it opens), which must be here
      // before an edit's page is left.
      if (firstVisit) await deps.firstFigures?.().then(() => void loadHistory());
      // A reload shown early: Dexie loads once its figures are painted.
      if (shownEarly) await deps.firstFigures?.();
      repo = await deps.loadRepository();
      if (!repo) {
        setSaveState('memory');
        show(latest);
        return;
      }
      await repo.open();
      // Not a string (a damaged record): as if none were current. As a key it made Dexie throw, and
      // the app ran without saving, every stored workspace out of reach (a data-safety probe).
      const current = await repo.getMeta(CURRENT_WORKSPACE_KEY);
      const currentId = typeof current === 'string' ? current : undefined;
      if (firstVisit && !currentId && (await repo.listWorkspaces()).length === 0) {
        return await storeFirst();
      }
      if (shownEarly && latest.id === shownEarly) {
        // The repository follows what is on screen: a later write by another tab (or its
        // deletion) arrives through the watch, as it would have a moment later anyway. Edits made
        // before the repository was here are written now, in order.
        watch(shownEarly);
        for (const op of [...pending]) void persist(op, shownEarly);
        return nowStored(repo);
      }
      let stored = tabWorkspace && tabWorkspace !== currentId ? await load(tabWorkspace) : null;
      stored ??= currentId ? await load(currentId) : null;
      // The current workspace may be gone or damaged: open the first one that reads.
      for (const summary of stored ? [] : await repo.listWorkspaces()) {
        stored = await load(summary.id);
        if (stored) break;
      }
      // Reopened by its own tab's reload, it does not become the browser's current one.
      if (stored) await open(stored, stored.workspace.id === currentId || stored.workspace.id === tabWorkspace);
      else await openDefault(repo);
      nowStored(repo);
    } catch (error) {
      repo = null;
      setSaveState('memory');
      deps.events.onStorageError(error);
      show(latest);
    }
  }

  return {
    workspace,
    revision,
    /** Runs `hook` in the same update that puts each new workspace on screen, before it changes. */
    onBeforeReveal(hook: () => void): () => void {
      beforeReveal.add(hook);
      return () => beforeReveal.delete(hook);
    },
    /** The workspace the next command builds on (the screen may still show the one before). */
    latest: (): Workspace => latest,
    /** True while an edit's figures are being computed and the screen still shows the one before. */
    settling: () => localRevision > shownRevision,
    /** True once a workspace is on screen: the stored one opens with its figures, not before them. */
    ready,
    saveState,
    workspaces,
    canUndo: () => past().length > 0,
    /** The edit Ctrl+Z would take back now: a notice's "Fortryd" is only for its own edit. */
    lastEdit: (): object | undefined => past()[past().length - 1],
    /**
     * How long a notice about the edit just made holds: while that edit stands (not undone) and
     * its workspace is open — a paste's word on its refused cells stays while they are typed in
     * one by one, and goes with Ctrl+Z or another workspace. `before`: lastEdit() before it was
     * made; where nothing was made (a paste that changed nothing), it holds while its workspace is open.
     */
    whileStands(before: object | undefined): () => boolean {
      const last = past()[past().length - 1];
      const entry = last !== before ? last : undefined;
      const id = workspace().id;
      return () => workspace().id === id && (entry === undefined || past().includes(entry));
    },
    changes,
    changesElsewhere,
    canRedo: () => future().length > 0,
    flushHistory,
    dispatch,
    /** An edit being typed (null: the text is not one): computed ahead, so Enter finds its figures ready. */
    preview,
    /** The command rules, for a view that tries commands before dispatching them (a paste). */
    rules: loadRules,
    /**
     * Runs `action` now if the command rules are loaded, else once they are (the first moments
     * of a visit). For an action that reads the workspace before it dispatches (a name made
     * unique, the edit a notice's Fortryd takes back): it then reads the workspace its command
     * will build on, not one a deferred command has yet to change.
     */
    withRules(action: () => void): void {
      if (rules) action();
      else void loadRules().then(action);
    },
    undo,
    redo,
    start,
    repository: () => repo,
    /** True once IndexedDB is open and holds the workspace (false where it is not available). */
    stored,
    async switchTo(id: string): Promise<boolean> {
      if (id === latest.id) return true;
      const stored = await load(id);
      if (stored) await open(stored);
      return !!stored;
    },
    /** A new workspace with the region's defaults, named in `lang`; `name`: in place of the default name (one already taken). */
    create: (region: RegionName, name?: string, lang?: Lang) => {
      const ws = createWorkspace(region, `ws-${deps.newId()}`, lang);
      return addAndOpen(name ? { ...ws, name } : ws);
    },
    /** Opens a workspace from a link or file as a new one: local work is never overwritten. */
    importWorkspace: (ws: Workspace) => addAndOpen({ ...ws, id: `ws-${deps.newId()}` }),
    /**
     * The default workspace this first visit made, while it is open, alone and untouched (no
     * edit, nothing to undo): there is no local work, so a link opened now may take its place.
     */
    untouchedFirst: (): string | null => (firstVisitId !== null && latest.id === firstVisitId && past().length === 0 && future().length === 0 && workspaces().length <= 1 ? firstVisitId : null),
    /** Deletes a workspace that is not the open one: a first visit's untouched default a link replaced. */
    async discard(id: string): Promise<void> {
      if (id !== latest.id) await repo?.deleteWorkspace(id);
    },
    /** Brings back a workspace deleted, kept over a reload (the notice's Fortryd is not), and opens it. */
    async restoreDeleted(deletedId: string): Promise<void> {
      const id = await repo?.restoreDeleted(deletedId);
      if (id) await this.switchTo(id);
    },
    /** `fresh`: it was the only one, and a new workspace of its region, with the region's defaults (named in `lang`), took its place. */
    async remove(lang?: Lang): Promise<{ id: string; name: string; fresh: boolean; undo: () => Promise<void> } | null> {
      const current = latest;
      // This tab's own deletion: not one made elsewhere.
      stopFollowing();
      const deleted = await repo?.deleteWorkspace(current.id, { keep: true });
      const others = (await repo?.listWorkspaces()) ?? [];
      let opened = false;
      for (const summary of others) if ((opened = await this.switchTo(summary.id))) break;
      // Of the same region: deleting the only Hovedstaden workspace opened Nordjylland's.
      if (!opened) await this.create(current.region, undefined, lang);
      const fresh = opened ? null : latest.id;
      return {
        id: current.id,
        name: current.name,
        fresh: fresh !== null,
        undo: async () => {
          if (deleted && repo) await repo.undeleteWorkspace(deleted);
          await this.switchTo(current.id);
          // The one opened only because none was left goes with the undo, if no tab has changed
          // it since (revision 1, as made): kept, the menu held two workspaces of one name.
          if (fresh && (await repo?.revisionOf(fresh)) === 1) await this.discard(fresh);
        },
      };
    },
    /** Waits for every write this tab has started (before an update reload). */
    async flush(): Promise<void> {
      if (!repo || pending.length === 0) return;
      const id = latest.id;
      const applied = await repo.applyOperations(id, pending, deps.tabId);
      // Not written (no record, or one this version cannot read): the journal keeps them.
      if (!applied.ok) return;
      deps.journal.confirm(pending.map((op) => op.id));
      pending = [];
      storedRevision = Math.max(storedRevision, applied.stored.revision);
      setSaveState('saved');
    },
    dispose: stopFollowing,
  };
}

export type WorkspaceSession = ReturnType<typeof createWorkspaceSession>;

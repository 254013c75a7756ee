/**
 * The one store: the open workspace, its undo history, the worker's results, and the actions
 * that change them. Data flows one way: action → workspace → (autosave, worker) → results.
 */
import { createContext, createEffect, createSignal, onCleanup, useContext } from 'solid-js';
import type { Repository, WorkspaceSummary } from '../../db/repository';
import { describeStorageError, requestPersistentStorage, type PersistState } from '../../db/storage';
import { createI18n } from '../../i18n/i18n';
import { createWorkspace, edits, type Lang, type RegionName, type Workspace, type WorkspaceResult } from '../../model';
import { ComputeAborted, ComputeError, type ComputeClient } from '../../../workers/compute-client';
import type { ComputeFailure } from '../../../workers/compute-api';
import { emptyHistory, record, redo as redoStep, undo as undoStep } from './history';
import { createNotices } from './notices';
import { createAutosave } from './persistence';

export interface AppDeps {
  /** Loaded after the first paint: Dexie is the largest part of the startup JavaScript. */
  readonly loadRepository: () => Promise<Repository | null>;
  readonly compute: ComputeClient;
  readonly tabId: string;
}

const CURRENT_KEY = 'currentWorkspaceId';
const LANG_KEY = 'lang';

export function createAppStore(deps: AppDeps) {
  const i18n = createI18n();
  const { t } = i18n;
  const notices = createNotices();
  const [workspace, setWorkspace] = createSignal<Workspace>(createWorkspace());
  const [ready, setReady] = createSignal(false);
  const [history, setHistory] = createSignal(emptyHistory<Workspace>());
  const [results, setResults] = createSignal<WorkspaceResult | null>(null);
  const [failure, setFailure] = createSignal<ComputeFailure | null>(null);
  const [workspaces, setWorkspaces] = createSignal<readonly WorkspaceSummary[]>([]);
  const [persist, setPersist] = createSignal<PersistState | null>(null);
  const [shareRequest, setShareRequest] = createSignal<{ scenarioIds: readonly string[] | null } | null>(null);
  /** Presentation mode: null = off; otherwise the scenario ids shown (empty = all). */
  const [presentation, setPresentation] = createSignal<readonly string[] | null>(null);
  // The repository and autosave arrive after the first paint (Dexie loads lazily). The signal
  // lets the save indicator react when they do; the variable is for the actions' plain calls.
  let repo: Repository | null = null;
  const [autosaveRef, setAutosaveRef] = createSignal<ReturnType<typeof createAutosave> | null>(null);
  let autosave: ReturnType<typeof createAutosave> | null = null;
  const cleanups: (() => void)[] = [];

  const makeAutosave = (repository: Repository) =>
    createAutosave(repository, deps.tabId, (error) =>
      notices.show({
        kind: 'error',
        text: t('saveFailed', { reason: describeStorageError(error) === 'quota' ? t('diskFull') : String((error as Error)?.message ?? error) }),
        key: 'save',
        action: { label: t('exportJson'), run: () => actions.exportWorkspace() },
      }),
    );

  // Every workspace change is recomputed in the worker; only the newest answer is shown.
  // Nothing is computed before the stored workspace is open, so the grid renders once.
  let sequence = 0;
  createEffect(() => {
    if (!ready()) return;
    const ws = workspace();
    const mine = ++sequence;
    deps.compute.compute(ws).then(
      (result) => {
        if (mine !== sequence) return;
        setResults(result);
        setFailure(null);
      },
      (error: unknown) => {
        if (mine !== sequence || error instanceof ComputeAborted) return;
        setFailure(error instanceof ComputeError ? error.failure : { kind: 'internal', message: String(error) });
      },
    );
  });

  /** Applies a user edit: undoable, saved, recomputed. */
  function edit(change: (ws: Workspace) => Workspace): void {
    const before = workspace();
    const after = change(before);
    if (after === before) return;
    setHistory((h) => record(h, before));
    commit(after);
  }

  function commit(next: Workspace): void {
    setWorkspace(next);
    autosave?.schedule(next);
  }

  const undo = () => {
    const step = undoStep(history(), workspace());
    if (!step) return;
    setHistory(step.history);
    commit(step.state);
  };
  const redo = () => {
    const step = redoStep(history(), workspace());
    if (!step) return;
    setHistory(step.history);
    commit(step.state);
  };

  let stopWatching: (() => void) | undefined;
  /** Opens a workspace and follows writes to it from other tabs. */
  async function open(ws: Workspace): Promise<void> {
    await autosave?.flush();
    stopWatching?.();
    setWorkspace(ws);
    setHistory(emptyHistory<Workspace>());
    if (!repo) return;
    await repo.setMeta(CURRENT_KEY, ws.id);
    stopWatching = repo.watchWorkspace(ws.id, (stored) => {
      if (!stored || autosave?.isOwnRevision(stored.revision)) return;
      if (stored.savedBy === deps.tabId) return autosave?.noteOwnRevision(stored.revision);
      if (autosave?.hasPending()) return; // our newer edit is about to be written
      autosave?.noteOwnRevision(stored.revision);
      // Another tab changed this workspace: show its state. Undo would reach back past it.
      setWorkspace(stored.workspace);
      setHistory(emptyHistory<Workspace>());
    });
  }

  async function start(): Promise<void> {
    try {
      repo = await deps.loadRepository();
      if (!repo) return;
      autosave = makeAutosave(repo);
      setAutosaveRef(autosave);
      await repo.open();
      const lang = await repo.getMeta<Lang>(LANG_KEY);
      if (lang === 'da' || lang === 'en') i18n.setLang(lang);
      const currentId = await repo.getMeta<string>(CURRENT_KEY);
      const stored = currentId ? await repo.loadWorkspace(currentId) : undefined;
      const first = stored ?? (await repo.loadWorkspace((await repo.listWorkspaces())[0]?.id ?? ''));
      if (first) {
        autosave?.noteOwnRevision(first.revision);
        await open(first.workspace);
      } else {
        const ws = createWorkspace();
        await open(ws);
        autosave?.schedule(ws);
        await autosave?.flush();
      }
      cleanups.push(repo.watchList(setWorkspaces));
      void requestPersistentStorage().then(setPersist);
    } catch (error) {
      notices.show({ kind: 'error', text: t('dbOpenFailed', { reason: String((error as Error)?.message ?? error) }) });
    } finally {
      setReady(true);
    }
  }

  const flushOnHide = () => {
    if (document.visibilityState === 'hidden') void autosave?.flush();
  };
  const flushNow = () => void autosave?.flush();
  document.addEventListener('visibilitychange', flushOnHide);
  window.addEventListener('pagehide', flushNow);
  onCleanup(() => {
    cleanups.forEach((fn) => fn());
    document.removeEventListener('visibilitychange', flushOnHide);
    window.removeEventListener('pagehide', flushNow);
    stopWatching?.();
  });

  const actions = {
    edit,
    undo,
    redo,
    setLang(lang: Lang) {
      i18n.setLang(lang);
      void repo?.setMeta(LANG_KEY, lang);
    },
    addScenario: () => edit((ws) => edits.addScenario(ws, t('newScenarioName'))),
    duplicateScenario: (id: string) => edit((ws) => edits.duplicateScenario(ws, id, (name) => `${name} ${t('copySuffix')}`)),
    deleteScenario(id: string) {
      const name = workspace().scenarios.find((s) => s.id === id)?.name ?? '';
      const before = workspace();
      edit((ws) => edits.deleteScenario(ws, id));
      if (workspace() !== before)
        notices.show({ kind: 'info', text: t('scenarioDeleted', { name }), action: { label: t('undoAction'), run: undo } });
    },
    moveScenario: (id: string, offset: number) => edit((ws) => edits.moveScenario(ws, id, offset)),
    setBaseline: (id: string) => edit((ws) => edits.setBaseline(ws, id)),
    async switchWorkspace(id: string) {
      const stored = await repo?.loadWorkspace(id);
      if (stored) {
        autosave?.noteOwnRevision(stored.revision);
        await open(stored.workspace);
      }
    },
    async createWorkspace(region: RegionName) {
      const ws = { ...createWorkspace(region, `ws-${crypto.randomUUID()}`) };
      await open(ws);
      autosave?.schedule(ws);
      await autosave?.flush();
    },
    async duplicateWorkspace() {
      const ws = { ...workspace(), id: `ws-${crypto.randomUUID()}`, name: `${workspace().name} ${t('copySuffix')}` };
      await open(ws);
      autosave?.schedule(ws);
      await autosave?.flush();
    },
    renameWorkspace: (name: string) => edit((ws) => ({ ...ws, name })),
    /** Opens a workspace from a link or a file as a new workspace; local work stays as it was. */
    async importWorkspace(ws: Workspace) {
      await open(ws);
      autosave?.schedule(ws);
      await autosave?.flush();
    },
    /** Adds scenarios (from a link) to the open workspace, with fresh ids; undoable. */
    addScenarios: (scenarios: readonly Workspace['scenarios'][number][]) =>
      edit((ws) => scenarios.reduce((acc, s) => ({ ...acc, scenarios: [...acc.scenarios, { ...s, id: edits.newScenarioId(acc) }] }), ws)),
    // The file format shares the link codec, which loads only when needed.
    exportWorkspace: () => void import('../export-file').then((m) => m.downloadWorkspace(workspace())),
    /** Asks the shell to show the share dialog for the comparison (null) or some scenarios. */
    share: (scenarioIds: readonly string[] | null) => setShareRequest({ scenarioIds }),
    closeShare: () => setShareRequest(null),
    present: (scenarioIds: readonly string[]) => setPresentation(scenarioIds),
    endPresentation: () => setPresentation(null),
    async deleteWorkspace() {
      const store = repo;
      if (!store) return;
      const current = workspace();
      await autosave?.flush();
      const deleted = await store.deleteWorkspace(current.id);
      const rest = (await store.listWorkspaces()).filter((w) => w.id !== current.id);
      const next = rest[0] ? await store.loadWorkspace(rest[0].id) : undefined;
      if (next) await open(next.workspace);
      else await actions.createWorkspace('Nordjylland');
      notices.show({
        kind: 'info',
        text: t('workspaceDeleted', { name: current.name }),
        action: deleted
          ? {
              label: t('undoAction'),
              run: () => void store.restoreWorkspace(deleted).then(() => actions.switchWorkspace(deleted.id)),
            }
          : undefined,
      });
    },
  };

  return {
    i18n,
    notices,
    workspace,
    results,
    failure,
    ready,
    workspaces,
    persist,
    shareRequest,
    presentation,
    saveState: () => autosaveRef()?.state() ?? 'saved',
    /** Writes any unsaved edit now (before an update reload, for instance). */
    flushSaves: () => autosave?.flush() ?? Promise.resolve(),
    canUndo: () => history().past.length > 0,
    canRedo: () => history().future.length > 0,
    actions,
    start,
  };
}

export type AppStore = ReturnType<typeof createAppStore>;

export const AppContext = createContext<AppStore>();

export function useApp(): AppStore {
  const store = useContext(AppContext);
  if (!store) throw new Error('useApp outside <AppContext.Provider>');
  return store;
}

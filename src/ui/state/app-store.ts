/**
 * The store the views use, composed of four rooms: the workspace session (the one way a
 * workspace changes), the results (figures and the revision they belong to), the background
 * work owner (every worker call, abortable), and the chrome (language, year, presentation).
 * Its write side is `commands`: one named, typed function per model command, nothing else.
 */
import { createComputed, createContext, createSignal, onCleanup, useContext } from 'solid-js';
import { createJournal, type Journal } from '../../db/journal';
import type { Repository, StoredWorkspace } from '../../db/repository';
import { describeStorageError } from '../../db/storage';
import { canShowYear, defaultWorkspaceName, LIMITS, uniqueName, type Command, type CommandType, type DecisionRecord, type RegionName, type ScenarioPreset, type ValidationIssue, type Workspace } from '../../model';
import { loadLanguage, type MessageKey } from '../../i18n/i18n';
import { focusScenarioMenu, focusWhenShown } from '../focus';
import { createBackgroundWork, type BackgroundOptions } from './background';
import { createChrome } from './chrome';
import { createDecisions } from './decisions';
import { createNotices } from './notices';
import { createResults } from './results';
import { createWorkspaceSession } from './session';
import type { TabWorkspace } from './tab-workspace';
import { when } from './when';

export interface AppDeps {
  /** Loaded after the first paint: Dexie is the largest part of the startup JavaScript. */
  readonly loadRepository: () => Promise<Repository | null>;
  /** A reload's workspace read before Dexie has loaded (src/db/peek.ts). */
  readonly peek?: (tabWorkspace: string | null) => Promise<StoredWorkspace | null>;
  /** The workspace this tab has open, kept over its reload (./tab-workspace.ts). */
  readonly tabWorkspace?: TabWorkspace;
  readonly tabId: string;
  readonly journal?: Journal;
  readonly background?: BackgroundOptions;
  readonly newId?: () => string;
}

type Of<K extends CommandType> = Extract<Command, { type: K }>;
/** One function per command: `commands.setFunding({ scenarioId, funderId, amount })`. */
export type Commands = { readonly [K in CommandType]: (args: Omit<Of<K>, 'type'>) => readonly ValidationIssue[] };

export function createAppStore(deps: AppDeps) {
  const chrome = createChrome();
  const { t } = chrome.i18n;
  const notices = createNotices();
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const background = createBackgroundWork({ ...deps.background, onComputeRestart: () => results.forget() });
  const results = createResults(background, chrome.showDifferences);
  // The worker starts loading now, as the app is created, so its code, the first compute's
  // inputs from IndexedDB and the app's own start all load side by side (a reload waits for all).
  background.warm();
  const exportWorkspace = async (ws: Workspace) => (await import('../exports')).exportWorkspaceFile(ws, decisions.list().records);
  // Once the first figures are on screen (or after 3 s, should the first compute fail): what
  // may wait for them — IndexedDB on a first visit, the service worker's precaching — waits here.
  let firstFiguresShown: Promise<void> | undefined;
  const firstFigures = (): Promise<void> =>
    (firstFiguresShown ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3_000);
      // Resolved as the figures are shown, not after their frame: the rules an Enter needs load
      // then, and a later start (after paint and idle, up to 100 ms more) let an Enter typed at
      // once after a reload find them missing (safety e2e: 2 of 5 edits kept).
      void when(() => results.status() === 'current').then(() => (clearTimeout(timer), resolve()));
    }));
  const session = createWorkspaceSession({
    loadRepository: deps.loadRepository,
    ...(deps.peek && { peek: deps.peek }),
    ...(deps.tabWorkspace && { tabWorkspace: deps.tabWorkspace }),
    firstFigures,
    journal: deps.journal ?? createJournal(),
    loadHistory: () => import('./undo-history').then((m) => m.createUndoHistoryStore()),
    tabId: deps.tabId,
    newId,
    events: {
      onWorkspace: (ws, revision, reveal, hold) => results.request(ws, revision, reveal, hold),
      onPreview: (ws, revision, ended) => (ended ? results.withdraw() : results.preview(ws, revision)),
      onSaveFailed: (error) =>
        notices.show({
          kind: 'error',
          key: 'save',
          text: () => t('saveFailed', { reason: describeStorageError(error) === 'quota' ? t('diskFull') : String((error as Error)?.message ?? error) }),
          action: { label: () => t('exportJson'), run: () => void exportWorkspace(session.latest()) },
        }),
      onDamaged: (name) => notices.show({ kind: 'error', key: `damaged-${name}`, text: () => t('workspaceDamaged', { name }) }),
      // The words for a repair load with it: rare, and not in the JavaScript before the first figures.
      onRepaired: (ws, repairs) =>
        void import('../../i18n/repaired-parts').then(({ workspaceRepairedText }) => notices.show({ kind: 'info', key: 'repaired', stays: true, text: () => workspaceRepairedText(ws, repairs, { t }) })),
      onStorageError: (error) => notices.show({ kind: 'error', key: 'storage', text: () => t('dbOpenFailed', { reason: String((error as Error)?.message ?? error) }) }),
      onRefused: (refused) => notices.show({ kind: 'error', key: 'refused', text: () => t('editRefused', { fields: refused.map((r) => r.field).join(', ') }) }),
      onDeletedElsewhere: (name, keep) =>
        notices.show({ kind: 'error', key: 'save', text: () => t('deletedElsewhere', { name }), action: { label: () => t('saveAgain'), run: () => void keep().then(keptUnique) } }),
      // A newer version's record: a reload brings that version, and the journal brings the edits.
      onUnreadableElsewhere: (name, why) =>
        notices.show(
          why === 'newerVersion'
            ? { kind: 'error', key: 'save', text: () => t('newerVersionElsewhere', { name }), action: { label: () => t('updateReload'), run: () => location.reload() } }
            : { kind: 'error', key: 'save', text: () => t('damagedElsewhere', { name }), action: { label: () => t('exportJson'), run: () => void exportWorkspace(session.latest()) } },
        ),
      onOverwrittenElsewhere: (mine, now) => sayOverwritten(mine, now),
    },
  });

  // A year none of the open workspace's scenarios runs in (chosen in another workspace, or before
  // a period changed) showed every figure as "–" and every bill on Kommuner as 0 kr., under a
  // picker reading "Første hele år": it goes back to the first whole year, before anything renders.
  createComputed(() => {
    if (!canShowYear(session.workspace().scenarios, chrome.year())) chrome.setYear('typical');
  });

  const decisions = createDecisions({
    session,
    background,
    newId,
    onError: (error) => notices.show({ kind: 'error', key: 'decisions', text: () => t('decisionsFailed', { reason: String((error as Error)?.message ?? error) }) }),
  });

  // Named by their type; a proxy rather than a table of every type, so the command rules need
  // not load before the first figures to list them.
  const commands = new Proxy({} as Commands, { get: (_, type) => (args: object) => session.dispatch({ type, ...args } as Command) });

  /** "(kopi)", "(kopi 2)" …: the suffix that makes the nth name of its kind unique. */
  const numbered = (one: MessageKey, nth: MessageKey) => (n: number) => (n === 1 ? t(one) : t(nth, { n }));
  const copySuffix = numbered('copySuffix', 'copySuffixN');
  /** The name itself while it is free, then "(2)", "(3)" …: an imported or a new workspace. */
  const secondSuffix = (n: number) => (n === 1 ? '' : `(${n})`);
  /** `name`, made unique among the stored workspaces' names (but `except`'s own) by `suffix`. */
  const freeWorkspaceName = (name: string, suffix: (n: number) => string, except?: string) =>
    uniqueName(name, session.workspaces().filter((w) => w.id !== except).map((w) => w.name), suffix, LIMITS.workspaceName);
  /**
   * A workspace saved again after its deletion elsewhere, under a name no other has: the other
   * tab, left without workspaces, made a new one with the same default name.
   */
  const keptUnique = () => {
    notices.withdraw('save');
    const ws = session.latest();
    const name = freeWorkspaceName(ws.name, secondSuffix, ws.id);
    if (name !== ws.name) session.withRules(() => commands.renameWorkspace({ name }));
  };
  // Actions read the newest workspace, not the one on screen, which may lag an edit by a frame.
  const names = () => session.latest().scenarios.map((s) => s.name);

  /**
   * The workspace deletion Ctrl+Z would take back (deleteWorkspace), or, once taken back, the one
   * Ctrl+Y would make again; null when neither. `own`: still this tab's next step that way.
   */
  const [deletion, setDeletion] = createSignal<{ readonly way: 'undo' | 'redo'; readonly own: () => boolean; readonly run: () => void } | null>(null);
  /**
   * An entry of `deletion` that is this tab's while it changes nothing and stays in `id`: on screen
   * (what the notice and Gentag follow), or opened and held for its figures (a Ctrl+Y typed right
   * after Ctrl+Z finds the workspace back before it is shown; it was lost).
   */
  const deletionStep = (way: 'undo' | 'redo', id: string, run: () => void) => {
    const changes = session.changes();
    const entry = {
      way,
      own: () => deletion() === entry && session.changes() === changes && (session.workspace().id === id || session.latest().id === id),
      run: () => {
        if (!entry.own()) return;
        setDeletion(null);
        run();
      },
    };
    setDeletion(entry);
    return entry;
  };
  /** A deletion's undo while it runs (the workspace is put back and opened). */
  let undoingDeletion: Promise<void> | null = null;
  /** The deletion's step if it is this tab's next one `way`. */
  const deletionAhead = (way: 'undo' | 'redo') => {
    const d = deletion();
    return d?.way === way && d.own() ? d : null;
  };

  /**
   * Undo or redo, and say what it changed: the input may be far from the screen (a base grant
   * scrolled out of view while a checkbox above the grid had focus). In the comparison the
   * selection goes to the cell it changed, as in a spreadsheet. Both load when needed.
   */
  function step(way: 'undo' | 'redo'): void {
    // A Ctrl+Y pressed while a deletion's undo still runs is its redo, once the undo is done.
    if (way === 'redo' && undoingDeletion) return void undoingDeletion.then(() => step('redo'));
    const deleted = deletionAhead(way);
    if (deleted) return deleted.run();
    const before = session.latest();
    const skipped = way === 'undo' ? session.undo() : session.redo();
    if (skipped) return void sayLeftOut(before, skipped.leftOut, way);
    const after = session.latest();
    if (after === before) return;
    // Said until the next edit: then it is history, and no longer covers the grid.
    const at = session.lastEdit();
    const changedCell = chrome.view() === 'grid' ? import('../grid/changed-cell') : null;
    const presenting = chrome.presentation();
    void import('../undo-notice').then(async ({ changedText }) => {
      // Described again in the language of the moment, should it change while the notice is up.
      const what = () => changedText(before, after, chrome.i18n, way);
      if (what()) notices.show({ kind: 'info', key: 'undo', text: () => t(way === 'undo' ? 'undone' : 'redone', { what: what() ?? '' }), while: () => session.lastEdit() === at });
      // Selected once the notice is up, so it is revealed clear of it, not left under it. Not
      // if the presentation began or ended meanwhile: Alt+P right after Ctrl+Z opened on the
      // base grant undone, scrolled past the board and the bills, instead of on the decision.
      const cell = (await changedCell)?.changedCell(before, after);
      if (cell && chrome.view() === 'grid' && chrome.presentation() === presenting) chrome.goToCell(cell.row, cell.scenarioId);
    });
  }

  /**
   * Another tab changed what an edit here had set: what changed, said until this tab's next edit
   * or undo (under the undo's key: Ctrl+Z then says why it leaves that edit alone).
   */
  function sayOverwritten(mine: Workspace, now: Workspace): void {
    const at = session.lastEdit();
    void import('../undo-notice').then(({ changedText }) => {
      const text = () => {
        const what = changedText(mine, now, chrome.i18n, 'redo');
        return what ? t('changedElsewhere', { what }) : t('changedElsewhereUnnamed');
      };
      notices.show({ kind: 'info', key: 'undo', text, while: () => session.lastEdit() === at });
    });
  }

  /** An undo or redo left out, as another tab has changed what it would set: what it would have done. */
  function sayLeftOut(ws: Workspace, leftOut: Command, way: 'undo' | 'redo'): void {
    // Said until the next undo or edit, as the undo notice is: a later one's notice is not replaced.
    const at = session.lastEdit();
    void Promise.all([session.rules(), import('../undo-notice')]).then(([rules, { changedText }]) => {
      if (session.lastEdit() !== at) return;
      const wouldBe = rules.tryCommand(ws, leftOut).workspace;
      const text = () => {
        const what = changedText(ws, wouldBe, chrome.i18n, way);
        return way === 'undo' ? (what ? t('undoChangedElsewhere', { what }) : t('undoChangedElsewhereUnnamed')) : what ? t('redoChangedElsewhere', { what }) : t('redoChangedElsewhereUnnamed');
      };
      notices.show({ kind: 'info', key: 'undo', text, while: () => session.lastEdit() === at });
    });
  }

  /**
   * A deletion and its notice, said in the language of the moment: its "Fortryd" takes back this
   * deletion only, and goes once Ctrl+Z has done so or a later edit is what Ctrl+Z would take
   * back, rather than undo something else; `refocus` puts the focus on what came back.
   */
  function sayDeleted(text: () => string, remove: () => void, refocus: () => void): void {
    sayUndoable('deleted', text, remove, refocus);
  }
  /**
   * An edit made and said with a "Fortryd" that takes back this edit only: the notice goes once
   * Ctrl+Z has done so or a later edit is what Ctrl+Z would take back; `refocus` puts the focus
   * on what came back. Nothing changed, nothing is said.
   */
  function sayUndoable(key: string, text: () => string, make: () => void, refocus?: () => void): void {
    session.withRules(() => {
      const before = session.lastEdit();
      make();
      const made = session.lastEdit();
      if (made === before) return;
      const own = () => session.lastEdit() === made;
      const undoIt = () => {
        if (!own()) return;
        session.undo();
        refocus?.();
      };
      notices.show({ kind: 'info', key, text, action: { label: () => t('undoAction'), run: undoIt }, while: own });
    });
  }


  /** What a user does that takes more than one command, or a name or an id made here. */
  const actions = {
    /** Whether Ctrl+Z has something to take back: an edit, or a workspace just deleted. */
    canUndo: () => session.canUndo() || !!deletionAhead('undo'),
    /** Whether Ctrl+Y has something to make again: an edit, or the deletion Ctrl+Z took back. */
    canRedo: () => session.canRedo() || !!deletionAhead('redo'),
    undo: () => step('undo'),
    redo: () => step('redo'),
    /** A name no stored workspace has, this one's included: "Klimasekretariat 2027 (2)" for a rename's example. */
    freeWorkspaceName: (name: string) => freeWorkspaceName(name, secondSuffix),
    /**
     * A task as one scenario has it, in every scenario, said with a Fortryd: it changed the other
     * scenarios' columns out of sight, their own figures for the task included (a fresh-eyes walk).
     */
    applyTaskToAll(scenarioId: string, taskId: string, taskName: string): void {
      const ws = session.latest();
      const from = ws.scenarios.find((s) => s.id === scenarioId);
      if (!from) return;
      const override = from.tasks[taskId] ?? null;
      const batch: Command[] = ws.scenarios.map((s) => ({ type: 'setTaskOverride', scenarioId: s.id, taskId, override }));
      sayUndoable('applied', () => t('taskAppliedToAll', { task: taskName, scenario: from.name }), () => commands.batch({ commands: batch }));
    },
    /** A scenario from a template, named after it ("Niveau 3", then "Niveau 3 (2)"). */
    addScenario(preset: ScenarioPreset = 'level-2', base: string = t('newScenarioName')): string | null {
      if (session.latest().scenarios.length >= LIMITS.scenarios) {
        notices.show({ kind: 'error', key: 'limit', text: () => t('tooManyScenarios', { max: LIMITS.scenarios }) });
        return null;
      }
      const scenarioId = `scenario-${newId().slice(0, 8)}`;
      session.withRules(() => commands.addScenario({ scenarioId, name: uniqueName(base, names(), secondSuffix, LIMITS.scenarioName), preset }));
      return scenarioId;
    },
    duplicateScenario(sourceId: string): string | null {
      const source = session.latest().scenarios.find((s) => s.id === sourceId);
      if (!source) return null;
      if (session.latest().scenarios.length >= LIMITS.scenarios) {
        notices.show({ kind: 'error', key: 'limit', text: () => t('tooManyScenarios', { max: LIMITS.scenarios }) });
        return null;
      }
      const scenarioId = `scenario-${newId().slice(0, 8)}`;
      session.withRules(() => commands.duplicateScenario({ sourceId, scenarioId, name: uniqueName(source.name, names(), copySuffix, LIMITS.scenarioName) }));
      return scenarioId;
    },
    deleteScenario(id: string): void {
      session.withRules(() => {
        const name = session.latest().scenarios.find((s) => s.id === id)?.name ?? '';
        if (session.latest().scenarios.length <= 1) return;
        const wasBaseline = session.latest().baselineScenarioId === id;
        let baseline: string | undefined;
        const remove = () => {
          commands.deleteScenario({ scenarioId: id });
          // The basis moved with it: say to which scenario, as the difference marks now follow it.
          const after = session.latest();
          baseline = wasBaseline ? after.scenarios.find((s) => s.id === after.baselineScenarioId)?.name : undefined;
        };
        // The notice's button goes with the notice: focus goes to the restored column's menu.
        sayDeleted(() => (baseline ? t('scenarioDeletedBaseline', { name, baseline }) : t('deleted', { name })), remove, () => focusScenarioMenu(id, session.settling));
      });
    },
    /** A funder deleted from Antagelser, said with a "Fortryd" as a scenario's deletion is (it went without a word). */
    deleteFunder(id: string): void {
      const funder = session.latest().funders.find((f) => f.id === id);
      if (!funder) return;
      sayDeleted(() => t('deleted', { name: chrome.i18n.local(funder.name) }), () => commands.removeFunder({ funderId: id }), () => focusWhenShown(`.funders tr[data-funder="${id}"] td:last-child button`));
    },
    /** An own task deleted from Opgaver, said as a funder's deletion is. */
    deleteCustomTask(scenarioId: string, taskId: string): void {
      const task = session.latest().scenarios.find((s) => s.id === scenarioId)?.customTasks.find((c) => c.id === taskId);
      if (!task) return;
      sayDeleted(() => t('deleted', { name: task.name }), () => commands.removeCustomTask({ scenarioId, taskId }), () => focusWhenShown(`tr[data-task="${taskId}"] input`));
    },
    /** Scenarios from a link, added to the open workspace with fresh ids and names kept unique; their ids. */
    addScenarios(from: Workspace): readonly string[] {
      const taken = [...names()];
      const room = LIMITS.scenarios - session.latest().scenarios.length;
      const scenarios = from.scenarios.slice(0, Math.max(0, room)).map((s) => {
        // A name taken here says where the scenario came from: "Niveau 1 (delt)", not "(kopi)".
        const name = taken.includes(s.name) ? uniqueName(s.name, taken, numbered('sharedCopySuffix', 'sharedCopySuffixN'), LIMITS.scenarioName) : s.name;
        taken.push(name);
        return { ...s, id: `scenario-${newId().slice(0, 8)}`, name };
      });
      commands.insertScenarios({ scenarios });
      return scenarios.map((s) => s.id);
    },
    /** Opens a workspace from a link, a file or a decision as a new one, with the decisions it carried. */
    async importWorkspace(ws: Workspace, suffix?: string, carried: readonly DecisionRecord[] = []): Promise<void> {
      const name = freeWorkspaceName(ws.name, suffix ? (n) => (n === 1 ? suffix : `${suffix.slice(0, -1)} ${n})`) : secondSuffix);
      await session.importWorkspace({ ...ws, name });
      if (carried.length > 0) await decisions.attach(carried, session.latest().id);
      chrome.setView('grid');
    },
    async duplicateWorkspace(): Promise<void> {
      const ws = session.latest();
      await session.importWorkspace({ ...ws, name: freeWorkspaceName(ws.name, copySuffix) });
    },
    // A second "Klimasekretariat Nordjylland" is "… (2)", as an import is: two alike could not be told apart in the menu.
    createWorkspace: (region: RegionName) => {
      const lang = chrome.i18n.lang();
      return session.create(region, freeWorkspaceName(defaultWorkspaceName(region, lang), secondSuffix), lang);
    },
    switchWorkspace: (id: string) => session.switchTo(id),
    restoreDeletedWorkspace: (id: string) => session.restoreDeleted(id),
    async deleteWorkspace(): Promise<void> {
      const removed = await session.remove(chrome.i18n.lang());
      if (!removed) return;
      // Ctrl+Z, the Fortryd button and the notice's own take back this deletion, not an edit in
      // the workspace opened in its place, until this tab changes or leaves that workspace; then
      // Ctrl+Y makes it again, until this tab changes or leaves the workspace that came back.
      const entry = deletionStep('undo', session.latest().id, () => {
        undoingDeletion = removed
          .undo()
          .then(() => {
            // Only if the workspace is back on screen, and nothing was deleted meanwhile: Ctrl+Y
            // would otherwise delete one the user never deleted, or take another deletion's place.
            if (session.latest().id === removed.id && deletion() === null) deletionStep('redo', removed.id, () => void actions.deleteWorkspace());
          })
          .finally(() => (undoingDeletion = null));
      });
      notices.show({ kind: 'info', key: 'deleted', text: () => t(removed.fresh ? 'workspaceDeletedOnly' : 'workspaceDeleted', { name: removed.name }), action: { label: () => t('undoAction'), run: entry.run }, while: entry.own });
    },
    exportWorkspace: () => exportWorkspace(session.latest()),
    async setLang(lang: 'da' | 'en'): Promise<void> {
      await loadLanguage(lang);
      chrome.i18n.setLang(lang);
      document.documentElement.lang = lang;
      void session.repository()?.setMeta('lang', lang);
    },
  };

  async function start(): Promise<void> {
    await session.start();
    const lang = await session.repository()?.getMeta('lang');
    if (lang === 'da' || lang === 'en') await actions.setLang(lang);
  }
  onCleanup(() => {
    session.dispose();
    background.stop();
  });

  return { chrome, notices, session, results, background, decisions, commands, actions, start, firstFigures };
}

export type AppStore = ReturnType<typeof createAppStore>;

export const AppContext = createContext<AppStore>();

export function useApp(): AppStore {
  const store = useContext(AppContext);
  if (!store) throw new Error('useApp outside <AppContext.Provider>');
  return store;
}

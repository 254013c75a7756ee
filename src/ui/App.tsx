/**
 * The shell: a skip link, the header, notices, the tabs and one view at a time. Views other
 * than the comparison load lazily; every view and dialog sits in an error boundary, so one that
 * fails shows a message in the user's language and the rest of the app keeps working.
 */
import { createSignal, For, lazy, onCleanup, onMount, Show, Suspense, type Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { MessageKey } from '../i18n/i18n';
import { hasShareLink } from '../share/hash-key';
import { requestPersistentStorage } from '../db/storage';
import { afterPaint } from './after-paint';
import { AfterFirstFigures } from './AfterFirstFigures';
import { ComputeStatus } from './ComputeStatus';
import { ComparisonGrid } from './grid/ComparisonGrid';
import { presentSettled } from './grid/present';
import { loadEntryRules } from './grid/rows';
import { focusComparison } from './focus';
import { Guard } from './Guard';
import { Header } from './Header';
import { loadMenuList } from './Menu';
import { Notices } from './Notices';
import { AppContext, createAppStore } from './state/app-store';
import { createTabWorkspace } from './state/tab-workspace';
import type { ViewId } from './state/chrome';
import type { ResultStatus } from './state/results';

const STATUS_TEXT: Record<ResultStatus, MessageKey> = { computing: 'statusComputing', current: 'statusCurrent', stale: 'statusStale', failed: 'statusFailed' };

const ShareDialog = lazy(() => import('./share/ShareDialog'));
const ExplanationDialog = lazy(() => import('./explain/ExplanationDialog'));
// Most starts carry no link: the link dialog's code loads when one arrives.
const Announcer = lazy(() => import('./Announcer').then((m) => ({ default: m.Announcer })));
const PwaNotes = lazy(() => import('./PwaBar').then((m) => ({ default: m.PwaNotes })));
const OfflineReady = lazy(() => import('./PwaBar').then((m) => ({ default: m.OfflineReady })));
const LinkImport = lazy(() => import('./share/LinkImport').then((m) => ({ default: m.LinkImport })));

/** The tabs, in order, each with its view; every view but the comparison loads when first opened. */
const VIEWS: readonly { id: ViewId; label: MessageKey; view: Component }[] = [
  { id: 'grid', label: 'tabGrid', view: ComparisonGrid },
  { id: 'tasks', label: 'tabTasks', view: lazy(() => import('./views/TaskPortfolio')) },
  { id: 'anchoring', label: 'tabAnchoring', view: lazy(() => import('./views/AnchoringComparison')) },
  { id: 'municipalities', label: 'tabMunicipalities', view: lazy(() => import('./views/MunicipalityTable')) },
  { id: 'assumptions', label: 'tabAssumptions', view: lazy(() => import('./views/AssumptionsPanel')) },
  { id: 'charts', label: 'tabCharts', view: lazy(() => import('./charts/Charts')) },
  { id: 'decision', label: 'tabDecision', view: lazy(() => import('./decision/DecisionSupport')) },
  { id: 'decisions', label: 'tabDecisions', view: lazy(() => import('./views/Decisions')) },
  { id: 'handout', label: 'tabHandout', view: lazy(() => import('./views/Handout')) },
];

/** A field where Ctrl+Z undoes typing, not the workspace. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);
const isTextEntry = (el: HTMLElement): boolean => el.isContentEditable || el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type));

/** How soon an Escape after one that closed something is taken as that one's repeat (see onKeyDown). */
const ESCAPE_REPEAT_MS = 1000;

export function App() {
  const store = createAppStore({
    loadRepository: async () => ('indexedDB' in globalThis ? (await import('../db/repository')).createRepository() : null),
    // Loaded only on a reload (a first visit has nothing to read): out of the first visit's JavaScript.
    // A reload's figures come quickly, and an Enter typed at once needs the entry rules: they load
    // beside the read, not after the figures.
    ...('indexedDB' in globalThis && { peek: (tabWorkspace: string | null) => (void loadEntryRules(), import('../db/peek').then((m) => m.peekReloadWorkspace(undefined, tabWorkspace))) }),
    tabWorkspace: createTabWorkspace(),
    tabId: crypto.randomUUID(),
  });
  const { chrome, session, results, actions, notices } = store;
  const { t } = chrome.i18n;
  const [persistRefused, setPersistRefused] = createSignal(false);
  const view = () => VIEWS.find((v) => v.id === chrome.view()) ?? VIEWS[0]!;
  // Opened by a link (not one that arrives later, in the address bar of an open app).
  const openedByLink = hasShareLink(location.hash);
  const [linkArrived, setLinkArrived] = createSignal(openedByLink);
  const onHashChange = () => hasShareLink(location.hash) && setLinkArrived(true);

  /**
   * When an Escape last closed something else (an edit's question, a menu, a dialog): the one
   * pressed right after it is that one's too. Presenting, "Esc, Esc" to make a question go away
   * threw the room out of the presentation onto the desk's dense view (a fresh-eyes walk).
   */
  let otherEscapeAt = -Infinity;
  /** The modal dialog open, if any (an open dialog where a browser cannot tell a modal one). */
  const openModal = (): Element | null => {
    try {
      return document.querySelector('dialog:modal');
    } catch {
      return document.querySelector('dialog[open]');
    }
  };
  // Undo/redo work anywhere except inside a text field (which has its own undo): also on a
  // checkbox, a list or a button just used ("Vis forskelle", "Vis år").
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    // While a modal dialog is open the keys are its own, wherever the focus is: with the focus
    // fallen to the page (what had it was made anew), Escape was taken for the presentation's and
    // kept the dialog open, and Ctrl+Z undid behind it.
    const modal = openModal();
    if (e.key === 'Escape' && (modal || e.defaultPrevented || isTextEntry(target) || target.closest('select, dialog, .editor'))) otherEscapeAt = e.timeStamp;
    if (modal && !modal.contains(target)) return;
    // By the key's place as well: on a Mac, ⌥P types "π".
    if (e.altKey && (e.key.toLowerCase() === 'p' || e.code === 'KeyP')) {
      e.preventDefault();
      if (chrome.presentation()) {
        chrome.endPresentation();
        focusComparison();
      } else presentSettled({ chrome, notices });
      return;
    }
    // An edit already entered, in the grid's cell or a field that shows the workspace's value
    // (EntryField's data-undo): Ctrl+Z is the workspace's. The field's own undo put its old text
    // back while the figures kept the edit, and a later Ctrl+Z brought the edit back.
    const entered = !!target.closest('.editor[data-entered], [data-undo="workspace"]');
    if (!entered && (target.closest('dialog, .editor') || isTextEntry(target))) return;
    // An Escape that closed a menu (which prevents its default) was the menu's, not the room's.
    // A checkbox just used ("Vis forskelle til basis") is no text entry: Escape leaves from it too.
    if (e.key === 'Escape' && chrome.presentation() && !e.defaultPrevented && !isTextEntry(target) && !target.closest('select')) {
      e.preventDefault();
      // One repeat only: a third Escape is meant for the presentation (pressed in quick
      // succession, every Escape after a question's was swallowed for a second; a fresh-eyes walk).
      if (e.timeStamp - otherEscapeAt <= ESCAPE_REPEAT_MS) return void (otherEscapeAt = -Infinity);
      chrome.endPresentation();
      focusComparison();
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === 'z' && !e.shiftKey) {
      e.preventDefault();
      actions.undo();
    } else if (ctrl && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
      e.preventDefault();
      actions.redo();
    }
  };

  onMount(() => {
    void store.start().then(() => requestPersistentStorage().then((s) => setPersistRefused(s === 'refused')));
    // A menu's list, ready before anyone opens one: its first opening waited for it.
    void store.firstFigures().then(() => afterPaint(() => void loadMenuList()));
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('pagehide', session.flushHistory);
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', session.flushHistory);
  });

  return (
    <AppContext.Provider value={store}>
      <div class="app" classList={{ presenting: chrome.presentation() !== null }} data-view={chrome.view()} lang={chrome.i18n.lang()}>
        <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), focusComparison())}>
          {t('skipToComparison')}
        </a>
        <Guard where={t('headerPart')}>
          <Header persistRefused={persistRefused()} />
        </Guard>
        <Notices />
        <AfterFirstFigures>
          <Announcer />
        </AfterFirstFigures>
        <Show when={chrome.presentation() === null}>
          <nav class="tabs" aria-label={t('views')}>
            <For each={VIEWS}>
              {(v) => (
                <button type="button" class="tab" aria-current={chrome.view() === v.id ? 'page' : undefined} onClick={() => chrome.setView(v.id)}>
                  {t(v.label)}
                </button>
              )}
            </For>
          </nav>
        </Show>
        <main id="main" tabIndex={-1}>
          {/* The header, with the page's heading, is hidden while presenting; the heading stays. */}
          <Show when={chrome.presentation() !== null}>
            <h1 class="visually-hidden">{session.workspace().name}</h1>
          </Show>
          <ComputeStatus />
          <Show when={session.ready()} fallback={<p class="hint">{t('computing')}</p>}>
            {/* Keyed by the view, so a view that failed is left behind when another is opened. */}
            <Show when={chrome.presentation() !== null ? VIEWS[0]! : view()} keyed>
              {(v) => (
                <Guard where={t(v.label)}>
                  <Suspense fallback={<p class="hint view-loading">{t('loading')}</p>}>
                    <Dynamic component={v.view} />
                  </Suspense>
                </Guard>
              )}
            </Show>
          </Show>
        </main>
        <Show when={linkArrived()}>
          <Guard where={t('linkOpenTitle')}>
            <Suspense>
              <LinkImport openedByLink={openedByLink} />
            </Suspense>
          </Guard>
        </Show>
        <Show when={chrome.shareRequest()}>
          {(request) => (
            <Guard where={t('shareTitle')}>
              <Suspense>
                <ShareDialog scenarioIds={request().scenarioIds} decision={request().decision} onClose={chrome.closeShare} />
              </Suspense>
            </Guard>
          )}
        </Show>
        <Show when={chrome.explaining()} keyed>
          {(target) => (
            <Guard where={t('explainTitle')}>
              <Suspense>
                <ExplanationDialog target={target} onClose={chrome.closeExplanation} />
              </Suspense>
            </Guard>
          )}
        </Show>
        <footer class="app-footer">
          {t('version')}: {__BUILD_ID__} · <span data-status={results.status()}>{t(STATUS_TEXT[results.status()])}</span>
          <AfterFirstFigures>
            <OfflineReady />
          </AfterFirstFigures>
        </footer>
        <AfterFirstFigures>
          <PwaNotes />
        </AfterFirstFigures>
      </div>
    </AppContext.Provider>
  );
}

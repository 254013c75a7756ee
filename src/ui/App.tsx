/** The shell: header, notices, and one view at a time. Views other than the grid load lazily. */
import { createSignal, For, lazy, Match, onCleanup, onMount, Show, Suspense, Switch } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import { createComputeClient } from '../../workers/compute-client';
import { ComparisonGrid } from './grid/ComparisonGrid';
import { Header } from './Header';
import { Notices } from './Notices';
import { AppContext, createAppStore } from './state/app-store';
import { ComputeStatus } from './ComputeStatus';
import { PwaBar } from './PwaBar';
import { LinkImport } from './share/LinkImport';

const TaskPortfolio = lazy(() => import('./views/TaskPortfolio'));
const AnchoringComparison = lazy(() => import('./views/AnchoringComparison'));
const MunicipalityTable = lazy(() => import('./views/MunicipalityTable'));
const AssumptionsPanel = lazy(() => import('./views/AssumptionsPanel'));
const Charts = lazy(() => import('./charts/Charts'));
const DecisionSupport = lazy(() => import('./views/DecisionSupport'));
const Handout = lazy(() => import('./views/Handout'));
const ShareDialog = lazy(() => import('./share/ShareDialog'));

type View = 'grid' | 'tasks' | 'anchoring' | 'municipalities' | 'assumptions' | 'charts' | 'decision' | 'handout';
const VIEWS: readonly { id: View; label: MessageKey }[] = [
  { id: 'grid', label: 'tabGrid' },
  { id: 'tasks', label: 'tabTasks' },
  { id: 'anchoring', label: 'tabAnchoring' },
  { id: 'municipalities', label: 'tabMunicipalities' },
  { id: 'assumptions', label: 'tabAssumptions' },
  { id: 'charts', label: 'tabCharts' },
  { id: 'decision', label: 'tabDecision' },
  { id: 'handout', label: 'tabHandout' },
];

export function App() {
  const store = createAppStore({
    loadRepository: async () => ('indexedDB' in globalThis ? (await import('../db/repository')).createRepository() : null),
    compute: createComputeClient(),
    tabId: crypto.randomUUID(),
  });
  const { t } = store.i18n;
  const [view, setView] = createSignal<View>('grid');
  // Undo/redo work anywhere except inside a text field (which has its own undo).
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, dialog')) return;
    if (e.key === 'Escape' && store.presentation()) {
      e.preventDefault();
      store.actions.endPresentation();
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === 'z' && !e.shiftKey) {
      e.preventDefault();
      store.actions.undo();
    } else if (ctrl && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
      e.preventDefault();
      store.actions.redo();
    }
  };

  onMount(() => {
    void store.start();
    document.addEventListener('keydown', onKeyDown);
  });
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));

  return (
    <AppContext.Provider value={store}>
      <div class="app" classList={{ presenting: store.presentation() !== null }} lang={store.i18n.lang()}>
        <Header />
        <PwaBar />
        <Notices />
        <Show when={store.presentation() !== null}>
          <button type="button" class="end-presentation" onClick={store.actions.endPresentation}>
            {t('endPresentation')}
          </button>
        </Show>
        <nav class="tabs" aria-label={t('appTitle')}>
          <For each={VIEWS}>
            {(v) => (
              <button type="button" class="tab" aria-current={view() === v.id ? 'page' : undefined} onClick={() => setView(v.id)}>
                {t(v.label)}
              </button>
            )}
          </For>
        </nav>
        <main>
          <ComputeStatus />
          {/* Render once the stored workspace and its first results are in: one render, not two. */}
          <Show when={store.ready() && (store.results() || store.failure())} fallback={<p class="hint">{t('computing')}</p>}>
            <Suspense fallback={<p class="hint">{t('chartLoading')}</p>}>
              <Switch>
                <Match when={view() === 'grid'}>
                  <ComparisonGrid />
                </Match>
                <Match when={view() === 'tasks'}>
                  <TaskPortfolio />
                </Match>
                <Match when={view() === 'anchoring'}>
                  <AnchoringComparison />
                </Match>
                <Match when={view() === 'municipalities'}>
                  <MunicipalityTable />
                </Match>
                <Match when={view() === 'assumptions'}>
                  <AssumptionsPanel />
                </Match>
                <Match when={view() === 'charts'}>
                  <Charts />
                </Match>
                <Match when={view() === 'decision'}>
                  <DecisionSupport />
                </Match>
                <Match when={view() === 'handout'}>
                  <Handout />
                </Match>
              </Switch>
            </Suspense>
          </Show>
        </main>
        <LinkImport />
        <Show when={store.shareRequest()}>
          {(request) => (
            <Suspense>
              <ShareDialog scenarioIds={request().scenarioIds} onClose={store.actions.closeShare} />
            </Suspense>
          )}
        </Show>
        <footer class="app-footer">
          {t('version')}: {__BUILD_ID__}
        </footer>
      </div>
    </AppContext.Provider>
  );
}

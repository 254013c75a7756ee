/** The shell: header, notices, and one view at a time. Views other than the grid load lazily. */
import { createSignal, For, lazy, onCleanup, onMount, Show, Suspense, type Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { MessageKey } from '../i18n/i18n';
import { createComputeClient } from '../../workers/compute-client';
import { ComparisonGrid } from './grid/ComparisonGrid';
import { Header } from './Header';
import { Notices } from './Notices';
import { AppContext, createAppStore } from './state/app-store';
import { ComputeStatus } from './ComputeStatus';
import { PwaBar } from './PwaBar';
import { LinkImport } from './share/LinkImport';

const ShareDialog = lazy(() => import('./share/ShareDialog'));

/** The tabs, in order, each with its view; every view but the grid loads when first opened. */
const VIEWS: readonly { id: string; label: MessageKey; view: Component }[] = [
  { id: 'grid', label: 'tabGrid', view: ComparisonGrid },
  { id: 'tasks', label: 'tabTasks', view: lazy(() => import('./views/TaskPortfolio')) },
  { id: 'anchoring', label: 'tabAnchoring', view: lazy(() => import('./views/AnchoringComparison')) },
  { id: 'municipalities', label: 'tabMunicipalities', view: lazy(() => import('./views/MunicipalityTable')) },
  { id: 'assumptions', label: 'tabAssumptions', view: lazy(() => import('./views/AssumptionsPanel')) },
  { id: 'charts', label: 'tabCharts', view: lazy(() => import('./charts/Charts')) },
  { id: 'decision', label: 'tabDecision', view: lazy(() => import('./views/DecisionSupport')) },
  { id: 'handout', label: 'tabHandout', view: lazy(() => import('./views/Handout')) },
];

export function App() {
  const store = createAppStore({
    loadRepository: async () => ('indexedDB' in globalThis ? (await import('../db/repository')).createRepository() : null),
    compute: createComputeClient(),
    tabId: crypto.randomUUID(),
  });
  const { t } = store.i18n;
  const [view, setView] = createSignal(VIEWS[0]!);
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
              <button type="button" class="tab" aria-current={view() === v ? 'page' : undefined} onClick={() => setView(v)}>
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
              <Dynamic component={view().view} />
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

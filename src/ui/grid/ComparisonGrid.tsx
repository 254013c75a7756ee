/**
 * "Sammenligning": the decision first — each scenario's cost, supplement, kr. per inhabitant,
 * approval path, flags and score, then every municipality's bill — then the choices and the
 * inputs, and the details last. A compact toolbar chooses the year and adds scenarios.
 */
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { scenarioPresetsIn, scenarioYears, type YearKey } from '../../model';
import { Menu } from '../Menu';
import { UndoButtons } from '../UndoButtons';
import { focusComparison, focusScenarioMenu } from '../focus';
import { useApp } from '../state/app-store';
import { createChosenScenario, ScenarioPicker } from '../views/ScenarioPicker';
import { GridTable } from './GridTable';
import { presentSettled } from './present';
import type { RowGroup } from './rows';


export function YearPicker() {
  const { session, chrome } = useApp();
  const { t } = chrome.i18n;
  const years = () => scenarioYears(session.workspace().scenarios);
  return (
    <label class="field year-picker">
      <span>{t('showYear')}</span>
      <select value={chrome.year()} onChange={(e) => chrome.setYear(e.currentTarget.value as YearKey)}>
        <option value="typical">{t('yearTypical')}</option>
        <For each={years()}>{(y) => <option value={String(y)}>{y}</option>}</For>
        <option value="horizon">{t('yearHorizon')}</option>
      </select>
    </label>
  );
}

/** True while the viewport matches a media query. */
function createMediaQuery(query: string) {
  const list = window.matchMedia(query);
  const [matches, setMatches] = createSignal(list.matches);
  const onChange = () => setMatches(list.matches);
  list.addEventListener('change', onChange);
  onCleanup(() => list.removeEventListener('change', onChange));
  return matches;
}

/**
 * What presentation mode shows: the decision and the bills first, then the choices and the
 * assumptions a meeting changes (the base grant, staffing, cost per FTE), below the first screen;
 * the details stay out.
 */
const PRESENTED: readonly RowGroup[] = ['decision', 'municipalities', 'choices', 'inputs'];

export function ComparisonGrid() {
  const { chrome, actions, session, results, decisions, notices } = useApp();
  const { t } = chrome.i18n;
  const presenting = () => chrome.presentation() !== null;
  // A phone shows one scenario at a time, chosen here, with the decision figures first.
  const narrow = createMediaQuery('(max-width: 600px)');
  const { scenario, choose } = createChosenScenario();
  return (
    <section class="comparison" aria-labelledby="comparison-title">
      <div class="grid-toolbar">
        <h2 id="comparison-title" class="visually-hidden">
          {t('tabGrid')}
        </h2>
        <YearPicker />
        <Show when={narrow()}>
          <span class="scenario-picker-narrow">
            <ScenarioPicker label={t('chooseScenario')} value={scenario().id} onChange={choose} />
          </span>
        </Show>
        <Menu
          label={t('addScenario')}
          buttonText={<>+ {t('addScenario')} <span aria-hidden="true">▾</span></>}
          items={() =>
            scenarioPresetsIn(session.workspace().region).map(({ preset, level }) => {
              const label = level ? t('level', { level }) : t('presetT11');
              return { label, run: () => focusScenarioMenu(actions.addScenario(preset, label), session.settling) };
            })
          }
        />
        <label class="toggle">
          <input type="checkbox" checked={chrome.showDifferences()} onChange={(e) => chrome.setShowDifferences(e.currentTarget.checked)} />
          {t('showDifferences')}
        </label>
        {/* Presenting, the header is hidden: its Fortryd and Gentag come here, as arrows, so the
            middle of the row stays free for a notice. */}
        <Show when={presenting()}>
          {/* The header with the workspace's name is hidden: the room still sees whose figures these are. */}
          <span class="presenting-title">{session.workspace().name}</span>
          <UndoButtons compact />
        </Show>
        {/* The button that had focus disappears either way: focus moves to the active cell. */}
        <Show
          when={!presenting()}
          fallback={
            <button type="button" class="end-presentation" onClick={() => (chrome.endPresentation(), focusComparison())}>
              {t('endPresentation')}
            </button>
          }
        >
          <button type="button" onClick={() => presentSettled({ chrome, notices })} title={t('presentHint')}>
            {t('present')}
          </button>
        </Show>
        <button type="button" onClick={() => chrome.share(null)}>
          {t('shareComparison')}
        </button>
        <Menu
          label={t('exportMenu')}
          buttonText={<>{t('exportMenu')} <span aria-hidden="true">▾</span></>}
          items={() => [
            // The export code loads when an export is chosen.
            { label: t('exportExcel'), run: () => void import('../exports').then((m) => m.exportExcel(session.workspace(), results.state, chrome.i18n.lang(), decisions.list().records)) },
            ...(['semicolon', 'comma'] as const).map((convention) => ({
              label: t(convention === 'semicolon' ? 'exportCsvSemicolon' : 'exportCsvComma'),
              run: () => void import('../exports').then((m) => m.exportCsv(session.workspace(), results.state, chrome.i18n, decisions.list().records, convention)),
            })),
            { label: t('exportJson'), run: () => void actions.exportWorkspace() },
          ]}
        />
        <span class="result-status" data-status={results.status()} role="status">
          <Show when={results.status() === 'computing' || results.status() === 'stale'}>{t('computing')}</Show>
        </span>
      </div>
      <p class="visually-hidden" id="grid-hint">
        {t('editHint')}
      </p>
      <p class="print-only">{t('gridPrintHint')}</p>
      <div class="grid-scroll" classList={{ stale: results.status() === 'stale' }} data-status={results.status()}>
        <GridTable caption={t('tabGrid')} groups={presenting() ? PRESENTED : undefined} only={narrow() ? scenario().id : null} />
      </div>
    </section>
  );
}

/**
 * Meeting memory: the workspace now against a decision's snapshot — exactly the inputs that
 * changed, and how each scenario's key figures moved, in the variance style of the grid's
 * difference from the baseline. The worker computes both from the model.
 */
import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { changeLabel, changeValue } from '../../i18n/describe-change';
import { formatDifference, formatKr, formatNumber, formatPerInhabitant, formatShare } from '../../i18n/number-format';
import type { DecisionRecord, FigureMove } from '../../model';
import { useApp } from '../state/app-store';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

const FIGURE_KEYS = { totalCost: 'announceTotalCost', supplement: 'announceSupplement', perInhabitant: 'rowPerInhabitant', horizonSupplement: 'memoryHorizon' } as const;

export function MeetingMemory(props: { record: DecisionRecord }) {
  const { chrome, session, background } = useApp();
  const { t, lang } = chrome.i18n;
  const [memory] = createResource(
    () => ({ before: props.record.snapshot, after: session.workspace() }),
    ({ before, after }) => background.memory(undefined, before, after),
  );
  // The figures that moved, the others on request: every scenario's four figures buried the one
  // that moved among some twenty that did not (a fresh-eyes walk).
  const [showUnchanged, setShowUnchanged] = createSignal(false);
  const figuresId = createUniqueId();
  const amount = (move: FigureMove, value: number) => (move.figure === 'perInhabitant' ? formatPerInhabitant(value, lang()) : formatKr(value, lang()));
  const change = (move: FigureMove) => {
    const v = move.variance;
    if (!v) return '';
    const digits = move.figure === 'perInhabitant' ? 2 : 0;
    return `${formatDifference(v.absolute, (abs) => formatNumber(abs, lang(), digits))}${v.relative === null ? '' : ` (${formatDifference(v.relative, (abs) => formatShare(abs, lang(), 1))})`}`;
  };
  return (
    <section class="memory" aria-label={t('memoryTitle')} data-testid="meeting-memory">
      <Show when={memory()} fallback={<p class="hint">{memory.error ? t('decisionsFailed', { reason: String(memory.error) }) : t('computing')}</p>}>
        {(m) => {
          const moved = () => m().figures.filter((f) => f.variance);
          const unchanged = () => m().figures.length - moved().length;
          const listed = () => (showUnchanged() ? m().figures : moved());
          return (
            <>
              <h4>{t('memoryInputs')}</h4>
              <Show when={m().inputs.length > 0} fallback={<p>{t('memoryNoInputs')}</p>}>
                <table ref={createFocusableWhileScrolling} class="data-table" data-testid="memory-inputs">
                  <thead>
                    <tr>
                      <th scope="col">{t('memoryScope')}</th>
                      <th scope="col">{t('memoryInput')}</th>
                      <th scope="col" class="num">{t('memoryBefore')}</th>
                      <th scope="col" class="num">{t('memoryNow')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={m().inputs}>
                      {(c) => (
                        <tr>
                          <td>{c.scenarioName ?? t('memoryAll')}</td>
                          <th scope="row">{changeLabel(c, chrome.i18n)}</th>
                          <td class="num">{changeValue(c.before, c, chrome.i18n)}</td>
                          <td class="num">{changeValue(c.after, c, chrome.i18n)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
              <h4>{t('memoryFigures')}</h4>
              <Show when={moved().length === 0}>
                <p>{t('memoryNoFigures')}</p>
              </Show>
              <Show when={listed().length > 0}>
                <table ref={createFocusableWhileScrolling} class="data-table" data-testid="memory-figures" id={figuresId}>
                  <thead>
                    <tr>
                      <th scope="col">{t('memoryScope')}</th>
                      <th scope="col">{t('memoryFigure')}</th>
                      <th scope="col" class="num">{t('memoryBefore')}</th>
                      <th scope="col" class="num">{t('memoryNow')}</th>
                      <th scope="col" class="num">{t('memoryChange')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={listed()}>
                      {(move) => (
                        <tr classList={{ moved: !!move.variance }} data-scenario={move.scenarioId} data-figure={move.figure}>
                          <td>{move.scenarioName}</td>
                          <th scope="row">{t(FIGURE_KEYS[move.figure])}</th>
                          <td class="num">{amount(move, move.before)}</td>
                          <td class="num">{amount(move, move.after)}</td>
                          <td class="num diff">{change(move)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
              <Show when={unchanged() > 0}>
                <button type="button" class="link-button" aria-expanded={showUnchanged()} aria-controls={listed().length > 0 ? figuresId : undefined} onClick={() => setShowUnchanged(!showUnchanged())}>
                  {t('memoryUnchanged', { count: unchanged() })}
                </button>
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}

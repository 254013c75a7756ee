/**
 * "Hvorfor?": how the figure in a cell is built — the formula with its values, each term, each
 * input with its origin (a seed's own words, an assumption's reason, the user's entry), year by
 * year where the years differ, and for a municipality how its remainder krone was placed. The
 * worker builds the explanation from the model; this only renders it. An input's "Gå til feltet"
 * moves to the place that sets it.
 */
import { createResource, For, Show } from 'solid-js';
import { nodeTitle } from '../../i18n/explain-words';
import { formatDecimal, formatNumber, formatYears } from '../../i18n/number-format';
import type { Explanation, FigureId, InputPlace, YearKey } from '../../model';
import { Dialog } from '../Dialog';
import { focusWhenShown } from '../focus';
import type { ExplainTarget } from '../state/chrome';
import { useApp } from '../state/app-store';
import { formatValue, formulaLine, rangedInputs, rangeText, soleInput } from './explain-format';
import { OriginNote } from './OriginNote';
import { ReasonedExplanation } from './ReasonedExplanation';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import { ForById } from '../for-by-id';
import '../../i18n/strings-da-later';

/** Where an input comes from (a seed's own words quoted), and a link to the place that sets it. */
function InputOrigin(props: { input: Explanation; goTo: (place: InputPlace) => void }) {
  const { chrome } = useApp();
  const { t, lang } = chrome.i18n;
  return (
    <>
      <Show when={props.input.origin}>{(origin) => <OriginNote origin={origin()} />}</Show>
      <Show when={props.input.setAt}>
        {(place) => (
          <button type="button" class="link-button" onClick={() => props.goTo(place())}>
            {t('explainGoTo')}: {nodeTitle(props.input, lang())}
          </button>
        )}
      </Show>
    </>
  );
}

function ExplainItem(props: { node: Explanation; goTo: (place: InputPlace) => void }) {
  const { chrome } = useApp();
  const { lang } = chrome.i18n;
  const name = () => nodeTitle(props.node, lang());
  return (
    <li data-term={props.node.label.term} data-value={props.node.value}>
      <Show
        when={props.node.terms}
        fallback={
          <div class="explain-input">
            <span class="explain-name">{name()}</span> <span class="explain-value">{formatValue(props.node, lang())}</span>
            <InputOrigin input={props.node} goTo={props.goTo} />
          </div>
        }
      >
        {(terms) => (
          <>
            <details>
              <summary>
                <span class="explain-name">{name()}</span> <span class="explain-value">{formatValue(props.node, lang())}</span>
              </summary>
              <p class="explain-formula">{formulaLine(props.node, lang())}</p>
              <ol class="explain-terms">
                <ForById each={terms().filter((x) => x.origin?.kind !== 'constant')}>{(term) => <ExplainItem node={term()} goTo={props.goTo} />}</ForById>
              </ol>
            </details>
            <Show when={soleInput(props.node)}>{(input) => <InputOrigin input={input()} goTo={props.goTo} />}</Show>
          </>
        )}
      </Show>
    </li>
  );
}

/**
 * The term a grid cell sets, anywhere in a figure's explanation: the value typed there, not one
 * derived from it (a start month sets the months a year runs, which explain nothing of the month).
 */
function findInput(node: Explanation, row: string, scenarioId: string): Explanation | undefined {
  const place = node.setAt;
  if (place?.view === 'grid' && place.row === row && place.scenarioId === scenarioId && node.origin?.kind !== 'derived') return node;
  for (const term of node.terms ?? []) {
    const found = findInput(term, row, scenarioId);
    if (found) return found;
  }
  return undefined;
}

export default function ExplanationDialog(props: { target: ExplainTarget; onClose: () => void }) {
  const { chrome, session, results, background } = useApp();
  const { t, lang } = chrome.i18n;
  let dialog!: HTMLDialogElement;
  let navigated = false;
  const scenario = () => session.workspace().scenarios.find((s) => s.id === props.target.scenarioId);
  const scenarioName = () => scenario()?.name ?? '';
  const outsidePeriod = () => {
    const s = scenario();
    return t('explainOutsidePeriod', { year: chrome.year(), period: s ? formatYears(s.start.year, s.end.year) : '' });
  };
  const explainFigure = (figure: FigureId, year: YearKey) => (results.state.workspaceId ? { workspaceId: results.state.workspaceId, revision: results.state.revision, figure, year, scenarioId: props.target.scenarioId } : null);
  const request = () => (props.target.figure ? explainFigure(props.target.figure, chrome.year()) : null);
  const load = async (r: NonNullable<ReturnType<typeof request>>) => (await results.inStep(), background.explain(undefined, r.workspaceId, r.revision, { scenarioId: r.scenarioId, figure: r.figure, year: r.year }));
  // Read as .latest below: a read of the resource while it loads again (another tab's edit, the
  // year changed) suspends, and the Suspense around the dialog took it out of the page and put it
  // back no longer modal, behind the grid's sticky rows, with Esc ending the presentation.
  const [explanation] = createResource(request, load);
  /*
   * An input has no formula of its own: the figures that use it carry it as a term, with its
   * origin (the assumption's source, a seed, the user's entry). The supplement uses every input a
   * cell sets but the equal share, which only a municipality's bill uses.
   */
  const inputRequest = () => {
    const row = props.target.inputRow;
    if (!row) return null;
    const reserveYear = /^reserve-(\d{4})$/.exec(row)?.[1];
    return explainFigure(row === 'equalPercent' ? 'municipality:0' : 'supplement', reserveYear ? (reserveYear as YearKey) : chrome.year());
  };
  const [inputSource] = createResource(inputRequest, load);
  const inputNode = () => {
    const tree = inputSource.latest?.tree;
    return tree ? findInput(tree, props.target.inputRow!, props.target.scenarioId) : undefined;
  };

  function goTo(place: InputPlace): void {
    navigated = true;
    dialog.close();
    switch (place.view) {
      case 'grid':
        return chrome.goToCell(place.row, place.scenarioId);
      case 'tasks':
        chrome.setView('tasks');
        return focusWhenShown(`[data-task="${place.taskId}"] input, [data-task="${place.taskId}"] button`);
      case 'assumptions':
        chrome.setView('assumptions');
        return focusWhenShown(`[data-field="${place.field}"] input, [data-field="${place.field}"] button`);
      case 'municipalities':
        chrome.setView('municipalities');
        return focusWhenShown(`tr[data-municipality="${place.code}"] input, tr[data-municipality="${place.code}"] th`);
      case 'anchoring':
        chrome.setView('anchoring');
        return focusWhenShown(`[data-part="${place.id}"] input, [data-part="${place.id}"] th, #anchoring-title`);
    }
  }

  function openAnchoring(): void {
    navigated = true;
    dialog.close();
    chrome.setView('anchoring');
    focusWhenShown('table.criteria input');
  }

  const allocationText = (node: Explanation) => {
    const a = node.allocation!;
    const name = node.label.name?.[lang()] ?? '';
    return t('explainAllocation', {
      name,
      share: `${formatDecimal((node.terms![1]!.value / node.terms![2]!.value) * 100, lang(), 4)} %`,
      exact: formatDecimal(a.exact, lang(), 2),
      whole: formatNumber(a.whole, lang()),
      remainder: formatDecimal(a.remainder, lang(), 4),
      rank: a.rank,
      count: a.count,
      left: a.left,
      got: a.extraKrone ? t('explainGotKrone') : t('explainNoKrone'),
    });
  };

  return (
    <Dialog
      title={`${t('explainTitle')} ${t('explainFor', { figure: props.target.label, scenario: scenarioName() })}`}
      titleId="explain-title"
      class="explain-dialog"
      onClose={props.onClose}
      ref={(el) => (dialog = el)}
      restoreFocus={() => !navigated}
    >
      <Show
        when={props.target.figure}
        fallback={
          <Show
            when={props.target.reasoning}
            fallback={
              <Show when={inputNode()} fallback={<p>{t('explainNoFormula', { row: props.target.label })}</p>}>
                {(input) => (
                  <div class="explain-input" data-testid="explain-input">
                    <span class="explain-name">{nodeTitle(input(), lang())}</span> <span class="explain-value">{formatValue(input(), lang())}</span>
                    <Show when={input().range}>{(range) => ` (${formatValue({ unit: input().unit, value: range().low }, lang())}–${formatValue({ unit: input().unit, value: range().high }, lang())})`}</Show>
                    <Show when={input().origin}>{(origin) => <OriginNote origin={origin()} />}</Show>
                  </div>
                )}
              </Show>
            }
          >
            {(reasoning) => <ReasonedExplanation reasoning={reasoning()} scenarioId={props.target.scenarioId} openAnchoring={openAnchoring} />}
          </Show>
        }
      >
        <Show when={!explanation.error} fallback={<p role="alert">{t('explainFailed', { reason: String((explanation.error as Error)?.message ?? explanation.error) })}</p>}>
          {/* Answered without a tree: the year shown is outside the scenario's period (its cell a "–"). It said "Indlæser …" for ever. */}
          {/* Busy while another tab's edit is explained anew: what shows is the figure before it. */}
          <Show when={explanation.latest?.tree} fallback={<p class={explanation.latest ? undefined : 'hint'}>{explanation.latest ? outsidePeriod() : t('loading')}</p>}>
            {(tree) => (
              <div data-testid="explanation" data-value={tree().value} aria-busy={explanation.loading ? 'true' : undefined}>
                <p class="explain-formula explain-root" data-testid="explain-formula">
                  {formulaLine(tree(), lang())}
                </p>
                {/* With no supplement there are no kroner to place: ranks and remainders of 0 say nothing. */}
                <Show when={tree().allocation && tree().terms![0]!.value > 0}>
                  <p data-testid="explain-allocation">{allocationText(tree())}</p>
                </Show>
                <h3>{t('explainTerms')}</h3>
                <ol class="explain-terms" data-testid="explain-terms">
                  {/* By id: another tab's edit makes every node anew, and rows made anew closed what was unfolded and took the focus with them. */}
                  <ForById each={tree().terms?.filter((x) => x.origin?.kind !== 'constant') ?? [tree()]}>{(term) => <ExplainItem node={term()} goTo={goTo} />}</ForById>
                </ol>
                <Show when={rangedInputs(tree()).length > 0}>
                  <p data-testid="explain-range">
                    {t('explainRangeFrom')} {rangedInputs(tree()).map((n) => rangeText(n, lang())).join(' · ')}
                  </p>
                </Show>
                <Show when={new Set(explanation.latest!.byYear.map((y) => y.value)).size > 1}>
                  <table ref={createFocusableWhileScrolling} class="data-table explain-years">
                    <caption>{t('explainYearByYear')}</caption>
                    <tbody>
                      <For each={explanation.latest!.byYear}>
                        {(y) => (
                          <tr>
                            <th scope="row">{y.year}</th>
                            <td class="num">{formatValue({ unit: tree().unit, value: y.value }, lang())}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
              </div>
            )}
          </Show>
        </Show>
      </Show>
      <div class="dialog-actions">
        <button type="button" onClick={() => dialog.close()}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

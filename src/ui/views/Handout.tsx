/**
 * The handout for the minutes: title, date, workspace, the comparison and the municipalities'
 * bills for the chosen year, the municipal supplement year by year, the tasks, the criteria
 * behind the overall score, charts, assumptions with sources, and the share link as text and a
 * QR code of at least 4 cm. Wide tables continue on the next page with the row labels repeated,
 * so every scenario is printed. Print it (A4, either way round) or save it as PDF.
 */
import { createResource, For, Show } from 'solid-js';
import { formatDate, formatFte, formatKroner, formatNumber, formatPercent, formatShare } from '../../i18n/number-format';
import { translate } from '../../i18n/i18n';
import { populationSourceWords, type Lang } from '../../model';
import { changedInputs } from '../../model/meeting-memory';
import { criteriaTable, NONE, reportTables, supplementByYearTable, taskFteTable, type ReportCell, type ReportTable } from '../../outputs/report-tables';
import { encodeWorkspace, LINK_BUDGET, shareUrl } from '../../share/codec';
import Charts from '../charts/Charts';
import { YearPicker } from '../grid/ComparisonGrid';
import { QrCode } from '../share/QrCode';
import { useApp } from '../state/app-store';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import { longWord } from '../long-word';
import '../../i18n/strings-da-later';

/**
 * Scenarios per printed table, beyond which a table continues below: what fits an A4 page's
 * width upright (186 mm) at the handout's type. Wider, Chromium shrinks the whole handout to fit
 * it, the QR code and the type with it. The comparison has a column per scenario; the
 * municipalities two (kroner and kroner per inhabitant) beside their own three.
 */
const SCENARIOS_PER_PART = { comparison: 6, municipalities: 3 } as const;

function formatCell(cell: ReportCell, lang: Lang): string {
  if (cell.kind === 'text') return String(cell.value);
  const v = Number(cell.value);
  switch (cell.kind) {
    case 'kr':
    case 'integer':
      return formatKroner(v, lang);
    case 'perInhabitant':
    case 'score':
      return formatNumber(v, lang, 2);
    case 'fte':
      return formatFte(Math.round(v * 100), lang);
    case 'percent':
      return formatPercent(v, lang);
    case 'share':
      return formatShare(v, lang);
  }
}

/**
 * The criteria's weight column said in each criterion's label ("Robusthed (nøglepersonrisiko)
 * (25)"): on paper the scenarios keep the comparison's widths, where a column of its own took the
 * room a long word in a scenario's name needed (it broke "anbefal|ing" with 14 scenarios).
 */
function weightInLabel(table: ReportTable, lang: Lang): ReportTable {
  const said = (label: ReportCell, weight: ReportCell) => (weight.kind === 'text' ? label : { ...label, value: `${formatCell(label, lang)} (${formatCell(weight, lang)})` });
  return { ...table, header: [`${table.header[0]} (${table.header[1]!.toLowerCase()})`, ...table.header.slice(2)], rows: table.rows.map(([label, weight, ...rest]) => [said(label!, weight!), ...rest]), ...(table.basisColumn !== undefined && { basisColumn: table.basisColumn - 1 }) };
}

/** Splits a table's columns into parts of `size`, each keeping the label columns before `from`. */
export function splitColumns(table: ReportTable, from: number, size: number): ReportTable[] {
  const columns = table.header.length - from;
  if (columns <= size) return [table];
  const parts: ReportTable[] = [];
  for (let start = from; start < table.header.length; start += size) {
    const pick = <T,>(row: readonly T[]) => [...row.slice(0, from), ...row.slice(start, start + size)];
    parts.push({ name: `${table.name} (${parts.length + 1})`, header: pick(table.header), rows: table.rows.map(pick) });
  }
  return parts;
}

/** "kr. pr. indb." where a heading is the one before it with that unit ("Niveau 2 kr. pr. indb." after "Niveau 2"), or null. */
const aside = (header: readonly string[], i: number, lang: Lang): string | null => {
  const unit = translate(lang, 'perInhabitant');
  return i > 1 && header[i] === `${header[i - 1]} ${unit}` ? unit : null;
};

/** `even`: the scenarios' columns share the width equally (a long flag text does not widen one). */
function TableView(props: { table: ReportTable; lang: Lang; even?: boolean }) {
  return (
    <section class="handout-table">
      <table ref={createFocusableWhileScrolling} class="data-table" classList={{ even: props.even }}>
        <caption>{props.table.name}</caption>
        <thead>
          <tr>
            {/* A scenario's long word steps its type down rather than break ("Klimaallianc|e"), as in the grid. */}
            <For each={props.table.header}>
              {(h, i) => {
                // "… kr. pr. indb." beside its scenario's amount: the unit, the whole heading its name for a
                // screen reader. Whole on screen, its long word took the narrow column's type down to 5 px (a fresh-eyes walk).
                const unit = aside(props.table.header, i(), props.lang);
                return (
                <th scope="col" aria-label={unit !== null ? h : undefined}>
                  {unit !== null ? (
                    unit
                  ) : i() > 0 && longWord(h) ? (
                    <span class="heading-fit" style={{ '--word': String(longWord(h)) }}>
                      <span>{h}</span>
                    </span>
                  ) : (
                    h
                  )}
                </th>
                );
              }}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(row) => (
              <tr>
                <For each={row}>
                  {(cell, i) =>
                    i() === 0 ? (
                      <th scope="row">{formatCell(cell, props.lang)}</th>
                    ) : (
                      <td class={cell.kind === 'text' && cell.value !== NONE ? '' : 'num'}>
                        {formatCell(cell, props.lang)}
                        {/* Under the figure: beside it, "172.500 (6 mdr.)" ran into the next column's. */}
                        <Show when={cell.note}>{(note) => <span class="cell-note"> ({note()})</span>}</Show>
                      </td>
                    )
                  }
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

export default function Handout() {
  const { chrome, session, results, decisions } = useApp();
  const { t, lang } = chrome.i18n;
  const tables = () => (results.showing() ? reportTables(session.workspace(), results.state, lang(), [chrome.year()]) : []);
  // The basis named in its column's heading: on paper there is no colour to tell it by.
  const basisNamed = (table: ReportTable): ReportTable => {
    const at = table.basisColumn ?? 0;
    return at > 0 ? { ...table, header: table.header.map((h, i) => (i === at ? `${h} (${t('baseline')})` : h)) } : table;
  };
  const comparison = () => tables()[0] && basisNamed(tables()[0]!);
  const municipalities = () => tables()[1];
  const criteria = () => (results.showing() ? basisNamed(criteriaTable(session.workspace(), results.state, lang())) : undefined);
  // Where there is more than one year: the supplement of each, beside the chosen year's tables.
  const byYear = () => {
    if (!results.showing()) return undefined;
    const table = supplementByYearTable(session.workspace(), results.state, lang());
    return table.rows.length > 2 ? basisNamed(table) : undefined;
  };
  const assumptions = () => tables().find((x) => x.name === t('tabAssumptions'));
  // What each scenario holds, task by task, in årsværk: on paper "Niveau 2 · tilpasset" said
  // nothing of which tasks. Six scenarios a part, as the comparison, each part with the tasks its
  // scenarios have.
  const taskParts = () => {
    const ws = session.workspace();
    const per = SCENARIOS_PER_PART.comparison;
    const parts = Array.from({ length: Math.ceil(ws.scenarios.length / per) }, (_, i) => taskFteTable(ws, lang(), ws.scenarios.slice(i * per, (i + 1) * per)));
    return parts.length > 1 ? parts.map((part, i) => ({ ...part, name: `${part.name} (${i + 1})` })) : parts;
  };
  const [link] = createResource(() => ({ ws: session.workspace(), lang: lang() }), async ({ ws, lang }) => shareUrl(await encodeWorkspace(ws), lang));
  return (
    <article class="panel handout" aria-labelledby="handout-title">
      <div class="no-print handout-tools">
        <YearPicker />
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('handoutPrint')}
        </button>
        <p class="hint">{t('handoutHint')}</p>
      </div>
      <header>
        <h2 id="handout-title">
          {t('appTitle')} – {session.workspace().name}
        </h2>
        <p class="hint">
          {t('handoutMade', { date: formatDate(new Date().toISOString().slice(0, 10), lang()), region: session.workspace().region, source: chrome.i18n.local(populationSourceWords(session.workspace())), populationDate: formatDate(session.workspace().populationDate, lang()) })}
        </p>
      </header>
      <Show when={decisions.latest()}>
        {(d) => (
          <section class="handout-decision" data-testid="handout-decision">
            <h3>{t('handoutDecision')}</h3>
            <p>
              <strong>{t('decisionHeading', { body: d().body, date: formatDate(d().meetingDate, lang()), scenario: d().scenarioName })}</strong>
            </p>
            <Show when={d().rationale}>
              <p>{d().rationale}</p>
            </Show>
            {/* Named as the decision's figures, and said when the workspace has changed since: beside
                the tables below, today's, 845.000 and 1.245.000 stood unexplained (a walk). */}
            <p class="hint">
              {t('decisionFigures', { year: d().figures.year })}: {t('rowSupplement')}: {formatNumber(d().figures.supplement, lang())} · {t('rowPerInhabitant')}: {formatNumber(d().figures.perInhabitant, lang(), 2)} kr.
              <Show when={d().proposedBy}> · {t('decisionProposedByText', { name: d().proposedBy })}</Show>
            </p>
            <Show when={changedInputs(d().snapshot, session.workspace()).length > 0}>
              <p class="hint" data-testid="handout-decision-changed">{t('handoutDecisionChanged')}</p>
            </Show>
          </section>
        )}
      </Show>
      <Show when={comparison()}>{(table) => <For each={splitColumns(table(), 1, SCENARIOS_PER_PART.comparison)}>{(part) => <TableView table={part} lang={lang()} even />}</For>}</Show>
      <Show when={byYear()}>{(table) => <For each={splitColumns(table(), 1, SCENARIOS_PER_PART.comparison)}>{(part) => <TableView table={part} lang={lang()} even />}</For>}</Show>
      <Show when={municipalities()}>{(table) => <For each={splitColumns(table(), 3, SCENARIOS_PER_PART.municipalities * 2)}>{(part) => <TableView table={part} lang={lang()} />}</For>}</Show>
      <For each={taskParts()}>{(part) => <TableView table={part} lang={lang()} even />}</For>
      <Show when={criteria()}>{(table) => <For each={splitColumns(weightInLabel(table(), lang()), 1, SCENARIOS_PER_PART.comparison)}>{(part) => <TableView table={part} lang={lang()} even />}</For>}</Show>
      <Charts />
      <Show when={assumptions()}>{(table) => <TableView table={table()} lang={lang()} />}</Show>
      <section class="handout-link-section">
        <h3>{t('handoutLink')}</h3>
        {/* .latest: read as it loads again (another tab's edit) it suspended, and the view went to "Indlæser". */}
        <Show when={link.latest}>
          {(url) => (
            <Show when={url().length <= LINK_BUDGET} fallback={<p>{t('handoutLinkTooLong')}</p>}>
              <div class="handout-link">
                <QrCode text={url()} label={t('qrLabel')} tooLong={t('qrTooLong')} />
                <p class="link-text" data-testid="handout-link">
                  {url()}
                </p>
              </div>
            </Show>
          )}
        </Show>
      </section>
    </article>
  );
}

/**
 * The handout for the minutes: title, date, workspace, the comparison, charts, municipality
 * table, assumptions, and the share link as text and QR code. Print it (A4, either
 * orientation) or save it as PDF from the browser's print dialog.
 */
import { createResource, For, Show } from 'solid-js';
import { formatDate, formatFte, formatNumber, formatPercent } from '../../i18n/number-format';
import type { Lang } from '../../model';
import { reportTables, type ReportCell, type ReportTable } from '../../outputs/report-tables';
import { encodeWorkspace, HASH_KEY } from '../../share/codec';
import Charts from '../charts/Charts';
import { QrCode } from '../share/QrCode';
import { useApp } from '../state/app-store';

function formatCell(cell: ReportCell, lang: Lang): string {
  if (cell.kind === 'text') return String(cell.value);
  const v = Number(cell.value);
  switch (cell.kind) {
    case 'kr':
      return formatNumber(v, lang);
    case 'perInhabitant':
    case 'score':
      return formatNumber(v, lang, 2);
    case 'fte':
      return formatFte(v, lang);
    case 'percent':
      return formatPercent(v, lang, 2);
    case 'integer':
      return formatNumber(v, lang);
  }
}

function TableView(props: { table: ReportTable; lang: Lang }) {
  return (
    <section>
      <table class="data-table">
        <caption>{props.table.name}</caption>
        <thead>
          <tr>
            <For each={props.table.header}>{(h) => <th scope="col">{h}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(row) => (
              <tr>
                <For each={row}>{(cell, i) => (i() === 0 ? <th scope="row">{formatCell(cell, props.lang)}</th> : <td class={cell.kind === 'text' ? '' : 'num'}>{formatCell(cell, props.lang)}</td>)}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

export default function Handout() {
  const { i18n, workspace, results } = useApp();
  const { t, lang } = i18n;
  const tables = () => {
    const r = results();
    return r ? reportTables(workspace(), r, lang()) : [];
  };
  const [link] = createResource(workspace, async (ws) => `${location.origin}${location.pathname}#${HASH_KEY}=${await encodeWorkspace(ws)}`);
  return (
    <article class="panel handout" aria-labelledby="handout-title">
      <div class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('handoutPrint')}
        </button>
        <p class="hint">{t('handoutHint')}</p>
      </div>
      <header>
        <h2 id="handout-title">
          {t('appTitle')} – {workspace().name}
        </h2>
        <p class="hint">
          {t('handoutMade', { date: formatDate(new Date().toISOString(), lang()), region: workspace().region, source: workspace().populationSource })}
        </p>
      </header>
      <Show when={tables()[0]}>{(table) => <TableView table={table()} lang={lang()} />}</Show>
      <Charts />
      <Show when={tables()[1]}>{(table) => <TableView table={table()} lang={lang()} />}</Show>
      <Show when={tables()[2]}>{(table) => <TableView table={table()} lang={lang()} />}</Show>
      <section>
        <h3>{t('handoutLink')}</h3>
        <Show when={link()}>
          {(url) => (
            <div class="handout-link">
              <QrCode text={url()} label={t('qrLabel')} tooLong={t('qrTooLong')} />
              <p class="link-text" data-testid="handout-link">
                {url()}
              </p>
            </div>
          )}
        </Show>
      </section>
    </article>
  );
}

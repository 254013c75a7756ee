/**
 * Charts of the worker's results for the chosen year: cost by component (stacked), funding by
 * source against cost, and each municipality's bill across scenarios. This module, and chart.js
 * with it, loads only when the charts are opened. Series differ by pattern as well as colour.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { labelInSentence, titledByYear, type MessageKey } from '../../i18n/i18n';
import { formatKr, formatKroner } from '../../i18n/number-format';
import { byName, yearResult, type YearResult } from '../../model';
import { downloadBlob, safeFileName } from '../download';
import { YearPicker } from '../grid/ComparisonGrid';
import { useApp } from '../state/app-store';
import { labelLines } from './label-lines';
import { seriesColour, seriesFill } from './series-style';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Built {
  labels: string[];
  datasets: ChartDataset<'bar', number[]>[];
  stacked: boolean;
}

/** `wide`: the card takes a whole row of the grid. */
/** `everyName`: each bar is a scenario, and each is named (Chart.js leaves out labels it finds crowded). */
function ChartCard(props: { title: MessageKey; id: string; build: () => Built; wide?: boolean; everyName?: boolean }) {
  const { chrome } = useApp();
  const { t, lang } = chrome.i18n;
  let canvas!: HTMLCanvasElement;
  let chart: Chart<'bar', number[], string> | undefined;
  onMount(() => {
    chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatKr(c.parsed.y ?? 0, lang())}` } } },
        scales: {
          // Names in upright lines rather than slanted (label-lines.ts).
          x: { ticks: { autoSkip: !props.everyName, callback(value) { return labelLines(this.getLabelForValue(Number(value))); } } },
          y: { ticks: { callback: (v) => formatKroner(Number(v), lang()) } },
        },
      },
    });
  });
  createEffect(() => {
    const { labels, datasets, stacked } = props.build();
    if (!chart) return;
    chart.data.labels = labels;
    chart.data.datasets = datasets;
    const scales = chart.options.scales as Record<string, { stacked?: boolean }>;
    scales['x'] = { ...scales['x'], stacked };
    scales['y'] = { ...scales['y'], stacked };
    chart.update();
  });
  onCleanup(() => chart?.destroy());
  return (
    <figure class="chart-card" classList={{ wide: props.wide }}>
      <figcaption id={`${props.id}-title`}>
        {t(props.title)}
        <button type="button" class="chart-png" aria-label={`${t('savePng')}: ${t(props.title)}`} onClick={() => canvas.toBlob((blob) => blob && downloadBlob(blob, safeFileName(t(props.title), 'png')), 'image/png')}>
          {t('savePng')}
        </button>
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} id={props.id} role="img" aria-labelledby={`${props.id}-title`} />
      </div>
    </figure>
  );
}

export default function Charts() {
  const { chrome, session, results } = useApp();
  const { t, local } = chrome.i18n;
  // Every figure here is in kroner: the legend names them without "(kr.)", which only some rows carry.
  const dataset = (label: string, data: number[], n: number, stack?: string): ChartDataset<'bar', number[]> => ({ label: labelInSentence(label), data, backgroundColor: seriesFill(n), borderColor: seriesColour(n), borderWidth: 1, stack });
  const years = () => session.workspace().scenarios.map((s) => {
    const r = results.scenario(s.id);
    return r ? yearResult(r, chrome.year()) : undefined;
  });
  const series = (pick: (y: YearResult) => number) => years().map((y) => (y ? pick(y) : 0));
  const names = () => session.workspace().scenarios.map((s) => s.name);

  const cost = (): Built => ({
    labels: names(),
    stacked: true,
    datasets: [
      dataset(t('rowStaffCost'), series((y) => y.cost.staff.central), 0),
      dataset(t('rowActivities'), series((y) => y.cost.activities.central), 1),
      dataset(t('rowAdministration'), series((y) => y.cost.administration.central), 2),
      dataset(t('rowHostCost'), series((y) => y.cost.host.central), 3),
    ],
  });
  const funding = (): Built => ({
    labels: names(),
    stacked: true,
    datasets: [
      ...session.workspace().funders.map((f, i) => dataset(local(f.name), series((y) => y.funding.funders.find((l) => l.funderId === f.id)?.amount.central ?? 0), i, 'funding')),
      dataset(t('rowReserveDrawn'), series((y) => y.funding.reserve.central), 6, 'funding'),
      dataset(t('rowSupplement'), series((y) => y.supplement.central), 7, 'funding'),
      dataset(t('rowTotalCost'), series((y) => y.cost.total.central), 8, 'cost'),
    ],
  });
  // By name, as the grid and the Kommuner view list them.
  const municipalities = (): Built => {
    const order = byName(session.workspace().municipalities);
    return {
      labels: order.map(({ municipality }) => municipality.name),
      stacked: false,
      datasets: session.workspace().scenarios.map((s, i) => dataset(s.name, order.map(({ index }) => years()[i]?.municipalAmounts[index] ?? 0), i)),
    };
  };

  return (
    <section class="panel charts" aria-labelledby="charts-title">
      <div class="panel-head">
        {/* On paper the year picker is gone: the heading says the year, as the tables' do ("Kommuner – 2027"). */}
        <h2 id="charts-title">
          <span class="screen-only">{t('tabCharts')}</span>
          <span class="print-inline">{titledByYear(t('tabCharts'), chrome.year(), chrome.i18n.lang())}</span>
        </h2>
        <YearPicker />
      </div>
      <div class="chart-grid">
        <ChartCard id="chart-cost" title="chartCost" build={cost} everyName />
        <ChartCard id="chart-funding" title="chartFunding" build={funding} everyName />
        {/* Eleven to 98 names under their bars: at half width they slanted and the bars were slivers. */}
        <ChartCard id="chart-municipalities" title="chartMunicipalities" build={municipalities} wide />
      </div>
    </section>
  );
}

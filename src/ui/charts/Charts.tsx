/**
 * Charts of the worker's results for the chosen year: cost by component (stacked), funding by
 * source against cost, and each municipality's bill across scenarios. This module, and chart.js
 * with it, loads only when the charts are opened. Series differ by pattern as well as colour.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { titledByYear, yearLabel, type MessageKey } from '../../i18n/i18n';
import { formatKr, formatKroner } from '../../i18n/number-format';
import { yearResult } from '../../model';
import { downloadBlob, safeFileName } from '../download';
import { YearPicker } from '../grid/ComparisonGrid';
import { useApp } from '../state/app-store';
import { chartPicture } from './chart-picture';
import { chartType } from './chart-type';
import { costChart, fundingChart, municipalitiesChart, type ChartData } from './chart-data';
import { labelLines } from './label-lines';
import { seriesColour, seriesFill } from './series-style';
import '../../i18n/strings-da-later';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The room a bar needs for its name in upright lines of about 12 characters (label-lines.ts). */
const MIN_UPRIGHT_PX = 80;

interface Built {
  labels: string[];
  datasets: ChartDataset<'bar', number[]>[];
  stacked: boolean;
}

/** `wide`: the card takes a whole row of the grid. */
/** `everyName`: each bar is a scenario, and each is named (Chart.js leaves out labels it finds crowded). */
function ChartCard(props: { title: MessageKey; id: string; build: () => Built; wide?: boolean; everyName?: boolean }) {
  const { chrome, session } = useApp();
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
        plugins: { legend: { position: 'bottom', labels: { font: chartType } }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatKr(c.parsed.y ?? 0, lang())}` } } },
        scales: {
          // Names in upright lines rather than slanted (label-lines.ts) where a bar has room for
          // them; where it has not (twelve scenarios on a printed page), slanted on one line each:
          // slanted, the lines of neighbouring names ran into each other (a fresh-eyes walk).
          x: {
            // Names slanted at all are slanted at least 45°: at the shallowest angle that clears
            // them (about 20° for the handout's eleven municipalities) neighbours ran together,
            // "Thisted Vesthimmerlands" read as one line (a walk).
            afterCalculateLabelRotation: (axis) => void (axis.labelRotation > 0 && (axis.labelRotation = Math.max(axis.labelRotation, 45))),
            ticks: {
              font: chartType,
              autoSkip: !props.everyName,
              callback(value) {
                const name = this.getLabelForValue(Number(value));
                return this.chart.width / Math.max(1, this.chart.data.labels?.length ?? 1) < MIN_UPRIGHT_PX ? name : labelLines(name);
              },
            },
          },
          y: { ticks: { font: chartType, callback: (v) => formatKroner(Number(v), lang()) } },
        },
      },
    });
  });
  createEffect(() => {
    const { labels, datasets, stacked } = props.build();
    if (!chart) return;
    chart.data.labels = labels;
    chart.data.datasets = datasets;
    const scales = chart.options.scales as Record<string, { stacked?: boolean; title?: object }>;
    scales['x'] = { ...scales['x'], stacked };
    // The axis names its unit: bare figures on a slide left the room asking "in what?".
    scales['y'] = { ...scales['y'], stacked, title: { display: true, text: t('chartAxisKroner'), font: chartType } };
    chart.update();
  });
  onCleanup(() => chart?.destroy());
  // For a slide: large, on white, titled with the year and the workspace (chart-picture.ts).
  const savePicture = () => {
    if (!chart) return;
    const subtitle = `${yearLabel(chrome.year(), lang())} · ${session.workspace().name}`;
    // Named by the workspace and the year too: two workspaces' charts of one title, or one chart's
    // 2026 and 2027, replaced each other in Downloads.
    const name = `${session.workspace().name} – ${titledByYear(t(props.title), chrome.year(), lang())}`;
    void chartPicture(chart, t(props.title), subtitle).then((blob) => blob && downloadBlob(blob, safeFileName(name, 'png')));
  };
  return (
    <figure class="chart-card" classList={{ wide: props.wide }}>
      <figcaption id={`${props.id}-title`}>
        {t(props.title)}
        <button type="button" class="chart-png" aria-label={`${t('savePng')}: ${t(props.title)}`} onClick={savePicture}>
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
  const years = () => session.workspace().scenarios.map((s) => {
    const r = results.scenario(s.id);
    return r ? yearResult(r, chrome.year()) : undefined;
  });
  const words = { t, local };
  const drawn = (data: ChartData): Built => ({
    labels: data.labels,
    stacked: data.stacked,
    datasets: data.series.map(({ label, data: values, n, stack }) => ({ label, data: values, backgroundColor: seriesFill(n), borderColor: seriesColour(n), borderWidth: 1, stack })),
  });
  const cost = () => drawn(costChart(session.workspace(), years(), words));
  const funding = () => drawn(fundingChart(session.workspace(), years(), words));
  const municipalities = () => drawn(municipalitiesChart(session.workspace(), years()));
  const manyScenarios = () => session.workspace().scenarios.length > 6;

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
        {/* Past six scenarios a half-width chart slanted their names over each other: each takes a row. */}
        <ChartCard id="chart-cost" title="chartCost" build={cost} everyName wide={manyScenarios()} />
        <ChartCard id="chart-funding" title="chartFunding" build={funding} everyName wide={manyScenarios()} />
        {/* Eleven to 98 names under their bars: at half width they slanted and the bars were slivers. */}
        <ChartCard id="chart-municipalities" title="chartMunicipalities" build={municipalities} wide />
      </div>
    </section>
  );
}

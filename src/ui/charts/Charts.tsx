/**
 * Charts of the worker's results: cost by component (stacked), funding by source against cost,
 * and each municipality's amount across scenarios. This module, and chart.js with it, loads
 * only when the charts tab is opened.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { createEffect, onCleanup, onMount } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/number-format';
import type { ScenarioResult, WorkspaceResult } from '../../model';
import { downloadBlob, safeFileName } from '../download';
import { useApp } from '../state/app-store';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#0f4c5c', '#e07a5f', '#3d405b', '#81b29a', '#f2cc8f', '#6d597a', '#b56576', '#355070', '#eaac8b', '#2a9d8f', '#264653'];

type Build = (r: WorkspaceResult, names: string[]) => { labels: string[]; datasets: ChartDataset<'bar', number[]>[]; stacked: boolean };

function ChartCard(props: { title: MessageKey; id: string; build: Build }) {
  const { i18n, results, workspace } = useApp();
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
        plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(c.parsed.y ?? 0, i18n.lang())} kr.` } } },
        scales: { y: { ticks: { callback: (v) => formatNumber(Number(v), i18n.lang()) } } },
      },
    });
  });
  createEffect(() => {
    const r = results();
    if (!r || !chart) return;
    const names = workspace().scenarios.map((s) => s.name);
    const { labels, datasets, stacked } = props.build(r, names);
    chart.data.labels = labels;
    chart.data.datasets = datasets;
    const scales = chart.options.scales as Record<string, { stacked?: boolean }>;
    scales['x'] = { ...scales['x'], stacked };
    scales['y'] = { ...scales['y'], stacked };
    chart.update();
  });
  onCleanup(() => chart?.destroy());
  return (
    <figure class="chart-card">
      <figcaption id={`${props.id}-title`}>
        {i18n.t(props.title)}
        <button type="button" class="chart-png" aria-label={`${i18n.t('savePng')}: ${i18n.t(props.title)}`} onClick={() => canvas.toBlob((blob) => blob && downloadBlob(blob, safeFileName(i18n.t(props.title), 'png')), 'image/png')}>
          {i18n.t('savePng')}
        </button>
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} id={props.id} role="img" aria-labelledby={`${props.id}-title`} />
      </div>
    </figure>
  );
}

export default function Charts() {
  const { i18n, workspace } = useApp();
  const { t } = i18n;
  const dataset = (label: string, data: number[], color: string, stack?: string): ChartDataset<'bar', number[]> => ({ label, data, backgroundColor: color, stack });
  const series = (r: WorkspaceResult, pick: (s: ScenarioResult) => number) => r.scenarios.map(pick);

  const cost: Build = (r, names) => ({
    labels: names,
    stacked: true,
    datasets: [
      dataset(t('rowStaffCost'), series(r, (s) => s.typicalYear.cost.staff.central), PALETTE[0]!),
      dataset(t('rowActivities'), series(r, (s) => s.typicalYear.cost.activities.central), PALETTE[1]!),
      dataset(t('rowFixed'), series(r, (s) => s.typicalYear.cost.fixed.central), PALETTE[2]!),
      dataset(t('rowAnchoringCost'), series(r, (s) => s.typicalYear.cost.anchoring.central), PALETTE[3]!),
      dataset(t('rowLocationCost'), series(r, (s) => s.typicalYear.cost.location.central), PALETTE[4]!),
    ],
  });
  const funding: Build = (r, names) => ({
    labels: names,
    stacked: true,
    datasets: [
      dataset(t('rowBaseGrant'), series(r, (s) => s.typicalYear.funding.baseGrant.central), PALETTE[0]!, 'funding'),
      dataset(t('rowRegion'), series(r, (s) => s.typicalYear.funding.region.central), PALETTE[5]!, 'funding'),
      dataset(t('rowReserve', { year: '' }), series(r, (s) => s.typicalYear.funding.reserve.central), PALETTE[4]!, 'funding'),
      dataset(t('rowExternal'), series(r, (s) => s.typicalYear.funding.external.central), PALETTE[3]!, 'funding'),
      dataset(t('rowSupplement'), series(r, (s) => s.typicalYear.supplement.central), PALETTE[1]!, 'funding'),
      dataset(t('rowTotalCost'), series(r, (s) => s.typicalYear.cost.total.central), PALETTE[2]!, 'cost'),
    ],
  });
  const municipalities: Build = (r, names) => ({
    labels: workspace().municipalities.map((m) => m.name),
    stacked: false,
    datasets: r.scenarios.map((s, i) => dataset(names[i] ?? s.scenarioId, [...s.typicalYear.municipalAmounts.central], PALETTE[i % PALETTE.length]!)),
  });

  return (
    <section class="panel charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('tabCharts')}</h2>
      <div class="chart-grid">
        <ChartCard id="chart-cost" title="chartCost" build={cost} />
        <ChartCard id="chart-funding" title="chartFunding" build={funding} />
        <ChartCard id="chart-municipalities" title="chartMunicipalities" build={municipalities} />
      </div>
    </section>
  );
}

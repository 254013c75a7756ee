/** The tornado as floating horizontal bars: each input's low–high effect on kr. per inhabitant. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { formatPerInhabitant } from '../../i18n/number-format';
import type { Tornado } from '../../model';
import { chartType } from '../charts/chart-type';
import { downloadBlob, safeFileName } from '../download';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export function TornadoChart(props: { tornado: Tornado }) {
  const { chrome, session } = useApp();
  const { i18n } = chrome;
  let canvas!: HTMLCanvasElement;
  let chart: Chart<'bar', [number, number][], string> | undefined;
  onMount(() => {
    chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { font: chartType, callback: (v) => formatPerInhabitant(Number(v), i18n.lang()) } }, y: { ticks: { font: chartType } } },
      },
    });
  });
  createEffect(() => {
    const tor = props.tornado;
    if (!chart) return;
    chart.data.labels = tor.swings.map((s) => i18n.local(s.input.label));
    chart.data.datasets = [
      {
        label: i18n.t('rowPerInhabitant'),
        data: tor.swings.map((s) => [Math.min(s.perInhabitant.low, s.perInhabitant.high), Math.max(s.perInhabitant.low, s.perInhabitant.high)] as [number, number]),
        backgroundColor: '#0f4c5c',
        maxBarThickness: 40,
      },
    ];
    chart.update();
  });
  onCleanup(() => chart?.destroy());
  const savePng = () => canvas.toBlob((blob) => blob && downloadBlob(blob, safeFileName(`${session.workspace().name} – ${i18n.t('tornadoHeading')}`, 'png')), 'image/png');
  return (
    <>
      <button type="button" class="chart-png" aria-label={`${i18n.t('savePng')}: ${i18n.t('tornadoHeading')}`} onClick={savePng}>
        {i18n.t('savePng')}
      </button>
      {/* As tall as its bars need: one range drew one bar 10 rem thick. */}
      <div class="chart-box tornado-box" style={{ '--bars': props.tornado.swings.length }}>
        <canvas ref={canvas} role="img" aria-label={i18n.t('tornadoHeading')} data-testid="tornado-chart" />
      </div>
    </>
  );
}

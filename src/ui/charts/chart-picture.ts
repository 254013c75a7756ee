/**
 * A chart as a picture for a slide: 1600 × 900 (16:9) on white, its title, the year shown and the
 * workspace above it, and type large enough to read projected. The screen's canvas saved as it
 * was came out 636 × 330 and transparent: its black axis text vanished on a dark slide, and it
 * blurred when enlarged (a fresh-eyes walk). The chart is drawn anew at that size from the
 * screen chart's data and options.
 */
import { Chart, type ChartConfiguration } from 'chart.js';

const WIDTH = 1600;
const HEIGHT = 900;
const HEAD = 130;
const MARGIN = 48;
/** The chart's own type, as large as a slide's body text. */
const TYPE_PX = 22;
const INK = '#1a1a1a';

type BarConfig = ChartConfiguration<'bar', number[], string>;

export function chartPicture(shown: Chart<'bar', number[], string>, title: string, subtitle: string): Promise<Blob | null> {
  const plot = document.createElement('canvas');
  plot.width = WIDTH - 2 * MARGIN;
  plot.height = HEIGHT - HEAD - MARGIN;
  const options = shown.config.options ?? {};
  // The app's own type, in the chart as in its title above it.
  const family = getComputedStyle(document.body).fontFamily;
  const font = { size: TYPE_PX, family };
  const scale = (key: 'x' | 'y') => ({ ...options.scales?.[key], ticks: { ...options.scales?.[key]?.ticks, color: INK, font }, title: { ...options.scales?.[key]?.title, color: INK, font } });
  const config: BarConfig = {
    type: 'bar',
    data: { labels: [...(shown.data.labels ?? [])], datasets: shown.data.datasets.map((d) => ({ ...d })) },
    options: {
      ...options,
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: { ...options.plugins, tooltip: { enabled: false }, legend: { ...options.plugins?.legend, labels: { color: INK, font, boxWidth: 36, padding: 24 } } },
      scales: { x: scale('x'), y: scale('y') },
    },
  };
  const picture = document.createElement('canvas');
  picture.width = WIDTH;
  picture.height = HEIGHT;
  const chart = new Chart(plot, config);
  try {
    const context = picture.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, WIDTH, HEIGHT);
    context.fillStyle = INK;
    context.font = `bold 44px ${family}`;
    context.fillText(title, MARGIN, 68, WIDTH - 2 * MARGIN);
    context.font = `26px ${family}`;
    context.fillText(subtitle, MARGIN, 108, WIDTH - 2 * MARGIN);
    context.drawImage(plot, MARGIN, HEAD);
  } finally {
    chart.destroy();
  }
  return new Promise((resolve) => picture.toBlob(resolve, 'image/png'));
}

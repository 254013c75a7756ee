import type { Chart } from 'chart.js';

/**
 * Type for a chart's axes and legend: larger on a wide chart (a 1920 projector), where 12 px
 * read as 11. One size for every chart on screen: the tornado kept Chart.js's 12 px beside the
 * charts' 15 on a projector (a fresh-eyes walk).
 */
export const chartType = (context: { chart: Chart }) => ({ size: context.chart.width >= 900 ? 15 : 12 });

/**
 * What each chart draws, from the worker's results for the chosen year: its bars' names, its
 * series and their names. How a series looks (colour, pattern) is Charts.tsx's.
 */
import { labelInSentence, type MessageKey } from '../../i18n/i18n';
import { byName, type Workspace, type YearResult } from '../../model';
import type { LocalText } from '../../model/types';
import '../../i18n/strings-da-later';

export interface Series {
  readonly label: string;
  readonly data: number[];
  /** Its place among the chart's series: its colour and pattern. */
  readonly n: number;
  readonly stack?: string;
}

export interface ChartData {
  readonly labels: string[];
  readonly series: Series[];
  readonly stacked: boolean;
}

export interface ChartWords {
  readonly t: (key: MessageKey) => string;
  readonly local: (text: LocalText) => string;
}

/** Each scenario's figures for the year; undefined while a scenario has none yet (drawn as 0). */
type Years = readonly (YearResult | undefined)[];

const series = (years: Years, pick: (y: YearResult) => number) => years.map((y) => (y ? pick(y) : 0));
// Every figure here is in kroner: the legend names the grid's rows without "(kr.)", which only
// some carry. Not the names the user gave: "Niveau 1 (kopi)" and "Niveau 1 (2)" read "Niveau 1".
const row = (words: ChartWords, key: MessageKey) => labelInSentence(words.t(key));

/** Cost by component, a stacked bar per scenario. */
export function costChart(ws: Workspace, years: Years, words: ChartWords): ChartData {
  return {
    labels: ws.scenarios.map((s) => s.name),
    stacked: true,
    series: [
      { label: words.t('chartStaffCost'), data: series(years, (y) => y.cost.staff.central), n: 0 },
      { label: words.t('chartActivities'), data: series(years, (y) => y.cost.activities.central), n: 1 },
      { label: words.t('chartAdministration'), data: series(years, (y) => y.cost.administration.central), n: 2 },
      { label: words.t('chartHostCost'), data: series(years, (y) => y.cost.host.central), n: 3 },
    ],
  };
}

/** Funding by source stacked beside the cost it meets, per scenario. */
export function fundingChart(ws: Workspace, years: Years, words: ChartWords): ChartData {
  return {
    labels: ws.scenarios.map((s) => s.name),
    stacked: true,
    series: [
      ...ws.funders.map((f, i) => ({ label: words.local(f.name), data: series(years, (y) => y.funding.funders.find((l) => l.funderId === f.id)?.amount.central ?? 0), n: i, stack: 'funding' })),
      { label: row(words, 'rowReserveDrawn'), data: series(years, (y) => y.funding.reserve.central), n: 6, stack: 'funding' },
      { label: row(words, 'rowSupplement'), data: series(years, (y) => y.supplement.central), n: 7, stack: 'funding' },
      { label: row(words, 'rowTotalCost'), data: series(years, (y) => y.cost.total.central), n: 8, stack: 'cost' },
    ],
  };
}

/** Each municipality's bill, a series per scenario named as the scenario is; by name, as the grid and the Kommuner view list them. */
export function municipalitiesChart(ws: Workspace, years: Years): ChartData {
  const order = byName(ws.municipalities);
  return {
    labels: order.map(({ municipality }) => municipality.name),
    stacked: false,
    series: ws.scenarios.map((s, i) => ({ label: s.name, data: order.map(({ index }) => years[i]?.municipalAmounts[index] ?? 0), n: i })),
  };
}

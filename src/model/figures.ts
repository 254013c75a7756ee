/**
 * The figures a scenario's result offers, by id and year, so the grid, the exports and the
 * baseline comparison name the same numbers the same way. A year key is "typical" (the first
 * full year), a calendar year ("2027"), or "horizon" (the whole period summed).
 */
import type { ScenarioResult, YearResult } from './results';
import { yearsOf } from './calendar';
import type { Scenario } from './types';

export type YearKey = 'typical' | 'horizon' | `${number}`;

/** The calendar years any of the scenarios runs in, in order: the years their figures can be shown for. */
export const scenarioYears = (scenarios: readonly Pick<Scenario, 'start' | 'end'>[]): number[] =>
  [...new Set(scenarios.flatMap((s) => yearsOf(s.start, s.end)))].sort((a, b) => a - b);

/** Whether `key` can be shown: the first whole year, the whole period, or a year a scenario runs in. */
export const canShowYear = (scenarios: readonly Pick<Scenario, 'start' | 'end'>[], key: YearKey): boolean =>
  key === 'typical' || key === 'horizon' || scenarioYears(scenarios).includes(Number(key));

export function yearResult(result: ScenarioResult, key: YearKey): YearResult | undefined {
  if (key === 'typical') return result.years[result.typicalIndex];
  if (key === 'horizon') return result.horizon;
  const year = Number(key);
  return result.years.find((y) => y.year === year);
}

/** Figures of one year: fixed ids, plus `funder:<id>` and `municipality:<index>`. */
export type FigureId =
  | 'fte'
  | 'totalCost'
  | 'staff'
  | 'activities'
  | 'administration'
  | 'host'
  | 'funding'
  | 'reserveDrawn'
  | 'supplement'
  | 'perInhabitant'
  | 'surplus'
  | 'reserveLeft'
  | `funder:${string}`
  | `municipality:${number}`;

export function figure(year: YearResult, id: FigureId): number {
  switch (id) {
    case 'fte':
      return year.fte.central;
    case 'totalCost':
      return year.cost.total.central;
    case 'staff':
      return year.cost.staff.central;
    case 'activities':
      return year.cost.activities.central;
    case 'administration':
      return year.cost.administration.central;
    case 'host':
      return year.cost.host.central;
    case 'funding':
      return year.funding.total.central;
    case 'reserveDrawn':
      return year.funding.reserve.central;
    case 'supplement':
      return year.supplement.central;
    case 'perInhabitant':
      return year.supplementPerInhabitant.central;
    case 'surplus':
      return year.surplus.central;
    case 'reserveLeft':
      return year.reserveBalanceEnd;
  }
  if (id.startsWith('funder:')) return year.funding.funders.find((f) => `funder:${f.funderId}` === id)?.amount.central ?? 0;
  return year.municipalAmounts[Number(id.slice('municipality:'.length))] ?? 0;
}

/** Differences smaller than this are "the same": a krone, an øre per inhabitant, a hundredth of an FTE. */
export const precisionOf = (id: FigureId): number => (id === 'perInhabitant' ? 0.005 : id === 'fte' ? 0.5 : 0.5);

const FIXED_FIGURES: readonly FigureId[] = ['fte', 'totalCost', 'staff', 'activities', 'administration', 'host', 'funding', 'reserveDrawn', 'supplement', 'perInhabitant', 'surplus', 'reserveLeft'];

/** The funders and the number of municipalities a result's figures name (from its first year). */
export interface FigureSet {
  readonly funderIds: readonly string[];
  readonly municipalities: number;
}

export function figureSet(result: ScenarioResult): FigureSet {
  const first = result.years[0];
  return { funderIds: (first?.funding.funders ?? []).map((f) => f.funderId), municipalities: first?.municipalAmounts.length ?? 0 };
}

export function figureIds(result: ScenarioResult, set: FigureSet = figureSet(result)): FigureId[] {
  const funders = set.funderIds.map((id): FigureId => `funder:${id}`);
  const municipalities = Array.from({ length: set.municipalities }, (_, i): FigureId => `municipality:${i}`);
  return [...FIXED_FIGURES, ...funders, ...municipalities];
}

/**
 * A year's figures in figureIds' order: what figure() gives for each id, read in one pass (the
 * baseline comparison reads every figure of every year of every scenario; an id parsed per
 * figure made it the larger part of a full recompute).
 */
export function figureValues(year: YearResult, set: FigureSet): number[] {
  const values = FIXED_FIGURES.map((id) => figure(year, id));
  const byFunder = new Map(year.funding.funders.map((f) => [f.funderId, f.amount.central]));
  for (const id of set.funderIds) values.push(byFunder.get(id) ?? 0);
  for (let i = 0; i < set.municipalities; i++) values.push(year.municipalAmounts[i] ?? 0);
  return values;
}

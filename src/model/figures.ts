/**
 * The figures a scenario's result offers, by id and year, so the grid, the exports and the
 * baseline comparison name the same numbers the same way. A year key is "typical" (the first
 * full year), a calendar year ("2027"), or "horizon" (the whole period summed).
 */
import type { ScenarioResult, YearResult } from './results';

export type YearKey = 'typical' | 'horizon' | `${number}`;


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

export function figureIds(result: ScenarioResult): FigureId[] {
  const first = result.years[0];
  const fixed: FigureId[] = ['fte', 'totalCost', 'staff', 'activities', 'administration', 'host', 'funding', 'reserveDrawn', 'supplement', 'perInhabitant', 'surplus', 'reserveLeft'];
  const funders = (first?.funding.funders ?? []).map((f): FigureId => `funder:${f.funderId}`);
  const municipalities = (first?.municipalAmounts ?? []).map((_, i): FigureId => `municipality:${i}`);
  return [...fixed, ...funders, ...municipalities];
}

/** What the model computes for each scenario; every figure on screen comes from here. */
import type { Estimate } from './estimate';
import type { AnchoringModelId, CriterionId } from './types';

export interface CostBreakdown {
  readonly staff: Estimate;
  readonly activities: Estimate;
  readonly fixed: Estimate;
  readonly anchoring: Estimate;
  readonly location: Estimate;
  readonly total: Estimate;
}

export interface FundingBreakdown {
  readonly baseGrant: Estimate;
  readonly region: Estimate;
  readonly reserve: Estimate;
  readonly external: Estimate;
  /** Everything except the municipal supplement. */
  readonly total: Estimate;
}

/** Whole kroner per municipality, in the workspace's municipality order. */
export interface MunicipalAmounts {
  readonly low: readonly number[];
  readonly central: readonly number[];
  readonly high: readonly number[];
}

export interface YearResult {
  readonly year: number;
  /** Share of the year the secretariat runs (a July start gives 0,5). */
  readonly yearFraction: number;
  readonly cost: CostBreakdown;
  readonly funding: FundingBreakdown;
  /** Kommunalt tillæg: the municipal supplement that closes the gap, never negative. */
  readonly supplement: Estimate;
  readonly supplementPerInhabitant: Estimate;
  /** Funding beyond cost, when other sources more than cover it. */
  readonly surplus: Estimate;
  readonly reserveBalanceEnd: number;
  readonly municipalAmounts: MunicipalAmounts;
  /** Each municipality's central amount divided by its population (kr. per inhabitant). */
  readonly municipalPerInhabitant: readonly number[];
}

export type ApprovalBody = 'brnBoard' | 'cityCouncils';
export interface ApprovalPath {
  readonly bodies: readonly { readonly body: ApprovalBody; readonly count: number }[];
  /** How many bodies must say yes to a grant: 1 BRN board vs. 11 city councils. */
  readonly count: number;
}

export interface CriteriaScore {
  /** Weighted mean on the 1–5 scale. */
  readonly score: number;
  readonly parts: readonly { readonly id: CriterionId; readonly score: number; readonly weight: number }[];
}

export type FlagId =
  | 'singleEmployeeVulnerable'
  | 'reserveExhausted'
  | 'fundingSurplus'
  | 'managementSeparatedFromLocation';

export interface ScenarioResult {
  readonly scenarioId: string;
  readonly anchoring: AnchoringModelId;
  readonly activeTaskIds: readonly string[];
  readonly fte: Estimate;
  readonly years: readonly YearResult[];
  /** The first full year, the figure directors compare (falls back to the first year). */
  readonly typicalYear: YearResult;
  readonly horizonCost: Estimate;
  readonly horizonSupplement: Estimate;
  readonly approval: ApprovalPath;
  readonly criteria: CriteriaScore;
  readonly flags: readonly FlagId[];
  /** Each municipality's share of the supplement under this scenario's allocation key (sums to 1). */
  readonly allocationShares: readonly number[];
}

/** An anchoring model's weighted score, with and without a municipal supplement to approve. */
export interface AnchoringScore {
  readonly id: AnchoringModelId;
  readonly withoutSupplement: CriteriaScore;
  readonly withSupplement: CriteriaScore;
}

export interface WorkspaceResult {
  readonly workspaceId: string;
  readonly totalPopulation: number;
  /** Each municipality's share of the total population, in workspace order. */
  readonly populationShares: readonly number[];
  readonly scenarios: readonly ScenarioResult[];
  readonly anchoringScores: readonly AnchoringScore[];
}

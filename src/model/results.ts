/** What the model computes for each scenario; every figure on screen comes from here. */
import type { Estimate } from './estimate';
import type { Variance } from './variance';
import type { CriterionId } from './types';

export interface CostBreakdown {
  readonly staff: Estimate;
  readonly activities: Estimate;
  /** The employer's administration (bookkeeping, HR, finance). */
  readonly administration: Estimate;
  /** Rent, IT and HR where the host charges for them, and a flyverordning's travel. */
  readonly host: Estimate;
  readonly total: Estimate;
}

export interface FundingLine {
  readonly funderId: string;
  readonly amount: Estimate;
}

export interface FundingBreakdown {
  readonly funders: readonly FundingLine[];
  /** What was actually drawn from the reserve: never more than the year needs or the balance holds. */
  readonly reserve: Estimate;
  /** Everything except the municipal supplement. */
  readonly total: Estimate;
}

export interface YearResult {
  /** The calendar year; 0 for the whole period. */
  readonly year: number;
  /** Months the secretariat runs in the year (12 = full year; a July start gives 6). */
  readonly months: number;
  /** Staffing in hundredths of an FTE (a task with a first year can change it). */
  readonly fte: Estimate;
  /**
   * Lønomkostning pr. årsværk in this year's kroner: the input (in the price year's) with the
   * wage index applied, whole kroner. For the whole period: its last year's.
   */
  readonly costPerFte: Estimate;
  readonly cost: CostBreakdown;
  readonly funding: FundingBreakdown;
  /** Kommunalt tillæg: the municipal supplement that closes the gap, never negative. */
  readonly supplement: Estimate;
  readonly supplementPerInhabitant: Estimate;
  /** Funding beyond cost, when other sources more than cover it. */
  readonly surplus: Estimate;
  readonly reservePlanned: number;
  readonly reserveBalanceEnd: number;
  /** Whole kroner per municipality, in the workspace's municipality order; they sum to the supplement. */
  readonly municipalAmounts: readonly number[];
  /** Each municipality's amount divided by its population (kr. per inhabitant). */
  readonly municipalPerInhabitant: readonly number[];
}

export type ApprovalBody = 'brnBoard' | 'kkr' | 'regionCouncil' | 'kl' | 'cityCouncils';
/** Why a body must approve: its own money, a municipal supplement, a larger base grant, BRN money outside BRN's model. */
export type ApprovalReason = 'ownMoney' | 'supplement' | 'raisedBaseGrant' | 'reprioritisedBrn';

export interface ApprovalStep {
  readonly body: ApprovalBody;
  readonly count: number;
  readonly reasons: readonly ApprovalReason[];
}

export interface ApprovalPath {
  readonly steps: readonly ApprovalStep[];
  /** How many bodies must say yes: 1 BRN board vs. 11 city councils. */
  readonly count: number;
}

export type ScorePart = 'computed' | 'political' | 'employer' | 'host';
export interface CriteriaScore {
  /** Weighted mean on the 1–5 scale; null where every criterion weighs 0 (there is nothing to weigh). */
  readonly score: number | null;
  readonly parts: readonly { readonly id: CriterionId; readonly score: number; readonly weight: number; readonly from: readonly ScorePart[] }[];
}

export type FlagId = 'singleEmployeeVulnerable' | 'reserveExhausted' | 'fundingSurplus' | 'managementSeparatedFromLocation' | 'newPoliticalBody';

export interface ScenarioResult {
  readonly scenarioId: string;
  readonly activeTaskIds: readonly string[];
  readonly years: readonly YearResult[];
  /** Index into `years` of the first full year, the year directors compare (else the first year). */
  readonly typicalIndex: number;
  /** The whole period summed: cost, funding, supplement and each municipality's bill. */
  readonly horizon: YearResult;
  readonly approval: ApprovalPath;
  /**
   * The path should the high estimate come true, where it asks more than the central one does
   * (a supplement only in the high estimate brings every city council in); absent otherwise.
   */
  readonly approvalIfHigh?: ApprovalPath;
  readonly criteria: CriteriaScore;
  readonly flags: readonly FlagId[];
  /** Each municipality's share of the supplement under this scenario's key (sums to 1). */
  readonly allocationShares: readonly number[];
}

/** Differences from the baseline scenario, by year key ("typical", "2027", "horizon") and figure. */
export type Differences = Readonly<Record<string, Readonly<Record<string, Variance>>>>;

export interface WorkspaceResult {
  readonly workspaceId: string;
  /** The workspace revision these figures belong to; the view shows figures only for its own revision. */
  readonly revision: number;
  readonly totalPopulation: number;
  /** Each municipality's share of the total population, in workspace order. */
  readonly populationShares: readonly number[];
  readonly scenarios: readonly ScenarioResult[];
  /** By scenario id; the baseline has none. */
  readonly differences: Readonly<Record<string, Differences>>;
}

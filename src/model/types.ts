/**
 * The domain of Forankring, model 2: how a joint climate secretariat is organised, hosted and
 * funded, in any KKR area, over real time. Danish terms keep their Danish name once, here, with
 * the English gloss beside it.
 *
 * Units are exact: money in whole kroner, staffing in hundredths of a full-time employee
 * (årsværk), so sums of efforts and amounts never drift (1,00 FTE is 100, not 0,9999…).
 */
import type { Estimate } from './estimate';
import type { Source } from './sources';

export type Lang = 'da' | 'en';
export interface LocalText {
  readonly da: string;
  readonly en: string;
}

/** KKR area (= region): one regional climate secretariat per area. */
export type RegionName = 'Hovedstaden' | 'Midtjylland' | 'Nordjylland' | 'Sjælland' | 'Syddanmark';
export const REGIONS: readonly RegionName[] = ['Hovedstaden', 'Midtjylland', 'Nordjylland', 'Sjælland', 'Syddanmark'];
/**
 * Seed 001 is North Jutland's: T11 (its circle of technical directors), BRN (Business Region North
 * Denmark, which funds and employs the secretariat) and the secretariat's reserve are that region's.
 * Any other region is offered none of them, and reads T11's judgements as North Jutland's.
 */
export const hasT11AndBrn = (region: RegionName): boolean => region === 'Nordjylland';

export interface Municipality {
  /** Statistics Denmark's municipality code, e.g. "851" for Aalborg. */
  readonly code: string;
  readonly name: string;
  readonly population: number;
}

/** A month of a year: the unit of the time axis (a July start is { year, month: 7 }). */
export interface YearMonth {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

/** T11's four task columns. */
export type TaskCategory =
  | 'contact' // Kontakt til klimaalliancen
  | 'guidance' // Vejledning i udarbejdelse af klimaplaner og recertificering
  | 'secretariat' // Sekretariatsfunktion
  | 'other'; // Øvrige opgaver efter aftale
export const TASK_CATEGORIES: readonly TaskCategory[] = ['contact', 'guidance', 'secretariat', 'other'];

/** Ambitionsniveau (scenarie 1–4 in T11's paper): cumulative task portfolios. */
export type AmbitionLevel = 1 | 2 | 3 | 4;
export const AMBITION_LEVELS: readonly AmbitionLevel[] = [1, 2, 3, 4];

/** A task of the catalogue: the default every scenario's portfolio starts from. */
export interface CatalogueTask {
  readonly id: string;
  readonly name: LocalText;
  readonly category: TaskCategory;
  /** The lowest ambition level whose portfolio includes the task. */
  readonly level: AmbitionLevel;
  /** Effort in hundredths of an FTE (årsværk). */
  readonly effort: Estimate;
  /** Direct activity cost per full year: meetings, travel, consultants (kr.). */
  readonly activity: Estimate;
  /** The first year the task is carried (dialogforum: from 2025); null = always. */
  readonly firstYear: number | null;
  readonly source: Source;
}

/** A scenario's own setting of a catalogue task; a missing field follows the catalogue. */
export interface TaskOverride {
  readonly on?: boolean;
  readonly effort?: Estimate;
  readonly activity?: Estimate;
}

/** A task a user adds to one scenario's portfolio. */
export interface CustomTask {
  readonly id: string;
  readonly name: string;
  readonly category: TaskCategory;
  readonly on: boolean;
  readonly effort: Estimate;
  readonly activity: Estimate;
}

/** Politisk forankring: who governs the secretariat politically. */
export interface PoliticalOption {
  readonly id: string;
  readonly name: LocalText;
  /** The seed's description of the professional lead under this anchoring. */
  readonly professionalLead: LocalText;
  readonly scores: CriterionScores;
}

export type EmployerKind = 'brnSecretariat' | 'kl' | 'municipality' | 'organisation';

/** Personaleledelse: who employs the staff and runs the daily management. */
export interface Employer {
  readonly id: string;
  readonly kind: EmployerKind;
  readonly name: LocalText;
  /** Where the employer manages its staff: a municipality code, or a named place outside the workspace. */
  readonly site: string;
  /** Administration the secretariat pays this employer per full year (bookkeeping, HR, finance). */
  readonly adminCost: Estimate;
  readonly adminSource: Source;
  readonly scores: CriterionScores;
}

/** Fysisk forankring: where the secretariat sits. */
export interface Host {
  readonly id: string;
  readonly name: LocalText;
  /** Where the staff have their desks: a municipality code or a named place. */
  readonly site: string;
  /** Municipalities the staff rotate between ("flyverordning"); empty = one place. */
  readonly rotation: readonly string[];
  /** Rent, IT and HR per FTE per full year; 0 where the host provides them in kind. */
  readonly costPerFte: Estimate;
  /** Other yearly costs of the arrangement, e.g. travel for a flyverordning. */
  readonly fixedCost: Estimate;
  readonly source: Source;
  readonly scores: CriterionScores;
}

/** The seed's anchoring models as presets of the three parts, with the seed's table texts. */
export interface AnchoringPreset {
  readonly id: string;
  readonly name: LocalText;
  readonly political: string;
  readonly employer: string;
  readonly host: string;
  readonly economy: LocalText;
  readonly notes: LocalText;
  readonly source: Source;
}

export interface Anchoring {
  readonly political: string;
  readonly employer: string;
  readonly host: string;
}

/** The qualitative criteria on which anchorings are compared. */
export type CriterionId =
  | 'approvalPath'
  | 'synergy'
  | 'robustness'
  | 'coreTaskProtection'
  | 'adminSimplicity'
  | 'localPresence'
  | 'professionalCommunity'
  | 'steeringGroup';
export const CRITERIA: readonly CriterionId[] = [
  'approvalPath',
  'synergy',
  'robustness',
  'coreTaskProtection',
  'adminSimplicity',
  'localPresence',
  'professionalCommunity',
  'steeringGroup',
];

/** 1 (poor) – 5 (good) for the criteria a part of the anchoring speaks to; the users' own assessment. */
export type CriterionScores = Readonly<Partial<Record<CriterionId, number>>>;

export interface Criterion {
  readonly id: CriterionId;
  /** Relative weight the users give the criterion, 0–100. */
  readonly weight: number;
}

export type FunderKind = 'brn' | 'region' | 'kkr' | 'kl' | 'external';
export const FUNDER_KINDS: readonly FunderKind[] = ['brn', 'region', 'kkr', 'kl', 'external'];

/** A source of money other than the municipal supplement. */
export interface Funder {
  readonly id: string;
  readonly kind: FunderKind;
  readonly name: LocalText;
  /** Kroner per full year, or a number of FTE (hundredths) the funder pays at the scenario's cost per FTE. */
  readonly unit: 'kr' | 'fte';
  /** The default amount per full year for new scenarios; each scenario may set its own. */
  readonly amount: Estimate;
  /** Months the funder pays in; null = open-ended. */
  readonly from: YearMonth | null;
  readonly to: YearMonth | null;
  /** The amount already granted (BRN's 1,25 mio.): more needs every city council (seed 001). */
  readonly approvedAmount: number | null;
  readonly source: Source;
}

export interface Assumptions {
  /** Fully loaded cost per full-time employee per year (kr.). */
  readonly costPerFte: Estimate;
  /** Accumulated underspend available to draw down at the start (kr.). */
  readonly openingReserve: number;
  /** Below this staffing (hundredths of an FTE) the secretariat depends on one person. */
  readonly vulnerableBelow: number;
  /** Yearly increase of wages and of prices, in percent; amounts are in `priceYear` kroner. */
  readonly wageIndexation: number;
  readonly priceIndexation: number;
  readonly priceYear: number;
}

/** Fordelingsnøgle: how the municipal supplement is split. */
export type AllocationKey =
  | { readonly kind: 'population' }
  | { readonly kind: 'equal' }
  | { readonly kind: 'mixed'; readonly equalPercent: number }
  | { readonly kind: 'custom'; readonly weights: Readonly<Record<string, number>> };
export type AllocationKind = AllocationKey['kind'];
export const ALLOCATION_KINDS: readonly AllocationKind[] = ['population', 'equal', 'mixed', 'custom'];

export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** The level whose catalogue tasks are on unless the scenario says otherwise. */
  readonly ambitionLevel: AmbitionLevel;
  /** This scenario's own settings of catalogue tasks, by task id. */
  readonly tasks: Readonly<Record<string, TaskOverride>>;
  readonly customTasks: readonly CustomTask[];
  readonly anchoring: Anchoring;
  /** Explicit staffing (hundredths of an FTE); null = the sum of the active tasks' efforts. */
  readonly staffing: Estimate | null;
  /** This scenario's cost per FTE; null = the workspace assumption. */
  readonly costPerFte: Estimate | null;
  /** Amount per full year by funder id; a funder not listed pays its default amount. */
  readonly funding: Readonly<Record<string, Estimate>>;
  /** Planned draw on the reserve by year (kr.); the model draws no more than a year needs. */
  readonly reserveDrawdown: Readonly<Record<string, number>>;
  readonly allocation: AllocationKey;
  /** First and last month the secretariat runs (both included). */
  readonly start: YearMonth;
  readonly end: YearMonth;
}

export const SCHEMA_VERSION = 2;

export interface Workspace {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly name: string;
  readonly region: RegionName;
  /** The date the populations refer to, ISO (e.g. 2026-01-01), and where they come from. */
  readonly populationDate: string;
  readonly populationSource: string;
  readonly municipalities: readonly Municipality[];
  readonly catalogue: readonly CatalogueTask[];
  readonly political: readonly PoliticalOption[];
  readonly employers: readonly Employer[];
  readonly hosts: readonly Host[];
  readonly presets: readonly AnchoringPreset[];
  readonly funders: readonly Funder[];
  readonly criteria: readonly Criterion[];
  readonly assumptions: Assumptions;
  readonly scenarios: readonly Scenario[];
  readonly baselineScenarioId: string | null;
}

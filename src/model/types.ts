/**
 * The domain of Forankring: how the joint climate secretariat (KlimaNord) is organised, hosted
 * and funded. Danish terms keep their Danish name once, here, with the English gloss beside it.
 */
import type { Estimate } from './estimate';

export type Lang = 'da' | 'en';
export interface LocalText {
  readonly da: string;
  readonly en: string;
}

/** KKR area (= region): one regional climate secretariat per area. */
export type RegionName = 'Hovedstaden' | 'Midtjylland' | 'Nordjylland' | 'Sjælland' | 'Syddanmark';
export const REGIONS: readonly RegionName[] = ['Hovedstaden', 'Midtjylland', 'Nordjylland', 'Sjælland', 'Syddanmark'];

export interface Municipality {
  /** Statistics Denmark's municipality code, e.g. "851" for Aalborg. */
  readonly code: string;
  readonly name: string;
  readonly region: RegionName;
  readonly population: number;
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

export interface Task {
  readonly id: string;
  readonly name: LocalText;
  readonly category: TaskCategory;
  /** The lowest ambition level whose portfolio includes the task. */
  readonly level: AmbitionLevel;
  /** Effort as a share of a full-time employee (årsværk). An assumption. */
  readonly fte: Estimate;
  /** Direct activity cost per year: meetings, travel, consultants (kr.). An assumption. */
  readonly activityCost: Estimate;
  readonly source: LocalText;
}

export type AnchoringModelId = 'brn' | 'kkr' | 'crossMunicipal';

/** The qualitative criteria on which anchoring models are compared. */
export type CriterionId =
  | 'approvalPath'
  | 'synergy'
  | 'robustness'
  | 'coreTaskIndependence'
  | 'adminSimplicity'
  | 'localPresence';
export const CRITERIA: readonly CriterionId[] = [
  'approvalPath',
  'synergy',
  'robustness',
  'coreTaskIndependence',
  'adminSimplicity',
  'localPresence',
];

/** Where personnel management sits; T11: never separate it from the physical location. */
export type ManagementSite = 'hostInKind' | 'kl' | 'hostMunicipality';

/** Forankringsmodel: who governs, who employs, who must approve money. */
export interface AnchoringModel {
  readonly id: AnchoringModelId;
  readonly name: LocalText;
  readonly political: LocalText;
  readonly professionalLead: LocalText;
  readonly personnel: LocalText;
  readonly economy: LocalText;
  readonly notes: LocalText;
  /** Whether the BRN board can fund the secretariat within its own mandate. */
  readonly fundedWithinBrnMandate: boolean;
  readonly managementSite: ManagementSite;
  /** Yearly administration overhead (management, HR, finance) charged to the secretariat. */
  readonly adminOverhead: Estimate;
  /** 1 (poor) – 5 (good) per criterion; the users' own assessment, editable. */
  readonly scores: Readonly<Record<CriterionId, number>>;
}

export type LocationId = 'hostInKind' | 'otherMunicipality' | 'rotating';

/** Fysisk forankring: where the secretariat sits and what that costs. */
export interface HostLocation {
  readonly id: LocationId;
  readonly name: LocalText;
  /** Rent, IT and HR per FTE per year; zero where the host provides them in kind. */
  readonly costPerFte: Estimate;
  /** Other yearly location costs, e.g. travel for a rotating arrangement ("flyverordning"). */
  readonly fixedCost: Estimate;
}

export interface Criterion {
  readonly id: CriterionId;
  /** Relative weight the users give the criterion, 0–100. */
  readonly weight: number;
}

export interface Assumptions {
  /** Fully loaded cost per full-time employee per year (kr.). */
  readonly costPerFte: Estimate;
  /** Licences and bookkeeping at Business Aalborg, about 15.000 kr./year. */
  readonly fixedOperatingCost: Estimate;
  /** Accumulated underspend 2023–2024 available to draw down (kr.). */
  readonly openingReserve: number;
  /** Below this staffing the secretariat depends on one person (T11: level 1 is too vulnerable). */
  readonly vulnerableBelowFte: number;
}

/** Fordelingsnøgle: how the municipal supplement is split. */
export type AllocationKey =
  | { readonly kind: 'population' }
  | { readonly kind: 'equal' }
  | { readonly kind: 'mixed'; readonly equalPercent: number }
  | { readonly kind: 'custom'; readonly weights: Readonly<Record<string, number>> };
export type AllocationKind = AllocationKey['kind'];

export interface Funding {
  /** BRN's base grant (grundbevilling) per full year. */
  readonly baseGrant: Estimate;
  /** The region's contribution per full year: 1 mio. before the exit, 0 after. */
  readonly region: Estimate;
  /** External or project funding per full year. */
  readonly external: Estimate;
  /** Drawdown of the accumulated reserve, by year of the horizon (kr., not pro rata). */
  readonly reserveDrawdown: readonly number[];
}

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly ambitionLevel: AmbitionLevel;
  /** Single tasks switched against the level's preset: true = on, false = off. */
  readonly taskSwitches: Readonly<Record<string, boolean>>;
  readonly anchoring: AnchoringModelId;
  readonly location: LocationId;
  /** Explicit staffing in FTE; null means the sum of the active tasks' efforts. */
  readonly staffingFte: Estimate | null;
  /** This scenario's cost per FTE; null means the workspace assumption. */
  readonly costPerFte: Estimate | null;
  readonly funding: Funding;
  readonly allocation: AllocationKey;
  readonly startYear: number;
  readonly years: number;
  /** 1–12: the first year counts from this month (part years pro rata). */
  readonly startMonth: number;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly region: RegionName;
  /** Date the populations refer to, ISO (e.g. 2026-01-01), shown next to every population. */
  readonly populationDate: string;
  readonly populationSource: string;
  readonly municipalities: readonly Municipality[];
  readonly tasks: readonly Task[];
  readonly anchoringModels: readonly AnchoringModel[];
  readonly locations: readonly HostLocation[];
  readonly criteria: readonly Criterion[];
  readonly assumptions: Assumptions;
  readonly scenarios: readonly Scenario[];
  readonly baselineScenarioId: string | null;
}

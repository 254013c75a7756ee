/**
 * Model 1 → model 2. A workspace stored, exported or shared by the first version opens with the
 * figures it showed: every cost it charged becomes an explicit input of model 2 —
 *  - each anchoring model becomes an employer whose administration is the model's overhead plus
 *    model 1's licences and bookkeeping (charged to every model then);
 *  - locations become hosts with their costs; the base grant keeps its amount (outside North
 *    Jutland as "Grundbevilling (fra version 1)", since BRN exists only there);
 *  - the horizon becomes start and end months; drawdowns by position become drawdowns by year.
 * What model 2 does differently on purpose: the reserve draws no more than a year needs (model 1
 * could create a surplus nobody got back), and scores follow model 2's criteria.
 */
import { point, type Estimate } from '../estimate';
import { assumption } from '../sources';
import {
  SCHEMA_VERSION,
  type AllocationKey,
  type AnchoringPreset,
  type CatalogueTask,
  type Criterion,
  type CriterionId,
  type Employer,
  type Funder,
  type Host,
  type LocalText,
  type PoliticalOption,
  type RegionName,
  type Scenario,
  type TaskCategory,
  type Workspace,
} from '../types';

export interface WorkspaceV1 {
  id: string;
  name: string;
  region: RegionName;
  populationDate: string;
  populationSource: string;
  municipalities: { code: string; name: string; population: number }[];
  tasks: { id: string; name: LocalText; category: TaskCategory; level: 1 | 2 | 3 | 4; fte: Estimate; activityCost: Estimate; source: LocalText }[];
  anchoringModels: {
    id: 'brn' | 'kkr' | 'crossMunicipal';
    name: LocalText;
    political: LocalText;
    professionalLead: LocalText;
    personnel: LocalText;
    economy: LocalText;
    notes: LocalText;
    fundedWithinBrnMandate: boolean;
    managementSite: string;
    adminOverhead: Estimate;
    scores: Record<string, number>;
  }[];
  locations: { id: 'hostInKind' | 'otherMunicipality' | 'rotating'; name: LocalText; costPerFte: Estimate; fixedCost: Estimate }[];
  criteria: { id: string; weight: number }[];
  assumptions: { costPerFte: Estimate; fixedOperatingCost: Estimate; openingReserve: number; vulnerableBelowFte: number };
  scenarios: {
    id: string;
    name: string;
    ambitionLevel: 1 | 2 | 3 | 4;
    taskSwitches: Record<string, boolean>;
    anchoring: 'brn' | 'kkr' | 'crossMunicipal';
    location: 'hostInKind' | 'otherMunicipality' | 'rotating';
    staffingFte: Estimate | null;
    costPerFte: Estimate | null;
    funding: { baseGrant: Estimate; region: Estimate; external: Estimate; reserveDrawdown: number[] };
    allocation: AllocationKey;
    startYear: number;
    years: number;
    startMonth: number;
  }[];
  baselineScenarioId: string | null;
}

export const looksLikeV1 = (raw: unknown): raw is WorkspaceV1 =>
  !!raw && typeof raw === 'object' && !('schemaVersion' in raw) && Array.isArray((raw as WorkspaceV1).tasks) && Array.isArray((raw as WorkspaceV1).anchoringModels);

const whole = (e: Estimate, factor = 1): Estimate => ({ low: Math.round(e.low * factor), central: Math.round(e.central * factor), high: Math.round(e.high * factor) });
const addEstimates = (a: Estimate, b: Estimate): Estimate => ({ low: a.low + b.low, central: a.central + b.central, high: a.high + b.high });
const FROM_V1 = (what: LocalText) => assumption(`Fra version 1: ${what.da}`, `From version 1: ${what.en}`);

const POLITICAL: Record<string, string> = { brn: 'brnAndKkr', kkr: 'kkr', crossMunicipal: 'newBody' };
const CRITERION: Record<string, CriterionId> = {
  approvalPath: 'approvalPath',
  synergy: 'synergy',
  robustness: 'robustness',
  coreTaskIndependence: 'coreTaskProtection',
  adminSimplicity: 'adminSimplicity',
  localPresence: 'localPresence',
};

export function migrateV1(old: WorkspaceV1): Workspace {
  const largest = [...old.municipalities].sort((a, b) => b.population - a.population)[0];
  const home = largest?.code ?? 'host';
  const fixed = old.assumptions.fixedOperatingCost;

  const catalogue: CatalogueTask[] = old.tasks.map((t) => ({
    id: t.id,
    name: t.name,
    category: t.category,
    level: t.level,
    effort: whole(t.fte, 100),
    activity: whole(t.activityCost),
    firstYear: null,
    source: { kind: 'assumption', reason: t.source },
  }));

  const political: PoliticalOption[] = old.anchoringModels.map((m) => ({ id: POLITICAL[m.id] ?? m.id, name: m.political, professionalLead: m.professionalLead, scores: {} }));
  const employers: Employer[] = old.anchoringModels.map((m) => ({
    id: `v1-${m.id}`,
    kind: m.id === 'brn' ? 'brnSecretariat' : m.id === 'kkr' ? 'kl' : 'municipality',
    name: m.personnel,
    site: m.id === 'kkr' ? 'kl' : home,
    adminCost: whole(addEstimates(m.adminOverhead, fixed)),
    adminSource: FROM_V1({ da: 'administration for forankringsmodellen samt licenser og bogholderi', en: 'administration of the anchoring model plus licences and bookkeeping' }),
    scores: Object.fromEntries(Object.entries(m.scores).flatMap(([k, v]) => (CRITERION[k] && k !== 'approvalPath' ? [[CRITERION[k], v]] : []))),
  }));
  const hosts: Host[] = old.locations.map((l) => ({
    id: `v1-${l.id}`,
    name: l.name,
    site: l.id === 'otherMunicipality' ? 'other-host' : home,
    rotation: [],
    costPerFte: whole(l.costPerFte),
    fixedCost: whole(l.fixedCost),
    source: FROM_V1({ da: 'husleje, IT og HR for placeringen', en: 'rent, IT and HR of the location' }),
    scores: {},
  }));
  const presets: AnchoringPreset[] = old.anchoringModels.map((m) => ({
    id: m.id,
    name: m.name,
    political: POLITICAL[m.id] ?? m.id,
    employer: `v1-${m.id}`,
    host: 'v1-hostInKind',
    economy: m.economy,
    notes: m.notes,
    source: FROM_V1({ da: 'forankringsmodel', en: 'anchoring model' }),
  }));

  const northJutland = old.region === 'Nordjylland';
  const funders: Funder[] = [
    {
      id: 'brn',
      kind: northJutland ? 'brn' : 'external',
      name: northJutland ? { da: 'Grundbevilling BRN', en: 'BRN base grant' } : { da: 'Grundbevilling (fra version 1)', en: 'Base grant (from version 1)' },
      unit: 'kr',
      amount: point(1_250_000),
      from: null,
      to: null,
      approvedAmount: northJutland ? 1_250_000 : null,
      source: FROM_V1({ da: 'grundbevilling', en: 'base grant' }),
    },
    { id: 'region', kind: 'region', name: { da: 'Regionens bidrag', en: 'Region' }, unit: 'kr', amount: point(0), from: null, to: null, approvedAmount: null, source: FROM_V1({ da: 'regionens bidrag', en: 'region contribution' }) },
    { id: 'external', kind: 'external', name: { da: 'Ekstern finansiering', en: 'External funding' }, unit: 'kr', amount: point(0), from: null, to: null, approvedAmount: null, source: FROM_V1({ da: 'ekstern finansiering', en: 'external funding' }) },
  ];

  const scenarios: Scenario[] = old.scenarios.map((s) => {
    const funding: Record<string, Estimate> = {};
    const set = (id: string, e: Estimate, base: Estimate) => {
      const w = whole(e);
      if (w.low !== base.low || w.central !== base.central || w.high !== base.high) funding[id] = w;
    };
    set('brn', s.funding.baseGrant, funders[0]!.amount);
    set('region', s.funding.region, funders[1]!.amount);
    set('external', s.funding.external, funders[2]!.amount);
    const reserveDrawdown: Record<string, number> = {};
    s.funding.reserveDrawdown.slice(0, s.years).forEach((amount, i) => {
      if (amount > 0) reserveDrawdown[String(s.startYear + i)] = Math.round(amount);
    });
    return {
      id: s.id,
      name: s.name,
      ambitionLevel: s.ambitionLevel,
      tasks: Object.fromEntries(Object.entries(s.taskSwitches).map(([id, on]) => [id, { on }])),
      customTasks: [],
      anchoring: { political: POLITICAL[s.anchoring] ?? s.anchoring, employer: `v1-${s.anchoring}`, host: `v1-${s.location}` },
      staffing: s.staffingFte ? whole(s.staffingFte, 100) : null,
      costPerFte: s.costPerFte ? whole(s.costPerFte) : null,
      funding,
      reserveDrawdown,
      allocation: s.allocation,
      start: { year: s.startYear, month: s.startMonth },
      end: { year: s.startYear + s.years - 1, month: 12 },
    };
  });

  const weights = new Map(old.criteria.map((c) => [CRITERION[c.id], c.weight]));
  const criteria: Criterion[] = (['approvalPath', 'synergy', 'robustness', 'coreTaskProtection', 'adminSimplicity', 'localPresence', 'professionalCommunity', 'steeringGroup'] as const).map((id) => ({ id, weight: weights.get(id) ?? 0 }));

  return {
    schemaVersion: SCHEMA_VERSION,
    id: old.id,
    name: old.name,
    region: old.region,
    populationDate: old.populationDate,
    populationSource: old.populationSource,
    municipalities: old.municipalities.map(({ code, name, population }) => ({ code, name, population })),
    catalogue,
    political,
    employers,
    hosts,
    presets,
    funders,
    criteria,
    assumptions: {
      costPerFte: whole(old.assumptions.costPerFte),
      openingReserve: Math.round(old.assumptions.openingReserve),
      vulnerableBelow: Math.round(old.assumptions.vulnerableBelowFte * 100),
      wageIndexation: 0,
      priceIndexation: 0,
      priceYear: Math.min(...old.scenarios.map((s) => s.startYear)),
    },
    scenarios,
    baselineScenarioId: old.baselineScenarioId,
  };
}

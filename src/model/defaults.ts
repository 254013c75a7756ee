/**
 * Default workspaces per region. North Jutland: the four levels and T11's two scenarios on
 * today's BRN anchoring (seed 001). Sjælland: Sjællands Klimaalliance as seed 002 describes it,
 * beside the four levels. The other regions start from a neutral KKR template.
 */
import { defaultEmployers, defaultHosts, defaultPolitical, defaultPresets } from './anchoring';
import { DEFAULT_CRITERIA, defaultAssumptions } from './assumptions';
import { defaultCatalogue } from './catalogue';
import { point } from './estimate';
import { defaultFunders } from './funders';
import { largestFirst, municipalitiesOf, POPULATION_RELEASES } from './municipalities';
import { AMBITION_LEVELS, SCHEMA_VERSION, hasT11AndBrn, type AmbitionLevel, type Anchoring, type CatalogueTask, type Lang, type RegionName, type Scenario, type TaskOverride, type Workspace, type YearMonth } from './types';

export const DEFAULT_START: YearMonth = { year: 2026, month: 1 };
export const DEFAULT_END: YearMonth = { year: 2028, month: 12 };

export interface ScenarioTemplate {
  readonly anchoring: Anchoring;
  readonly start: YearMonth;
  readonly end: YearMonth;
}

/** A level preset: the level's catalogue tasks, the workspace's first anchoring preset, default funding. */
export function levelScenario(level: AmbitionLevel, id: string, name: string, template: ScenarioTemplate): Scenario {
  return {
    id,
    name,
    ambitionLevel: level,
    tasks: {},
    customTasks: [],
    anchoring: template.anchoring,
    staffing: null,
    costPerFte: null,
    funding: {},
    reserveDrawdown: {},
    allocation: { kind: 'population' },
    start: template.start,
    end: template.end,
  };
}

/**
 * T11's recommendation (seed 001): level 2 with more 1:1 sparring, and GEN2040, the climate
 * ambition, the dialogue forum's facilitation and project development scaled down, not dropped.
 * The new efforts are assumptions; T11 names the direction, not the amounts.
 */
export const T11_RECOMMENDATION_TASKS: Readonly<Record<string, TaskOverride>> = {
  'guidance-1to1-sparring': { effort: point(45) },
  'sec-dialogforum': { effort: point(5) },
  'other-gen2040': { on: true, effort: point(10), activity: point(0) },
  'other-climate-ambition': { on: true, effort: point(2) },
  'other-project-development': { on: true, effort: point(2) },
};

/**
 * The names a new workspace starts with, in the language it is made in: they are the user's
 * own from then on (renamed, shared, kept as written when the language changes).
 */
const NAMES = {
  da: { workspace: (region: RegionName) => `Klimasekretariat ${region}`, level: (level: AmbitionLevel) => `Niveau ${level}`, today: 'Niveau 3 — som i dag', t11: 'Niveau 2 — T11’s anbefaling', regionActivities: 'Aktiviteter og analyser (Region Sjællands 2 mio. kr.)' },
  en: { workspace: (region: RegionName) => `Climate secretariat ${region}`, level: (level: AmbitionLevel) => `Level ${level}`, today: 'Level 3 — as today', t11: 'Level 2 — T11’s recommendation', regionActivities: 'Activities and analyses (Region Sjælland’s DKK 2 million)' },
} as const;

/** Seed 002's partnership: two FTE (one from KKR via Gate21, one from the region) and the region's activity money. */
function sjaellandScenario(template: ScenarioTemplate, catalogue: readonly CatalogueTask[], lang: Lang): Scenario {
  // The tasks seed 002 names are on, the rest off; their activities are paid from the region's
  // 2 mio. kr. (the custom task below), so the municipalities pay KKR's FTE and nothing else.
  const named = new Set(['guidance-1to1-sparring', 'guidance-theme-groups', 'sec-project-groups', 'other-analyses', 'other-project-development', 'contact-national-meetings']);
  return {
    ...levelScenario(2, 'sjaellands-klimaalliance', 'Sjællands Klimaalliance (2023–2028)', template),
    tasks: Object.fromEntries(catalogue.map((task): [string, TaskOverride] => [task.id, named.has(task.id) ? { on: true, activity: point(0) } : { on: false }])),
    customTasks: [{ id: 'custom-region-activities', name: NAMES[lang].regionActivities, category: 'other', on: true, effort: point(0), activity: point(400_000) }],
    staffing: point(200),
    anchoring: { political: 'kkrAndRegion', employer: 'gate21', host: 'gate21' },
    start: { year: 2023, month: 7 },
    end: { year: 2028, month: 6 },
  };
}

/** A region's default workspace name in `lang`: "Klimasekretariat Sjælland". */
export const defaultWorkspaceName = (region: RegionName, lang: Lang = 'da'): string => NAMES[lang].workspace(region);

/** A region's default workspace; `lang`: the language its names are made in. */
export function createWorkspace(region: RegionName = 'Nordjylland', id = `ws-${region.toLowerCase()}`, lang: Lang = 'da'): Workspace {
  const names = NAMES[lang];
  const release = POPULATION_RELEASES[0]!;
  const municipalities = municipalitiesOf(region, release.date);
  const byPopulation = largestFirst(municipalities);
  const largest = byPopulation[0]!;
  const hosts = defaultHosts(region, byPopulation);
  const presets = defaultPresets(region, largest, hosts[0]!.id);
  const first = presets[0]!;
  const template: ScenarioTemplate = { anchoring: { political: first.political, employer: first.employer, host: first.host }, start: DEFAULT_START, end: DEFAULT_END };
  const levels = AMBITION_LEVELS.map((level) => levelScenario(level, `level-${level}`, names.level(level), template));
  const employers = defaultEmployers(region, largest);
  const catalogue = defaultCatalogue(region);
  let scenarios: Scenario[] = levels;
  let baselineScenarioId = 'level-2';
  if (hasT11AndBrn(region)) {
    scenarios = [
      ...levels.map((s) => (s.ambitionLevel === 3 ? { ...s, name: names.today } : s)),
      { ...levelScenario(2, 't11-recommendation', names.t11, template), tasks: T11_RECOMMENDATION_TASKS },
    ];
    baselineScenarioId = 'level-3';
  }
  if (region === 'Sjælland') {
    employers.push({
      id: 'gate21',
      kind: 'organisation',
      name: { da: 'Gate21 (KKR Sjællands årsværk)', en: 'Gate21 (KKR Sjælland’s FTE)' },
      site: 'gate21',
      adminCost: point(0),
      adminSource: { kind: 'seed', document: '002', quote: 'KKR-Sjællands årsværk bliver varetaget af Gate21.', note: { da: 'Administration antages at indgå i prisen pr. årsværk', en: 'Administration assumed to be part of the price per FTE' } },
      scores: { synergy: 3, robustness: 3, coreTaskProtection: 4, adminSimplicity: 4, localPresence: 2 },
    });
    hosts.push({
      id: 'gate21',
      name: { da: 'Gate21 og Region Sjælland (egne lokaler)', en: 'Gate21 and Region Sjælland (own premises)' },
      site: 'gate21',
      rotation: [],
      costPerFte: point(0),
      fixedCost: point(0),
      source: { kind: 'assumption', reason: { da: 'Antagelse: husleje og IT indgår i prisen pr. årsværk', en: 'Assumption: rent and IT are part of the price per FTE' } },
      scores: { professionalCommunity: 4, localPresence: 2 },
    });
    scenarios = [sjaellandScenario(template, catalogue, lang), ...levels];
    baselineScenarioId = 'sjaellands-klimaalliance';
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    name: defaultWorkspaceName(region, lang),
    region,
    populationDate: release.date,
    populationSource: release.source,
    municipalities,
    catalogue,
    political: defaultPolitical(region),
    employers,
    hosts,
    presets,
    funders: defaultFunders(region),
    criteria: DEFAULT_CRITERIA,
    assumptions: defaultAssumptions(region),
    scenarios,
    baselineScenarioId,
  };
}

/** The template a new scenario starts from: the workspace's first preset and the baseline's period. */
export function scenarioTemplate(ws: Workspace): ScenarioTemplate {
  const preset = ws.presets[0];
  const model = ws.scenarios.find((s) => s.id === ws.baselineScenarioId) ?? ws.scenarios[0];
  return {
    anchoring: preset ? { political: preset.political, employer: preset.employer, host: preset.host } : (model?.anchoring ?? { political: ws.political[0]?.id ?? '', employer: ws.employers[0]?.id ?? '', host: ws.hosts[0]?.id ?? '' }),
    start: model?.start ?? DEFAULT_START,
    end: model?.end ?? DEFAULT_END,
  };
}

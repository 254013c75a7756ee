/**
 * The default workspace: North Jutland's 11 municipalities with four preset scenarios
 * (levels 1–4 on the BRN model, in-kind host, base grant 1,25 mio., region 0).
 */
import { DEFAULT_ANCHORING_MODELS, DEFAULT_CRITERIA } from './anchoring-models';
import { DEFAULT_ASSUMPTIONS, DEFAULT_BASE_GRANT, defaultHostName, defaultLocations } from './assumptions';
import { point } from './estimate';
import { municipalitiesOf, POPULATION_DATE, POPULATION_SOURCE } from './municipalities';
import { DEFAULT_TASKS } from './task-catalogue';
import { AMBITION_LEVELS, type AmbitionLevel, type RegionName, type Scenario, type Workspace } from './types';

export const DEFAULT_START_YEAR = 2026;
export const DEFAULT_YEARS = 3;

const REGION_NAMES: Readonly<Record<RegionName, string>> = {
  Hovedstaden: 'Hovedstaden',
  Midtjylland: 'Midtjylland',
  Nordjylland: 'Nordjylland',
  Sjælland: 'Sjælland',
  Syddanmark: 'Syddanmark',
};

export function presetScenario(level: AmbitionLevel, id = `level-${level}`): Scenario {
  return {
    id,
    name: `Scenarie ${level}`,
    ambitionLevel: level,
    taskSwitches: {},
    anchoring: 'brn',
    location: 'hostInKind',
    staffingFte: null,
    costPerFte: null,
    funding: {
      baseGrant: point(DEFAULT_BASE_GRANT),
      region: point(0),
      external: point(0),
      reserveDrawdown: new Array<number>(DEFAULT_YEARS).fill(0),
    },
    allocation: { kind: 'population' },
    startYear: DEFAULT_START_YEAR,
    years: DEFAULT_YEARS,
    startMonth: 1,
  };
}

export function createWorkspace(region: RegionName = 'Nordjylland', id = `ws-${region.toLowerCase()}`): Workspace {
  const municipalities = municipalitiesOf(region);
  const largest = [...municipalities].sort((a, b) => b.population - a.population)[0]?.name ?? region;
  return {
    id,
    name: `Klimasekretariat ${REGION_NAMES[region]}`,
    region,
    populationDate: POPULATION_DATE,
    populationSource: POPULATION_SOURCE,
    municipalities,
    tasks: DEFAULT_TASKS,
    anchoringModels: DEFAULT_ANCHORING_MODELS,
    locations: defaultLocations(defaultHostName(region, largest)),
    criteria: DEFAULT_CRITERIA,
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: AMBITION_LEVELS.map((level) => presetScenario(level)),
    baselineScenarioId: 'level-2',
  };
}

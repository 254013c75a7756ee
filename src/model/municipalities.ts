/**
 * Reference population data: Statistics Denmark, table FOLK1A, 1 January 2026 and 2025
 * (quarters 2026K1 and 2025K1). Shipped as CSV so it can be checked against StatBank; the user
 * can choose the reference date, edit single figures or paste a newer column.
 */
import csv from './data/municipalities.csv?raw';
import { REGIONS, type Municipality, type RegionName } from './types';

export interface PopulationRelease {
  /** ISO date the populations refer to. */
  readonly date: string;
  readonly source: string;
}

export const POPULATION_RELEASES: readonly PopulationRelease[] = [
  { date: '2026-01-01', source: 'Danmarks Statistik, FOLK1A (2026K1)' },
  { date: '2025-01-01', source: 'Danmarks Statistik, FOLK1A (2025K1)' },
];

interface ReferenceRow {
  readonly code: string;
  readonly name: string;
  readonly region: RegionName;
  /** By release date. */
  readonly populations: Readonly<Record<string, number>>;
}

const isRegion = (value: string): value is RegionName => (REGIONS as readonly string[]).includes(value);

/** Parses `code,name,region,population_2026_01_01,population_2025_01_01`; rows that do not parse are skipped. */
function parseReference(text: string): ReferenceRow[] {
  const [header = '', ...rows] = text.trim().split(/\r?\n/);
  const dates = header
    .split(',')
    .slice(3)
    .map((h) => h.replace(/^population_(\d{4})_(\d{2})_(\d{2})$/, '$1-$2-$3'));
  const result: ReferenceRow[] = [];
  for (const row of rows) {
    const [code, name, region, ...values] = row.split(',').map((cell) => cell.trim());
    if (!code || !name || !region || !isRegion(region)) continue;
    const populations: Record<string, number> = {};
    values.forEach((v, i) => {
      const n = Number(v);
      if (dates[i] && Number.isInteger(n) && n >= 0) populations[dates[i]] = n;
    });
    result.push({ code, name, region, populations });
  }
  return result;
}

let cache: ReferenceRow[] | null = null;
// Plain comparison: codes are digit strings, and localeCompare would go through ICU collation.
const reference = (): ReferenceRow[] => (cache ??= parseReference(csv).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));

/** The region's municipalities with their population at a release date, sorted by code. */
export function municipalitiesOf(region: RegionName, date = POPULATION_RELEASES[0]!.date): Municipality[] {
  return reference()
    .filter((m) => m.region === region)
    .map((m) => ({ code: m.code, name: m.name, population: m.populations[date] ?? 0 }));
}

/** Population of one municipality at a shipped release, or undefined. */
export const referencePopulation = (code: string, date: string): number | undefined => reference().find((m) => m.code === code)?.populations[date];

/**
 * A Danish municipality by code ("751") or name ("Aarhus", "Aarhus Kommune"), whichever region it
 * is in: a pasted line naming one outside the workspace is said as such, not as unreadable.
 */
export function danishMunicipality(text: string): { readonly code: string; readonly name: string; readonly region: RegionName } | undefined {
  const wanted = municipalityKey(text);
  const row = reference().find((m) => m.code === wanted || municipalityKey(m.name) === wanted);
  return row && { code: row.code, name: row.name, region: row.region };
}

/** A municipality's name as looked up: "Sorø Kommune", "SORØ" and "Sorø" are one. */
export const municipalityKey = (text: string): string => text.toLowerCase().replace(/\s+kommune$/, '').trim();

export const largestFirst = (municipalities: readonly Municipality[]): Municipality[] =>
  [...municipalities].sort((a, b) => b.population - a.population || (a.code < b.code ? -1 : 1));

/**
 * Municipalities as a director looks for their own: by name in Danish order (Aalborg sorts as
 * Ålborg, last), each with its index in the workspace, which is its index in every result.
 */
export const byName = (list: readonly Municipality[]): { readonly municipality: Municipality; readonly index: number }[] =>
  list.map((municipality, index) => ({ municipality, index })).sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'da'));

/**
 * Whether a population replacing `was` is plausible: no Danish municipality halves or doubles
 * between two counts, but "22.603" for 226.033 is one keystroke, and in English "222.000" is 222.
 * A typed one that is not is asked about; a pasted one is not used (population-paste.ts).
 */
export const plausiblePopulation = (value: number, was: number): boolean => was <= 0 || (value >= was / 2 && value <= was * 2);

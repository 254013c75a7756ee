/**
 * Reference population data: Statistics Denmark, table FOLK1A, 1 January 2026 (2026K1).
 * Shipped as CSV so it can be replaced by a newer quarter pasted from StatBank.
 */
import csv from './data/municipalities.csv?raw';
import { REGIONS, type Municipality, type RegionName } from './types';

export const POPULATION_DATE = '2026-01-01';
export const POPULATION_SOURCE = 'Danmarks Statistik, FOLK1A (2026K1)';

const isRegion = (value: string): value is RegionName => (REGIONS as readonly string[]).includes(value);

/** Parses `code,name,region,population_2026_01_01,...`; rows that do not parse are skipped. */
export function parseMunicipalityCsv(text: string): Municipality[] {
  const rows = text.trim().split(/\r?\n/).slice(1);
  const result: Municipality[] = [];
  for (const row of rows) {
    const [code, name, region, population] = row.split(',').map((cell) => cell.trim());
    const people = Number(population);
    if (!code || !name || !region || !isRegion(region) || !Number.isInteger(people) || people < 0) continue;
    result.push({ code, name, region, population: people });
  }
  return result;
}

let cache: Municipality[] | null = null;
/** All 98 municipalities, sorted by code. */
export function referenceMunicipalities(): readonly Municipality[] {
  // Plain comparison: codes are digit strings, and localeCompare would go through ICU
  // collation on every comparison at startup.
  cache ??= parseMunicipalityCsv(csv).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return cache;
}

export function municipalitiesOf(region: RegionName): Municipality[] {
  return referenceMunicipalities().filter((m) => m.region === region);
}

/**
 * One restore for every document that comes in: a stored record, a file, a share link. Like
 * excalidraw's restore, it repairs or drops each bad part on its own — a broken part is replaced
 * by the region's default, a broken scenario is repaired field by field (or dropped, where too
 * little of it reads), a dangling reference is pointed at an existing part — and reports what it
 * did. Only a document with nothing recognisable left (not an object, no region, no usable
 * scenario) is refused; the caller then sets it aside.
 */
import * as v from 'valibot';
import { compareYearMonth } from './calendar';
import { createWorkspace } from './defaults';
import {
  assumptionsSchema,
  catalogueTaskSchema,
  criterionSchema,
  employerSchema,
  funderSchema,
  hostSchema,
  id as idSchema,
  isoDate,
  municipalitySchema,
  politicalSchema,
  presetSchema,
  text,
} from './document-schema';
import { LIMITS } from './limits';
import { isRecord, items, uniqueById } from './restore-lists';
import { restoreScenarios } from './restore-scenarios';
import { looksLikeV1, migrateV1 } from './migrations/v1';
import { referencePopulation } from './municipalities';
import { CRITERIA, REGIONS, SCHEMA_VERSION, type Municipality, type RegionName, type Scenario, type Workspace } from './types';
import { validateWorkspace } from './validate';

export type RestoreFailure = 'notAWorkspace' | 'newerVersion' | 'noScenarios';
export type RestoreResult =
  | { readonly ok: true; readonly workspace: Workspace; readonly repairs: readonly string[] }
  | { readonly ok: false; readonly reason: RestoreFailure };

/**
 * The municipalities, each that passes the schema as it is. One of the region's own with a field
 * unreadable (a population of -5.000 or "mange" in a hand-edited file) keeps its place, that
 * field taken from the region's default, and one of the region's missing is added back (nothing
 * in the app removes a municipality, so a missing one is damage); each is reported. Dropped, its
 * share of every bill went to the others and the approval path counted one council fewer, under
 * a message that spoke of defaults. A population taken so is Statistics Denmark's at the
 * workspace's own population date, where the app ships that release. An unreadable one not of
 * the region is dropped; a readable one is kept as it is.
 */
function restoreMunicipalities(raw: unknown, region: readonly Municipality[], populationDate: string, repairs: string[]): Municipality[] | null {
  if (!Array.isArray(raw)) return null;
  if (raw.length > LIMITS.municipalities) repairs.push(`municipalities: ${raw.length - LIMITS.municipalities}`);
  const standard = (own: Municipality): Municipality => ({ ...own, population: referencePopulation(own.code, populationDate) ?? own.population });
  const read = raw.slice(0, LIMITS.municipalities).flatMap((item, i) => {
    const parsed = v.safeParse(municipalitySchema, item);
    if (parsed.success) return [parsed.output];
    repairs.push(`municipalities[${i}]`);
    const own = isRecord(item) ? region.find((m) => m.code === item['code']) : undefined;
    if (!own) return [];
    const field = <K extends keyof Municipality>(key: K): Municipality[K] => {
      const value = v.safeParse(municipalitySchema.entries[key], item[key]);
      return value.success ? (value.output as Municipality[K]) : standard(own)[key];
    };
    return [{ code: own.code, name: field('name'), population: field('population') }];
  });
  if (read.length === 0) return read;
  const missing = region.filter((own) => !read.some((m) => m.code === own.code));
  for (const own of missing) repairs.push(`municipalities[${own.code}]`);
  // In the region's order, as the app lists them, the others after.
  return missing.length === 0 ? read : [...region.map((own) => read.find((m) => m.code === own.code) ?? standard(own)), ...read.filter((m) => !region.some((own) => own.code === m.code))];
}

export function restoreWorkspace(raw: unknown): RestoreResult {
  try {
    if (looksLikeV1(raw)) return restoreV2(migrateV1(raw));
    return restoreV2(raw);
  } catch {
    return { ok: false, reason: 'notAWorkspace' };
  }
}

function restoreV2(raw: unknown): RestoreResult {
  if (!isRecord(raw)) return { ok: false, reason: 'notAWorkspace' };
  if (typeof raw['schemaVersion'] === 'number' && raw['schemaVersion'] > SCHEMA_VERSION) return { ok: false, reason: 'newerVersion' };
  const region = raw['region'];
  if (typeof region !== 'string' || !(REGIONS as readonly string[]).includes(region)) return { ok: false, reason: 'notAWorkspace' };
  const repairs: string[] = [];
  const parsedId = v.safeParse(idSchema, raw['id']);
  const defaults = createWorkspace(region as RegionName, parsedId.success ? parsedId.output : undefined);
  if (raw['schemaVersion'] !== SCHEMA_VERSION) repairs.push('schemaVersion');

  const pick = <T>(key: string, schema: v.GenericSchema<unknown, T>, fallback: T): T => {
    const parsed = v.safeParse(schema, raw[key]);
    if (parsed.success) return parsed.output;
    repairs.push(key);
    return fallback;
  };
  const list = <T extends { id: string }>(key: string, schema: v.GenericSchema<unknown, T>, max: number, fallback: readonly T[]): readonly T[] => {
    const found = items(raw[key], schema, key, max, repairs);
    if (found === null) repairs.push(key);
    const unique = uniqueById(found ?? [], key, repairs);
    return unique.length > 0 ? unique : fallback;
  };

  const populationDate = pick('populationDate', isoDate, defaults.populationDate);
  const municipalities = (() => {
    const found = restoreMunicipalities(raw['municipalities'], defaults.municipalities, populationDate, repairs);
    const seen = new Set<string>();
    const unique = (found ?? []).filter((m) => !seen.has(m.code) && seen.add(m.code));
    if (unique.length === 0) repairs.push('municipalities');
    return unique.length > 0 ? unique : defaults.municipalities;
  })();
  const catalogue = list('catalogue', catalogueTaskSchema, LIMITS.catalogueTasks, defaults.catalogue);
  const political = list('political', politicalSchema, LIMITS.parts, defaults.political);
  const employers = list('employers', employerSchema, LIMITS.parts, defaults.employers);
  const hosts = list('hosts', hostSchema, LIMITS.parts, defaults.hosts);
  const funders = (Array.isArray(raw['funders']) ? uniqueById(items(raw['funders'], funderSchema, 'funders', LIMITS.funders, repairs) ?? [], 'funders', repairs) : (repairs.push('funders'), defaults.funders)).map((f) => {
    // A period that ends before it starts (the app allowed one before it checked) is read as the
    // same months in order: that is what was meant, and it is said aloud as a repair.
    if (!f.from || !f.to || compareYearMonth(f.to, f.from) >= 0) return f;
    repairs.push(`funders[${f.id}].to`);
    return { ...f, from: f.to, to: f.from };
  });
  const presets = (Array.isArray(raw['presets']) ? (items(raw['presets'], presetSchema, 'presets', LIMITS.parts, repairs) ?? []) : defaults.presets).filter(
    (p) => political.some((x) => x.id === p.political) && employers.some((x) => x.id === p.employer) && hosts.some((x) => x.id === p.host),
  );
  const criteriaFound = items(raw['criteria'], criterionSchema, 'criteria', CRITERIA.length, repairs) ?? [];
  const criteria = CRITERIA.map((c) => criteriaFound.find((x) => x.id === c) ?? { id: c, weight: 0 });

  const ids = {
    political: new Set(political.map((p) => p.id)),
    employer: new Set(employers.map((p) => p.id)),
    host: new Set(hosts.map((p) => p.id)),
    task: new Set(catalogue.map((t) => t.id)),
    funder: new Set(funders.map((f) => f.id)),
  };
  const scenarios: Scenario[] = uniqueById(restoreScenarios(raw['scenarios'], defaults.scenarios, repairs), 'scenarios', repairs).map((s) => {
    // References to parts that are gone point at the first part there is; that is a repair, said aloud.
    const anchoring = { ...s.anchoring };
    for (const [part, first] of [['political', political[0]!.id], ['employer', employers[0]!.id], ['host', hosts[0]!.id]] as const)
      if (!ids[part].has(anchoring[part])) {
        repairs.push(`scenarios[${s.id}].anchoring.${part}`);
        anchoring[part] = first;
      }
    const tasks = Object.fromEntries(Object.entries(s.tasks).filter(([taskId]) => ids.task.has(taskId) || (repairs.push(`scenarios[${s.id}].tasks.${taskId}`), false)));
    // A funder's amount in FTE is bounded as effort is: one over it refused the whole document.
    const fits = (funderId: string, amount: { high: number }) => funders.find((f) => f.id === funderId)?.unit !== 'fte' || amount.high <= LIMITS.effort;
    const funding = Object.fromEntries(
      Object.entries(s.funding).filter(([funderId, amount]) => (ids.funder.has(funderId) && fits(funderId, amount)) || (repairs.push(`scenarios[${s.id}].funding.${funderId}`), false)),
    );
    return { ...s, anchoring, tasks, funding };
  });
  if (scenarios.length === 0) return { ok: false, reason: 'noScenarios' };
  const baselineRaw = raw['baselineScenarioId'];
  const baselineScenarioId = typeof baselineRaw === 'string' && scenarios.some((s) => s.id === baselineRaw) ? baselineRaw : baselineRaw === null ? null : (repairs.push('baselineScenarioId'), null);

  const workspace: Workspace = {
    schemaVersion: SCHEMA_VERSION,
    id: parsedId.success ? parsedId.output : (repairs.push('id'), defaults.id),
    name: pick('name', text(LIMITS.workspaceName), defaults.name),
    region: region as RegionName,
    populationDate,
    populationSource: pick('populationSource', text(LIMITS.workspaceName), defaults.populationSource),
    municipalities,
    catalogue,
    political,
    employers,
    hosts,
    presets,
    funders,
    criteria,
    assumptions: pick('assumptions', assumptionsSchema, defaults.assumptions),
    scenarios,
    baselineScenarioId,
  };
  // The schema bounds every value; what validation could still find is a cross-reference.
  const issues = validateWorkspace(workspace);
  if (issues.length > 0) return { ok: false, reason: 'notAWorkspace' };
  return { ok: true, workspace, repairs };
}

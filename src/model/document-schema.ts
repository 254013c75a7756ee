/**
 * The workspace document (schema version 2) as valibot schemas, bounded by LIMITS: every number
 * finite, whole where it counts kroner or hundredths, in range; every string and list counted.
 * Files, stored records and share links all pass these same schemas on every load.
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { ALLOCATION_KINDS, CRITERIA, FUNDER_KINDS, REGIONS, TASK_CATEGORIES, type Workspace } from './types';

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const finite = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(60), v.regex(/^[\p{L}\p{N}_-]+$/u));
export const code = v.pipe(v.string(), v.minLength(1), v.maxLength(6), v.regex(/^\d+$/));
/** A calendar date, not only its shape: 2026-13-45 and 2026-02-30 are refused. */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= LIMITS.firstYear && d.getUTCFullYear() <= LIMITS.lastYear;
  }, 'not a calendar date'),
);

export const estimate = (max: number) =>
  v.pipe(
    v.object({ low: whole(0, max), central: whole(0, max), high: whole(0, max) }),
    v.check((e) => e.low <= e.central && e.central <= e.high, 'unordered range'),
  );
export const kroner = estimate(LIMITS.kroner);
export const effort = estimate(LIMITS.effort);

export const localText = (max: number) => v.object({ da: text(max), en: text(max) });
export const yearMonth = v.object({ year: whole(LIMITS.firstYear, LIMITS.lastYear), month: whole(1, 12) });

const seedDocument = v.picklist(['000', '001', '002', '003', '004'] as const);
export const source = v.variant('kind', [
  v.object({ kind: v.literal('seed'), document: seedDocument, quote: text(1000), note: v.optional(localText(600)) }),
  v.object({ kind: v.literal('assumption'), reason: localText(600) }),
  v.object({ kind: v.literal('data'), reason: localText(600) }),
  v.object({ kind: v.literal('user') }),
]);

const counted = <T extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: T, max: number) =>
  v.pipe(schema, v.check((o) => Object.keys(o as object).length <= max, 'too many entries'));

const scores = v.record(v.picklist(CRITERIA), finite(LIMITS.score.min, LIMITS.score.max));
const category = v.picklist(TASK_CATEGORIES);

export const municipalitySchema = v.object({ code, name: text(LIMITS.partName), population: whole(0, LIMITS.population) });

export const catalogueTaskSchema = v.object({
  id,
  name: localText(LIMITS.taskName),
  category,
  level: v.picklist([1, 2, 3, 4] as const),
  effort,
  activity: kroner,
  firstYear: v.nullable(whole(LIMITS.firstYear, LIMITS.lastYear)),
  source,
});

export const politicalSchema = v.object({ id, name: localText(LIMITS.partName), professionalLead: localText(300), scores });
export const employerSchema = v.object({
  id,
  kind: v.picklist(['brnSecretariat', 'kl', 'municipality', 'organisation'] as const),
  name: localText(LIMITS.partName),
  site: id,
  adminCost: kroner,
  adminSource: source,
  scores,
});
export const hostSchema = v.object({
  id,
  name: localText(LIMITS.partName * 2),
  site: id,
  rotation: v.pipe(v.array(code), v.maxLength(LIMITS.municipalities)),
  costPerFte: kroner,
  fixedCost: kroner,
  source,
  scores,
});
export const presetSchema = v.object({ id, name: localText(LIMITS.partName), political: id, employer: id, host: id, economy: localText(600), notes: localText(1200), source });

export const funderSchema = v.pipe(
  v.object({
    id,
    kind: v.picklist(FUNDER_KINDS),
    name: localText(LIMITS.partName),
    unit: v.picklist(['kr', 'fte'] as const),
    amount: kroner,
    from: v.nullable(yearMonth),
    to: v.nullable(yearMonth),
    approvedAmount: v.nullable(whole(0, LIMITS.kroner)),
    source,
  }),
  v.check((f) => f.unit === 'kr' || f.amount.high <= LIMITS.effort, 'too many FTE'),
);

export const criterionSchema = v.object({ id: v.picklist(CRITERIA), weight: finite(0, 100) });

export const assumptionsSchema = v.object({
  costPerFte: kroner,
  openingReserve: whole(0, LIMITS.kroner),
  vulnerableBelow: whole(0, LIMITS.effort),
  wageIndexation: finite(-LIMITS.indexation, LIMITS.indexation),
  priceIndexation: finite(-LIMITS.indexation, LIMITS.indexation),
  priceYear: whole(LIMITS.firstYear, LIMITS.lastYear),
});

const taskOverride = v.object({ on: v.optional(v.boolean()), effort: v.optional(effort), activity: v.optional(kroner) });
export const customTaskSchema = v.object({ id, name: text(LIMITS.taskName), category, on: v.boolean(), effort, activity: kroner });

export const allocationSchema = v.variant('kind', [
  v.object({ kind: v.literal('population') }),
  v.object({ kind: v.literal('equal') }),
  v.object({ kind: v.literal('mixed'), equalPercent: finite(0, LIMITS.percent) }),
  v.object({ kind: v.literal('custom'), weights: counted(v.record(code, finite(0, LIMITS.weight)), LIMITS.municipalities) }),
]);
// Keeps the picklist in step with the type.
void ALLOCATION_KINDS;

const yearKey = v.pipe(v.string(), v.regex(/^\d{4}$/));
/**
 * A scenario's keyed parts entry by entry, and its lists item by item: a repair keeps each one
 * that reads (restore.ts).
 */
export const scenarioParts = {
  tasks: { key: id, value: taskOverride, max: LIMITS.catalogueTasks },
  funding: { key: id, value: kroner, max: LIMITS.funders },
  reserveDrawdown: { key: yearKey, value: whole(0, LIMITS.kroner), max: LIMITS.years },
} as const;
const keyed = <K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(part: { key: K; value: V; max: number }) => counted(v.record(part.key, part.value), part.max);

/** A scenario's fields, each readable on its own: a repair keeps every one that reads (restore.ts). */
export const scenarioFields = v.object({
  id,
  name: text(LIMITS.scenarioName),
  ambitionLevel: v.picklist([1, 2, 3, 4] as const),
  tasks: keyed(scenarioParts.tasks),
  customTasks: v.pipe(v.array(customTaskSchema), v.maxLength(LIMITS.customTasks)),
  anchoring: v.object({ political: id, employer: id, host: id }),
  staffing: v.nullable(effort),
  costPerFte: v.nullable(kroner),
  funding: keyed(scenarioParts.funding),
  reserveDrawdown: keyed(scenarioParts.reserveDrawdown),
  allocation: allocationSchema,
  start: yearMonth,
  end: yearMonth,
});

export const scenarioSchema = v.pipe(
  scenarioFields,
  v.check((s) => s.end.year * 12 + s.end.month >= s.start.year * 12 + s.start.month, 'ends before it starts'),
  v.check((s) => (s.end.year - s.start.year) * 12 + (s.end.month - s.start.month) < LIMITS.years * 12, 'too long'),
);

const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) => v.pipe(v.array(item), v.minLength(min), v.maxLength(max));

export const workspaceSchema = v.object({
  schemaVersion: v.literal(2),
  id,
  name: text(LIMITS.workspaceName),
  region: v.picklist(REGIONS),
  populationDate: isoDate,
  populationSource: text(LIMITS.workspaceName),
  municipalities: list(municipalitySchema, LIMITS.municipalities, 1),
  catalogue: list(catalogueTaskSchema, LIMITS.catalogueTasks),
  political: list(politicalSchema, LIMITS.parts, 1),
  employers: list(employerSchema, LIMITS.parts, 1),
  hosts: list(hostSchema, LIMITS.parts, 1),
  presets: list(presetSchema, LIMITS.parts),
  funders: list(funderSchema, LIMITS.funders),
  criteria: list(criterionSchema, CRITERIA.length),
  assumptions: assumptionsSchema,
  scenarios: list(scenarioSchema, LIMITS.scenarios, 1),
  baselineScenarioId: v.nullable(id),
});

// What the schema accepts is a Workspace: a field the types need and the schema forgot fails here.
type SchemaWorkspace = v.InferOutput<typeof workspaceSchema>;
/** @public A compile-time check: the schema's output is the Workspace type. */
export const schemaMatchesTypes: SchemaWorkspace extends Workspace ? true : false = true;

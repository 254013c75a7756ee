/**
 * What a snapshot from outside (a link, a file) may contain. Everything is bounded: numbers
 * finite and in range, strings short, records and arrays counted, keys from known sets.
 * The model's own validation runs after this on the restored workspace.
 */
import * as v from 'valibot';
import { CRITERIA, REGIONS } from '../model';

export const LIMITS = { scenarios: 50, years: 30, tasks: 100, municipalities: 120, name: 80, workspaceName: 120 } as const;

const amount = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));
const MAX_KR = 1e10;

const estimate = (max: number) =>
  v.union([
    amount(max),
    v.pipe(
      v.tuple([amount(max), amount(max), amount(max)]),
      v.check(([low, high, central]) => low <= central && central <= high, 'unordered range'),
    ),
  ]);

const id = v.pipe(v.string(), v.maxLength(60), v.regex(/^[A-Za-z0-9_-]+$/));
const code = v.pipe(v.string(), v.maxLength(6), v.regex(/^\d+$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const counted = <T extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: T, max: number) =>
  v.pipe(schema, v.check((o) => Object.keys(o as object).length <= max, 'too many entries'));

const criterion = v.picklist(CRITERIA);
const level = v.picklist([1, 2, 3, 4] as const);

const scenarioDiff = v.object({
  l: level,
  n: v.optional(text(LIMITS.name)),
  t: v.optional(counted(v.record(id, v.picklist([0, 1] as const)), LIMITS.tasks)),
  a: v.optional(v.picklist(['brn', 'kkr', 'crossMunicipal'] as const)),
  o: v.optional(v.picklist(['hostInKind', 'otherMunicipality', 'rotating'] as const)),
  st: v.optional(estimate(1_000)),
  c: v.optional(estimate(MAX_KR)),
  g: v.optional(estimate(MAX_KR)),
  rg: v.optional(estimate(MAX_KR)),
  e: v.optional(estimate(MAX_KR)),
  dd: v.optional(v.pipe(v.array(amount(MAX_KR)), v.maxLength(LIMITS.years))),
  k: v.optional(
    v.union([
      v.literal('e'),
      v.tuple([v.literal('m'), amount(100)]),
      v.tuple([v.literal('c'), counted(v.record(code, amount(1e9)), LIMITS.municipalities)]),
    ]),
  ),
  y: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
  h: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.years))),
  sm: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
});

export const snapshotSchema = v.object({
  r: v.picklist(REGIONS),
  d: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  n: v.optional(text(LIMITS.workspaceName)),
  b: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(LIMITS.scenarios))),
  p: v.optional(counted(v.record(code, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000))), LIMITS.municipalities)),
  t: v.optional(counted(v.record(id, v.object({ f: v.optional(estimate(1_000)), c: v.optional(estimate(MAX_KR)) })), LIMITS.tasks)),
  a: v.optional(
    v.object({
      c: v.optional(estimate(MAX_KR)),
      x: v.optional(estimate(MAX_KR)),
      r: v.optional(amount(MAX_KR)),
      v: v.optional(amount(1_000)),
    }),
  ),
  m: v.optional(
    v.record(
      v.picklist(['brn', 'kkr', 'crossMunicipal'] as const),
      v.object({ o: v.optional(estimate(MAX_KR)), s: v.optional(v.record(criterion, v.pipe(v.number(), v.minValue(1), v.maxValue(5)))) }),
    ),
  ),
  lo: v.optional(v.record(v.picklist(['hostInKind', 'otherMunicipality', 'rotating'] as const), v.object({ p: v.optional(estimate(MAX_KR)), x: v.optional(estimate(MAX_KR)) }))),
  w: v.optional(v.record(criterion, v.pipe(v.number(), v.minValue(0), v.maxValue(100)))),
  s: v.pipe(v.array(scenarioDiff), v.minLength(1), v.maxLength(LIMITS.scenarios)),
});

/**
 * A document's scenarios on restore: each that passes the schema as it is, each recognisable one
 * that does not repaired field by field, the rest dropped; every repair reported (restore.ts).
 */
import * as v from 'valibot';
import { customTaskSchema, id as idSchema, scenarioFields, scenarioParts, scenarioSchema } from './document-schema';
import { LIMITS } from './limits';
import { isRecord, items, uniqueById } from './restore-lists';
import type { Scenario } from './types';

/** The fields a repair may take from the default: all but the id and the name (11). */
const REPAIRABLE = Object.keys(scenarioFields.entries).length - 2;

/**
 * A scenario that fails the schema but is recognisable (its id and name read), repaired field by
 * field: each field that reads is kept, and of its keyed parts (tasks, funding, reserve drawn)
 * and its own tasks each entry that reads; the rest is the region's default scenario's of its
 * level, and a period that cannot be is that scenario's too. Each repair is reported. Dropped
 * whole, one negative amount in Niveau 2's funding lost all of Niveau 2 (a data-safety probe).
 * Null where it is not recognisable, where more than half the fields it could be repaired in had
 * to be the default's, or where the repair still fails: it is dropped.
 */
function repairScenario(item: unknown, defaults: readonly Scenario[], repairs: string[]): Scenario | null {
  if (!isRecord(item)) return null;
  const id = v.safeParse(idSchema, item['id']);
  if (!id.success || !v.safeParse(scenarioFields.entries.name, item['name']).success) return null;
  const level = v.safeParse(scenarioFields.entries.ambitionLevel, item['ambitionLevel']);
  // Of its level, or Niveau 3, today's level, where the level itself is unreadable.
  const standard = defaults.find((s) => s.ambitionLevel === (level.success ? level.output : 3)) ?? defaults[0]!;
  const said = (what: string) => repairs.push(`scenarios[${id.output}].${what}`);
  let replaced = 0;
  const field = <K extends keyof typeof scenarioFields.entries>(key: K): Scenario[K] => {
    const parsed = v.safeParse(scenarioFields.entries[key], item[key]);
    if (parsed.success) return parsed.output as Scenario[K];
    said(key);
    replaced++;
    return standard[key];
  };
  // A keyed part or a list with entries, none of which reads, counts as replaced too.
  const keyed = <K extends keyof typeof scenarioParts>(key: K): Scenario[K] => {
    const raw = item[key];
    if (!isRecord(raw)) return field(key);
    const part = scenarioParts[key];
    const entries = Object.entries(raw);
    const kept = entries.filter(([k, value]) => (v.safeParse(part.key, k).success && v.safeParse(part.value, value).success) || (said(`${key}.${k}`), false));
    if (kept.length === 0 && entries.length > 0) replaced++;
    if (kept.length > part.max) said(`${key}: ${kept.length - part.max}`);
    return Object.fromEntries(kept.slice(0, part.max)) as Scenario[K];
  };
  const ownTasks = (): Scenario['customTasks'] => {
    const raw = item['customTasks'];
    if (!Array.isArray(raw)) return field('customTasks');
    const read = uniqueById(items(raw, customTaskSchema, `scenarios[${id.output}].customTasks`, LIMITS.customTasks, repairs)!, `scenarios[${id.output}].customTasks`, repairs);
    if (read.length === 0 && raw.length > 0) replaced++;
    return read;
  };
  const repaired: Scenario = {
    id: id.output,
    name: field('name'),
    ambitionLevel: field('ambitionLevel'),
    tasks: keyed('tasks'),
    customTasks: ownTasks(),
    anchoring: field('anchoring'),
    staffing: field('staffing'),
    costPerFte: field('costPerFte'),
    funding: keyed('funding'),
    reserveDrawdown: keyed('reserveDrawdown'),
    allocation: field('allocation'),
    start: field('start'),
    end: field('end'),
  };
  const periodRead = v.safeParse(scenarioSchema, repaired).success;
  if (!periodRead) {
    said('period');
    replaced++;
  }
  // Most of it the default's: no longer the scenario it was. Its id and name always read.
  if (replaced > REPAIRABLE / 2) return null;
  if (periodRead) return repaired;
  const withPeriod = { ...repaired, start: standard.start, end: standard.end };
  return v.safeParse(scenarioSchema, withPeriod).success ? withPeriod : null;
}

/** Each scenario as it is, or repaired (repairScenario), or dropped and reported by position. */
export const restoreScenarios = (raw: unknown, defaults: readonly Scenario[], repairs: string[]): Scenario[] =>
  items(raw, scenarioSchema, 'scenarios', LIMITS.scenarios, repairs, (item, said) => repairScenario(item, defaults, said)) ?? [];

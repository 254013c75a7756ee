/**
 * The lists a restore reads item by item (restore.ts, restore-scenarios.ts): each item that
 * passes its schema kept, the others and the duplicates reported.
 */
import * as v from 'valibot';

export const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Each item that passes the schema, the others reported by position; `repair`, where given, may
 * mend an item that does not pass, saying what it did (or give null: it is dropped).
 */
export function items<T>(raw: unknown, schema: v.GenericSchema<unknown, T>, field: string, max: number, repairs: string[], repair?: (item: unknown, said: string[]) => T | null): T[] | null {
  if (!Array.isArray(raw)) return null;
  const out: T[] = [];
  raw.slice(0, max).forEach((item, i) => {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) return void out.push(parsed.output);
    const said: string[] = [];
    const repaired = repair?.(item, said) ?? null;
    if (repaired) out.push(repaired);
    repairs.push(...(repaired ? said : [`${field}[${i}]`]));
  });
  if (raw.length > max) repairs.push(`${field}: ${raw.length - max}`);
  return out;
}

export function uniqueById<T extends { id: string }>(list: readonly T[], field: string, repairs: string[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    if (seen.has(x.id)) {
      repairs.push(`${field}[${x.id}]`);
      return false;
    }
    seen.add(x.id);
    return true;
  });
}

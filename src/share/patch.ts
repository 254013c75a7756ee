/**
 * A structural difference between two JSON documents, small enough for a link: only what
 * differs travels. Objects differ key by key ("~" lists removed keys); lists of objects with an
 * `id` differ item by item ({"=": id, …changes} for an item the baseline has, {"+": item} for a
 * new one), so five scenarios with two edits cost two edits; other values are replaced whole.
 * `applyPatch` is total: whatever shape a hostile patch has, it returns plain JSON data for the
 * workspace restore to check, never throws and never touches a prototype.
 * Items are known by their `id`, or by `code` for municipalities.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (x: unknown): x is Record<string, Json> => !!x && typeof x === 'object' && !Array.isArray(x);
type Keyed = Record<string, Json>;
const KEYS = ['id', 'code'] as const;
/** The key a list's items are known by, if every item has one. */
const keyOf = (list: unknown): (typeof KEYS)[number] | null =>
  Array.isArray(list) && list.length > 0 ? (KEYS.find((k) => list.every((x) => isObject(x) && typeof x[k] === 'string')) ?? null) : null;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function diff(base: unknown, value: unknown): Json | undefined {
  if (same(base, value)) return undefined;
  const key = keyOf(base);
  if (key && Array.isArray(value) && (value.length === 0 || keyOf(value) === key)) {
    const list = base as Keyed[];
    const position = new Map(list.map((item, i) => [item[key], i]));
    const out: Json[] = [];
    let cursor = 0;
    for (const item of value as Keyed[]) {
      const at = position.get(item[key]!);
      const change = at === undefined ? undefined : diff(list[at], item);
      const last = out[out.length - 1];
      // A run of unchanged items in the baseline's own order is written as a count.
      if (at === cursor && change === undefined) out.splice(out.length - (typeof last === 'number' ? 1 : 0), 1, typeof last === 'number' ? last + 1 : 1);
      else if (at === undefined) out.push({ '+': item });
      else out.push({ '=': item[key]!, ...(isObject(change) ? change : {}) });
      if (at !== undefined) cursor = at + 1;
    }
    return { '#': out };
  }
  if (isObject(base) && isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value)) {
      const d = diff(base[key], v);
      if (d !== undefined) out[key] = d;
    }
    const removed = Object.keys(base).filter((k) => !(k in value));
    if (removed.length) out['~'] = removed;
    return out;
  }
  return value as Json;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function applyPatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  const key = keyOf(base);
  if (key && isObject(patch) && Array.isArray(patch['#'])) {
    const list = base as Keyed[];
    const position = new Map(list.map((item, i) => [item[key], i]));
    let cursor = 0;
    return patch['#'].flatMap((entry): unknown[] => {
      if (typeof entry === 'number') {
        const run = list.slice(cursor, cursor + Math.max(0, Math.min(entry, list.length)));
        cursor += run.length;
        return run;
      }
      if (!isObject(entry)) return [];
      if ('+' in entry) return [entry['+']];
      const at = typeof entry['='] === 'string' ? position.get(entry['=']) : undefined;
      if (at === undefined) return [];
      cursor = at + 1;
      const { '=': _id, ...change } = entry;
      return [applyPatch(list[at], change)];
    });
  }
  if (isObject(patch) && isObject(base)) {
    const out: Record<string, unknown> = Object.create(null);
    const removed = new Set(Array.isArray(patch['~']) ? patch['~'].filter((k) => typeof k === 'string') : []);
    for (const [key, v] of Object.entries(base)) if (!removed.has(key) && !FORBIDDEN.has(key)) out[key] = v;
    for (const [key, v] of Object.entries(patch)) if (key !== '~' && !FORBIDDEN.has(key)) out[key] = applyPatch(base[key], v);
    return { ...out };
  }
  return patch;
}

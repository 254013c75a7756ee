/**
 * Reading values the way Danish users type them: "1.250.000", "1,25 mio.", "850 t.kr.",
 * "1 250 000", "12,5 %", ranges in any natural form ("1–2 mio.", "0-200.000", "0 til 500.000",
 * "1,2 mio.–1,5 mio.", "1.200.000 kr.–1.500.000 kr."), a central value in brackets
 * ("450.000–575.000 (500.000)"), and dates ("1. januar 2026", "1.1.2026", "2026-01-01").
 * English entry is read when the UI is in English. A refusal says why, so the message can.
 */
import { LIMITS, type Estimate, type Lang, type YearMonth } from '../model';
import { monthNames, type ValueKind } from './number-format';

export type ParseError = 'notANumber' | 'notWhole' | 'negative' | 'tooLarge' | 'unordered' | 'centralOutside' | 'notADate' | 'notAMonth';
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ParseError };

const fail = <T>(error: ParseError): Parsed<T> => ({ ok: false, error });

const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/(mia\.?|milliard(er)?|bn|mrd\.?)$/, 1_000_000_000],
  [/(mio\.?|millioner|million|mill?\.?|m)$/, 1_000_000],
  [/(t\.?|tusind|k)$/, 1_000],
];

/** The bare number part: separators resolved by language and by the shape of the groups. */
function parseBare(text: string, lang: Lang): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark, and the other may only group.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [head = '', tail = ''] = [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)];
    if (head.includes(decimal) || !head.split(group).slice(1).every((p) => p.length === 3) || /[.,]/.test(tail)) return null;
    s = `${head.split(group).join('')}.${tail}`;
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (mark) {
      const parts = s.split(mark);
      const languageGroup = lang === 'da' ? '.' : ',';
      // "1.250" is 1250 in Danish; "1,250" is 1250 in English. A single mark with other than
      // three digits after it is a decimal mark in either language.
      const looksGrouped = parts.slice(1).every((p) => p.length === 3) && parts[0] !== '' && !/^[+-]?0$/.test(parts[0]!);
      if (parts.length > 2) {
        if (!looksGrouped) return null;
        s = parts.join('');
      } else if (looksGrouped && mark === languageGroup) s = parts.join('');
      else s = parts.join('.');
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

interface Amount {
  readonly value: number;
  readonly multiplier: number | null;
}

function parseAmount(raw: string, lang: Lang, kind: ValueKind): Amount | null {
  let s = raw.trim().toLowerCase();
  // The field's own unit may be written out: "2,5 årsværk", "3 FTE".
  if (kind === 'fte') s = s.replace(/(årsværk|fte|åv\.?)$/, '').trim();
  else {
    s = s.replace(/(kr\.?|dkk|kroner)$/, '').trim();
    s = s.replace(/^(kr\.?|dkk)/, '').trim();
  }
  let multiplier: number | null = null;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(s)) {
      s = s.replace(pattern, '').trim();
      multiplier = factor;
      break;
    }
  }
  // "t.kr." leaves "t." after the kroner are gone; "850 t" is a thousand too.
  const value = parseBare(s, lang);
  return value === null ? null : { value, multiplier };
}

/** A range uses an en dash, "til"/"to", "..", or a hyphen after the first number. */
const RANGE = /^(.*?\d.*?)\s*(?:–|—|\.\.|\s+til\s+|\s+to\s+|-)\s*(.*\d.*)$/;
const CENTRAL = /^(.*\S)\s*\(([^()]*)\)$/;

/** Numbers of a kind: kroner are whole, FTE are read in årsværk and kept in hundredths. */
function toUnits(value: number, kind: ValueKind): number {
  return kind === 'fte' ? Math.round(value * 100) : Math.round(value);
}
const MAX: Record<ValueKind, number> = { kr: LIMITS.kroner, fte: LIMITS.effort };

function checkUnits(units: number, kind: ValueKind): ParseError | null {
  if (units < 0) return 'negative';
  if (units > MAX[kind]) return 'tooLarge';
  return null;
}

/** A point or a range of kroner or FTE; a bare "1,5" in a kroner field stays 1,5 kr. (the UI asks). */
export function parseEstimate(text: string, kind: ValueKind, lang: Lang): Parsed<Estimate> {
  // "ca. 200.000": every figure here is an estimate already; the word adds nothing to read.
  let s = text.trim().replace(/^(ca\.?|cirka|omkring|approx\.?|about|around)\s+/i, '');
  if (s === '') return fail('notANumber');
  let central: Amount | null = null;
  const withCentral = CENTRAL.exec(s);
  if (withCentral) {
    central = parseAmount(withCentral[2]!, lang, kind);
    if (!central) return fail('notANumber');
    s = withCentral[1]!;
  }
  const range = RANGE.exec(s);
  if (range && !/^[+-]/.test(s)) {
    const low = parseAmount(range[1]!, lang, kind);
    const high = parseAmount(range[2]!, lang, kind);
    if (!low || !high) return fail('notANumber');
    // "1,2–1,5 mio." — a unit written once applies to both ends.
    const highFactor = high.multiplier ?? low.multiplier ?? 1;
    const lowFactor = low.multiplier ?? highFactor;
    const a = toUnits(low.value * lowFactor, kind);
    const b = toUnits(high.value * highFactor, kind);
    const error = checkUnits(a, kind) ?? checkUnits(b, kind);
    if (error) return fail(error);
    if (a > b) return fail('unordered');
    // "1,2–1,5 mio. (1,3)": a bare central value takes the range's unit too.
    const c = central === null ? Math.round((a + b) / 2) : toUnits(central.value * (central.multiplier ?? highFactor), kind);
    if (c < a || c > b) return fail('centralOutside');
    return { ok: true, value: { low: a, central: c, high: b } };
  }
  if (central !== null) return fail('notANumber');
  const single = parseAmount(s, lang, kind);
  if (!single) return fail('notANumber');
  const units = toUnits(single.value * (single.multiplier ?? 1), kind);
  const error = checkUnits(units, kind);
  if (error) return fail(error);
  return { ok: true, value: { low: units, central: units, high: units } };
}

/** A single whole number of kroner or people: "1,7" inhabitants is refused, not rounded to 2. */
export function parseWhole(text: string, lang: Lang, max: number = LIMITS.kroner): Parsed<number> {
  const r = parseEstimate(text, 'kr', lang);
  if (!r.ok) return r;
  const a = parseAmount(text, lang, 'kr');
  if (a && !Number.isInteger(Math.round(a.value * (a.multiplier ?? 1) * 1e6) / 1e6)) return fail('notWhole');
  if (r.value.low !== r.value.high) return fail('notANumber');
  if (r.value.central > max) return fail('tooLarge');
  return { ok: true, value: r.value.central };
}

/** A percentage with up to two decimals ("12,5 %" → 12.5), within min–max. */
export function parsePercent(text: string, lang: Lang, min = 0, max = 100): Parsed<number> {
  const s = text.trim().replace(/%$/, '').trim();
  const a = parseAmount(s, lang, 'kr');
  if (!a || a.multiplier !== null) return fail('notANumber');
  const value = Math.round(a.value * 100) / 100;
  if (value < min) return fail(min >= 0 ? 'negative' : 'tooLarge');
  if (value > max) return fail('tooLarge');
  return { ok: true, value };
}

/** A plain non-negative number with up to two decimals (a weight). */
export function parseDecimal(text: string, lang: Lang, max: number): Parsed<number> {
  const a = parseAmount(text, lang, 'kr');
  if (!a) return fail('notANumber');
  const value = Math.round(a.value * (a.multiplier ?? 1) * 100) / 100;
  if (value < 0) return fail('negative');
  if (value > max) return fail('tooLarge');
  return { ok: true, value };
}

const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < LIMITS.firstYear || y > LIMITS.lastYear) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

function monthFromName(name: string, lang: Lang): number | null {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  if (wanted.length < 3) return null;
  for (const l of [lang, lang === 'da' ? 'en' : 'da'] as const) {
    const i = monthNames(l).findIndex((m) => m.toLowerCase().startsWith(wanted));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** A calendar date: "1. januar 2026", "1 January 2026", "1.1.2026", "01-01-2026", "2026-01-01". */
export function parseDate(text: string, lang: Lang): Parsed<string> {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return wrapDate(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return wrapDate(iso(Number(m[3]), Number(m[2]), Number(m[1])));
  m = /^(\d{1,2})\.?\s+([\p{L}.]+)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthFromName(m[2]!, lang);
    return wrapDate(month ? iso(Number(m[3]), month, Number(m[1])) : null);
  }
  return fail('notADate');
}
const wrapDate = (value: string | null): Parsed<string> => (value ? { ok: true, value } : fail('notADate'));

/** A month of a year: "juli 2023", "jul. 2023", "7/2023", "07-2023", "2023-07". */
const dayOk = (day: string): boolean => Number(day) >= 1 && Number(day) <= 31;

export function parseYearMonth(text: string, lang: Lang): Parsed<YearMonth> {
  const s = text.trim();
  let year: number | null = null;
  let month: number | null = null;
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (m) [year, month] = m[3] && !dayOk(m[3]) ? [null, null] : [Number(m[1]), Number(m[2])];
  // A date where a month is asked, as Danes write it ("1/7-2026", "1.7.2026"): its month.
  else if ((m = /^(\d{1,2})[./-](\d{1,2})[./ -](\d{4})$/.exec(s))) [month, year] = dayOk(m[1]!) ? [Number(m[2]), Number(m[3])] : [null, null];
  else if ((m = /^(\d{1,2})[./-](\d{4})$/.exec(s))) [month, year] = [Number(m[1]), Number(m[2])];
  else if ((m = /^([\p{L}.]+)\s+(\d{4})$/u.exec(s))) [month, year] = [monthFromName(m[1]!, lang), Number(m[2])];
  if (year === null || month === null || month < 1 || month > 12 || year < LIMITS.firstYear || year > LIMITS.lastYear) return fail('notAMonth');
  return { ok: true, value: { year, month } };
}

/**
 * Reading numbers the way Danish users type them in a cell: "1.250.000", "1,25 mio.",
 * "850 t.kr.", "1 250 000", "12,5 %", and ranges "1,2–1,5 mio.". English entry
 * ("1,250,000", "1.25m") is read when the UI is in English.
 */
import { span, type Estimate, type Lang } from '../model';

export type ParseResult = { readonly ok: true; readonly value: Estimate } | { readonly ok: false };

const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/(mia\.?|bn|mrd\.?)$/, 1_000_000_000],
  [/(mio\.?|mill?\.?|m)$/, 1_000_000],
  [/(t\.?|tusind|k)$/, 1_000],
];

/** The bare number part: separators resolved by language and by the shape of the groups. */
function parseBare(text: string, lang: Lang): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (mark) {
      const parts = s.split(mark);
      const looksGrouped = parts.length > 2 || (parts.slice(1).every((p) => p.length === 3) && parts[0] !== '' && parts[0] !== '0');
      const languageGroup = lang === 'da' ? '.' : ',';
      // "1.250" is 1250 in Danish; "1,250" is 1250 in English. A single mark with other than
      // three digits after it is a decimal mark in either language.
      if (parts.length > 2) {
        if (!parts.slice(1).every((p) => p.length === 3)) return null;
        s = parts.join('');
      } else if (looksGrouped && mark === languageGroup) s = parts.join('');
      else s = parts.join('.');
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

function parseAmount(raw: string, lang: Lang): { value: number; multiplier: number | null } | null {
  let s = raw.trim().toLowerCase();
  s = s.replace(/(kr\.?|dkk)$/, '').trim();
  s = s.replace(/^(kr\.?|dkk)/, '').trim();
  let multiplier: number | null = null;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(s)) {
      s = s.replace(pattern, '').trim();
      multiplier = factor;
      break;
    }
  }
  const value = parseBare(s, lang);
  return value === null ? null : { value, multiplier };
}

/** Parses a number or a range; `percent` reads "12,5 %" as 12.5. */
export function parseEstimate(text: string, lang: Lang): ParseResult {
  const s = text.trim().replace(/%$/, '').trim();
  if (s === '') return { ok: false };
  // A range uses an en dash, or a hyphen between two numbers ("1,2-1,5 mio.").
  const rangeMatch = s.match(/^(.+?\d\S*)\s*(?:–|—|-|\.\.|til|to)\s*(\d.*)$/);
  if (rangeMatch) {
    const low = parseAmount(rangeMatch[1]!, lang);
    const high = parseAmount(rangeMatch[2]!, lang);
    if (!low || !high) return { ok: false };
    // "1,2–1,5 mio." — the unit written once applies to both ends.
    const highFactor = high.multiplier ?? low.multiplier ?? 1;
    const lowFactor = low.multiplier ?? highFactor;
    const a = low.value * lowFactor;
    const b = high.value * highFactor;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return { ok: false };
    return { ok: true, value: span(a, b) };
  }
  const single = parseAmount(s, lang);
  if (!single) return { ok: false };
  const value = single.value * (single.multiplier ?? 1);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: { low: value, central: value, high: value } };
}

/** A single number (not a range). */
export function parseNumber(text: string, lang: Lang): number | null {
  const r = parseEstimate(text, lang);
  return r.ok && r.value.low === r.value.high ? r.value.central : null;
}

/**
 * Turning what a user types into a cell into a command, or into a refusal that says why — the
 * same for typing, pasting and the fields outside the grid. No domain rule lives here: the
 * parse is i18n's, the command the model's; this file only pairs them per kind of entry.
 */
import type { I18n, MessageKey } from '../../i18n/i18n';
import { formatKr, formatNumber } from '../../i18n/number-format';
import { parseDecimal, parseEstimate, parsePercent, parseWhole, parseYearMonth, type ParseError } from '../../i18n/number-parse';
import { LIMITS, type Estimate, type YearMonth } from '../../model';

export type EntryUnit = 'kr' | 'fte' | 'percent' | 'count' | 'month' | 'date' | 'text' | 'choice';

export type Refusal =
  /** `max`: the field's own bound, when it is not the model's general one (10 mia. kr., 1.000 FTE). */
  | { readonly kind: 'parse'; readonly error: ParseError; readonly unit: EntryUnit; readonly text: string; readonly max?: number }
  | { readonly kind: 'readOnly' }
  | { readonly kind: 'notHere'; readonly reason: MessageKey }
  | { readonly kind: 'rule'; readonly reason: MessageKey }
  /** An amount implausibly small for its row: "1,5" as a base grant probably means 1,5 mio. */
  | { readonly kind: 'suggest'; readonly text: string; readonly suggestion: Estimate };

export type Entry<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

const refuse = <T>(refusal: Refusal): Entry<T> => ({ ok: false, refusal });

/** An amount or a range; `plausibleFrom` is the smallest yearly amount the row can mean. */
export function readEstimate(text: string, unit: 'kr' | 'fte', i18n: I18n, plausibleFrom = 0): Entry<Estimate> {
  const r = parseEstimate(text, unit, i18n.lang());
  if (!r.ok) return refuse({ kind: 'parse', error: r.error, unit, text });
  const e = r.value;
  const bare = !/mio|mia|t\.|tkr|tusind|kr/i.test(text);
  if (unit === 'kr' && bare && e.high > 0 && e.high < Math.min(plausibleFrom, 1000)) {
    const decimal = parseEstimate(text.replace(/(\d)$/, '$1 mio.'), 'kr', i18n.lang());
    if (decimal.ok && decimal.value.high <= LIMITS.kroner) return refuse({ kind: 'suggest', text, suggestion: decimal.value });
  }
  return { ok: true, value: e };
}

export function readPercent(text: string, i18n: I18n, min = 0, max = 100): Entry<number> {
  const r = parsePercent(text, i18n.lang(), min, max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'percent', text, max });
}

/** A whole number of people (a population). */
export function readWhole(text: string, i18n: I18n, max: number): Entry<number> {
  const r = parseWhole(text, i18n.lang(), max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'count', text, max });
}

/** A non-negative number with up to two decimals (a weight). */
export function readDecimal(text: string, i18n: I18n, max: number): Entry<number> {
  const r = parseDecimal(text, i18n.lang(), max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'count', text, max });
}

export function readMonth(text: string, i18n: I18n): Entry<YearMonth> {
  const r = parseYearMonth(text, i18n.lang());
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'month', text });
}

const EXAMPLES: Record<EntryUnit, MessageKey> = {
  kr: 'exampleKr',
  fte: 'exampleFte',
  percent: 'examplePercent',
  count: 'exampleCount',
  month: 'exampleMonth',
  date: 'exampleDate',
  text: 'exampleText',
  choice: 'exampleChoice',
};

const ERRORS: Record<ParseError, MessageKey> = {
  notANumber: 'entryNotANumber',
  negative: 'entryNegative',
  tooLarge: 'entryTooLarge',
  unordered: 'entryUnordered',
  centralOutside: 'entryCentralOutside',
  notADate: 'entryNotADate',
  notAMonth: 'entryNotAMonth',
};

/** The largest value the field takes, as the message names it. */
function maxText(refusal: { readonly unit: EntryUnit; readonly max?: number }, lang: 'da' | 'en'): string {
  if (refusal.unit === 'fte') return '1.000';
  if (refusal.max === undefined || refusal.max === LIMITS.kroner) return lang === 'da' ? '10 mia.' : '10 bn';
  return `${formatNumber(refusal.max, lang)}${refusal.unit === 'percent' ? ' %' : ''}`;
}

/** A refusal in the user's words, with an example of what would be accepted. */
export function refusalMessage(refusal: Refusal, row: string, i18n: I18n): string {
  const { t, lang } = i18n;
  switch (refusal.kind) {
    case 'readOnly':
      return t('cellReadOnly', { row });
    case 'notHere':
    case 'rule':
      return t(refusal.reason, { row });
    case 'suggest':
      return t('entrySuggest', { text: refusal.text, suggestion: formatKr(refusal.suggestion.central, lang()) });
    case 'parse':
      return `${t(ERRORS[refusal.error], { text: refusal.text, row, max: maxText(refusal, lang()) })} ${t(EXAMPLES[refusal.unit])}`;
  }
}

/**
 * Turning what a user types into a cell into a command, or into a refusal that says why — the
 * same for typing, pasting and the fields outside the grid. No domain rule lives here: the
 * parse is i18n's, the command the model's; this file only pairs them per kind of entry.
 */
import { labelInSentence, type I18n, type MessageKey } from '../../i18n/i18n';
import { formatEstimate, formatNumber, formatPercent } from '../../i18n/number-format';
import { parseDecimal, parseEstimate, parsePercent, parseWhole, parseYearMonth, type ParseError } from '../../i18n/number-parse';
import { LIMITS, plausiblePopulation, type Estimate, type ValidationIssue, type YearMonth } from '../../model';
import type { Plausible } from './plausible';
import '../../i18n/strings-da-later';

export type EntryUnit = 'kr' | 'fte' | 'percent' | 'rate' | 'weight' | 'score' | 'count' | 'samples' | 'perInhabitant' | 'month' | 'date' | 'text' | 'choice';

export type Refusal =
  /** `max`: the field's own bound, when it is not the model's general one (10 mia. kr., 1.000 FTE). */
  | { readonly kind: 'parse'; readonly error: ParseError; readonly unit: EntryUnit; readonly text: string; readonly max?: number }
  | { readonly kind: 'readOnly' }
  | { readonly kind: 'notHere'; readonly reason: MessageKey }
  /** `unit`: a general rule's message ends with an example of the field's entries. */
  | { readonly kind: 'rule'; readonly reason: MessageKey; readonly unit?: EntryUnit; readonly params?: Readonly<Record<string, string | number>> }
  /**
   * An amount outside what is plausible for its field: asked about once, never refused. `scaled`:
   * a bare "1,5" as a base grant probably means 1,5 mio. (`value` is that); `small` and `large`:
   * the typed value itself, to be confirmed; `dropsRange`: one figure typed over a range (`was`),
   * which would end its uncertainty (`shared`: a range the cell followed, shared by the scenarios,
   * which stays theirs). `enter` is what a second Enter commits, taken as meant.
   */
  | { readonly kind: 'implausible'; readonly why: 'scaled' | 'small' | 'large' | 'dropsRange'; readonly text: string; readonly unit: 'kr' | 'fte'; readonly value: Estimate; readonly enter: string; readonly was?: Estimate; readonly shared?: boolean }
  /**
   * A yearly rate outside what is plausible (PLAUSIBLE_RATE), or a share under 1 %: asked about
   * once. `guess`: "0,02" probably means 2 % (a fraction for a per cent), null where none fits.
   */
  | { readonly kind: 'rateDoubt'; readonly text: string; readonly value: number; readonly guess: number | null; readonly enter: string }
  /** A population under half or over twice the one it replaces (a digit left out or one too many): asked about once. */
  | { readonly kind: 'populationJump'; readonly text: string; readonly value: number; readonly was: number; readonly enter: string };

export type Entry<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

const refuse = <T>(refusal: Refusal): Entry<T> => ({ ok: false, refusal });

/**
 * An amount or a range. With `plausible`, a value outside it is asked about first, and so is one
 * figure typed over the range `was`, unless `sure` (the user confirmed it with a second Enter).
 */
export function readEstimate(text: string, unit: 'kr' | 'fte', i18n: I18n, plausible?: Plausible, sure = false, was?: Estimate): Entry<Estimate> {
  const r = parseEstimate(text, unit, i18n.lang());
  if (!r.ok) return refuse({ kind: 'parse', error: r.error, unit, text });
  const doubt = sure ? null : ((plausible && implausible(text, unit, r.value, plausible, i18n.lang())) ?? (was ? dropsRange(text, unit, r.value, was) : null));
  return doubt ? refuse(doubt) : { ok: true, value: r.value };
}

/**
 * One figure typed where a range was ("575.000" over "500.000–625.000 (550.000)"): the range and
 * with it the uncertainty the decision support simulates would be gone, so it is asked about —
 * nudging the central value is written "500.000–625.000 (575.000)".
 */
export function dropsRange(text: string, unit: 'kr' | 'fte', typed: Estimate, was: Estimate, shared = false): Refusal | null {
  if (was.low === was.high || typed.low !== typed.high) return null;
  return { kind: 'implausible', why: 'dropsRange', text, unit, value: typed, enter: text, was, ...(shared && { shared }) };
}

function implausible(text: string, unit: 'kr' | 'fte', e: Estimate, p: Plausible, lang: 'da' | 'en'): Refusal | null {
  const fits = (x: Estimate) => x.central >= p.from && x.central <= p.to;
  if ((e.high === 0 && p.zero) || fits(e)) return null;
  // Only digits, under a thousand ("1,5", "600"): the unit was probably left out. The smallest of
  // thousands and millions that makes the amount plausible is the guess; none fits, no guess.
  // "5.000" was written out in full: it is asked about as typed, never multiplied.
  if (unit === 'kr' && e.central < p.from && e.high < 1_000 && /^[\d\s.,–-]+$/.test(text.trim())) {
    // Read again with the unit (not multiplied: "0,7" as whole kroner is already rounded to 1).
    for (const scale of lang === 'da' ? [' t.kr.', ' mio.'] : [' k', ' m']) {
      const scaled = parseEstimate(text.trim() + scale, 'kr', lang);
      if (scaled.ok && fits(scaled.value) && scaled.value.high <= LIMITS.kroner) return { kind: 'implausible', why: 'scaled', text, unit, value: scaled.value, enter: formatEstimate(scaled.value, unit, lang) };
    }
  }
  return { kind: 'implausible', why: e.central < p.from ? 'small' : 'large', text, unit, value: e, enter: text };
}

/**
 * One amount, not a range (the reserve at the start, a year's reserve draw, the FTE below which a
 * secretariat is vulnerable), asked about like any amount.
 */
export function readPoint(text: string, unit: 'kr' | 'fte', i18n: I18n, plausible?: Plausible, sure = false): Entry<number> {
  const r = readEstimate(text, unit, i18n, plausible, sure);
  if (!r.ok) return r;
  return r.value.low === r.value.high ? { ok: true, value: r.value.central } : refuse({ kind: 'rule', reason: 'entryNoRange' });
}

export function readPercent(text: string, i18n: I18n, min = 0, max = 100, unit: 'percent' | 'rate' | 'weight' | 'score' = 'percent'): Entry<number> {
  const r = parsePercent(text, i18n.lang(), min, max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit, text, max });
}

/** A whole number of people (a population). */
export function readWhole(text: string, i18n: I18n, max: number): Entry<number> {
  const r = parseWhole(text, i18n.lang(), max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'count', text, max });
}

/** A municipality's population, asked about where it is not plausible (plausiblePopulation), unless `sure`. */
export function readPopulation(text: string, i18n: I18n, max: number, was: number, sure = false): Entry<number> {
  const r = readWhole(text, i18n, max);
  if (!r.ok || sure || plausiblePopulation(r.value, was)) return r;
  return refuse({ kind: 'populationJump', text, value: r.value, was, enter: text });
}

/** A per cent typed as its fraction, as meant: 0,02 → 2 (to two decimals, as the field shows it). */
const fractionAsPercent = (fraction: number): number => Math.round(fraction * 10_000) / 100;

/**
 * A yearly rate in per cent (an indexation), asked about outside `plausible` unless `sure`: "25"
 * and "0,02" (meaning 2 %, which it read as 0,02 %) were taken without a word (a fresh-eyes walk).
 */
export function readRate(text: string, i18n: I18n, min: number, max: number, plausible: Plausible, sure = false): Entry<number> {
  const r = readPercent(text, i18n, min, max, 'rate');
  if (!r.ok || sure || (r.value === 0 && plausible.zero)) return r;
  // A rise under a tenth of a per cent is no forecast: a share written as a fraction ("0,02" for
  // 2 %), if that fits. A small fall is taken as typed.
  const fraction = fractionAsPercent(r.value);
  const guess = r.value > 0 && r.value < 0.1 && fraction <= plausible.to ? fraction : null;
  if (guess === null && r.value >= plausible.from && r.value <= plausible.to) return r;
  // The guess as the field writes it, so that the second Enter reads it again as meant.
  return refuse({ kind: 'rateDoubt', text, value: r.value, guess, enter: guess === null ? text : formatPercent(guess, i18n.lang()) });
}

/**
 * A share of a whole in per cent (the equal part of a mixed key), asked about between 0 and 1
 * unless written with its sign or `sure`: "0,3" meaning 30 % was taken as 0,3 % without a word
 * (a fresh-eyes walk).
 */
export function readShare(text: string, i18n: I18n, sure = false): Entry<number> {
  const r = readPercent(text, i18n);
  if (!r.ok || sure || r.value === 0 || r.value >= 1 || text.includes('%')) return r;
  const guess = fractionAsPercent(r.value);
  return refuse({ kind: 'rateDoubt', text, value: r.value, guess, enter: formatPercent(guess, i18n.lang()) });
}

/** What a second Enter commits when a refusal is a question ("Mente du …?"), taken as meant. */
export const questionAnswer = (refusal: Refusal): string | undefined => (refusal.kind === 'implausible' || refusal.kind === 'populationJump' || refusal.kind === 'rateDoubt' ? refusal.enter : undefined);

/** A non-negative number with up to two decimals (a weight). */
export function readDecimal(text: string, i18n: I18n, max: number): Entry<number> {
  const r = parseDecimal(text, i18n.lang(), max);
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'count', text, max });
}

/**
 * A month. `bareYear`: the month a year alone means where a period starts (1: "2027" is januar
 * 2027) or ends (12: december 2027), as a director writes "fra 2026 til 2028".
 */
export function readMonth(text: string, i18n: I18n, bareYear?: 1 | 12): Entry<YearMonth> {
  const year = /^\s*(\d{4})\s*$/.exec(text);
  const r = parseYearMonth(year && bareYear ? `${bareYear}/${year[1]}` : text, i18n.lang());
  return r.ok ? { ok: true, value: r.value } : refuse({ kind: 'parse', error: r.error, unit: 'month', text });
}

const EXAMPLES: Record<EntryUnit, MessageKey> = {
  kr: 'exampleKr',
  fte: 'exampleFte',
  percent: 'examplePercent',
  rate: 'exampleRate',
  weight: 'exampleWeight',
  score: 'exampleScore',
  count: 'exampleCount',
  samples: 'exampleSamples',
  perInhabitant: 'examplePerInhabitant',
  month: 'exampleMonth',
  date: 'exampleDate',
  text: 'exampleText',
  choice: 'exampleChoice',
};

/** What the text is not, in the field's own terms: an FTE field's "abc" is not "an amount". */
const NOT_A_NUMBER: Record<EntryUnit, MessageKey> = {
  kr: 'entryNotANumber',
  fte: 'entryNotFte',
  percent: 'entryNotNumber',
  rate: 'entryNotNumber',
  weight: 'entryNotNumber',
  score: 'entryNotNumber',
  count: 'entryNotNumber',
  samples: 'entryNotNumber',
  perInhabitant: 'entryNotNumber',
  month: 'entryNotAMonth',
  date: 'entryNotADate',
  text: 'entryNotNumber',
  choice: 'entryNotChoice',
};

/** The other parse errors, the same in every field (notANumber is said in the field's terms above). */
const ERRORS: Record<Exclude<ParseError, 'notANumber'>, MessageKey> = {
  notWhole: 'entryNotWhole',
  negative: 'entryNegative',
  tooLarge: 'entryTooLarge',
  unordered: 'entryUnordered',
  centralOutside: 'entryCentralOutside',
  notADate: 'entryNotADate',
  notAMonth: 'entryNotAMonth',
};

/** The largest value the field takes, as the message names it. */
function maxText(refusal: { readonly unit: EntryUnit; readonly max?: number }, lang: 'da' | 'en'): string {
  if (refusal.unit === 'fte') return formatNumber(LIMITS.effort / 100, lang);
  if (refusal.max === undefined || refusal.max === LIMITS.kroner) return lang === 'da' ? '10 mia.' : '10 bn';
  return `${formatNumber(refusal.max, lang)}${refusal.unit === 'percent' || refusal.unit === 'rate' ? ' %' : ''}`;
}

/** An emptied cell (Delete, or F2 and Backspace) on a value that cannot be empty says so, not '"" is no month'. */
export function emptiedRefusal(text: string, refusal: Refusal): Refusal {
  return text.trim() === '' && refusal.kind === 'parse' ? { kind: 'rule', reason: 'entryRequired' } : refusal;
}

/** The model's rules an edit would break, as the one refusal the user reads: the most specific first. */
export function ruleRefusal(issues: readonly ValidationIssue[], unit?: EntryUnit): Refusal {
  const period = issues.find((i) => /^scenarios\[.*\]\.end$/.test(i.field));
  if (period?.code === 'unordered') return { kind: 'rule', reason: 'entryEndBeforeStart' };
  if (period?.code === 'outOfRange') return { kind: 'rule', reason: 'entryPeriodTooLong' };
  if (issues.some((i) => /^funders\[.*\]\.to$/.test(i.field) && i.code === 'unordered')) return { kind: 'rule', reason: 'entryFunderEndBeforeStart' };
  return { kind: 'rule', reason: 'entryRefusedByRule', unit };
}

const IMPLAUSIBLE: Record<'scaled' | 'small' | 'large', MessageKey> = { scaled: 'entrySuggest', small: 'entryImplausiblySmall', large: 'entryImplausiblyLarge' };

/** An amount in a sentence, with its unit: "1.500.000 kr.", "2–3 årsværk". */
const withUnit = (e: Estimate, unit: 'kr' | 'fte', i18n: I18n) => `${formatEstimate(e, unit, i18n.lang())} ${i18n.t(unit === 'kr' ? 'unitKr' : 'unitFte')}`;

/** The example of a valid entry a refusal ends with, if it has one. */
export function refusalExample(refusal: Refusal, i18n: I18n): string | null {
  const unit = refusal.kind === 'parse' || refusal.kind === 'rule' ? refusal.unit : undefined;
  return unit ? i18n.t(EXAMPLES[unit]) : null;
}

/**
 * A refusal in the user's words, with an example of what would be accepted. `confirmable`: the
 * entry is in an open field, where a second Enter takes an implausible amount (not in a paste).
 * `example`: false where several refusals are listed and their examples are said once.
 */
export function refusalMessage(refusal: Refusal, row: string, i18n: I18n, confirmable = false, example = true): string {
  const reason = refusalReason(refusal, row, i18n, confirmable);
  const said = example && refusalExample(refusal, i18n);
  return said ? `${reason} ${said}` : reason;
}

/**
 * An answer a question offered ("Mente du 1.500.000 kr.?", "Tryk Enter igen for at bruge
 * tallet"), left unanswered when the cell was left: said, with the answer as the notice's action.
 */
export function unansweredNotice(enter: string, row: string, scenario: string, i18n: I18n): { text: string; action: string } {
  return { text: i18n.t('entryLeftUnanswered', { enter, row: labelInSentence(row), scenario }), action: i18n.t('entryUseAnyway', { enter }) };
}

/** Why a refusal was made, without its example. */
function refusalReason(refusal: Refusal, label: string, i18n: I18n, confirmable: boolean): string {
  const { t, lang } = i18n;
  // "Årsværk kan ikke være under 0", not "Årsværk (tom = opgavernes sum) kan …".
  const row = labelInSentence(label);
  switch (refusal.kind) {
    case 'readOnly':
      return t('cellReadOnly', { row });
    case 'notHere':
      return t(refusal.reason, { row });
    case 'rule':
      // The longest period is the model's limit.
      return t(refusal.reason, { row, years: LIMITS.years, lastYear: 2026 + LIMITS.years - 1, ...refusal.params });
    case 'implausible': {
      const suggestion = withUnit(refusal.value, refusal.unit, i18n);
      if (refusal.why === 'dropsRange') {
        const was = refusal.was ?? refusal.value;
        const at = refusal.value.central;
        // The range kept, with the typed figure as its central value (widened to reach it).
        const keep = formatEstimate({ low: Math.min(was.low, at), central: at, high: Math.max(was.high, at) }, refusal.unit, lang());
        // Over a shared value only this scenario's figure changes: the others keep the range.
        const said = t(refusal.shared ? 'entryDropsSharedRange' : 'entryDropsRange', { suggestion, was: withUnit(was, refusal.unit, i18n) });
        // Outside the range, the range is not kept but widened: it is offered as a range that holds it.
        const inside = at >= was.low && at <= was.high;
        return confirmable ? `${said} ${t(inside ? 'entryKeepRange' : 'entryWidenRange', { keep })}` : `${said} ${t('entryConfirmInCell')}`;
      }
      const question = t(IMPLAUSIBLE[refusal.why], { text: refusal.text, row, suggestion });
      if (confirmable) return `${question} ${t('entryConfirm', { suggestion })}`;
      // A paste cannot be asked: it says what was left out and how to enter it.
      if (refusal.why === 'scaled') return t('entryScaledNotPasted', { text: refusal.text, row, suggestion: formatEstimate(refusal.value, refusal.unit, lang()) });
      return `${t(IMPLAUSIBLE[refusal.why], { text: refusal.text, row })} ${t('entryConfirmInCell')}`;
    }
    case 'rateDoubt': {
      const suggestion = formatPercent(refusal.guess ?? refusal.value, lang());
      const question = t(refusal.guess === null ? 'entryRateImplausible' : 'entryRateSuggest', { text: refusal.text, row, suggestion });
      return confirmable ? `${question} ${t('entryConfirm', { suggestion })}` : `${question} ${t('entryConfirmInCell')}`;
    }
    case 'populationJump': {
      const value = formatNumber(refusal.value, lang());
      const question = t(refusal.value < refusal.was ? 'entryPopulationUnderHalf' : 'entryPopulationOverDouble', { value, was: formatNumber(refusal.was, lang()), row });
      return confirmable ? `${question} ${t('entryConfirm', { suggestion: value })}` : `${question} ${t('entryConfirmInCell')}`;
    }
    case 'parse':
      return t(refusal.error === 'notANumber' ? NOT_A_NUMBER[refusal.unit] : ERRORS[refusal.error], { text: refusal.text, row, max: maxText(refusal, lang()) });
  }
}

/**
 * The one place values become text. Danish formats by default (1.250.000 kr., 1,25 mio. kr.,
 * 1. januar 2026); the English switch uses English separators. Each kind of value has one
 * format here and one parse in number-parse.ts, and a value re-entered unchanged never moves.
 */
import type { Estimate, Lang, YearMonth } from '../model';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { da: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/**
 * Grouping and a fixed number of decimals, written out here rather than with Intl: building an
 * Intl.NumberFormat loads locale data, the largest single cost of opening the app on a slow
 * machine. The output matches da-DK / en-GB. A value that is not finite shows as "–", never as
 * NaN, Infinity or in exponent notation (model limits keep real figures far below 1e21).
 */
function format(value: number, lang: Lang, maxDigits: number, minDigits: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return '–';
  const { group, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(maxDigits);
  let [whole = '0', fraction = ''] = fixed.split('.');
  while (fraction.length > minDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A plain number with grouping: 1.250.000 / 1,250,000. */
export const formatNumber = (value: number, lang: Lang, digits = 0): string => format(value, lang, digits, digits);

/** Up to `digits` decimals, trailing zeros dropped: 12,5 / 12. */
export const formatDecimal = (value: number, lang: Lang, digits = 2): string => format(value, lang, digits, 0);

/** Whole kroner in a cell: "1.250.000" (the row says kr.). */
export const formatKroner = (value: number, lang: Lang): string => formatNumber(value, lang);
/** An overall score on the 1–5 scale ("3,85"), or "–" where there is none (every weight 0). */
export const formatScore = (score: number | null, lang: Lang): string => (score === null ? '–' : formatNumber(score, lang, 2));

/** Whole kroner in a sentence: "1.250.000 kr." */
export const formatKr = (value: number, lang: Lang): string => `${formatNumber(value, lang)} kr.`;

/** Kroner per inhabitant, to the øre: "0,98 kr." */
export const formatPerInhabitant = (value: number, lang: Lang): string => `${formatNumber(value, lang, 2)} kr.`;

/** A percentage on the 0–100 scale with up to two decimals: "12,5 %". */
export const formatPercent = (value: number, lang: Lang): string => `${formatDecimal(value, lang, 2)} %`;

/**
 * A difference as typeset, with its sign: "+595.000", "−250.000" (a true minus, U+2212, which
 * does not break from its number the way a hyphen can), "0". For reading only: a copy to a
 * spreadsheet uses the plain formats, which it parses.
 */
export const formatDifference = (value: number, formatAbs: (abs: number) => string): string => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${formatAbs(Math.abs(value))}`;

/** A share (0–1) as a percentage: "38,11 %". */
export const formatShare = (share: number, lang: Lang, digits = 2): string => `${formatNumber(share * 100, lang, digits)} %`;

/** Staffing in hundredths of an FTE, as årsværk with up to two decimals: 225 → "2,25". */
export const formatFte = (hundredths: number, lang: Lang): string => formatDecimal(hundredths / 100, lang, 2);

export type ValueKind = 'kr' | 'fte';

const one = (kind: ValueKind, value: number, lang: Lang) => (kind === 'fte' ? formatFte(value, lang) : formatKroner(value, lang));

/**
 * An estimate in one text form: a point as its value, a range as "low–high", and a range whose
 * central value is not the midpoint as "low–high (central)", so re-entering it never moves it.
 */
export function formatEstimate(e: Estimate, kind: ValueKind, lang: Lang): string {
  if (e.low === e.high) return one(kind, e.central, lang);
  const range = `${one(kind, e.low, lang)}–${one(kind, e.high, lang)}`;
  return e.central === Math.round((e.low + e.high) / 2) ? range : `${range} (${one(kind, e.central, lang)})`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
export const monthNames = (lang: Lang): readonly string[] => MONTHS[lang];

/** The years a period runs: "2027–2028", or "2027" where it starts and ends in one. */
export const formatYears = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

/** An ISO date as "1. januar 2026" / "1 January 2026"; anything else shows as given. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return lang === 'da' ? `${Number(m[3])}. ${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * A moment in local time, to the minute: "6. december kl. 14.05" / "6 December, 14:05", with
 * the year where it is not `now`'s ("3. december 2025 kl. 09.30").
 */
export function formatMoment(ms: number, lang: Lang, now = Date.now()): string {
  const at = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = at.getFullYear() === new Date(now).getFullYear() ? '' : ` ${at.getFullYear()}`;
  const day = lang === 'da' ? `${at.getDate()}. ${MONTHS.da[at.getMonth()]}${year}` : `${at.getDate()} ${MONTHS.en[at.getMonth()]}${year}`;
  return lang === 'da' ? `${day} kl. ${pad(at.getHours())}.${pad(at.getMinutes())}` : `${day}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** "juli 2023" / "July 2023" */
export const formatYearMonth = (ym: YearMonth, lang: Lang): string => `${MONTHS[lang][ym.month - 1] ?? ym.month} ${ym.year}`;

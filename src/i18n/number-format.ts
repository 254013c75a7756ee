/**
 * The one place numbers become text. Danish formats by default (1.250.000 kr., 1,25 mio. kr.);
 * the English switch uses English separators.
 */
import type { Estimate, Lang } from '../model';

const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { da: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/**
 * Grouping and a fixed number of decimals, written out here rather than with Intl: building
 * an Intl.NumberFormat loads locale data, which was the largest single cost of opening the
 * app on a slow machine. The output matches da-DK / en-GB for these formats.
 */
function format(value: number, lang: Lang, maxDigits: number, minDigits: number): string {
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

/** Whole kroner: "1.250.000 kr." */
export const formatKroner = (value: number, lang: Lang): string => `${formatNumber(value, lang)} kr.`;

/** Millions, for headlines: "1,25 mio. kr." / "1.25 m kr." */
export const formatMillions = (value: number, lang: Lang): string =>
  `${formatNumber(value / 1_000_000, lang, 2)} ${lang === 'da' ? 'mio.' : 'm'} kr.`;

/** Kroner per inhabitant, to the øre: "0,98 kr." */
export const formatPerInhabitant = (value: number, lang: Lang): string => `${formatNumber(value, lang, 2)} kr.`;

export const formatPercent = (value: number, lang: Lang, digits = 1): string => `${formatNumber(value * 100, lang, digits)} %`;

/** FTE with up to two decimals: "2,25". */
export const formatFte = (value: number, lang: Lang): string => format(value, lang, 2, 0);

/** An estimate as its central value, or "low–high" when it is a range. */
export function formatEstimate(e: Estimate, lang: Lang, one: (v: number, l: Lang) => string = formatNumber): string {
  return e.low === e.high ? one(e.central, lang) : `${one(e.low, lang)}–${one(e.high, lang)}`;
}

export const formatDate = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

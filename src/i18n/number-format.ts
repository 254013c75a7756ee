/**
 * The one place numbers become text. Danish formats by default (1.250.000 kr., 1,25 mio. kr.);
 * the English switch uses English separators.
 */
import type { Estimate, Lang } from '../model';

const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
// Constructing an Intl formatter costs far more than using one: build each kind once.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number, minimumDigits = digits): Intl.NumberFormat {
  const key = `${lang}:${minimumDigits}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: minimumDigits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** A plain number with grouping: 1.250.000 / 1,250,000. */
export const formatNumber = (value: number, lang: Lang, digits = 0): string =>
  formatter(lang, digits).format(digits === 0 ? Math.round(value) : value);

/** Whole kroner: "1.250.000 kr." */
export const formatKroner = (value: number, lang: Lang): string => `${formatNumber(value, lang)} kr.`;

/** Millions, for headlines: "1,25 mio. kr." / "1.25 m kr." */
export const formatMillions = (value: number, lang: Lang): string =>
  `${formatNumber(value / 1_000_000, lang, 2)} ${lang === 'da' ? 'mio.' : 'm'} kr.`;

/** Kroner per inhabitant, to the øre: "0,98 kr." */
export const formatPerInhabitant = (value: number, lang: Lang): string => `${formatNumber(value, lang, 2)} kr.`;

export const formatPercent = (value: number, lang: Lang, digits = 1): string => `${formatNumber(value * 100, lang, digits)} %`;

/** FTE with up to two decimals: "2,25". */
export const formatFte = (value: number, lang: Lang): string => formatter(lang, 2, 0).format(value);

/** An estimate as its central value, or "low–high" when it is a range. */
export function formatEstimate(e: Estimate, lang: Lang, one: (v: number, l: Lang) => string = formatNumber): string {
  return e.low === e.high ? one(e.central, lang) : `${one(e.low, lang)}–${one(e.high, lang)}`;
}

export const formatDate = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

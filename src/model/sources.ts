/**
 * Where an input comes from. Every default carries one, so any figure can be traced back to a
 * seed document (with the Danish words it rests on), to an assumption (with its reason), or to
 * the user's own entry.
 */
import type { LocalText } from './types';

/** The source documents (seeds/, copies of ../shared/seeds), by their number. */
export type SeedDocument = '000' | '001' | '002' | '003' | '004';

export const SEED_TITLES: Readonly<Record<SeedDocument, LocalText>> = {
  '000': { da: 'Referat, DK2020-chefsparringsgruppen, 14. januar 2022', en: 'Minutes, DK2020 chief sparring group, 14 January 2022' },
  '001': { da: 'T11’s diskussionsoplæg til KDK om den fremtidige klimaindsats (KlimaNord)', en: 'T11’s discussion paper to KDK on the future climate effort (KlimaNord)' },
  '002': { da: 'Sorø Kommune, Klima- og Miljøudvalget, referat 6. september 2023', en: 'Sorø Municipality, climate committee minutes, 6 September 2023' },
  '003': { da: 'Notat om Klimaalliancen, 13. april 2023', en: 'Memo on Klimaalliancen, 13 April 2023' },
  '004': { da: 'KKR Midtjylland, klimastrategi (høring 2020)', en: 'KKR Midtjylland climate strategy (consultation 2020)' },
};

/** The same documents in a few words, for a source cited in a table row after row. */
export const SEED_SHORT_TITLES: Readonly<Record<SeedDocument, LocalText>> = {
  '000': { da: 'DK2020-referat, 2022', en: 'DK2020 minutes, 2022' },
  '001': { da: 'T11’s oplæg', en: 'T11’s paper' },
  '002': { da: 'Sorø-referat, 2023', en: 'Sorø minutes, 2023' },
  '003': { da: 'notat om Klimaalliancen', en: 'Klimaalliancen memo' },
  '004': { da: 'KKR Midtjyllands klimastrategi', en: 'KKR Midtjylland climate strategy' },
};

/**
 * A quote as it reads on screen: the seeds' list bullets (a lone "o" from the PDF) become "•".
 * The quote itself stays word for word as the seed has it (a test holds it to the seed's text).
 */
export const readableQuote = (quote: string): string => quote.replace(/ o (?=\p{Lu})/gu, ' • ');

export type Source =
  /** A fact of a seed document, with the seed's own words. */
  | { readonly kind: 'seed'; readonly document: SeedDocument; readonly quote: string; readonly note?: LocalText }
  /** An assumption: a value nobody has decided, with the reason for the default. */
  | { readonly kind: 'assumption'; readonly reason: LocalText }
  /** Reference data, such as Statistics Denmark's populations. */
  | { readonly kind: 'data'; readonly reason: LocalText }
  /** Entered by the user. */
  | { readonly kind: 'user' };

/** The user's own entry as a source: "Jeres eget tal". */
export const OWN_ENTRY: Source = { kind: 'user' };

export const seed = (document: SeedDocument, quote: string, note?: LocalText): Source =>
  note ? { kind: 'seed', document, quote, note } : { kind: 'seed', document, quote };

export const assumption = (da: string, en: string): Source => ({ kind: 'assumption', reason: { da, en } });


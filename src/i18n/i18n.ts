/** Every user-visible string goes through `t`; the language is one signal for the whole app. */
import { createSignal } from 'solid-js';
import type { Lang, LocalText, YearKey } from '../model';
import { forKeyboard } from './keyboard';
import { da, type MessageKey } from './strings-da';

// Danish is the default: the strings before the first figures ship with the app, the rest
// (strings-da-later.ts) come with the views that name them. English loads when first chosen.
type Strings = Partial<Record<MessageKey, string>>;
const dictionaries: Partial<Record<Lang, Strings>> = { da };

/** Adds strings to a language's (a lazily loaded module registers its own). */
export function registerStrings(lang: Lang, strings: Strings): void {
  dictionaries[lang] = { ...dictionaries[lang], ...strings };
}

export async function loadLanguage(lang: Lang): Promise<void> {
  if (!dictionaries[lang] && lang === 'en') registerStrings('en', (await import('./strings-en')).en);
}

/**
 * A name the app gives a new item, in both languages, as the item keeps it ("Ny
 * finansieringskilde" / "New funder"): made in Danish, it read Danish after a switch to English.
 */
export async function inBothLanguages(key: MessageKey): Promise<LocalText> {
  await loadLanguage('en');
  return { da: translate('da', key), en: translate('en', key) };
}

export type Params = Readonly<Record<string, string | number>>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const found = (dictionaries[lang] ?? dictionaries.da)?.[key];
  // A key without its text: a module named a later key without importing its strings, which
  // strings-split.test.ts forbids. Said loudly in development and the tests; shown as the key in
  // production rather than breaking the view.
  if (found === undefined && !import.meta.env.PROD) throw new Error(`No text for "${key}": its module names it without importing strings-da-later`);
  const template = found ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;
}

/**
 * A row's or list's label as a sentence names it: without its closing bracket, a unit ("(kr./år)")
 * or a hint for its field ("(tom = opgavernes sum)"), which the sentence's own figure or words give.
 */
export const labelInSentence = (label: string): string => label.replace(/\s*\([^()]*\)$/, '');

/** A year on screen as words: "Første hele år", "2027", "Hele perioden". */
export const yearLabel = (year: YearKey, lang: Lang): string => (year === 'typical' ? translate(lang, 'yearTypical') : year === 'horizon' ? translate(lang, 'yearHorizon') : year);

/** One year's figures as a heading, a sheet or a CSV section: "Kommuner – 2027", "Grafer – første hele år". */
export const titledByYear = (base: string, year: YearKey, lang: Lang): string => {
  const label = yearLabel(year, lang);
  return `${base} – ${label.charAt(0).toLocaleLowerCase(lang) + label.slice(1)}`;
};

export function createI18n(initial: Lang = 'da') {
  const [lang, setLang] = createSignal<Lang>(initial);
  // A shortcut a text names is the user's keyboard's ("Ctrl+C" is "⌘C" on a Mac).
  const t = (key: MessageKey, params?: Params) => forKeyboard(translate(lang(), key, params));
  const local = (text: LocalText) => text[lang()];
  return { lang, setLang, t, local };
}

export type I18n = ReturnType<typeof createI18n>;
export type { MessageKey };

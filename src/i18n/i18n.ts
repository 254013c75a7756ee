/** Every user-visible string goes through `t`; the language is one signal for the whole app. */
import { createSignal } from 'solid-js';
import type { Lang, LocalText } from '../model';
import { da, type MessageKey } from './strings-da';
import { en } from './strings-en';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { da, en };

export type Params = Readonly<Record<string, string | number>>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key];
  return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;
}

export function createI18n(initial: Lang = 'da') {
  const [lang, setLang] = createSignal<Lang>(initial);
  const t = (key: MessageKey, params?: Params) => translate(lang(), key, params);
  const local = (text: LocalText) => text[lang()];
  return { lang, setLang, t, local };
}

export type I18n = ReturnType<typeof createI18n>;
export type { MessageKey };

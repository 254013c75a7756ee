/** Share links live in the fragment: `#s=<version>.<payload>`. Tiny on purpose: the app
 * checks for a link at startup without loading the codec. */
export const HASH_KEY = 's';
export const hasShareLink = (hash: string): boolean => hash.startsWith(`#${HASH_KEY}=`);

/** After the payload, `&l=en`: the language the link was shared in, which a first visit opens in. */
const LANGUAGE = /&l=(da|en)$/;
export const linkLanguage = (hash: string): 'da' | 'en' | null => (hasShareLink(hash) ? ((LANGUAGE.exec(hash)?.[1] as 'da' | 'en' | undefined) ?? null) : null);
/** The link to a payload, as it is shared: in Danish, the app's first language, without `&l=`. */
export const shareUrl = (payload: string, lang: 'da' | 'en'): string => `${location.origin}${location.pathname}#${HASH_KEY}=${payload}${lang === 'da' ? '' : `&l=${lang}`}`;

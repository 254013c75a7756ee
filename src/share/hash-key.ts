/** Share links live in the fragment: `#s=<version>.<payload>`. Tiny on purpose: the app
 * checks for a link at startup without loading the codec. */
export const HASH_KEY = 's';
export const hasShareLink = (hash: string): boolean => hash.startsWith(`#${HASH_KEY}=`);

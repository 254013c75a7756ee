// The Danish strings are in two modules: those the code before the first figures names, and the
// rest, which a module registers by importing strings-da-later.ts. A module that names a later
// key without that import would show the key itself in place of its text; these cases read the
// source so that cannot ship.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da } from './strings-da';
import { daLater } from './strings-da-later';
import { en } from './strings-en';

const SRC = join(import.meta.dirname, '..');
// The model has no message keys (its words are LocalText), and its strings ('total', 'low') are
// not texts to look up.
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return path === join(SRC, 'model') ? [] : sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) && !/^strings-/.test(d.name) ? [path] : [];
  });

const laterKeys = new Set(Object.keys(daLater));
/**
 * A module's code without its comments (a comment may quote a key in passing). A regex, not a
 * parser (TypeScript 7 has no JavaScript API): a string holding a comment's opening would hide
 * the code up to the next comment's end, and a key built with + is not seen; no module does either.
 */
const withoutComments = (code: string): string =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/([;,{}()[\]])\s+\/\/.*$/gm, '$1');
/** The strings a module's code spells out whole, and the heads of its templates (`criterion_${`). */
function literals(code: string): { strings: string[]; heads: string[] } {
  const bare = withoutComments(code);
  const strings = [...bare.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  const heads = [...bare.matchAll(/`([^`$\\]*)\$\{/g)].map((m) => m[1]!);
  return { strings, heads };
}
/** The later keys a module names: as a string, or as a family built from a prefix (`criterion_${id}`). */
function laterKeysNamed(code: string): string[] {
  const { strings, heads } = literals(code);
  const families = heads.filter((prefix) => prefix.endsWith('_') && [...laterKeys].some((k) => k.startsWith(prefix)));
  return [...new Set([...strings.filter((s) => laterKeys.has(s)), ...families])];
}
// Strings of these modules' that happen to spell a later key and are something else.
const NOT_KEYS: Readonly<Record<string, readonly string[]>> = {
  'outputs/csv.ts': ['share'], // a cell's kind
  'pwa/online-status.ts': ['online', 'offline'], // the window's events
};
const importsLater = (code: string) => /^import '[./]+(i18n\/)?strings-da-later';$/m.test(code);

describe('the Danish strings split at the first figures', () => {
  it('every module that names a later string imports strings-da-later, and only those', () => {
    const missing: string[] = [];
    const needless: string[] = [];
    for (const path of sources(SRC)) {
      const code = readFileSync(path, 'utf8');
      const named = laterKeysNamed(code).filter((k) => !NOT_KEYS[relative(SRC, path)]?.includes(k));
      if (named.length && !importsLater(code)) missing.push(`${relative(SRC, path)} (${named.slice(0, 3).join(', ')})`);
      if (!named.length && importsLater(code)) needless.push(relative(SRC, path));
    }
    expect(missing, 'names a later key without importing strings-da-later').toEqual([]);
    expect(needless, 'imports strings-da-later without naming a later key').toEqual([]);
  });

  it('the bundler keeps the bare imports: package.json lists the file among its side effects', () => {
    // Without it a production build drops the imports, and the views show keys instead of words.
    const pkg = JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as { sideEffects: string[] };
    expect(pkg.sideEffects).toContain('**/strings-da-later.ts');
    expect(readdirSync(import.meta.dirname)).toContain('strings-da-later.ts');
  });

  it('a key is in one of the two modules, and English has each', () => {
    const both = Object.keys(da).filter((k) => k in daLater);
    expect(both).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...Object.keys(da), ...laterKeys].sort());
  });

  it('finds a later key by name and by family, and not a core key or a comment', () => {
    expect(laterKeysNamed("t('cancel')")).toEqual(['cancel']);
    expect(laterKeysNamed("// the `cancel` button\nt('undo')")).toEqual([]);
    expect(laterKeysNamed('t(`criterion_${id}`)')).toEqual(['criterion_']);
    expect(laterKeysNamed("t('undo')")).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n, loadLanguage } from '../i18n/i18n';
import { refusalMessage } from './grid/entry';
import { readName } from './name-entry';

describe('a name as typed', () => {
  it('is taken trimmed within its limit, and refused empty', () => {
    expect(readName('  Niveau 2 ', 80)).toEqual({ ok: true, value: 'Niveau 2' });
    expect(readName('   ', 80)).toMatchObject({ ok: false, refusal: { reason: 'entryNameEmpty' } });
  });

  it('over its limit is refused with the limit, its length and an example ending at a word (it was cut mid-word, without a word)', async () => {
    const long = 'Fælles klimasekretariat med udvidet tilpasningsindsats og rådgivning samt flyverordning mellem kommunerne';
    const entry = readName(long, 80);
    const said = (lang: 'da' | 'en') => (entry.ok ? '' : refusalMessage(entry.refusal, lang === 'da' ? 'Navn' : 'Name', createI18n(lang)));
    expect(said('da')).toBe(`Navn kan højst have 80 tegn; dette har ${long.length}. Forkort det, fx til ”Fælles klimasekretariat med udvidet tilpasningsindsats og rådgivning samt”.`);
    await loadLanguage('en');
    expect(said('en')).toBe(`Name can have at most 80 characters; this has ${long.length}. Shorten it, e.g. to “Fælles klimasekretariat med udvidet tilpasningsindsats og rådgivning samt”.`);
  });
});

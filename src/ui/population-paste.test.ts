import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model';
import { createI18n } from '../i18n/i18n';
import '../i18n/strings-da-later';
import { parsePopulationColumn, populationPasteText } from './population-paste';

const ms = createWorkspace('Sjælland').municipalities;

describe('pasting a population column', () => {
  it('reads numbers in table order from the row pasted into', () => {
    const r = parsePopulationColumn('37.344\r\n51507\r\n', ms, 0, 'da');
    expect(r.populations).toEqual({ [ms[0]!.code]: 37_344, [ms[1]!.code]: 51_507 });
  });

  it('reads a Statistics Denmark table with codes and names, in any order', () => {
    const r = parsePopulationColumn('340 Sorø 30.444\nNæstved\t84574\nRoskilde Kommune;90.446\nAtlantis 5\n', ms, 0, 'da');
    expect(r.populations).toEqual({ '340': 30_444, '370': 84_574, '265': 90_446 });
    expect(r.refused).toEqual(['Atlantis 5']);
  });

  it('does not use a figure under half or over double the one it replaces, and says which (English "222.000" read as 222 took Aalborg’s bill from 226.752 to 360)', () => {
    const nord = createWorkspace('Nordjylland').municipalities;
    const aalborg = nord.find((m) => m.name === 'Aalborg')!;
    const laesoe = nord.find((m) => m.name === 'Læsø')!;
    const r = parsePopulationColumn(`Aalborg\t222.000\nLæsø\t${laesoe.population + 10}`, nord, 0, 'en');
    expect(r.populations).toEqual({ [laesoe.code]: laesoe.population + 10 });
    expect(r.jumps).toEqual([{ line: 'Aalborg\t222.000', name: 'Aalborg', value: 222, was: aalborg.population }]);
    // A population of 0 is no count either.
    expect(parsePopulationColumn('Aalborg\t0', nord, 0, 'da').jumps).toHaveLength(1);
    // In Danish the same line is Aalborg's count.
    expect(parsePopulationColumn('Aalborg\t222.000', nord, 0, 'da').populations).toEqual({ [aalborg.code]: 222_000 });
  });

  it('says what a paste did in words: one taken, and one more line beyond the three it names', () => {
    const nord = createWorkspace('Nordjylland').municipalities;
    const lines = ['Aalborg\t0', 'Hjørring\t1', 'Thisted\t2', 'Morsø\t3', `Læsø\t${nord.find((m) => m.name === 'Læsø')!.population}`].join('\n');
    const text = populationPasteText(parsePopulationColumn(lines, nord, 0, 'da'), createI18n('da'));
    expect(text).toMatch(/^Ét indbyggertal er indsat\. Ikke brugt, fordi hvert tal er under halvdelen eller over det dobbelte af det hidtidige: Aalborg 0 \(hidtidigt [\d.]+\) · Hjørring 1 .*\. Skriv tallet i kommunens felt for at bruge det alligevel\. Én linje mere er heller ikke brugt\.$/);
  });
});

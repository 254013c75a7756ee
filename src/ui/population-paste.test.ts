import { describe, expect, it } from 'vitest';
import { createWorkspace, plausiblePopulation } from '../model';
import { createI18n, loadLanguage } from '../i18n/i18n';
import '../i18n/strings-da-later';
import { parsePopulationColumn, populationPasteText } from './population-paste';

const ms = createWorkspace('Sjælland').municipalities;

describe('pasting a population column', () => {
  it('reads numbers in table order from the row pasted into', () => {
    const r = parsePopulationColumn('37.344\r\n51507\r\n', ms, 0, 'da');
    expect(r.populations).toEqual({ [ms[0]!.code]: 37_344, [ms[1]!.code]: 51_507 });
  });

  it('uses none of a column one row short: its figures fit the rows next to those they land on better, and the column is said to be shifted (Herning’s figure landed on Hedensted)', async () => {
    const midt = createWorkspace('Midtjylland').municipalities;
    const column = (from: number, to: number, plus = 0) => midt.slice(from, to).map((m) => String(m.population + plus)).join('\n');
    // The 2025 column copied without its first municipality's line, pasted into the first row.
    const r = parsePopulationColumn(column(1, midt.length), midt, 0, 'da');
    expect(r.populations).toEqual({});
    expect(r.jumps.length).toBeGreaterThan(0);
    expect(r.misaligned).not.toBeNull();
    const said = populationPasteText(r, createI18n('da'));
    expect(said).toMatch(/^Ingen indbyggertal er indsat\. Ikke brugt, fordi .* Tallene uden kommunenavn er ikke indsat: de passer bedre til kommunerne en række over eller under/);
    expect(said).toContain(`Kopiér kommunenavnene med, fx ”${midt[0]!.name} ${midt[0]!.population.toLocaleString('da-DK')}”`);
    await loadLanguage('en');
    expect(populationPasteText(r, createI18n('en'))).toContain('the column is likely a row off');
    // The whole column pasted a row too low: as shifted.
    expect(parsePopulationColumn(column(0, midt.length), midt, 1, 'da').populations).toEqual({});
    // The same column whole, or a part of it in its place, goes in as before.
    expect(Object.keys(parsePopulationColumn(column(0, midt.length, 7), midt, 0, 'da').populations)).toHaveLength(midt.length);
    const part = parsePopulationColumn(column(2, 5, 7), midt, 2, 'da');
    expect(part.populations).toEqual(Object.fromEntries(midt.slice(2, 5).map((m) => [m.code, m.population + 7])));
    expect(part.misaligned).toBeNull();
    // One figure under a heading that fits the next row, not its own, is a jump, not a shifted column.
    const k = midt.findIndex((m, i) => i + 1 < midt.length && !plausiblePopulation(midt[i + 1]!.population, m.population));
    const one = parsePopulationColumn(`Område\n${midt[k + 1]!.population}`, midt, k, 'da');
    expect(one.misaligned).toBeNull();
    expect(one.jumps.map((j) => j.name)).toEqual([midt[k]!.name]);
  });

  it('uses the rest of a column in its place with one figure mistyped, and says that one (a review: one typo threw the whole column away as shifted)', () => {
    const midt = createWorkspace('Midtjylland').municipalities;
    const figures = midt.map((m) => m.population + 7);
    figures[5] = Math.round(midt[5]!.population / 10);
    const r = parsePopulationColumn(figures.join('\n'), midt, 0, 'da');
    expect(Object.keys(r.populations)).toHaveLength(midt.length - 1);
    expect(r.jumps.map((j) => j.name)).toEqual([midt[5]!.name]);
    expect(r.misaligned).toBeNull();
    // A sum at the end is a line not read, the figures above it used.
    const withSum = parsePopulationColumn([...midt.map((m) => m.population), midt.reduce((sum, m) => sum + m.population, 0)].join('\n'), midt, 0, 'da');
    expect(Object.keys(withSum.populations)).toHaveLength(midt.length);
    expect(withSum.refused).toHaveLength(1);
  });

  it('reads no figure by its row among lines that name their municipality: a row counted among them means nothing (a review)', () => {
    const midt = createWorkspace('Midtjylland').municipalities;
    // The second line's figure would fit the second row, and landed there.
    const r = parsePopulationColumn(`${midt[3]!.name}\t${midt[3]!.population + 1}\n${midt[1]!.population + 1}`, midt, 0, 'da');
    expect(r.populations).toEqual({ [midt[3]!.code]: midt[3]!.population + 1 });
    expect(r.refused).toEqual([String(midt[1]!.population + 1)]);
  });

  it('reads a Statistics Denmark table with codes and names, in any order', () => {
    const r = parsePopulationColumn('340 Sorø 30.444\nNæstved\t84574\nRoskilde Kommune;90.446\nAtlantis 5\n', ms, 0, 'da');
    expect(r.populations).toEqual({ '340': 30_444, '370': 84_574, '265': 90_446 });
    expect(r.refused).toEqual(['Atlantis 5']);
  });

  it('leaves out a table’s heading before its first figure, said as such, not as a line not read; bare figures after it start at the row pasted into', () => {
    const r = parsePopulationColumn('Folketal den 1. i kvartalet efter område og tid\n\t2026K2\n340 Sorø 30.444\nAtlantis\n', ms, 0, 'da');
    expect(r.headings).toEqual(['Folketal den 1. i kvartalet efter område og tid', '2026K2']);
    expect(r.populations).toEqual({ '340': 30_444 });
    // After a figure, a line naming nothing is not a heading.
    expect(r.refused).toEqual(['Atlantis']);
    const bare = parsePopulationColumn('Område\t2026K2\n37.344\n51507', ms, 0, 'da');
    expect(bare.populations).toEqual({ [ms[0]!.code]: 37_344, [ms[1]!.code]: 51_507 });
    expect(populationPasteText(bare, createI18n('da'))).toBe('2 indbyggertal er indsat. Sprunget over som overskrift: Område 2026K2.');
    // A line naming a municipality with a figure not read is no heading.
    expect(parsePopulationColumn('Sorø\t30x444', ms, 0, 'da').refused).toEqual(['Sorø\t30x444']);
    // Text with no figure after it is no heading either: another clipboard's lines, not read.
    const other = parsePopulationColumn('Kære alle\nHer er dagsordenen.', ms, 0, 'da');
    expect(other.headings).toEqual([]);
    expect(other.refused).toEqual(['Kære alle', 'Her er dagsordenen.']);
  });

  it('reads Statistikbanken’s three columns, the period between the municipality and its figure, their heading left out', () => {
    const r = parsePopulationColumn('Område\tTid\tIndhold\n340 Sorø\t2026K2\t30.444\nNæstved\t2026K2\t84574\n', ms, 0, 'da');
    expect(r.populations).toEqual({ '340': 30_444, '370': 84_574 });
    expect(r.headings).toEqual(['Område\tTid\tIndhold']);
  });

  it('takes a whole table’s quarter as the populations’ date and source (2026K2: 1 April 2026); not for part of the table, nor for two quarters', () => {
    const whole = ms.map((m) => `${m.code} ${m.name}\t2026K2\t${m.population + 10}`).join('\n');
    const r = parsePopulationColumn(`Område\tTid\tIndhold\n${whole}`, ms, 0, 'da');
    expect(Object.keys(r.populations)).toHaveLength(ms.length);
    expect(r.reference).toEqual({ date: '2026-04-01', source: 'Danmarks Statistik, Statistikbanken (2026K2)' });
    expect(populationPasteText(r, createI18n('da'))).toBe(`${ms.length} indbyggertal er indsat. Indbyggertallene er nu pr. 1. april 2026, kilde: Danmarks Statistik, Statistikbanken (2026K2). Sprunget over som overskrift: Område Tid Indhold.`);
    // Bare figures under a heading that names the quarter, every row from the first.
    expect(parsePopulationColumn(`Område\t2025K4\n${ms.map((m) => m.population).join('\n')}`, ms, 0, 'da').reference?.date).toBe('2025-10-01');
    // Two of the table's municipalities: the others' figures are not of that date.
    expect(parsePopulationColumn('340 Sorø\t2026K2\t30.444\nNæstved\t2026K2\t84574', ms, 0, 'da').reference).toBeNull();
    expect(parsePopulationColumn(whole.replace('2026K2', '2026K1'), ms, 0, 'da').reference).toBeNull();
    expect(parsePopulationColumn(ms.map((m) => m.population).join('\n'), ms, 0, 'da').reference).toBeNull();
  });

  it('leaves out a region’s or the country’s total and a municipality of another region, each said as what it is, not as a line not read', () => {
    const nord = createWorkspace('Nordjylland').municipalities;
    const r = parsePopulationColumn('Region Nordjylland\t2026K2\t593.000\nAalborg\t2026K2\t226.500\n751 Aarhus\t2026K2\t370.000\nHele landet\t2026K2\t6.001.000\nHjorring\t2026K2\t64.000', nord, 0, 'da');
    expect(r.populations).toEqual({ '851': 226_500 });
    expect(r.totals).toEqual(['Region Nordjylland\t2026K2\t593.000', 'Hele landet\t2026K2\t6.001.000']);
    expect(r.elsewhere).toEqual(['Aarhus']);
    expect(r.refused).toEqual(['Hjorring\t2026K2\t64.000']);
    expect(populationPasteText(r, createI18n('da'))).toBe('Ét indbyggertal er indsat. Sprunget over som total: Region Nordjylland 2026K2 593.000 · Hele landet 2026K2 6.001.000. Ikke blandt arbejdsområdets kommuner: Aarhus. Disse linjer kunne ikke læses: Hjorring 2026K2 64.000. Mente du ”Hjørring” (der står ”Hjorring”)?');
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

  it('asks about a name a letter or two from one of the table’s municipalities, and shows a line that reads where one was not read for more than its spelling (a walk: "Bilund" refused without a word of why)', async () => {
    const syd = createWorkspace('Syddanmark').municipalities;
    const billund = syd.find((m) => m.name === 'Billund')!;
    const r = parsePopulationColumn('Bilund\t27.000\nFredrikshavn\t60.000\nBillund; 27.100', syd, 0, 'da');
    expect(r.populations).toEqual({ [billund.code]: 27_100 });
    // Billund is in Syddanmark, Frederikshavn is not: only the workspace's own are guessed at.
    expect(r.meant).toEqual([{ written: 'Bilund', name: 'Billund' }]);
    const first = `${syd[0]!.name} ${syd[0]!.population.toLocaleString('da-DK')}`;
    expect(populationPasteText(r, createI18n('da'))).toBe(`Ét indbyggertal er indsat. Disse linjer kunne ikke læses: Bilund 27.000 · Fredrikshavn 60.000. Mente du ”Billund” (der står ”Bilund”)? En linje kan læses, når den har kommunens navn eller kode og tallet, fx ”${first}”, eller kun tallet, i tabellens rækkefølge.`);
    // Two municipalities as close, or a short name, are not guessed at.
    const nord = createWorkspace('Nordjylland').municipalities;
    expect(parsePopulationColumn('Læs\t1.800\nMors\t20.000', nord, 0, 'da').meant).toEqual([]);
    expect(parsePopulationColumn('Hjorring 64.000', nord, 0, 'da').meant).toEqual([{ written: 'Hjorring', name: 'Hjørring' }]);
    await loadLanguage('en');
    expect(populationPasteText(parsePopulationColumn('Bilund\t27,000\nx', syd, 0, 'en'), createI18n('en'))).toContain('Did you mean “Billund” (it says “Bilund”)? A line can be read when it has the municipality’s name or code and the figure, e.g. “');
  });
});

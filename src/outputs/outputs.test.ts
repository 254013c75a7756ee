import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { applyCommand, computeWorkspace, createWorkspace, type Workspace } from '../model';
import { toCsv } from './csv';
import { choicesTable, criteriaTable, NONE, portfolioTables, reportTables, supplementByYearTable, taskFteTable, type ReportResults } from './report-tables';
import { translate } from '../i18n/i18n';
import { compileWorkbook } from './workbook';
import { sheets, writeOptions } from './xlsx';

const resultsOf = (ws: Workspace): ReportResults => {
  const r = computeWorkspace(ws);
  return { byScenario: Object.fromEntries(r.scenarios.map((s) => [s.scenarioId, s])), populationShares: [...r.populationShares], totalPopulation: r.totalPopulation };
};
const ws = createWorkspace();
const tables = reportTables(ws, resultsOf(ws), 'da');

/** Reads the exported .xlsx back: sheet names, and each cell as { number?, formula?, format }. */
async function readWorkbook(workspace: Workspace) {
  const book = compileWorkbook(workspace, 'da');
  const buffer = await writeExcelFile(sheets(book, portfolioTables(workspace, 'da')), writeOptions<import('node:stream').Stream | Buffer | import('node:buffer').Blob>(book)).toBuffer();
  const files = unzipSync(new Uint8Array(buffer));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const styles = strFromU8(files['xl/styles.xml']!);
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"')]));
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '');
  const cell = (sheet: number, ref: string) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
    const match = new RegExp(`<c r="${ref}"([^>]*)>(?:<f>([^<]*)</f>)?(?:<v>([^<]*)</v>)?`).exec(xml);
    if (!match) return undefined;
    const style = /s="(\d+)"/.exec(match[1]!)?.[1];
    return { number: match[3] === undefined || /t="s"/.test(match[1]!) ? undefined : Number(match[3]), formula: match[2], format: style ? numFmts.get(xfs[Number(style)] ?? '') : undefined };
  };
  return { names, cell, workbook, book };
}

describe('the report tables', () => {
  it("name the whole period's months and reserve as the period's, a year's as the year's (the handout said 'Måneder i året: 36')", () => {
    const labels = (key: 'horizon' | '2027') => reportTables(ws, resultsOf(ws), 'da', [key])[0]!.rows.map((r) => String(r[0]!.value));
    expect(labels('horizon')).toEqual(expect.arrayContaining(['Måneder i perioden', 'Opsparing tilbage ved periodens udgang']));
    expect(labels('horizon')).not.toContain('Måneder i året');
    expect(labels('2027')).toEqual(expect.arrayContaining(['Måneder i året', 'Opsparing tilbage ved årets udgang']));
    const months = reportTables(ws, resultsOf(ws), 'da', ['horizon'])[0]!.rows.find((r) => r[0]!.value === 'Måneder i perioden')!;
    expect(months[1]!.value).toBe(36);
  });

  it("say each scenario's first whole year on the handout's first-whole-year tables (Sjælland's alliance, 2024, stood beside 2026 unsaid)", () => {
    const sj = createWorkspace('Sjælland');
    const [comparison, bills] = reportTables(sj, resultsOf(sj), 'da', ['typical']);
    const header = comparison!.header;
    const years = comparison!.rows[0]!;
    expect(years[0]!.value).toBe('År');
    const alliance = header.findIndex((h) => /Klimaalliance/.test(h));
    expect(years[alliance]!.value).toBe('2024');
    expect(years[header.indexOf('Niveau 3')]!.value).toBe('2026');
    expect(bills!.rows[0]![0]!.value).toBe('År');
    // Not in the exports' tables, whose every table is one calendar year or the period.
    expect(reportTables(sj, resultsOf(sj), 'da').every((t) => t.rows[0]![0]!.value !== 'År')).toBe(true);
  });
});

describe("the handout's supplement year by year", () => {
  it('gives each calendar year’s supplement per scenario, a part year with its months, and the whole period’s total (one year stood on the handout, a rise in 2028 on no page)', () => {
    const half = applyCommand(applyCommand(ws, { type: 'setStart', scenarioId: 'level-2', start: { year: 2026, month: 7 } }), { type: 'setEnd', scenarioId: 'level-3', end: { year: 2027, month: 12 } });
    const results = resultsOf(half);
    const table = supplementByYearTable(half, results, 'da');
    expect(table.name).toBe('Kommunalt tillæg år for år (kr.)');
    expect(table.header).toEqual(['År', ...half.scenarios.map((s) => s.name)]);
    const level2 = 1 + half.scenarios.findIndex((s) => s.id === 'level-2');
    const years = results.byScenario['level-2']!.years;
    expect(table.rows.map((r) => r[0]!.value)).toEqual([...years.map((y) => String(y.year)), 'I alt']);
    expect(table.rows[0]![level2]).toEqual({ value: years[0]!.supplement.central, kind: 'kr', note: '6 mdr.' });
    expect(table.rows[1]![level2]).toEqual({ value: years[1]!.supplement.central, kind: 'kr' });
    expect(table.rows.at(-1)![level2]).toEqual({ value: years.reduce((sum, y) => sum + y.supplement.central, 0), kind: 'kr' });
    // A scenario that ends sooner: "–" in the years it does not run, its own period's total.
    const level3 = 1 + half.scenarios.findIndex((s) => s.id === 'level-3');
    const shorter = results.byScenario['level-3']!.years;
    expect(shorter.at(-1)!.year).toBe(2027);
    expect(table.rows[years.findIndex((y) => y.year === 2028)]![level3]).toEqual({ value: NONE, kind: 'text' });
    expect(table.rows.at(-1)![level3]).toEqual({ value: shorter.reduce((sum, y) => sum + y.supplement.central, 0), kind: 'kr' });
    // The basis's column, which the handout names.
    expect(table.header[table.basisColumn!]).toBe(half.scenarios.find((s) => s.id === half.baselineScenarioId)!.name);
  });
});

describe('the workbook’s choices and assessment', () => {
  it('says each scenario’s approval path, points of attention, score and anchoring in words, a composed one as composed, as the comparison does (the workbook had only cost lines’ labels)', async () => {
    // BRN governing, KL employing: no preset's pair.
    const composed = applyCommand(ws, { type: 'setAnchoring', scenarioId: 'level-2', part: 'employer', partId: 'kl' });
    const results = resultsOf(composed);
    const table = choicesTable(composed, results, 'da');
    expect(table.name).toBe('Valg og vurdering');
    const row = (label: string) => table.rows.find((r) => r[0]!.value === label)!.slice(1).map((c) => c.value);
    const level2 = composed.scenarios.findIndex((s) => s.id === 'level-2');
    expect(row('Forankringsmodel')[level2]).toBe('Sammensat');
    expect(row('Personaleledelse (arbejdsgiver)')[level2]).toBe(composed.employers.find((e) => e.id === 'kl')!.name.da);
    expect(row('Godkendelsesvej')[level2]).toMatch(/byråd|bestyrelse/);
    expect(row('Samlet vurdering (1–5)')).toEqual(composed.scenarios.map((s) => results.byScenario[s.id]!.criteria.score));
    // The same words as the comparison's rows.
    const comparison = reportTables(composed, results, 'da', ['typical'])[0]!;
    for (const r of table.rows) expect(comparison.rows).toContainEqual(r);
    // A sheet of its own in the written workbook, and the criteria on one named within Excel's 31 characters.
    const book = compileWorkbook(composed, 'da');
    expect(sheets(book, [table, criteriaTable(composed, results, 'da')]).map((s) => s.sheet).slice(-2)).toEqual(['Valg og vurdering', 'Kriterier']);
  });
});

describe("the handout's criteria behind the overall score", () => {
  it('gives each criterion’s weight and each scenario’s score on it, then the weighted score the comparison shows (the handout had the score and none of its reasons)', () => {
    const results = resultsOf(ws);
    const table = criteriaTable(ws, results, 'da');
    expect(table.header.slice(0, 2)).toEqual(['Kriterium', 'Vægt']);
    expect(table.rows.map((r) => r[0]!.value)).toEqual([...ws.criteria.map((c) => translate('da', `criterion_${c.id}`)), 'Samlet vurdering (1–5)']);
    expect(table.rows.slice(0, -1).map((r) => r[1]!.value)).toEqual(ws.criteria.map((c) => c.weight));
    ws.scenarios.forEach((s, i) => {
      const scores = table.rows.slice(0, -1).map((r) => r[2 + i]!.value as number);
      const weights = ws.criteria.map((c) => c.weight);
      const weighted = scores.reduce((sum, v, j) => sum + v * weights[j]!, 0) / weights.reduce((a, b) => a + b, 0);
      expect(table.rows.at(-1)![2 + i]!.value).toBeCloseTo(weighted, 6);
      expect(table.rows.at(-1)![2 + i]!.value).toBe(results.byScenario[s.id]!.criteria.score);
    });
    expect(table.header[table.basisColumn!]).toBe(ws.scenarios.find((s) => s.id === ws.baselineScenarioId)!.name);
  });
});

describe('a funder that pays in part of the period', () => {
  it('says its months beside its name, in the comparison and the assumptions (a handout showed its 0 in 2026 and never the months)', () => {
    const part = applyCommand(ws, { type: 'setFunder', funderId: 'external', patch: { amount: { low: 400_000, central: 400_000, high: 400_000 }, from: { year: 2027, month: 7 }, to: { year: 2028, month: 6 } } });
    const all = reportTables(part, resultsOf(part), 'da', ['typical']);
    const [comparison, assumptions] = [all[0], all.find((t) => t.name === 'Antagelser')];
    const labels = (t: typeof comparison) => t!.rows.map((r) => String(r[0]!.value));
    expect(labels(comparison)).toContain('Ekstern finansiering og projektmidler (fra juli 2027 til juni 2028)');
    expect(labels(assumptions).find((l) => l.startsWith('Ekstern'))).toBe('Ekstern finansiering og projektmidler (kr./år, fra juli 2027 til juni 2028)');
    // A funder of the whole period is named alone.
    expect(labels(comparison)).toContain('Grundbevilling BRN');
    const english = reportTables(part, resultsOf(part), 'en', ['typical']);
    expect(english[0]!.rows.map((r) => String(r[0]!.value))).toContain('External and project funding (from July 2027 to June 2028)');
  });
});

describe('Excel workbook', () => {
  it('has the calculating sheets first, then the portfolios as values', async () => {
    const { names } = await readWorkbook(ws);
    expect(names).toEqual(['Sammenligning', 'Beregning', 'Kommuner', 'Antagelser', 'Kilder', 'Opgavekatalog', 'Opgaver']);
  });

  it('holds figures as formulas with Danish-displayable formats, each with its value cached, and asks Excel to recalculate on opening', async () => {
    const { cell, workbook, book } = await readWorkbook(ws);
    // Sammenligning: row 3 is the total cost, Niveau 3 is the third scenario (column D).
    const totalCost = cell(1, 'D3')!;
    expect(totalCost).toMatchObject({ number: 2_475_000, format: '#,##0' });
    expect(totalCost.formula).toMatch(/^Beregning!\$D\$\d+$/);
    expect(cell(1, 'C5')?.format).toBe('#,##0.00');
    expect(book.expected.get('Sammenligning!D3')).toBe(2_475_000);
    expect(workbook).toContain('<calcPr fullCalcOnLoad="1"');
  });
});

describe('CSV', () => {
  const csv = toCsv(tables, 'semicolon');
  it('is UTF-8 with a byte-order mark, semicolon-separated, with decimal commas and no thousands separators', () => {
    expect(csv.startsWith('\uFEFFSammenligning – 2026\r\n')).toBe(true);
    const totalCost = csv.split('\r\n').find((line) => line.startsWith('Samlet udgift (kr.);'));
    expect(totalCost).toBe('Samlet udgift (kr.);1225000;1845000;2475000;3450000;1977000');
  });

  it('puts the decision first, as the screen does: cost, supplement, per inhabitant, approval, flags, score, then the choices', () => {
    const labels = csv.split('\r\n').slice(2, 12).map((line) => line.split(';')[0]);
    expect(labels).toEqual(['Samlet udgift (kr.)', 'Samlet udgift (kr.) – lav', 'Samlet udgift (kr.) – høj', 'Kommunalt tillæg (kr.)', 'Kr. pr. indbygger', 'Godkendelsesvej', 'Opmærksomhedspunkter', 'Samlet vurdering (1–5)', 'Ambitionsniveau', 'Forankringsmodel']);
  });

  it('says the approval path in words, and where only the high estimate has a supplement that every council may still have to approve (Niveau 1: its range is 0–50.000)', () => {
    const approval = csv.split('\r\n').find((line) => line.startsWith('Godkendelsesvej;'))?.replace(/\u00a0/g, ' ');
    expect(approval).toBe('Godkendelsesvej;BRN-bestyrelsen (+ 11 byråd ved højt skøn);BRN-bestyrelsen + 11 byråd;BRN-bestyrelsen + 11 byråd;BRN-bestyrelsen + 11 byråd;BRN-bestyrelsen + 11 byråd');
  });

  it('names the ambition level as the screen does, "tilpasset" where the tasks differ from the level (it printed a bare 2)', () => {
    const level = csv.split('\r\n').find((line) => line.startsWith('Ambitionsniveau;'));
    expect(level).toBe('Ambitionsniveau;Niveau 1;Niveau 2;Niveau 3;Niveau 4;Niveau 2 · tilpasset');
  });

  it('gives each scenario the cost per FTE its staff cost is made with: its own where it has one, else the shared one', () => {
    const own = applyCommand(ws, { type: 'setScenarioCostPerFte', scenarioId: 'level-4', cost: { low: 600_000, central: 600_000, high: 600_000 } });
    const line = (label: string) => toCsv(reportTables(own, resultsOf(own), 'da'), 'semicolon').split('\r\n').find((l) => l.startsWith(`${label};`));
    expect(line('Lønomkostning pr. årsværk (kr.)')).toBe('Lønomkostning pr. årsværk (kr.);550000;550000;550000;600000;550000');
    // Niveau 4's 4,5 årsværk at its own 600.000: the staff cost the row explains.
    expect(line('heraf løn')?.split(';')[4]).toBe('2700000');
  });

  it('gives a later year the cost per FTE in its own kroner, indexed as its staff cost is (2028 showed 2026’s 550.000 beside an indexed "heraf løn")', () => {
    const indexed = applyCommand(ws, { type: 'setAssumption', change: { key: 'wageIndexation', value: 2 } });
    const rows = (key: '2028' | 'horizon') => reportTables(indexed, resultsOf(indexed), 'da', [key])[0]!.rows;
    const value = (key: '2028' | 'horizon', label: string) => rows(key).find((r) => r[0]!.value === label)![2]!.value;
    // 550.000 × 1,02² = 572.220: Niveau 2's 2 årsværk make 1.144.440 in 2028.
    expect(value('2028', 'Lønomkostning pr. årsværk med lønfremskrivning (kr.)')).toBe(572_220);
    expect(value('2028', 'heraf løn')).toBe(1_144_440);
    // The whole period's table: the price year's amount, as entered.
    expect(value('horizon', 'Lønomkostning pr. årsværk (kr.)')).toBe(550_000);
  });

  it('lists the municipalities by name in Danish order, as the screen does, each with its own bill', () => {
    const table = tables.find((t) => t.name.startsWith('Kommuner'))!;
    const names = table.rows.map((r) => String(r[0]!.value));
    expect(names).toEqual(['Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Læsø', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Vesthimmerlands', 'Aalborg', 'I alt']);
    const laeso = table.rows[4]!;
    expect(laeso[1]!.value).toBe(1_683);
  });

  it('gives a changed assumption the user as its source, not the default’s reasoning (it said "Antagelse: 0 % …" beside 2,9 %), and a rate its unit', () => {
    const line = (w: Workspace) => toCsv(reportTables(w, resultsOf(w), 'da'), 'semicolon').split('\r\n').find((l) => l.startsWith('Årlig lønfremskrivning'))!;
    expect(line(ws)).toContain('Antagelse: 0 %');
    const changed = applyCommand(ws, { type: 'setAssumption', change: { key: 'wageIndexation', value: 2.9 } });
    expect(line(changed)).toMatch(/^Årlig lønfremskrivning \(%\);2,9;2,9;2,9;Jeres eget tal$/);
    // Set back to the default, its source is the region's again.
    expect(line(applyCommand(changed, { type: 'setAssumption', change: { key: 'wageIndexation', value: 0 } }))).toContain('Antagelse: 0 %');
  });

  it('quotes fields that contain a semicolon', () => {
    const quoted = toCsv([{ name: 'a;b', header: ['x'], rows: [[{ value: 'say "hi"; bye', kind: 'text' }]] }], 'semicolon');
    expect(quoted).toBe('\uFEFF"a;b"\r\nx\r\n"say ""hi""; bye"\r\n');
  });

  it('is comma-separated with decimal points for English Excel (the Danish file read as one column of text there), quoting fields with either separator', () => {
    const english = toCsv(reportTables(ws, resultsOf(ws), 'en'), 'comma');
    const lines = english.split('\r\n');
    expect(lines.find((line) => line.startsWith('Total cost (kr.),'))).toBe('Total cost (kr.),1225000,1845000,2475000,3450000,1977000');
    // Kroner per inhabitant with a decimal point.
    const perInhabitant = lines.find((line) => line.startsWith('Kr. per inhabitant,'))!.split(',');
    expect(perInhabitant.slice(1).every((v) => /^\d+(\.\d+)?$/.test(v))).toBe(true);
    expect(perInhabitant.slice(1).some((v) => v.includes('.'))).toBe(true);
    // Every row of the comparison has as many fields as its header, quoted texts with commas
    // ("Vulnerable: fewer than 1.5 FTE; Surplus: …") counted as one.
    const fields = (line: string) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.filter((f, i, all) => i < all.length - 1 || f !== '').length;
    const comparison = lines.slice(1, lines.indexOf(''));
    expect(comparison.length).toBeGreaterThan(10);
    expect(new Set(comparison.map(fields))).toEqual(new Set([6]));
    expect(toCsv([{ name: 'a,b', header: ['x'], rows: [[{ value: 'one, two; three', kind: 'text' }, { value: 0.25, kind: 'share' }]] }], 'comma')).toBe('\uFEFF"a,b"\r\nx\r\n"one, two; three",0.25\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, in headers and cells alike', () => {
    let hostile = ws;
    const names = ['=HYPERLINK("http://x","click")', '+1+1', '-1+1', '@SUM(1)', "=cmd|' /C calc'!A0"];
    names.forEach((name, i) => (hostile = applyCommand(hostile, { type: 'renameScenario', scenarioId: hostile.scenarios[i]!.id, name })));
    const out = toCsv(reportTables(hostile, resultsOf(hostile), 'da'), 'semicolon');
    const fields = out.split(/[;\r\n]/).map((f) => f.replace(/^"|"$/g, ''));
    for (const f of fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    expect(out).toContain(`'+1+1`);
    // Numbers stay numbers.
    expect(out).toContain(';1225000;');
  });
});

describe('the handout’s task table', () => {
  it('gives each scenario’s årsværk per task, “–” where a scenario has not the task, and only tasks one of them has', () => {
    const table = taskFteTable(ws, 'da');
    expect(table.name).toBe('Opgaver – årsværk');
    expect(table.header).toEqual(['Opgave', ...ws.scenarios.map((s) => s.name)]);
    const row = (name: string) => table.rows.find((r) => r[0]!.value === name)!;
    // A level-1 task every level has; GEN2040 (level 3) is not in Niveau 1.
    expect(row('Overordnet 1:1 vejledning').slice(1).map((c) => c.value)).toEqual(ws.scenarios.map(() => 0.2));
    const gen2040 = table.rows.find((r) => String(r[0]!.value).startsWith('GEN2040'))!;
    expect(gen2040[1]).toEqual({ value: NONE, kind: 'text' });
    expect(gen2040.slice(1).some((c) => c.kind === 'fte')).toBe(true);
    // Niveau 1 alone: none of its rows is all dashes.
    const levelOne = taskFteTable(ws, 'da', ws.scenarios.slice(0, 1));
    expect(levelOne.rows.length).toBeLessThan(table.rows.length);
    expect(levelOne.rows.every((r) => r[1]!.kind === 'fte')).toBe(true);
    expect(taskFteTable(ws, 'en').name).toBe('Tasks – FTE');
  });
});

describe('the assumptions table', () => {
  it('names the populations’ date as a date beside its value ("Indbyggertal pr." | "1. januar 2026" read as a sentence cut in two: a walk)', () => {
    const assumptions = reportTables(ws, resultsOf(ws), 'da', ['typical']).find((t) => t.name === 'Antagelser')!;
    const row = assumptions.rows.find((r) => String(r[0]!.value) === 'Indbyggertallenes dato');
    expect(row?.[1]!.value).toBe('1. januar 2026');
  });
});

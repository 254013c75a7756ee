import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { applyCommand, computeWorkspace, createWorkspace, type Workspace } from '../model';
import { toCsv } from './csv';
import { reportTables, type ReportResults } from './report-tables';
import { sheets } from './xlsx';

const resultsOf = (ws: Workspace): ReportResults => {
  const r = computeWorkspace(ws);
  return { byScenario: Object.fromEntries(r.scenarios.map((s) => [s.scenarioId, s])), populationShares: [...r.populationShares], totalPopulation: r.totalPopulation };
};
const ws = createWorkspace();
const tables = reportTables(ws, resultsOf(ws), 'da');

/** Reads an .xlsx back: sheet names, and each cell as { number?, format }. */
async function readWorkbook(tablesToWrite: typeof tables) {
  const buffer = await writeExcelFile(sheets(tablesToWrite)).toBuffer();
  const files = unzipSync(new Uint8Array(buffer));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const styles = strFromU8(files['xl/styles.xml']!);
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"')]));
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '');
  const cell = (sheet: number, ref: string) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
    const match = new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)`).exec(xml);
    if (!match) return undefined;
    const style = /s="(\d+)"/.exec(match[1]!)?.[1];
    const isText = /t="(s|inlineStr|str)"/.test(match[1]!);
    return { number: isText ? undefined : Number(match[2]), format: style ? numFmts.get(xfs[Number(style)] ?? '') : undefined };
  };
  return { names, cell };
}

const rowOf = (table: (typeof tables)[number], label: string) => table.rows.findIndex((r) => r[0]!.value === label) + 2;

describe('Excel workbook', () => {
  it('has the comparison and the municipalities for each year and the whole period, the assumptions and the portfolios', async () => {
    const { names } = await readWorkbook(tables);
    expect(names).toEqual(['Sammenligning 2026', 'Sammenligning 2027', 'Sammenligning 2028', 'Sammenligning Hele perioden', 'Kommuner 2026', 'Kommuner 2027', 'Kommuner 2028', 'Kommuner Hele perioden', 'Antagelser', 'Opgavekatalog', 'Opgaver']);
  });

  it('stores figures as numbers with Danish-displayable formats, and every choice in words', async () => {
    const { cell } = await readWorkbook(tables);
    const comparison = tables[0]!;
    expect(cell(1, `D${rowOf(comparison, 'Samlet udgift (kr.)')}`)).toEqual({ number: 2_475_000, format: '#,##0' });
    expect(cell(1, `C${rowOf(comparison, 'Kr. pr. indbygger')}`)?.format).toBe('#,##0.00');
    const labels = comparison.rows.map((r) => r[0]!.value);
    expect(labels).toEqual(expect.arrayContaining(['Fordelingsnøgle', 'Start (måned)', 'Slut (måned)', 'Trukket fra opsparingen', 'Opsparing tilbage ved årets udgang', 'Godkendelsesvej']));
    expect(comparison.rows.find((r) => r[0]!.value === 'Godkendelsesvej')![3]).toEqual({ value: 'BRN-bestyrelsen + 11 byråd', kind: 'text' });
    // Municipalities: Læsø's population is an integer, and a total row equals the supplement.
    const municipalities = tables[4]!;
    expect(cell(5, `B${ws.municipalities.findIndex((m) => m.name === 'Læsø') + 2}`)).toEqual({ number: 1683, format: '0' });
    const total = municipalities.rows.at(-1)!;
    expect(total[0]!.value).toBe('I alt');
    expect(total[7]).toEqual({ value: 1_225_000, kind: 'kr' });
  });
});

describe('CSV', () => {
  const csv = toCsv(tables);
  it('is UTF-8 with a byte-order mark, semicolon-separated, with decimal commas and no thousands separators', () => {
    expect(csv.startsWith('\uFEFFSammenligning 2026\r\n')).toBe(true);
    const totalCost = csv.split('\r\n').find((line) => line.startsWith('Samlet udgift (kr.);'));
    expect(totalCost).toBe('Samlet udgift (kr.);1225000;1845000;2475000;3450000;1977000');
  });

  it('quotes fields that contain a semicolon', () => {
    const quoted = toCsv([{ name: 'a;b', header: ['x'], rows: [[{ value: 'say "hi"; bye', kind: 'text' }]] }]);
    expect(quoted).toBe('\uFEFF"a;b"\r\nx\r\n"say ""hi""; bye"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, in headers and cells alike', () => {
    let hostile = ws;
    const names = ['=HYPERLINK("http://x","click")', '+1+1', '-1+1', '@SUM(1)', "=cmd|' /C calc'!A0"];
    names.forEach((name, i) => (hostile = applyCommand(hostile, { type: 'renameScenario', scenarioId: hostile.scenarios[i]!.id, name })));
    const out = toCsv(reportTables(hostile, resultsOf(hostile), 'da'));
    const fields = out.split(/[;\r\n]/).map((f) => f.replace(/^"|"$/g, ''));
    for (const f of fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    expect(out).toContain(`'+1+1`);
    // Numbers stay numbers.
    expect(out).toContain(';1225000;');
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { computeWorkspace, createWorkspace } from '../model';
import { toCsv } from './csv';
import { reportTables } from './report-tables';
import { sheets } from './xlsx';

const ws = createWorkspace();
const tables = reportTables(ws, computeWorkspace(ws), 'da');

/** Reads an .xlsx back: sheet names, and each cell as { value, number?, format }. */
async function readWorkbook(tablesToWrite: typeof tables) {
  const buffer = await writeExcelFile(sheets(tablesToWrite)).toBuffer();
  const files = unzipSync(new Uint8Array(buffer));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const styles = strFromU8(files['xl/styles.xml']!);
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"')]));
  // Every <xf> counts for the index, with or without a number format.
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '');
  const cell = (sheet: number, ref: string) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
    const match = new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)`).exec(xml);
    if (!match) return undefined;
    const attributes = match[1]!;
    const style = /s="(\d+)"/.exec(attributes)?.[1];
    const isText = /t="(s|inlineStr|str)"/.test(attributes);
    return { number: isText ? undefined : Number(match[2]), format: style ? numFmts.get(xfs[Number(style)] ?? '') : undefined };
  };
  return { names, cell };
}

describe('Excel workbook', () => {
  it('has the comparison, municipalities, assumptions and task portfolios as sheets', async () => {
    const { names } = await readWorkbook(tables);
    expect(names).toEqual(['Sammenligning', 'Kommuner', 'Antagelser', 'Opgaveportefølje']);
  });

  it('stores figures as numbers with Danish-displayable number formats', async () => {
    const { cell } = await readWorkbook(tables);
    // Comparison sheet: row 6 is total cost (header + level, model, location, FTE), column D = level 3.
    expect(cell(1, 'D6')).toEqual({ number: 2_450_000, format: '#,##0' });
    const perInhabitantRow = tables[0]!.rows.findIndex((r) => r[0]!.value === 'Kr. pr. indbygger') + 2;
    expect(cell(1, `C${perInhabitantRow}`)?.format).toBe('#,##0.00');
    expect(cell(1, `C${perInhabitantRow}`)?.number).toBeCloseTo(580_000 / 593_114, 9);
    // Municipalities: Læsø's population is an integer number, not text.
    const laesoe = ws.municipalities.findIndex((m) => m.name === 'Læsø') + 2;
    expect(cell(2, `B${laesoe}`)).toEqual({ number: 1683, format: '0' });
  });
});

describe('CSV', () => {
  const csv = toCsv(tables);
  it('is UTF-8 with a byte-order mark, semicolon-separated, with decimal commas and no thousands separators', () => {
    expect(csv.startsWith('\uFEFFSammenligning\r\n')).toBe(true);
    const totalCost = csv.split('\r\n').find((line) => line.startsWith('Samlet udgift (kr./år);'));
    expect(totalCost).toBe('Samlet udgift (kr./år);1250000;1830000;2450000;3350000');
    const perInhabitant = csv.split('\r\n').find((line) => line.startsWith('Kr. pr. indbygger;'));
    expect(perInhabitant).toBe('Kr. pr. indbygger;0;0,9779;2,0232;3,5406');
  });
  it('quotes fields that contain a semicolon', () => {
    const quoted = toCsv([{ name: 'a;b', header: ['x'], rows: [[{ value: 'say "hi"; bye', kind: 'text' }]] }]);
    expect(quoted).toBe('\uFEFF"a;b"\r\nx\r\n"say ""hi""; bye"\r\n');
  });
});

// The exported workbook calculates: read back from the .xlsx bytes and recomputed by
// HyperFormula (the open, Excel-compatible engine), every formula equals the app's figure to
// the krone — for the default workspace and a random one — and after changing the base grant
// and the cost per FTE in the workbook, its figures equal the model's for the same edits.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { applyCommand, computeWorkspace, createWorkspace, figure, point, yearResult, type Command, type Workspace } from '../model';
import { randomWorkspace } from '../model/testing/random-workspace';
import { portfolioTables } from './report-tables';
import { compileWorkbook, type Workbook } from './workbook';
import { sheets, writeOptions } from './xlsx';

type Raw = (string | number | null)[][];

const unescape = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The .xlsx as HyperFormula reads a sheet: numbers, strings, and formulas as "=…". */
function readXlsx(bytes: Uint8Array): Record<string, Raw> {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path]!);
  const shared = [...(files['xl/sharedStrings.xml'] ? text('xl/sharedStrings.xml') : '').matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)<\/si>/g)].map((m) => unescape(m[1] ?? ''));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => unescape(m[1]!));
  const book: Record<string, Raw> = {};
  names.forEach((name, i) => {
    const rows: Raw = [];
    for (const c of text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const [, letters, rowText, attributes, inner = ''] = c;
      const formula = /<f>([^<]*)<\/f>/.exec(inner)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const row = (rows[Number(rowText) - 1] ??= []);
      row[columnIndex(letters!)] = formula !== undefined ? `=${unescape(formula)}` : v === undefined ? null : / t="s"/.test(attributes!) ? shared[Number(v)]! : Number(v);
    }
    book[name] = Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? null));
  });
  return book;
}

async function exported(ws: Workspace, lang: 'da' | 'en' = 'da'): Promise<{ book: Workbook; hf: HyperFormula; names: string[] }> {
  const book = compileWorkbook(ws, lang);
  const bytes = await writeExcelFile(sheets(book, portfolioTables(ws, lang)), writeOptions<import('node:stream').Stream | Buffer | import('node:buffer').Blob>(book)).toBuffer();
  // Exact comparisons and array arithmetic, as Excel's SUMPRODUCT evaluates its arguments.
  const read = readXlsx(new Uint8Array(bytes));
  const hf = HyperFormula.buildFromSheets(read, { licenseKey: 'gpl-v3', useArrayArithmetic: true, precisionEpsilon: 0, smartRounding: false });
  return { book, hf, names: Object.keys(read) };
}

function valueAt(hf: HyperFormula, address: string): unknown {
  const cell = hf.simpleCellAddressFromString(address, 0)!;
  return hf.getCellValue(cell);
}

/** Every formula cell as HyperFormula computes it, against the model's value. */
function mismatches(book: Workbook, hf: HyperFormula): string[] {
  const wrong: string[] = [];
  for (const [address, value] of book.expected) {
    const got = valueAt(hf, address);
    const kroner = Number.isInteger(value) && Math.abs(value) >= 1;
    if (typeof got !== 'number' || (kroner ? got !== value : Math.abs(got - value) > 1e-9 * Math.max(1, Math.abs(value)))) wrong.push(`${address}: ${JSON.stringify(got)} in the workbook, ${value} in the app`);
  }
  return wrong;
}

/** The decision figures of the app for a workspace, by the comparison sheet's keys. */
function appFigures(ws: Workspace): Map<string, number> {
  const figures = new Map<string, number>();
  for (const r of computeWorkspace(ws).scenarios) {
    const typical = yearResult(r, 'typical')!;
    figures.set(`${r.scenarioId}|totalCost`, figure(typical, 'totalCost'));
    figures.set(`${r.scenarioId}|supplement`, figure(typical, 'supplement'));
    figures.set(`${r.scenarioId}|perInhabitant`, figure(typical, 'perInhabitant'));
    figures.set(`${r.scenarioId}|horizon:totalCost`, r.horizon.cost.total.central);
    figures.set(`${r.scenarioId}|horizon:supplement`, r.horizon.supplement.central);
    ws.municipalities.forEach((m, i) => figures.set(`${r.scenarioId}|municipality:${m.code}`, typical.municipalAmounts[i]!));
  }
  return figures;
}

function comparisonMismatches(book: Workbook, hf: HyperFormula, ws: Workspace): string[] {
  const app = appFigures(ws);
  const wrong: string[] = [];
  for (const [key, address] of book.comparison) {
    const got = valueAt(hf, address) as number;
    const want = app.get(key)!;
    if (Math.abs(got - want) > (key.endsWith('perInhabitant') ? 1e-9 : 0)) wrong.push(`${key} (${address}): ${got} in the workbook, ${want} in the app`);
  }
  return wrong;
}

/** Changes the base grant (or the first kroner funder) and the cost per FTE, in the workbook and in the model. */
function whatIf(ws: Workspace, book: Workbook, hf: HyperFormula): Workspace {
  const funder = ws.funders.find((f) => f.unit === 'kr' && book.inputs.has(`ws|funder|${f.id}`))!;
  const grant = 1_500_000;
  const cost = 600_000;
  const set = (id: string, value: number) => hf.setCellContents(hf.simpleCellAddressFromString(book.inputs.get(id)!, 0)!, [[value]]);
  set(`ws|funder|${funder.id}`, grant);
  set('ws|costPerFte', cost);
  const edits: Command[] = [
    { type: 'setFunder', funderId: funder.id, patch: { amount: point(grant) } },
    { type: 'setAssumption', change: { key: 'costPerFte', value: point(cost) } },
  ];
  return edits.reduce(applyCommand, ws);
}

describe('the workbook that calculates', () => {
  it('lists the municipalities on "Sammenligning" by name, as the app and the handout do (Aalborg last, as Ålborg)', () => {
    const ws = createWorkspace('Nordjylland');
    const comparison = compileWorkbook(ws, 'da').sheets.find((s) => s.name === 'Sammenligning')!;
    const names = new Set(ws.municipalities.map((m) => m.name));
    const listed = comparison.rows.map((r) => r[0]?.value).filter((v): v is string => typeof v === 'string' && names.has(v));
    expect(listed).toEqual(['Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Læsø', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Vesthimmerlands', 'Aalborg']);
  });

  it('default workspace: every formula equals the app to the krone, and two edits in the workbook give the model’s figures', async () => {
    const ws = createWorkspace('Nordjylland');
    const { book, hf } = await exported(ws);
    expect(book.expected.size).toBeGreaterThan(500);
    expect(mismatches(book, hf)).toEqual([]);
    expect(comparisonMismatches(book, hf, ws)).toEqual([]);
    // Level 2's supplement as the meeting knows it: 1.845.000 − 1.250.000 = 595.000.
    expect(valueAt(hf, book.comparison.get('level-2|supplement')!)).toBe(595_000);
    const edited = whatIf(ws, book, hf);
    expect(valueAt(hf, book.comparison.get('level-2|supplement')!)).toBe(computeWorkspace(edited).scenarios[1]!.years[0]!.supplement.central);
    expect(comparisonMismatches(book, hf, edited)).toEqual([]);
  });

  it('in English: every sheet has an English name (five were Danish beside "Task catalogue") and the formulas, which name the sheets, still equal the app', async () => {
    const ws = createWorkspace('Nordjylland');
    const { book, hf, names } = await exported(ws, 'en');
    expect(names).toEqual(['Comparison', 'Calculation', 'Municipalities', 'Assumptions', 'Sources', 'Task catalogue', 'Tasks']);
    expect(mismatches(book, hf)).toEqual([]);
    expect(comparisonMismatches(book, hf, ws)).toEqual([]);
  });

  it('Sjælland (an FTE paid by the region for five years from July 2023) and random workspaces from the property generator: the same, to the krone', async () => {
    const samples = [createWorkspace('Sjælland'), ...fc.sample(randomWorkspace(), { seed: 20261123, numRuns: 3 })];
    for (const ws of samples) {
      const { book, hf } = await exported(ws);
      expect(mismatches(book, hf)).toEqual([]);
      expect(comparisonMismatches(book, hf, ws)).toEqual([]);
      const edited = whatIf(ws, book, hf);
      expect(comparisonMismatches(book, hf, edited)).toEqual([]);
    }
  });
});

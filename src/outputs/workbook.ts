/**
 * A workbook that calculates: the model's explanation trees compiled to formulas. Every input
 * is a cell on "Antagelser" (with its origin on "Kilder"); every figure is a formula over the
 * cells of its terms on "Beregning"; each municipality's bill is the largest-remainder rule in
 * helper columns on "Kommuner"; "Sammenligning" shows the decision figures side by side by
 * reference. A director who changes an input in Excel gets the figures the app would show.
 *
 * The output is plain data (sheets of cells, a formula as text); xlsx.ts writes it. `expected`
 * holds the model's value of every formula cell, which the HyperFormula test holds Excel to.
 */
import { nodeTitle, originText, ruleText, termText } from '../i18n/explain-words';
import { translate } from '../i18n/i18n';
import { explainFigure, typicalYear, type Explanation, type ExplainUnit } from '../model/explain';
import { yearsOf } from '../model/calendar';
import { byName } from '../model/municipalities';
import type { FigureId, YearKey } from '../model/figures';
import type { Lang, Scenario, Workspace } from '../model/types';
import '../i18n/strings-da-later';

export type CellFormat = 'kr' | 'krPerInhabitant' | 'fte' | 'factor' | 'number' | 'percent' | 'year';

export interface WorkbookCell {
  readonly value?: string | number;
  /** Excel formula without the leading "=", in Excel's English syntax (commas, dots). */
  readonly formula?: string;
  readonly format?: CellFormat;
  readonly bold?: boolean;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: WorkbookCell[][];
  readonly widths: readonly number[];
}

export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  /** The model's value of every formula cell, by address ("Beregning!D12"). */
  readonly expected: ReadonlyMap<string, number>;
  /** Where each decision figure sits on "Sammenligning", by "scenario id|row key". */
  readonly comparison: ReadonlyMap<string, string>;
  /** Where each input sits on "Antagelser", by the explanation's input id ("ws|costPerFte"). */
  readonly inputs: ReadonlyMap<string, string>;
}

const WORDS = {
  da: {
    inputs: 'Antagelser',
    sources: 'Kilder',
    ledger: 'Beregning',
    municipalities: 'Kommuner',
    comparison: 'Sammenligning',
    input: 'Input',
    scope: 'Gælder',
    all: 'Alle scenarier',
    value: 'Værdi',
    low: 'Lav',
    high: 'Høj',
    source: 'Kilde',
    figure: 'Tal',
    scenario: 'Scenarie',
    year: 'År',
    rule: 'Regel',
    horizon: 'Hele perioden',
    kind: 'Kildetype',
    document: 'Dokument',
    quote: 'Citat eller begrundelse',
    municipality: 'Kommune',
    code: 'Kode',
    order: 'Rækkefølge ved lige rest',
    share: 'Andel',
    exact: 'Præcis andel (kr.)',
    whole: 'Hele kroner',
    remainder: 'Rest',
    rank: 'Plads',
    amount: 'Beløb (kr.)',
    left: 'Kroner tilbage efter hele kroner',
    typicalYear: 'År (første hele år)',
    note: 'Beregningen bruger Værdi; Lav og Høj er intervallet, som appen viser. Skift en værdi, og alle tal genberegnes.',
  },
  en: {
    inputs: 'Assumptions',
    sources: 'Sources',
    ledger: 'Calculation',
    municipalities: 'Municipalities',
    comparison: 'Comparison',
    input: 'Input',
    scope: 'Applies to',
    all: 'All scenarios',
    value: 'Value',
    low: 'Low',
    high: 'High',
    source: 'Source',
    figure: 'Figure',
    scenario: 'Scenario',
    year: 'Year',
    rule: 'Rule',
    horizon: 'Whole period',
    kind: 'Kind of source',
    document: 'Document',
    quote: 'Quote or reason',
    municipality: 'Municipality',
    code: 'Code',
    order: 'Order on equal remainders',
    share: 'Share',
    exact: 'Exact share (kr.)',
    whole: 'Whole kroner',
    remainder: 'Remainder',
    rank: 'Place',
    amount: 'Amount (kr.)',
    left: 'Kroner left after whole kroner',
    typicalYear: 'Year (first full year)',
    note: 'The calculation uses Value; Low and High are the range the app shows. Change a value and every figure recalculates.',
  },
} as const;

const FORMAT_OF: Record<ExplainUnit, CellFormat> = { kr: 'kr', fte: 'fte', krPerInhabitant: 'krPerInhabitant', factor: 'factor', months: 'number', inhabitants: 'number', percent: 'percent', year: 'year', number: 'number' };

/** Column letters: 0 → A, 26 → AA. */
const column = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : column(Math.floor(index / 26) - 1) + column(index % 26));

class Sheet {
  readonly rows: WorkbookCell[][] = [];
  constructor(
    readonly name: string,
    readonly widths: readonly number[],
  ) {}
  /** Appends a row; returns its 1-based number. */
  add(cells: WorkbookCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  ref(col: number, row: number, absolute = true): string {
    return absolute ? `${this.name}!$${column(col)}$${row}` : `${this.name}!${column(col)}${row}`;
  }
}

class WorkbookCompiler {
  private readonly words;
  private readonly inputs: Sheet;
  private readonly sources: Sheet;
  private readonly ledger: Sheet;
  private readonly municipalities: Sheet;
  readonly comparison: Sheet;
  /** Node id → absolute reference of the cell that holds it. */
  private readonly placed = new Map<string, string>();
  readonly expected = new Map<string, number>();
  readonly comparisonCells = new Map<string, string>();
  readonly inputCells = new Map<string, string>();

  constructor(
    private readonly ws: Workspace,
    private readonly lang: Lang,
  ) {
    this.words = WORDS[lang];
    const w = this.words;
    this.comparison = new Sheet(w.comparison, [44, ...ws.scenarios.map(() => 18)]);
    this.ledger = new Sheet(w.ledger, [52, 24, 8, 16, 60]);
    this.municipalities = new Sheet(w.municipalities, [22, 8, 12, 12, 16, 14, 12, 8, 14]);
    this.inputs = new Sheet(w.inputs, [58, 24, 16, 8, 14, 14, 70]);
    this.sources = new Sheet(w.sources, [58, 24, 14, 10, 100]);
    this.inputs.add([w.input, w.scope, w.value, '', w.low, w.high, w.source].map((value) => ({ value, bold: true })));
    this.sources.add([w.input, w.scope, w.kind, w.document, w.quote].map((value) => ({ value, bold: true })));
    this.ledger.add([w.figure, w.scenario, w.year, w.value, w.rule].map((value) => ({ value, bold: true })));
  }

  private scenarioName = (id: string) => this.ws.scenarios.find((s) => s.id === id)?.name ?? id;

  private formula(sheet: Sheet, col: number, row: number, formula: string, value: number, format: CellFormat): WorkbookCell {
    this.expected.set(sheet.ref(col, row, false).replace(/\$/g, ''), value);
    return { formula, format };
  }

  /** A term as it appears in a formula: a constant inline, anything else by reference. */
  private term(node: Explanation): string {
    if (node.origin?.kind === 'constant') return String(node.value);
    this.place(node);
    return this.placed.get(node.id)!;
  }

  private placeInput(node: Explanation): void {
    const scope = node.id.startsWith('ws|') ? this.words.all : this.scenarioName(node.id.split('|')[0]!);
    const origin = originText(node.origin!, this.lang, this.scenarioName);
    const row = this.inputs.rows.length + 1;
    this.inputs.add([
      { value: nodeTitle(node, this.lang) },
      { value: scope },
      { value: node.value, format: FORMAT_OF[node.unit] },
      { value: node.unit === 'kr' ? 'kr.' : node.unit === 'fte' ? (this.lang === 'da' ? 'årsværk' : 'FTE') : node.unit === 'percent' ? '%' : '' },
      node.range ? { value: node.range.low, format: FORMAT_OF[node.unit] } : {},
      node.range ? { value: node.range.high, format: FORMAT_OF[node.unit] } : {},
      { value: origin.text },
    ]);
    this.sources.add([{ value: nodeTitle(node, this.lang) }, { value: scope }, { value: translate(this.lang, `origin_${origin.kind}`) }, { value: origin.document ?? '' }, { value: origin.quote ?? origin.text }]);
    this.placed.set(node.id, this.inputs.ref(2, row));
    this.inputCells.set(node.id, this.inputs.ref(2, row, false));
  }

  /** The Excel formula of a node's rule over its terms (in the model's order of operations). */
  private ruleFormula(node: Explanation): string {
    const t = node.terms!.map((term) => this.term(term));
    const round = (f: string) => (node.round === undefined ? f : `ROUND(${f},${node.round})`);
    switch (node.rule!) {
      case 'sum':
        return round(t.length === 0 ? '0' : t.join('+'));
      case 'difference':
        return round(t.join('-'));
      case 'product':
        return round(t.join('*'));
      case 'quotient':
        // Nobody to divide by (no inhabitants entered) gives 0, as in the app, not #DIV/0!.
        return round(node.terms![1]!.origin?.kind === 'constant' ? `${t[0]}/${t[1]}` : `IF(${t[1]}=0,0,${t[0]}/${t[1]})`);
      case 'atLeastZero':
        return round(`MAX(0,${t.join('-')})`);
      case 'leastAtLeastZero':
        return round(`MAX(0,MIN(${t.join(',')}))`);
      case 'index':
        return round(`(1+${t[0]}/100)^(${t[1]}-${t[2]})`);
      case 'mixedWeight':
        return round(`${t[0]}/100/${t[1]}+(1-${t[0]}/100)*${t[2]}`);
      case 'first':
        return t[0]!;
      case 'largestRemainder':
        throw new Error('A municipality’s bill is placed with its block');
    }
  }

  private scenarioYearOf(node: Explanation): { scenario: string; year: string } {
    const [scenario = '', year = ''] = node.id.split('|');
    return { scenario: this.ws.scenarios.some((s) => s.id === scenario) ? this.scenarioName(scenario) : this.words.all, year: year === 'horizon' ? this.words.horizon : /^\d+$/.test(year) ? year : '' };
  }

  place(node: Explanation): void {
    if (this.placed.has(node.id)) return;
    if (!node.rule) return this.placeInput(node);
    if (node.rule === 'largestRemainder') return this.placeMunicipalities(node);
    const formula = this.ruleFormula(node);
    if (this.placed.has(node.id)) return;
    const row = this.ledger.rows.length + 1;
    const where = this.scenarioYearOf(node);
    this.ledger.add([{ value: nodeTitle(node, this.lang) }, { value: where.scenario }, { value: where.year }, this.formula(this.ledger, 3, row, formula, node.value, FORMAT_OF[node.unit]), { value: ruleText(node.rule, this.lang) }]);
    this.placed.set(node.id, this.ledger.ref(3, row));
  }

  /** One scenario-year's allocation, every municipality at once: the largest remainder in columns. */
  private placeMunicipalities(first: Explanation): void {
    const [scenarioId, yearText] = first.id.split('|') as [string, string];
    const year = `${yearText}` as YearKey;
    const ws = this.ws;
    const trees = ws.municipalities.map((_, i) => explainFigure(ws, { scenarioId, figure: `municipality:${i}`, year })!);
    const [supplement, , weightSum] = trees[0]!.terms!.map((term) => this.term(term));
    const weights = trees.map((tree) => this.term(tree.terms![1]!));
    const sheet = this.municipalities;
    const w = this.words;
    const n = ws.municipalities.length;
    const head = sheet.add([{ value: this.scenarioName(scenarioId), bold: true }, { value: yearText, bold: true }, {}, { value: w.left }, {}]);
    sheet.add([w.municipality, w.code, w.order, w.share, w.exact, w.whole, w.remainder, w.rank, w.amount].map((value) => ({ value, bold: true })));
    const top = sheet.rows.length + 1;
    const bottom = top + n - 1;
    const range = (col: number) => `$${column(col)}$${top}:$${column(col)}$${bottom}`;
    // Listed by municipality code: the order ties are broken in, and the order the weights are summed in.
    const byCode = ws.municipalities.map((m, i) => ({ m, i })).sort((a, b) => (a.m.code < b.m.code ? -1 : a.m.code > b.m.code ? 1 : a.i - b.i));
    byCode.forEach(({ m, i }, place) => {
      const row = top + place;
      const a = trees[i]!.allocation!;
      sheet.add([
        { value: m.name },
        { value: m.code },
        { value: place + 1, format: 'number' },
        this.formula(sheet, 3, row, weights[i]!, trees[i]!.terms![1]!.value, 'factor'),
        this.formula(sheet, 4, row, `IF(${weightSum}>0,${supplement}*D${row}/${weightSum},${supplement}/${n})`, a.exact, 'krPerInhabitant'),
        this.formula(sheet, 5, row, `INT(E${row})`, a.whole, 'kr'),
        this.formula(sheet, 6, row, `E${row}-F${row}`, a.remainder, 'factor'),
        this.formula(sheet, 7, row, `1+SUMPRODUCT((${range(6)}>G${row})+(${range(6)}=G${row})*(${range(2)}<C${row}))`, a.rank, 'number'),
        this.formula(sheet, 8, row, `F${row}+IF(H${row}<=$E$${head},1,0)`, trees[i]!.value, 'kr'),
      ]);
      this.placed.set(trees[i]!.id, sheet.ref(8, row));
    });
    sheet.rows[head - 1]![4] = this.formula(sheet, 4, head, `MIN(${n},MAX(0,${supplement}-SUM(${range(5)})))`, trees[0]!.allocation!.left, 'kr');
    sheet.add([]);
  }

  /** The figures of one scenario, year by year and for the whole period, into the ledger. */
  scenario(s: Scenario, figures: readonly FigureId[]): void {
    this.ledger.add([{ value: s.name, bold: true }]);
    for (const year of [...yearsOf(s.start, s.end).map((y) => String(y) as YearKey), 'horizon' as const])
      for (const figure of figures) {
        const tree = explainFigure(this.ws, { scenarioId: s.id, figure, year });
        if (tree) this.place(tree);
      }
  }

  /** The decision figures side by side, each a reference to its cell. */
  compare(rows: readonly { key: string; label: string; figure: FigureId; year: 'typical' | 'horizon' }[]): void {
    const sheet = this.comparison;
    sheet.add([{ value: '' }, ...this.ws.scenarios.map((s) => ({ value: s.name, bold: true }))]);
    sheet.add([{ value: this.words.typicalYear }, ...this.ws.scenarios.map((s) => ({ value: typicalYear(s), format: 'year' as const }))]);
    for (const r of rows) {
      const row = sheet.rows.length + 1;
      sheet.add([
        { value: r.label },
        ...this.ws.scenarios.map((s, i) => {
          const tree = explainFigure(this.ws, { scenarioId: s.id, figure: r.figure, year: r.year })!;
          this.place(tree);
          this.comparisonCells.set(`${s.id}|${r.key}`, `${sheet.name}!${column(i + 1)}${row}`);
          return this.formula(sheet, i + 1, row, this.placed.get(tree.id)!, tree.value, FORMAT_OF[tree.unit]);
        }),
      ]);
    }
  }

  sheets(): WorkbookSheet[] {
    this.inputs.add([]);
    this.inputs.add([{ value: this.words.note }]);
    return [this.comparison, this.ledger, this.municipalities, this.inputs, this.sources].map((s) => ({ name: s.name, rows: s.rows, widths: s.widths }));
  }
}

/** The calculating workbook of a workspace. */
export function compileWorkbook(ws: Workspace, lang: Lang): Workbook {
  const compiler = new WorkbookCompiler(ws, lang);
  const term = (t: Parameters<typeof termText>[0]) => termText(t, lang);
  const whole = WORDS[lang].horizon;
  const figures: FigureId[] = ['totalCost', 'funding', 'supplement', 'perInhabitant', 'surplus', 'reserveLeft'];
  for (const s of ws.scenarios) compiler.scenario(s, figures);
  compiler.compare([
    { key: 'totalCost', label: term({ term: 'totalCost' }), figure: 'totalCost', year: 'typical' },
    { key: 'supplement', label: term({ term: 'supplement' }), figure: 'supplement', year: 'typical' },
    { key: 'perInhabitant', label: term({ term: 'perInhabitant' }), figure: 'perInhabitant', year: 'typical' },
    { key: 'horizon:totalCost', label: `${term({ term: 'totalCost' })}, ${whole.toLowerCase()}`, figure: 'totalCost', year: 'horizon' },
    { key: 'horizon:supplement', label: `${term({ term: 'supplement' })}, ${whole.toLowerCase()}`, figure: 'supplement', year: 'horizon' },
    // By name, as the app, the handout and the CSV list them (by code, Morsø came before Brønderslev).
    ...byName(ws.municipalities).map(({ municipality: m, index }) => ({ key: `municipality:${m.code}`, label: m.name, figure: `municipality:${index}` as const, year: 'typical' as const })),
  ]);
  return { sheets: compiler.sheets(), expected: compiler.expected, comparison: compiler.comparisonCells, inputs: compiler.inputCells };
}

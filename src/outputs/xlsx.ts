/**
 * Writes the workbook: the calculating sheets (formulas, see workbook.ts) followed by value
 * tables (the catalogue, the task portfolios). Numbers carry number formats, so Danish Excel
 * shows #,##0 as 1.250.000. Formula cells carry the model's value as their cached result, and
 * the workbook asks Excel to recalculate on opening, so every viewer shows the same figures.
 * write-excel-file loads only here.
 */
import type { Feature, SheetData } from 'write-excel-file/browser';
import type { CellKind, ReportTable } from './report-tables';
import type { CellFormat, Workbook, WorkbookSheet } from './workbook';

const FORMATS: Record<Exclude<CellKind, 'text'> | CellFormat, string> = {
  kr: '#,##0',
  perInhabitant: '#,##0.00',
  krPerInhabitant: '#,##0.00',
  fte: '0.00',
  percent: '0.00',
  share: '0.00%',
  score: '0.00',
  integer: '0',
  number: '0',
  year: '0',
  factor: '0.0000',
};

/** Excel sheet names: at most 31 characters, none of []:*?/\ */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export function sheetData(table: ReportTable): SheetData {
  return [
    table.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((cell) =>
        cell.kind === 'text' ? { value: String(cell.value), type: String } : { value: Number(cell.value), type: Number, format: FORMATS[cell.kind] },
      ),
    ),
  ];
}

function calculatingSheetData(sheet: WorkbookSheet): SheetData {
  return sheet.rows.map((row) =>
    row.map((cell) => {
      const style = { ...(cell.bold ? { fontWeight: 'bold' as const } : {}), ...(cell.format ? { format: FORMATS[cell.format] } : {}) };
      if (cell.formula !== undefined) return { value: cell.formula, type: 'Formula' as const, ...style };
      if (typeof cell.value === 'number') return { value: cell.value, type: Number, ...style };
      if (typeof cell.value === 'string') return { value: cell.value, type: String, ...style };
      return null;
    }),
  );
}

/**
 * Recalculate on opening, and give each formula its computed value, so a viewer that does not
 * recalculate (a preview, a phone) still shows the figures.
 */
function cachedValues<FileContent>(book: Workbook): Feature<FileContent> {
  const byCell = new Map<string, number>();
  for (const [address, value] of book.expected) byCell.set(address, value);
  return {
    files: {
      transform: {
        'xl/workbook.xml': { transformElementAttributes: (tag, attributes) => (tag === 'calcPr' ? { ...attributes, fullCalcOnLoad: 1 } : attributes) },
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const name = book.sheets[sheetIndex]?.name;
            if (!name) return xml;
            return xml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f><\/c>/g, (whole, ref: string, attributes: string, formula: string) => {
              const value = byCell.get(`${name}!${ref}`);
              return value === undefined || !Number.isFinite(value) ? whole : `<c r="${ref}"${attributes}><f>${formula}</f><v>${value}</v></c>`;
            });
          },
        },
      },
    },
  };
}

/** The options that go with `sheets` when writing (the cached values and recalculation). */
export const writeOptions = <FileContent>(book: Workbook) => ({ features: [cachedValues<FileContent>(book)] });

export function sheets(book: Workbook, tables: readonly ReportTable[]) {
  return [
    ...book.sheets.map((sheet) => ({ data: calculatingSheetData(sheet), sheet: sheetName(sheet.name), stickyRowsCount: 1, stickyColumnsCount: 1, columns: sheet.widths.map((width) => ({ width })) })),
    ...tables.map((table) => ({
      data: sheetData(table),
      sheet: sheetName(table.sheet ?? table.name),
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
      columns: table.header.map((_, i) => ({ width: i === 0 ? 42 : 16 })),
    })),
  ];
}

export async function workbookBlob(book: Workbook, tables: readonly ReportTable[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  return writeExcelFile(sheets(book, tables), writeOptions<File | Blob | ArrayBuffer>(book)).toBlob();
}

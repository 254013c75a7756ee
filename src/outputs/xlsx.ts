/**
 * The comparison as an Excel workbook: one sheet per report table, numbers as numbers with
 * number formats (Danish Excel shows #,##0 as 1.250.000). write-excel-file loads only here.
 */
import type { SheetData } from 'write-excel-file/browser';
import type { CellKind, ReportTable } from './report-tables';

const FORMATS: Record<Exclude<CellKind, 'text'>, string> = {
  kr: '#,##0',
  perInhabitant: '#,##0.00',
  fte: '0.00',
  percent: '0.00',
  share: '0.00%',
  score: '0.00',
  integer: '0',
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

export const sheets = (tables: readonly ReportTable[]) =>
  tables.map((table) => ({
    data: sheetData(table),
    sheet: sheetName(table.name),
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
    columns: table.header.map((_, i) => ({ width: i === 0 ? 42 : 16 })),
  }));

export async function workbookBlob(tables: readonly ReportTable[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  return writeExcelFile(sheets(tables)).toBlob();
}

/**
 * The same tables as CSV the way Excel opens it under the computer's regional settings, which
 * the browser cannot see, so the user picks one: Danish settings read semicolons and a decimal
 * comma, English ones commas and a decimal point (each reads the other's file as one column of
 * text). UTF-8 with a byte-order mark, and each table after its title with a blank line between.
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is
 * neutralised with a leading apostrophe, as OWASP advises; numbers stay numbers.
 */
import type { ReportCell, ReportTable } from './report-tables';

/** Excel's reading of CSV under Danish or English regional settings. */
export type CsvConvention = 'semicolon' | 'comma';

const EXCEL_CSV_CONVENTIONS: Record<CsvConvention, { readonly separator: string; readonly decimal: string }> = {
  semicolon: { separator: ';', decimal: ',' },
  comma: { separator: ',', decimal: '.' },
};

const BOM = '\uFEFF';

const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Quoted where it holds either separator (other programs guess which one a file uses), a quote or a line break. */
function field(value: string): string {
  const safe = neutralise(value);
  return /[;,"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers without thousands separators (Excel would read them as text), with the convention's decimal sign. */
function cellText(cell: ReportCell, decimal: string): string {
  if (cell.kind === 'text') return field(String(cell.value));
  const value = Number(cell.value);
  const digits = cell.kind === 'kr' || cell.kind === 'integer' ? 0 : cell.kind === 'share' ? 6 : 4;
  return String(Number(value.toFixed(digits))).replace('.', decimal);
}

export function toCsv(tables: readonly ReportTable[], convention: CsvConvention): string {
  const { separator, decimal } = EXCEL_CSV_CONVENTIONS[convention];
  const sections = tables.map((table) => [field(table.name), table.header.map(field).join(separator), ...table.rows.map((row) => row.map((cell) => cellText(cell, decimal)).join(separator))].join('\r\n'));
  return BOM + sections.join('\r\n\r\n') + '\r\n';
}

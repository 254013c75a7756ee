/**
 * The same tables as CSV the way Excel opens it in the language chosen: in Danish semicolons
 * and a decimal comma, in English commas and a decimal point (English Excel read the Danish file
 * as one column of text), UTF-8 with a byte-order mark, and each table after its title with a
 * blank line between. A text cell that
 * a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is neutralised with a
 * leading apostrophe, as OWASP advises; numbers stay numbers.
 */
import type { Lang } from '../model';
import type { ReportCell, ReportTable } from './report-tables';

const BOM = '\uFEFF';

const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** What separates fields, and what stands for the decimal point, as Excel reads CSV in each language. */
const FORMAT: Record<Lang, { readonly separator: string; readonly decimal: string }> = { da: { separator: ';', decimal: ',' }, en: { separator: ',', decimal: '.' } };

function field(value: string, separator: string): string {
  const safe = neutralise(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers without thousands separators (Excel would read them as text), with the language's decimal sign. */
function cellText(cell: ReportCell, lang: Lang): string {
  const { separator, decimal } = FORMAT[lang];
  if (cell.kind === 'text') return field(String(cell.value), separator);
  const value = Number(cell.value);
  const digits = cell.kind === 'kr' || cell.kind === 'integer' ? 0 : cell.kind === 'share' ? 6 : 4;
  return String(Number(value.toFixed(digits))).replace('.', decimal);
}

export function toCsv(tables: readonly ReportTable[], lang: Lang): string {
  const { separator } = FORMAT[lang];
  const line = (cells: readonly string[]) => cells.map((c) => field(c, separator)).join(separator);
  const sections = tables.map((table) => [field(table.name, separator), line(table.header), ...table.rows.map((row) => row.map((cell) => cellText(cell, lang)).join(separator))].join('\r\n'));
  return BOM + sections.join('\r\n\r\n') + '\r\n';
}

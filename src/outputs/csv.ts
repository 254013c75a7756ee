/**
 * The same tables as CSV the way Danish Excel opens it: semicolons, decimal comma, UTF-8 with
 * a byte-order mark, and each table after its title with a blank line between. A text cell that
 * a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is neutralised with a
 * leading apostrophe, as OWASP advises; numbers stay numbers.
 */
import type { ReportCell, ReportTable } from './report-tables';

const BOM = '\uFEFF';

const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function field(value: string): string {
  const safe = neutralise(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers without thousands separators (Excel would read them as text), decimal comma. */
function cellText(cell: ReportCell): string {
  if (cell.kind === 'text') return field(String(cell.value));
  const value = Number(cell.value);
  const digits = cell.kind === 'kr' || cell.kind === 'integer' ? 0 : cell.kind === 'share' ? 6 : 4;
  return String(Number(value.toFixed(digits))).replace('.', ',');
}

export function toCsv(tables: readonly ReportTable[]): string {
  const sections = tables.map((table) => [field(table.name), table.header.map(field).join(';'), ...table.rows.map((row) => row.map(cellText).join(';'))].join('\r\n'));
  return BOM + sections.join('\r\n\r\n') + '\r\n';
}

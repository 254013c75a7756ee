/** Files the app hands over: the workspace as JSON, and the meeting's tables as Excel and CSV. The writers load lazily. */
import type { I18n } from '../i18n/i18n';
import type { DecisionRecord, Lang, Workspace } from '../model';
import type { CsvConvention } from '../outputs/csv';
import type { ResultState } from './state/results';
import { downloadBlob, safeFileName } from './download';
import '../i18n/strings-da-later';

export async function exportWorkspaceFile(ws: Workspace, decisions: readonly DecisionRecord[] = []): Promise<void> {
  const { workspaceFile } = await import('../share/workspace-file');
  downloadBlob(new Blob([workspaceFile(ws, decisions)], { type: 'application/json' }), safeFileName(ws.name, 'json'));
}

/**
 * The workbook that calculates: formulas compiled from the model's explanations, then as values
 * the choices and assessment in words (approval path, points of attention, score, anchoring),
 * the criteria behind the score, each year's and the whole period's bills of every municipality
 * (the calculating sheet has the first whole year's only; the CSV had every year), the
 * portfolios and the decisions.
 */
export async function exportExcel(ws: Workspace, results: ResultState, lang: Lang, decisions: readonly DecisionRecord[]): Promise<void> {
  const [{ choicesTable, criteriaTable, portfolioTables, decisionTable, reportTables }, { compileWorkbook }, { workbookBlob }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/workbook'), import('../outputs/xlsx')]);
  const bills = reportTables(ws, results, lang).filter((t) => t.kind === 'municipalities');
  const tables = [choicesTable(ws, results, lang), criteriaTable(ws, results, lang), ...bills, ...portfolioTables(ws, lang), ...(decisions.length > 0 ? [decisionTable(decisions, lang)] : [])];
  downloadBlob(await workbookBlob(compileWorkbook(ws, lang), tables), safeFileName(ws.name, 'xlsx'));
}

/**
 * `convention`: how the user's Excel reads CSV (its regional settings, which the browser cannot
 * see). The file's name says which: both under one name, the second download replaced the first
 * or came as "… (1).csv" (a fresh-eyes walk).
 */
export async function exportCsv(ws: Workspace, results: ResultState, i18n: I18n, decisions: readonly DecisionRecord[], convention: CsvConvention): Promise<void> {
  const [{ reportTables, decisionTable }, { toCsv }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/csv')]);
  const lang = i18n.lang();
  const tables = [...reportTables(ws, results, lang), ...(decisions.length > 0 ? [decisionTable(decisions, lang)] : [])];
  const name = i18n.t(convention === 'semicolon' ? 'csvFileSemicolon' : 'csvFileComma', { name: ws.name });
  downloadBlob(new Blob([toCsv(tables, convention)], { type: 'text/csv;charset=utf-8' }), safeFileName(name, 'csv'));
}

/** Files the app hands over: the workspace as JSON, and the meeting's tables as Excel and CSV. The writers load lazily. */
import type { Lang, Workspace } from '../model';
import type { ResultState } from './state/results';
import { downloadBlob, safeFileName } from './download';

export async function exportWorkspaceFile(ws: Workspace): Promise<void> {
  const { workspaceFile } = await import('../share/workspace-file');
  downloadBlob(new Blob([workspaceFile(ws)], { type: 'application/json' }), safeFileName(ws.name, 'json'));
}

/** The workbook that calculates: formulas compiled from the model's explanations, then the portfolios as values. */
export async function exportExcel(ws: Workspace, lang: Lang): Promise<void> {
  const [{ portfolioTables }, { compileWorkbook }, { workbookBlob }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/workbook'), import('../outputs/xlsx')]);
  downloadBlob(await workbookBlob(compileWorkbook(ws, lang), portfolioTables(ws, lang)), safeFileName(ws.name, 'xlsx'));
}

export async function exportCsv(ws: Workspace, results: ResultState, lang: Lang): Promise<void> {
  const [{ reportTables }, { toCsv }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/csv')]);
  downloadBlob(new Blob([toCsv(reportTables(ws, results, lang))], { type: 'text/csv;charset=utf-8' }), safeFileName(ws.name, 'csv'));
}

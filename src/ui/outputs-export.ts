/** Excel and CSV of the comparison, built from the worker's results; the writers load lazily. */
import type { Lang, Workspace, WorkspaceResult } from '../model';
import { downloadBlob, safeFileName } from './download';

export async function exportExcel(ws: Workspace, results: WorkspaceResult, lang: Lang): Promise<void> {
  const [{ reportTables }, { workbookBlob }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/xlsx')]);
  downloadBlob(await workbookBlob(reportTables(ws, results, lang)), safeFileName(ws.name, 'xlsx'));
}

export async function exportCsv(ws: Workspace, results: WorkspaceResult, lang: Lang): Promise<void> {
  const [{ reportTables }, { toCsv }] = await Promise.all([import('../outputs/report-tables'), import('../outputs/csv')]);
  downloadBlob(new Blob([toCsv(reportTables(ws, results, lang))], { type: 'text/csv;charset=utf-8' }), safeFileName(ws.name, 'csv'));
}

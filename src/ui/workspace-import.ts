/**
 * A workspace file chosen under "Importér fil": read, checked and restored, then opened beside the
 * others, and said. Its own chunk, with the words for a repair: nothing before the first figures
 * needs them (the first chunk is at its 70 KiB budget).
 */
import { repairedParts } from '../i18n/repaired-parts';
import '../i18n/strings-da-later';
import { readWorkspaceFile } from '../share/workspace-file';
import type { AppStore } from './state/app-store';

export async function importWorkspaceFile(file: File, { chrome, actions, notices }: AppStore): Promise<void> {
  const { t } = chrome.i18n;
  const result = readWorkspaceFile(await file.text(), 'import');
  if (!result.ok) {
    // The Excel and CSV exports are read as figures, not brought back: said so, with the file that is.
    const spreadsheet = /\.(xlsx|xls|ods|csv)$/i.test(file.name);
    notices.show({ kind: 'error', key: 'import', text: () => result.reason === 'unsupportedVersion' ? t('linkNewerVersion') : spreadsheet ? t('fileIsSpreadsheet', { action: t('exportJson') }) : t('fileInvalid') });
    return;
  }
  await actions.importWorkspace(result.workspace, undefined, result.decisions);
  notices.show({
    kind: 'info',
    key: 'import',
    ...(result.repairs.length > 0 && { stays: true as const }),
    text: () => (result.repairs.length ? t(result.repairs.length === 1 ? 'fileOpenedRepairedOne' : 'fileOpenedRepaired', { count: result.repairs.length, parts: repairedParts(result.repairs, result.workspace, t) }) : t('fileOpened')),
  });
}

/**
 * Workspace administration in one menu: open another, create one for any region, rename,
 * duplicate, export, import, delete (undoable), and the records that could not be read.
 */
import { createSignal, For, Show } from 'solid-js';
import { REGIONS, type RegionName } from '../model';
import { Dialog } from './Dialog';
import { Menu, type MenuItem } from './Menu';
import { useApp } from './state/app-store';
import { DamagedRecords } from './DamagedRecords';
import { Guard } from './Guard';

export function WorkspaceMenu() {
  const app = useApp();
  const { chrome, session, actions, notices } = app;
  const { t } = chrome.i18n;
  const [dialog, setDialog] = createSignal<'new' | 'rename' | 'damaged' | null>(null);
  let fileInput!: HTMLInputElement;

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    fileInput.value = '';
    const { readWorkspaceFile } = await import('../share/workspace-file');
    const result = readWorkspaceFile(await file.text(), 'import');
    if (!result.ok) {
      notices.show({ kind: 'error', key: 'import', text: t(result.reason === 'unsupportedVersion' ? 'linkNewerVersion' : 'fileInvalid') });
      return;
    }
    await actions.importWorkspace(result.workspace, undefined, result.decisions);
    notices.show({ kind: 'info', key: 'import', text: result.repairs.length ? t('fileOpenedRepaired', { count: result.repairs.length }) : t('fileOpened') });
  }

  const items = (): MenuItem[] => [
    ...session
      .workspaces()
      .filter((w) => w.id !== session.workspace().id)
      .map((w) => ({ label: t('openWorkspace', { name: w.name }), run: () => void actions.switchWorkspace(w.id) })),
    { label: `${t('newWorkspace')} …`, run: () => setDialog('new') },
    { label: `${t('renameWorkspace')} …`, run: () => setDialog('rename') },
    { label: t('duplicateWorkspace'), run: () => void actions.duplicateWorkspace() },
    { label: t('exportJson'), run: () => void actions.exportWorkspace() },
    { label: `${t('importFile')} …`, run: () => fileInput.click() },
    { label: t('damagedWorkspaces'), run: () => setDialog('damaged') },
    { label: t('deleteWorkspace'), danger: true, run: () => void actions.deleteWorkspace() },
  ];

  return (
    <div class="workspace-menu">
      <Menu label={t('workspaceMenu', { name: session.workspace().name })} buttonText={<><span class="workspace-name">{session.workspace().name}</span> <span aria-hidden="true">▾</span></>} items={items} />
      <input ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      <Show when={dialog() === 'new'}>
        <Guard where={t('newWorkspace')}>
          <NewWorkspaceDialog onClose={() => setDialog(null)} />
        </Guard>
      </Show>
      <Show when={dialog() === 'rename'}>
        <Guard where={t('renameWorkspace')}>
          <RenameDialog onClose={() => setDialog(null)} />
        </Guard>
      </Show>
      <Show when={dialog() === 'damaged'}>
        <Guard where={t('damagedWorkspaces')}>
          <DamagedRecords onClose={() => setDialog(null)} />
        </Guard>
      </Show>
    </div>
  );
}

function NewWorkspaceDialog(props: { onClose: () => void }) {
  const { chrome, actions } = useApp();
  const { t } = chrome.i18n;
  const [region, setRegion] = createSignal<RegionName>('Nordjylland');
  let dialog!: HTMLDialogElement;
  return (
    <Dialog title={t('newWorkspace')} titleId="new-workspace-title" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.createWorkspace(region()).then(() => dialog.close());
        }}
      >
        <label class="field">
          <span>{t('region')}</span>
          <select value={region()} onChange={(e) => setRegion(e.currentTarget.value as RegionName)}>
            <For each={REGIONS}>{(r) => <option value={r}>{r}</option>}</For>
          </select>
        </label>
        <p class="hint">{t('newWorkspaceHint')}</p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('create')}
          </button>
          <button type="button" onClick={() => dialog.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RenameDialog(props: { onClose: () => void }) {
  const { chrome, session, commands } = useApp();
  const { t } = chrome.i18n;
  const [name, setName] = createSignal(session.workspace().name);
  let dialog!: HTMLDialogElement;
  return (
    <Dialog title={t('renameWorkspace')} titleId="rename-title" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name().trim()) commands.renameWorkspace({ name: name() });
          dialog.close();
        }}
      >
        <label class="field">
          <span>{t('workspaceName')}</span>
          <input value={name()} maxLength={120} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <button type="button" onClick={() => dialog.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Workspace administration in one menu: open another, create one for any region, rename,
 * duplicate, export, import, delete (undoable; each deletion also after a reload), and the
 * records that could not be read.
 */
import { createResource, createSignal, lazy, Show, Suspense } from 'solid-js';
import { Menu, type MenuItem } from './Menu';
import { useApp } from './state/app-store';
import { Guard } from './Guard';
import { formatMoment } from '../i18n/number-format';
import type { WorkspaceDialogKind } from './WorkspaceDialogs';

// The dialogs load when one is opened: nothing before the first figures needs them.
const WorkspaceDialog = lazy(() => import('./WorkspaceDialogs'));
const TITLES = { new: 'newWorkspace', rename: 'renameWorkspace', damaged: 'damagedWorkspaces' } as const;

export function WorkspaceMenu() {
  const app = useApp();
  const { chrome, session, actions } = app;
  const { t } = chrome.i18n;
  const [dialog, setDialog] = createSignal<WorkspaceDialogKind | null>(null);
  // Records set aside as unreadable: the menu names them only when there are some (an item
  // about damage in a fresh browser alarmed for nothing). Counted once stored, again after the
  // dialog about them closes.
  const [damaged, { refetch: recountDamaged }] = createResource(session.stored, async () => (await session.repository()?.listDamaged())?.length ?? 0);
  // The workspaces deleted, kept over a reload: the menu offers each back until it is back.
  // Asked again when the list's ids change (a deletion, a workspace back), not at every save.
  const [deleted] = createResource(() => session.stored() && session.workspaces().map((w) => w.id).join(' '), async () => (await session.repository()?.deletedWorkspaces()) ?? []);
  let fileInput!: HTMLInputElement;

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    fileInput.value = '';
    const { importWorkspaceFile } = await import('./workspace-import');
    await importWorkspaceFile(file, app);
  }

  const items = (): MenuItem[] => [
    ...session
      .workspaces()
      .filter((w) => w.id !== session.workspace().id)
      .map((w) => ({ label: t('openWorkspace', { name: w.name }), key: `open ${w.id}`, run: () => void actions.switchWorkspace(w.id) })),
    { label: `${t('newWorkspace')} …`, run: () => setDialog('new') },
    { label: `${t('renameWorkspace')} …`, run: () => setDialog('rename') },
    { label: t('duplicateWorkspace'), run: () => void actions.duplicateWorkspace() },
    { label: t('exportJson'), run: () => void actions.exportWorkspace() },
    { label: `${t('importFile')} …`, run: () => fileInput.click() },
    ...(damaged() ? [{ label: t('damagedWorkspaces'), run: () => setDialog('damaged') }] : []),
    // Dated: two deleted workspaces of one name (a copy and its original) read alike otherwise.
    ...(deleted() ?? []).map((d) => ({
      label: d.deletedAt ? t('restoreDeletedWorkspaceAt', { name: d.name, when: formatMoment(d.deletedAt, chrome.i18n.lang()) }) : t('restoreDeletedWorkspace', { name: d.name }),
      key: `restore ${d.id}`,
      run: () => void actions.restoreDeletedWorkspace(d.id),
    })),
    { label: t('deleteWorkspace'), danger: true, run: () => void actions.deleteWorkspace() },
  ];

  return (
    <div class="workspace-menu">
      <Menu label={t('workspaceMenu', { name: session.workspace().name })} buttonText={<><span class="workspace-name">{session.workspace().name}</span> <span aria-hidden="true">▾</span></>} items={items} />
      <input ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      <Show when={dialog()} keyed>
        {(kind) => (
          <Guard where={t(TITLES[kind])}>
            <Suspense>
              <WorkspaceDialog
                kind={kind}
                onClose={() => {
                  setDialog(null);
                  if (kind === 'damaged') void recountDamaged();
                }}
              />
            </Suspense>
          </Guard>
        )}
      </Show>
    </div>
  );
}

/** Several workspaces: switch, create (North Jutland default or any region), rename, duplicate, delete. */
import { createSignal, For, Show } from 'solid-js';
import { REGIONS, type RegionName } from '../model';
import { FAILURE_MESSAGES } from './share/LinkImport';
import { useApp } from './state/app-store';

export function WorkspaceMenu() {
  const { i18n, workspace, workspaces, actions, notices } = useApp();
  let fileInput!: HTMLInputElement;
  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const [{ readWorkspaceFile }, { fromSnapshot }] = await Promise.all([import('./export-file'), import('../share/snapshot')]);
    const result = await readWorkspaceFile(file);
    fileInput.value = '';
    if (!result.ok) {
      notices.show({ kind: 'error', text: result.reason === 'unsupportedVersion' ? t(FAILURE_MESSAGES[result.reason]) : t('fileInvalid') });
      return;
    }
    await actions.importWorkspace(fromSnapshot(result.snapshot, `ws-${crypto.randomUUID()}`));
  }
  const { t } = i18n;
  const [creating, setCreating] = createSignal(false);
  const [region, setRegion] = createSignal<RegionName>('Nordjylland');
  return (
    <div class="workspace-menu">
      <label>
        <span class="visually-hidden">{t('workspace')}</span>
        <select aria-label={t('workspace')} value={workspace().id} onChange={(e) => void actions.switchWorkspace(e.currentTarget.value)}>
          <For each={workspaces().some((w) => w.id === workspace().id) ? workspaces() : [{ id: workspace().id, name: workspace().name }, ...workspaces()]}>
            {(w) => (
              <option value={w.id} selected={w.id === workspace().id}>
                {w.id === workspace().id ? workspace().name : w.name}
              </option>
            )}
          </For>
        </select>
      </label>
      <input
        class="workspace-name"
        aria-label={t('renameWorkspace')}
        value={workspace().name}
        onChange={(e) => e.currentTarget.value.trim() && actions.renameWorkspace(e.currentTarget.value.trim().slice(0, 120))}
      />
      <Show
        when={creating()}
        fallback={
          <button type="button" onClick={() => setCreating(true)}>
            + {t('newWorkspace')}
          </button>
        }
      >
        <select aria-label={t('region')} value={region()} onChange={(e) => setRegion(e.currentTarget.value as RegionName)}>
          <For each={REGIONS}>{(r) => <option value={r}>{r}</option>}</For>
        </select>
        <button
          type="button"
          onClick={() => {
            setCreating(false);
            void actions.createWorkspace(region());
          }}
        >
          {t('create')}
        </button>
        <button type="button" onClick={() => setCreating(false)}>
          {t('cancel')}
        </button>
      </Show>
      <button type="button" onClick={() => void actions.duplicateWorkspace()}>
        {t('duplicateWorkspace')}
      </button>
      <button type="button" onClick={() => actions.exportWorkspace()}>
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => fileInput.click()}>
        {t('importFile')}
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      <button type="button" onClick={() => void actions.deleteWorkspace()}>
        {t('deleteWorkspace')}
      </button>
    </div>
  );
}

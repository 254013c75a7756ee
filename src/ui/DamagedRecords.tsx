/**
 * Workspaces that could not be read: set aside whole, never allowed to stop the app. Each can
 * be saved as a file (to examine or to send to someone who can repair it) or discarded.
 */
import { createResource, For, Show } from 'solid-js';
import { REPAIRED } from '../db/identity';
import { formatMoment } from '../i18n/number-format';
import { Dialog } from './Dialog';
import { downloadBlob, safeFileName } from './download';
import { useApp } from './state/app-store';
import '../i18n/strings-da-later';

export function DamagedRecords(props: { onClose: () => void }) {
  const { chrome, session } = useApp();
  const { t } = chrome.i18n;
  const [records, { refetch }] = createResource(async () => (await session.repository()?.listDamaged()) ?? []);
  let dialog!: HTMLDialogElement;
  return (
    <Dialog title={t('damagedWorkspaces')} titleId="damaged-title" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <Show when={(records() ?? []).length > 0} fallback={<p>{t('noDamaged')}</p>}>
        <p class="hint">{t('damagedExplain')}</p>
        <ul class="damaged-list">
          <For each={records()}>
            {(r) => (
              <li>
                <strong>{r.name}</strong> · {formatMoment(r.setAsideAt, chrome.i18n.lang())}
                <Show when={r.reason === REPAIRED}>
                  <span class="detail"> · {t('damagedRepairedOriginal')}</span>
                </Show>
                <div class="dialog-actions">
                  <button type="button" onClick={() => downloadBlob(new Blob([JSON.stringify(r.raw, null, 2)], { type: 'application/json' }), safeFileName(`${r.name} (${t(r.reason === REPAIRED ? 'repairedFileSuffix' : 'damagedFileSuffix')})`, 'json'))}>
                    {t('saveAsFile')}
                  </button>
                  <button
                    type="button"
                    onClick={async () => {
                      if (r.key !== undefined) await session.repository()?.discardDamaged(r.key);
                      await refetch();
                    }}
                  >
                    {t('discard')}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={() => dialog.close()}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

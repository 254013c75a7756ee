/**
 * Opening a shared link: the app shows what the link holds and asks — open as a new
 * workspace (the default) or add its scenarios to the current one. Nothing is overwritten,
 * a broken link changes nothing, and the fragment leaves the address bar either way.
 */
import { createEffect, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatDate } from '../../i18n/number-format';
import type { DecodeFailure } from '../../share/codec';
import { hasShareLink } from '../../share/hash-key';
import type { Snapshot } from '../../share/snapshot';
import { useApp } from '../state/app-store';

export const FAILURE_MESSAGES: Record<DecodeFailure, MessageKey> = {
  corrupt: 'linkInvalid',
  invalid: 'linkInvalid',
  tooLong: 'linkTooLongToOpen',
  unsupportedVersion: 'linkNewerVersion',
};

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

export function LinkImport() {
  const { i18n, workspace, notices, actions, ready } = useApp();
  const { t, lang } = i18n;
  const [offer, setOffer] = createSignal<{ snapshot: Snapshot; names: string[] } | null>(null);
  let dialog: HTMLDialogElement | undefined;

  async function readHash(): Promise<void> {
    // Most starts have no link: do not load the codec for them.
    if (!hasShareLink(location.hash)) return;
    const [{ payloadFromHash, decodePayload }, { fromSnapshot }] = await Promise.all([import('../../share/codec'), import('../../share/snapshot')]);
    const payload = payloadFromHash(location.hash);
    if (payload === null) return;
    const result = await decodePayload(payload);
    clearHash();
    if (!result.ok) {
      notices.show({ kind: 'error', text: t(FAILURE_MESSAGES[result.reason]) });
      return;
    }
    setOffer({ snapshot: result.snapshot, names: fromSnapshot(result.snapshot, 'preview').scenarios.map((s) => s.name) });
    queueMicrotask(() => dialog?.showModal());
  }

  const onHashChange = () => void readHash();
  // Read the link once the local workspace is open, so the choice is made against it.
  let started = false;
  createEffect(() => {
    if (!ready() || started) return;
    started = true;
    void readHash();
  });
  onMount(() => window.addEventListener('hashchange', onHashChange));
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));

  async function openAsNew(snapshot: Snapshot): Promise<void> {
    const { fromSnapshot } = await import('../../share/snapshot');
    const ws = fromSnapshot(snapshot, `ws-${crypto.randomUUID()}`);
    await actions.importWorkspace({ ...ws, name: t('sharedWorkspaceName', { name: ws.name, date: formatDate(snapshot.d, lang()) }) });
    dialog?.close();
    notices.show({ kind: 'info', text: t('linkOpened') });
  }

  async function addToCurrent(snapshot: Snapshot): Promise<void> {
    const { fromSnapshot } = await import('../../share/snapshot');
    const scenarios = fromSnapshot(snapshot, 'incoming').scenarios;
    actions.addScenarios(scenarios);
    dialog?.close();
    notices.show({ kind: 'info', text: t('linkAdded', { count: scenarios.length }) });
  }

  return (
    <Show when={offer()}>
      {(o) => {
        const snap = () => o().snapshot;
        return (
        <dialog ref={(el) => (dialog = el)} class="dialog" aria-labelledby="link-title" onClose={() => setOffer(null)}>
          <h2 id="link-title">{t('linkOpenTitle')}</h2>
          <p>{t('linkContains', { count: snap().s.length, region: snap().r, date: formatDate(snap().d, lang()) })}</p>
          <ul class="link-scenarios">
            <For each={o().names}>{(name) => <li>{name}</li>}</For>
          </ul>
          <div class="dialog-actions">
            <button type="button" class="primary" autofocus onClick={() => void openAsNew(snap())}>
              {t('linkOpenNew')}
            </button>
            <button type="button" onClick={() => void addToCurrent(snap())}>
              {t('linkAddToCurrent', { name: workspace().name })}
            </button>
            <button type="button" onClick={() => dialog?.close()}>
              {t('cancel')}
            </button>
          </div>
          <p class="hint">{t('linkAddNote')}</p>
        </dialog>
        );
      }}
    </Show>
  );
}

/**
 * Sharing a comparison, or one scenario, as a link: copy it, see its length, show a large QR
 * code for the projector. Beyond the link budget no link is offered, only the file export.
 */
import { createResource, createSignal, onMount, Show } from 'solid-js';
import { formatNumber } from '../../i18n/number-format';
import { encodeWorkspace, HASH_KEY, LINK_BUDGET } from '../../share/codec';
import { useApp } from '../state/app-store';
import { QrCode } from './QrCode';

export default function ShareDialog(props: { scenarioIds: readonly string[] | null; onClose: () => void }) {
  const { i18n, workspace, notices, actions } = useApp();
  const { t, lang } = i18n;
  let dialog!: HTMLDialogElement;
  const [showQr, setShowQr] = createSignal(false);
  const [link] = createResource(async () => {
    const payload = await encodeWorkspace(workspace(), props.scenarioIds ?? undefined);
    return `${location.origin}${location.pathname}#${HASH_KEY}=${payload}`;
  });
  const tooLong = () => (link()?.length ?? 0) > LINK_BUDGET;
  onMount(() => dialog.showModal());

  const copy = async () => {
    const text = link();
    if (!text) return;
    await navigator.clipboard.writeText(text);
    notices.show({ kind: 'info', text: t('linkCopied') });
  };

  return (
    <dialog ref={dialog} class="dialog share-dialog" aria-labelledby="share-title" onClose={props.onClose}>
      <h2 id="share-title">{props.scenarioIds ? `${t('shareScenario')}: ${workspace().scenarios.find((s) => s.id === props.scenarioIds![0])?.name ?? ''}` : t('shareComparison')}</h2>
      <p class="hint">{t('shareExplain')}</p>
      <Show when={link()} fallback={<p class="hint">{t('computing')}</p>}>
        {(url) => (
          <Show
            when={!tooLong()}
            fallback={
              <div class="too-long" role="alert">
                <p>{t('linkTooLong', { count: formatNumber(url().length, lang()), budget: formatNumber(LINK_BUDGET, lang()) })}</p>
                <button type="button" class="primary" onClick={() => actions.exportWorkspace()}>
                  {t('exportJson')}
                </button>
              </div>
            }
          >
            <label class="link-field">
              <span class="visually-hidden">{t('shareTitle')}</span>
              <input readonly value={url()} aria-label={t('shareTitle')} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
            </label>
            <p class="hint" data-testid="share-length">
              {t('linkLength', { count: formatNumber(url().length, lang()) })}
            </p>
            <div class="dialog-actions">
              <button type="button" class="primary" onClick={() => void copy()}>
                {t('copyLink')}
              </button>
              <button type="button" aria-pressed={showQr()} onClick={() => setShowQr(!showQr())}>
                {showQr() ? t('hideQr') : t('showQr')}
              </button>
              <button type="button" onClick={() => dialog.close()}>
                {t('close')}
              </button>
            </div>
            <Show when={showQr()}>
              <QrCode text={url()} label={t('qrLabel')} tooLong={t('qrTooLong')} />
            </Show>
          </Show>
        )}
      </Show>
    </dialog>
  );
}

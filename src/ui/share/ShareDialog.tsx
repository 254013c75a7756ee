/**
 * Sharing a comparison, or one scenario, as a link: copy it, see its length, show a large QR
 * code for the projector. Beyond the link budget no link is offered, only the file export.
 * Messages about copying appear inside the dialog, where a screen reader can reach them.
 */
import { createEffect, createResource, createSignal, on, Show } from 'solid-js';
import { formatNumber } from '../../i18n/number-format';
import type { DecisionRecord } from '../../model';
import { encodeWorkspace, LINK_BUDGET, shareUrl } from '../../share/codec';
import { Dialog } from '../Dialog';
import { useApp } from '../state/app-store';
import { QrCode } from './QrCode';
import '../../i18n/strings-da-later';

export default function ShareDialog(props: { scenarioIds: readonly string[] | null; decision?: DecisionRecord; onClose: () => void }) {
  const { chrome, session, actions } = useApp();
  const { t, lang } = chrome.i18n;
  let dialog!: HTMLDialogElement;
  const [showQr, setShowQr] = createSignal(false);
  const [status, setStatus] = createSignal('');
  // In the sharer's language: a colleague's first visit opens it in that language too. Made
  // again when the workspace changes while the dialog is open (another tab's edit): the link it
  // had made was of the workspace before, which the sender no longer saw (a fresh-eyes walk).
  const [link] = createResource(
    () => ({ ws: session.workspace(), lang: lang() }),
    async ({ ws, lang }) => shareUrl(await encodeWorkspace(ws, props.scenarioIds ?? undefined, props.decision), lang),
  );
  // Read as its latest value: reading the resource while it is made again suspended the dialog
  // (the app's Suspense), its content went, and with it the focus, and Esc no longer closed it.
  const latestLink = () => link.latest;
  // The status then says so: one copied before is not this one.
  createEffect(on(latestLink, (now, before) => before !== undefined && now !== before && setStatus(t('linkRemade'))));
  const tooLong = () => (latestLink()?.length ?? 0) > LINK_BUDGET;
  const title = () => (props.decision ? `${t('decisionShare')}: ${props.decision.body}, ${props.decision.scenarioName}` : props.scenarioIds ? `${t('shareScenario')}: ${session.workspace().scenarios.find((s) => s.id === props.scenarioIds![0])?.name ?? ''}` : t('shareComparison'));

  const copy = async () => {
    const text = latestLink();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('linkCopied'));
    } catch {
      setStatus(t('clipboardRefused'));
    }
  };

  return (
    <Dialog title={title()} titleId="share-title" class="share-dialog" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <p class="hint">{t('shareExplain')}</p>
      <Show when={latestLink()} fallback={<p class="hint">{t('computing')}</p>}>
        {(url) => (
          <Show
            when={!tooLong()}
            fallback={
              <div class="too-long" role="alert">
                <p>{t('linkTooLong', { count: formatNumber(url().length, lang()), budget: formatNumber(LINK_BUDGET, lang()) })}</p>
                <button type="button" class="primary" onClick={() => void actions.exportWorkspace()}>
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
            <p role="status" class="dialog-status">
              {status()}
            </p>
            <Show when={showQr()}>
              <QrCode text={url()} label={t('qrLabel')} tooLong={t('qrTooLong')} />
            </Show>
          </Show>
        )}
      </Show>
    </Dialog>
  );
}

/**
 * The PWA's voice: offline/online and the Install button when the browser offers it (in the
 * header); "ready offline" after the first visit, in the status line at the foot (floating over
 * the grid, it covered the last bills for its first seconds); and notes with buttons — "new
 * version ready" (non-blocking; accepting saves first), how to install on an iPad — floating at the
 * bottom left, at the end of the page so their buttons come last when tabbing, where they are
 * seen, not between the workspace menu and the language.
 */
import { createRoot, createSignal, onMount, Show } from 'solid-js';
import { createInstallPrompt } from '../pwa/install-prompt';
import { createOnlineStatus } from '../pwa/online-status';
import { createServiceWorker } from '../pwa/service-worker';
import { useApp } from './state/app-store';
import '../i18n/strings-da-later';

/** The page's one service worker, for the bar that registers it and the notes that speak for it. */
let serviceWorker: ReturnType<typeof createServiceWorker> | undefined;
const theServiceWorker = () => (serviceWorker ??= createRoot(createServiceWorker));

export function PwaBar() {
  const { chrome, firstFigures } = useApp();
  const { t } = chrome.i18n;
  const online = createOnlineStatus();
  const sw = theServiceWorker();
  const installer = createInstallPrompt();
  // Precaching the whole app must not compete with the first figures.
  onMount(() => void firstFigures().then(() => sw.register()));

  return (
    <div class="pwa-bar">
      <span class="connection" data-online={online()} role="status">
        <span class="dot" aria-hidden="true" />
        {online() ? t('online') : t('offline')}
      </span>
      <Show when={installer.canInstall()}>
        <button type="button" class="install" onClick={() => void installer.install()}>
          {t('install')}
        </button>
      </Show>
    </div>
  );
}

export function PwaNotes() {
  const { chrome, session } = useApp();
  const { t } = chrome.i18n;
  const sw = theServiceWorker();
  // Safari on iPad and iPhone has no install prompt: say how, once, unless already installed.
  const apple = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true || window.matchMedia('(display-mode: standalone)').matches;
  const [iosHint, setIosHint] = createSignal(apple && !standalone && localStorage.getItem('forankring-ios-hint') !== 'seen');
  return (
    // They float at the bottom left, as notices do at the right: one appearing a few seconds
    // after load ("klar til brug uden net") wrapped the header and pushed the grid down.
    <div class="pwa-notes">
      <Show when={iosHint()}>
        <Note
          text={t('installIos')}
          close={t('close')}
          onClose={() => {
            localStorage.setItem('forankring-ios-hint', 'seen');
            setIosHint(false);
          }}
        />
      </Show>
      <Show when={sw.updateReady()}>
        <span class="pwa-note update" role="status">
          {t('updateReady')}
          <button type="button" class="primary" onClick={() => void sw.applyUpdate(session.flush)}>
            {t('updateReload')}
          </button>
          <button type="button" onClick={sw.dismissUpdate}>
            {t('updateLater')}
          </button>
        </span>
      </Show>
    </div>
  );
}

/** The status line's word that the app now works without a network (a first visit's install). */
export function OfflineReady() {
  const { chrome } = useApp();
  const sw = theServiceWorker();
  return (
    <span role="status">
      <Show when={sw.offlineReady()}>
        <span aria-hidden="true"> · </span>
        {chrome.i18n.t('offlineReady')}
      </Show>
    </span>
  );
}

/** A note the user closes with ×. */
function Note(props: { text: string; close: string; onClose: () => void }) {
  return (
    <span class="pwa-note" role="status">
      {props.text}
      <button type="button" class="close" aria-label={props.close} onClick={() => props.onClose()}>
        ×
      </button>
    </span>
  );
}

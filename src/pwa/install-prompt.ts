/** The browser's install offer (beforeinstallprompt), kept until the user takes it. */
import { createSignal } from 'solid-js';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export function createInstallPrompt() {
  const [offer, setOffer] = createSignal<BeforeInstallPromptEvent | null>(null);
  const onOffer = (event: Event) => {
    event.preventDefault(); // show our own button instead of the browser's mini-infobar
    setOffer(event as BeforeInstallPromptEvent);
  };
  const onInstalled = () => setOffer(null);
  window.addEventListener('beforeinstallprompt', onOffer);
  window.addEventListener('appinstalled', onInstalled);

  async function install(): Promise<void> {
    const event = offer();
    if (!event) return;
    await event.prompt();
    if ((await event.userChoice).outcome === 'accepted') setOffer(null);
  }

  return {
    canInstall: () => offer() !== null,
    install,
    dispose: () => {
      window.removeEventListener('beforeinstallprompt', onOffer);
      window.removeEventListener('appinstalled', onInstalled);
    },
  };
}

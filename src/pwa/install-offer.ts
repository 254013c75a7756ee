/**
 * The browser's install offer (beforeinstallprompt), heard from the app's first moment: it may
 * come before the PWA bar's code has loaded (after the first figures), and an offer made then was
 * lost — no "Installér app" until the next visit. Kept until the user takes it or installs.
 */
import { createSignal } from 'solid-js';

export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const [offer, setOffer] = createSignal<BeforeInstallPromptEvent | null>(null);
let listening = false;

/** Called as the app starts: from then on an offer is kept. */
export function listenForInstallOffer(): void {
  if (listening) return;
  listening = true;
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // our own button instead of the browser's mini-infobar
    setOffer(event as BeforeInstallPromptEvent);
  });
  addEventListener('appinstalled', () => setOffer(null));
}

export { offer as installOffer, setOffer as setInstallOffer };

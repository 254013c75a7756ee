/** The install offer kept since the app started (install-offer.ts), and taking it. */
import { installOffer, listenForInstallOffer, setInstallOffer } from './install-offer';

export function createInstallPrompt() {
  listenForInstallOffer();
  async function install(): Promise<void> {
    const event = installOffer();
    if (!event) return;
    await event.prompt();
    if ((await event.userChoice).outcome === 'accepted') setInstallOffer(null);
  }
  return { canInstall: () => installOffer() !== null, install };
}

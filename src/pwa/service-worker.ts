/**
 * Service-worker registration with workbox-window. A new version never takes over by itself:
 * the user is asked, the open workspace is saved first, and only then the new worker is
 * activated and the page reloaded once.
 */
import { createSignal } from 'solid-js';
import type { Workbox } from 'workbox-window';

export function createServiceWorker() {
  const [updateReady, setUpdateReady] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  let workbox: Workbox | undefined;

  async function register(): Promise<void> {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // Precaching the whole app should not compete with the first load: wait for it.
    if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    const { Workbox } = await import('workbox-window');
    workbox = new Workbox('/sw.js');
    workbox.addEventListener('waiting', () => setUpdateReady(true));
    workbox.addEventListener('installed', (event) => {
      // The first install: said in the status line, where it covers nothing, until the page closes.
      if (!event.isUpdate) setOfflineReady(true);
    });
    // A browser that refuses (a blocked or private profile, a SecurityError) leaves the app as it
    // is online, without offline use: nothing to tell the user mid-meeting, and no unhandled error.
    await workbox.register().catch(() => undefined);
  }

  /** Saves, then lets the waiting worker take over and reloads once it controls the page. */
  async function applyUpdate(saveFirst: () => Promise<void>): Promise<void> {
    if (!workbox) return;
    await saveFirst();
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  }

  return { register, updateReady, offlineReady, applyUpdate, dismissUpdate: () => setUpdateReady(false) };
}

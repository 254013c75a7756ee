/** Messages to the user: a polite live region for info, an alert for errors. */
import { For, Show } from 'solid-js';
import { useApp } from './state/app-store';

export function Notices() {
  const { notices, chrome } = useApp();
  const { i18n } = chrome;
  return (
    <div class="notices" aria-live="polite">
      <For each={notices.notices()}>
        {(n) => (
          <div class={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.text()}</span>
            <Show when={n.action}>
              {(a) => (
                <button
                  type="button"
                  onClick={() => {
                    a().run();
                    notices.dismiss(n.id);
                  }}
                >
                  {a().label()}
                </button>
              )}
            </Show>
            <button type="button" class="close" aria-label={i18n.t('close')} onClick={() => notices.dismiss(n.id)}>
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}

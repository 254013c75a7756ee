/**
 * An ErrorBoundary for one part of the app (a view, a dialog, the header): a render error there
 * shows a message in the user's language with "Prøv igen", and the rest keeps working.
 */
import { ErrorBoundary, type JSX } from 'solid-js';
import { useApp } from './state/app-store';

/** Catches a render error in one part of the app and says so, in the user's language. */
export function Guard(props: { children: JSX.Element; where: string }) {
  const { chrome } = useApp();
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <div class="view-error" role="alert">
          <p>{chrome.i18n.t('viewFailed', { where: props.where })}</p>
          <p class="hint">{String((error as Error)?.message ?? error)}</p>
          <button type="button" onClick={reset}>
            {chrome.i18n.t('tryAgain')}
          </button>
        </div>
      )}
    >
      {props.children}
    </ErrorBoundary>
  );
}

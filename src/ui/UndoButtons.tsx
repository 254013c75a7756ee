/**
 * Fortryd and Gentag: in the header, and in the presentation's toolbar, where the header is
 * hidden (a director with only a mouse had Ctrl+Z alone to take back an edit the room saw).
 */
import { REDO_KEYS, UNDO_KEYS } from '../i18n/keyboard';
import { useApp } from './state/app-store';

/** `compact`: the arrows alone, named for a screen reader, with the shortcut as a tooltip. */
export function UndoButtons(props: { compact?: boolean }) {
  const { chrome, actions } = useApp();
  const { t } = chrome.i18n;
  return (
    <>
      {/* aria-disabled, not disabled: the last undo would drop the focus from its own button to the page. */}
      <button type="button" class="undo" onClick={() => actions.undo()} aria-disabled={actions.canUndo() ? undefined : 'true'} aria-keyshortcuts={UNDO_KEYS.aria} title={`${t('undo')} (${UNDO_KEYS.shown})`}>
        <span aria-hidden="true">↶</span> <span classList={{ 'visually-hidden': props.compact }}>{t('undo')}</span>
      </button>
      <button type="button" class="redo" onClick={() => actions.redo()} aria-disabled={actions.canRedo() ? undefined : 'true'} aria-keyshortcuts={REDO_KEYS.aria} title={`${t('redo')} (${REDO_KEYS.shown})`}>
        <span aria-hidden="true">↷</span> <span classList={{ 'visually-hidden': props.compact }}>{t('redo')}</span>
      </button>
    </>
  );
}

/** Title, workspace switcher, undo/redo, save state and the language switch. */
import { Show } from 'solid-js';
import { useApp } from './state/app-store';
import { WorkspaceMenu } from './WorkspaceMenu';

export function Header() {
  const { i18n, actions, canUndo, canRedo, saveState, persist } = useApp();
  const { t } = i18n;
  return (
    <header class="app-header">
      <div class="brand">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <WorkspaceMenu />
      <div class="header-actions">
        <button type="button" onClick={actions.undo} disabled={!canUndo()} title="Ctrl+Z">
          ↶ {t('undo')}
        </button>
        <button type="button" onClick={actions.redo} disabled={!canRedo()} title="Ctrl+Y">
          ↷ {t('redo')}
        </button>
        <span class="save-state" data-state={saveState()} title={persist() === 'refused' ? t('persistRefused') : undefined}>
          {saveState() === 'saved' ? t('savedLocally') : saveState() === 'failed' ? '⚠' : t('saving')}
          <Show when={persist() === 'refused'}> ⚠</Show>
        </span>
        <button type="button" lang={i18n.lang() === 'da' ? 'en' : 'da'} onClick={() => actions.setLang(i18n.lang() === 'da' ? 'en' : 'da')}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}

/** The compact header: title, the workspace menu, undo/redo, what is saved (in words), language. */
import { lazy, Show } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import type { SaveState } from './state/session';
import { useApp } from './state/app-store';
import { AfterFirstFigures } from './AfterFirstFigures';
import { UndoButtons } from './UndoButtons';
import { WorkspaceMenu } from './WorkspaceMenu';

const PwaBar = lazy(() => import('./PwaBar').then((m) => ({ default: m.PwaBar })));

const SAVE_TEXT: Record<SaveState, MessageKey> = { saved: 'savedLocally', saving: 'saving', failed: 'saveFailedShort', memory: 'notStored' };

export function Header(props: { persistRefused: boolean }) {
  const { chrome, session, actions } = useApp();
  const { t, lang } = chrome.i18n;
  return (
    <header class="app-header">
      <h1 class="brand">{t('appTitle')}</h1>
      <WorkspaceMenu />
      <div class="header-actions">
        <UndoButtons />
        <span class="save-state" data-state={session.saveState()} title={t(SAVE_TEXT[session.saveState()]) + (props.persistRefused && session.saveState() === 'saved' ? ` · ${t('persistRefusedLong')}` : '')}>
          <Show when={session.saveState() === 'failed' || session.saveState() === 'memory'}>
            <span aria-hidden="true">⚠ </span>
          </Show>
          {t(SAVE_TEXT[session.saveState()])}
          <Show when={props.persistRefused && session.saveState() === 'saved'}> · {t('persistRefusedShort')}</Show>
        </span>
        <AfterFirstFigures>
          <PwaBar />
        </AfterFirstFigures>
        <button type="button" lang={lang() === 'da' ? 'en' : 'da'} onClick={() => void actions.setLang(lang() === 'da' ? 'en' : 'da')}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}

/**
 * Alt+P and "Præsentation": the presentation begins once an open edit is settled (open-edit.ts);
 * one that asks or is refused stays open, and the presentation waits — and says so: the click
 * only moved focus to the question, and a fresh-eyes walk took that for a button that did nothing.
 */
import { focusComparison } from '../focus';
import type { AppStore } from '../state/app-store';
import { settleOpenEdit } from './open-edit';

export function presentSettled({ chrome, notices }: Pick<AppStore, 'chrome' | 'notices'>): void {
  if (!settleOpenEdit()) return void notices.show({ kind: 'info', key: 'present', text: () => chrome.i18n.t('presentWaits') });
  notices.withdraw('present');
  chrome.present();
  focusComparison();
}

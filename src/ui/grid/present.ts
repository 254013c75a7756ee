/**
 * Alt+P and "Præsentation": the presentation begins once an open edit is settled (open-edit.ts);
 * one that asks or is refused stays open, and the presentation waits.
 */
import { focusComparison } from '../focus';
import type { AppStore } from '../state/app-store';
import { settleOpenEdit } from './open-edit';

export function presentSettled({ chrome, session }: Pick<AppStore, 'chrome' | 'session'>): void {
  if (!settleOpenEdit()) return;
  chrome.present(session.workspace().scenarios.map((s) => s.id));
  focusComparison();
}

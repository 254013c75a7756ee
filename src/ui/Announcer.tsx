/**
 * A polite live region that says, after an edit, a paste or an undo, which key figures changed:
 * "Kommunalt tillæg, Niveau 3: 0 kr., før 580.000 kr." A screen reader user hears the answer
 * the room sees. Switching workspace or the year shown announces nothing: only changes within
 * one workspace's figures of one year.
 */
import { createEffect, createSignal, on } from 'solid-js';
import { formatKr, formatPerInhabitant } from '../i18n/number-format';
import type { MessageKey } from '../i18n/i18n';
import { yearResult } from '../model';
import { useApp } from './state/app-store';
import '../i18n/strings-da-later';

const FIGURES: readonly { key: MessageKey; read: (y: NonNullable<ReturnType<typeof yearResult>>) => number; perInhabitant?: boolean }[] = [
  { key: 'announceSupplement', read: (y) => y.supplement.central },
  { key: 'announceTotalCost', read: (y) => y.cost.total.central },
  { key: 'announcePerInhabitant', read: (y) => y.supplementPerInhabitant.central, perInhabitant: true },
];

export function Announcer() {
  const { results, session, chrome } = useApp();
  const { t, lang } = chrome.i18n;
  const [message, setMessage] = createSignal('');
  let before = new Map<string, number[]>();
  let workspaceId: string | null = null;
  // The year shown when `before` was read: after a change of "Vis år", the figures before are
  // another year's (the whole period's 3.675.000 was said to be "før 1.225.000", the first year's).
  let year: ReturnType<typeof chrome.year> | null = null;

  createEffect(
    on(
      // On a change of year too, so the next edit is compared within the year now shown.
      () => [results.state.revision, chrome.year()],
      () => {
        if (results.status() !== 'current') return;
        const now = new Map<string, number[]>();
        const changes: string[] = [];
        const comparable = workspaceId === results.state.workspaceId && year === chrome.year();
        for (const s of session.workspace().scenarios) {
          const r = results.state.byScenario[s.id];
          const y = r ? yearResult(r, chrome.year()) : undefined;
          if (!y) continue;
          const values = FIGURES.map((f) => f.read(y));
          now.set(s.id, values);
          const old = before.get(s.id);
          if (!comparable || !old) continue;
          FIGURES.forEach((f, i) => {
            if (Math.abs(values[i]! - old[i]!) < (f.perInhabitant ? 0.005 : 0.5)) return;
            const format = (v: number) => (f.perInhabitant ? formatPerInhabitant(v, lang()) : formatKr(v, lang()));
            changes.push(t('announceChange', { figure: t(f.key), scenario: s.name, value: format(values[i]!), before: format(old[i]!) }));
          });
        }
        before = now;
        workspaceId = results.state.workspaceId;
        year = chrome.year();
        if (changes.length > 0) setMessage([...changes.slice(0, 4), ...(changes.length > 4 ? [t('announceMore', { count: changes.length - 4 })] : [])].join('; '));
      },
    ),
  );
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message()}
    </div>
  );
}

/**
 * The scenario under each of the seed's anchoring presets: what differs in cost (administration,
 * host), in the supplement, in who must approve, and the break-even administration — what the
 * alternative's administration could cost before it costs more than the scenario does now.
 */
import { For, Show } from 'solid-js';
import { formatDifference, formatKroner } from '../../i18n/number-format';
import type { Scenario } from '../../model';
import { approvalWithHigh, flagText } from '../../i18n/describe';
import { useApp } from '../state/app-store';
import { createBackgroundResource } from './background-resource';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

export function AlternativesCard(props: { scenario: Scenario }) {
  const { chrome, session, background } = useApp();
  const { t, local, lang } = chrome.i18n;
  const alternatives = createBackgroundResource(
    () => ({ ws: session.workspace(), id: props.scenario.id }),
    (signal, { ws, id }) => background.anchorings(signal, ws, id),
  );
  const signed = (v: number) => formatDifference(v, (abs) => formatKroner(abs, lang()));
  const preset = (id: string) => local(session.workspace().presets.find((p) => p.id === id)?.name ?? { da: id, en: id });
  return (
    <section aria-labelledby="alternatives-title" class="card">
      <h3 id="alternatives-title">
        {t('alternativesHeading')}: {props.scenario.name}
      </h3>
      <p class="hint">{t('alternativesIntro')}</p>
      <Show when={alternatives.value()} fallback={<p class="hint">{t('loading')}</p>}>
        {(list) => (
          <table ref={createFocusableWhileScrolling} class="data-table compact" data-testid="alternatives">
            <thead>
              <tr>
                <th scope="col">{t('rowPreset')}</th>
                <th scope="col" class="num">{t('altAdministration')}</th>
                <th scope="col" class="num">{t('altHost')}</th>
                <th scope="col" class="num">{t('altTotal')}</th>
                <th scope="col" class="num">{t('altSupplement')}</th>
                <th scope="col">{t('rowApproval')}</th>
                <th scope="col">{t('rowFlags')}</th>
                <th scope="col" class="num">{t('breakEvenValue')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(a) => (
                  <tr data-preset={a.presetId}>
                    <th scope="row">{preset(a.presetId)}</th>
                    <td class="num">{signed(a.administration)}</td>
                    <td class="num">{signed(a.host)}</td>
                    <td class="num">{signed(a.totalCost)}</td>
                    <td class="num">{signed(a.supplement)}</td>
                    <td>{approvalWithHigh(a, t)}</td>
                    <td>{a.flags.map((f) => flagText(f, chrome.i18n, session.workspace().assumptions)).join('; ') || t('noFlags')}</td>
                    <td class="num">{a.breakEvenAdministration === null ? t('breakEvenNone') : `${formatKroner(a.breakEvenAdministration, lang())} (${t('breakEvenNow', { amount: formatKroner(a.currentAdministration, lang()) })})`}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

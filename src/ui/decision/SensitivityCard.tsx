/** The tornado: each range swung alone, largest effect on kr. per inhabitant first. */
import { For, Show } from 'solid-js';
import { formatPerInhabitant } from '../../i18n/number-format';
import type { Scenario, Tornado } from '../../model';
import { useApp } from '../state/app-store';
import { TornadoChart } from './TornadoChart';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

export function SensitivityCard(props: { scenario: Scenario; tornadoes: () => readonly Tornado[] | undefined }) {
  const { chrome } = useApp();
  const { t, local, lang } = chrome.i18n;
  const tornado = () => props.tornadoes()?.find((x) => x.scenarioId === props.scenario.id);
  return (
    <section aria-labelledby="tornado-title" class="card">
      <h3 id="tornado-title">
        {t('tornadoHeading')}: {props.scenario.name}
      </h3>
      <p class="hint">{t('tornadoIntro')}</p>
      <Show when={tornado()} fallback={<p class="hint">{t('loading')}</p>}>
        {(tor) => (
          <Show when={tor().swings.length > 0} fallback={<p class="hint">{t('tornadoNone')}</p>}>
            <TornadoChart tornado={tor()} />
            <table ref={createFocusableWhileScrolling} class="data-table compact" data-testid="tornado">
              <thead>
                <tr>
                  <th scope="col">{t('mcInput')}</th>
                  <th scope="col" class="num">{t('tornadoLow')}</th>
                  <th scope="col" class="num">{t('tornadoHigh')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={tor().swings}>
                  {(s) => (
                    <tr>
                      <th scope="row">{local(s.input.label)}</th>
                      <td class="num">{formatPerInhabitant(s.perInhabitant.low, lang())}</td>
                      <td class="num">{formatPerInhabitant(s.perInhabitant.high, lang())}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </section>
  );
}

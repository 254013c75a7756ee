/** A scenario column's header: its name, the baseline mark, and the scenario actions. */
import { Show } from 'solid-js';
import type { Scenario } from '../../model';
import { useApp } from '../state/app-store';

export function ScenarioHeader(props: { scenario: Scenario; col: number; count: number }) {
  const { i18n, workspace, actions } = useApp();
  const { t } = i18n;
  const isBaseline = () => workspace().baselineScenarioId === props.scenario.id;
  const name = () => props.scenario.name;
  return (
    <th scope="col" class="scenario-header" classList={{ baseline: isBaseline() }} data-scenario={props.scenario.id}>
      <div class="scenario-name">
        {name()}
        <Show when={isBaseline()}>
          <span class="badge">{t('baseline')}</span>
        </Show>
      </div>
      <div class="scenario-actions">
        <button type="button" aria-label={`${t('moveLeft')}: ${name()}`} title={t('moveLeft')} disabled={props.col === 0} onClick={() => actions.moveScenario(props.scenario.id, -1)}>
          ◀
        </button>
        <button type="button" aria-label={`${t('moveRight')}: ${name()}`} title={t('moveRight')} disabled={props.col === props.count - 1} onClick={() => actions.moveScenario(props.scenario.id, 1)}>
          ▶
        </button>
        <button type="button" aria-label={`${t('setBaseline')}: ${name()}`} title={t('setBaseline')} aria-pressed={isBaseline()} onClick={() => actions.setBaseline(props.scenario.id)}>
          ★
        </button>
        <button type="button" aria-label={`${t('duplicate')}: ${name()}`} title={t('duplicate')} onClick={() => actions.duplicateScenario(props.scenario.id)}>
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <rect x="1.5" y="4.5" width="9" height="9" rx="1" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M5.5 2.5h7a1 1 0 0 1 1 1v7" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        </button>
        <button type="button" aria-label={`${t('shareScenario')}: ${name()}`} title={t('shareScenario')} onClick={() => actions.share([props.scenario.id])}>
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <circle cx="4" cy="8" r="2" fill="currentColor" />
            <circle cx="12" cy="3.5" r="2" fill="currentColor" />
            <circle cx="12" cy="12.5" r="2" fill="currentColor" />
            <path d="M4 8L12 3.5M4 8l8 4.5" stroke="currentColor" stroke-width="1.4" />
          </svg>
        </button>
        <button type="button" aria-label={`${t('delete')}: ${name()}`} title={t('delete')} disabled={props.count <= 1} onClick={() => actions.deleteScenario(props.scenario.id)}>
          ✕
        </button>
      </div>
    </th>
  );
}

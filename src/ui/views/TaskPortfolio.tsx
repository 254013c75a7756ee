/**
 * One scenario's task portfolio, grouped by T11's four categories. Each task can be switched
 * on or off for the scenario; its effort and activity cost are shared assumptions.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { formatFte, formatNumber } from '../../i18n/number-format';
import { edits, isTaskActive, TASK_CATEGORIES } from '../../model';
import { EstimateField } from '../EstimateField';
import { useApp } from '../state/app-store';
import { ScenarioPicker } from './ScenarioPicker';

export default function TaskPortfolio() {
  const { i18n, workspace, results, actions } = useApp();
  const { t, local, lang } = i18n;
  const [chosen, setChosen] = createSignal(workspace().scenarios[0]?.id ?? '');
  const scenario = createMemo(() => workspace().scenarios.find((s) => s.id === chosen()) ?? workspace().scenarios[0]!);
  const result = () => results()?.scenarios.find((r) => r.scenarioId === scenario().id);

  return (
    <section class="panel" aria-labelledby="tasks-title">
      <div class="panel-head">
        <h2 id="tasks-title">{t('tabTasks')}</h2>
        <ScenarioPicker label={t('tasksFor')} value={scenario().id} onChange={setChosen} />
        <Show when={result()}>
          {(r) => (
            <p class="summary" data-testid="portfolio-summary">
              {t('rowFte')}: <strong>{formatFte(r().fte.central, lang())}</strong> · {t('rowTotalCost')}:{' '}
              <strong>{formatNumber(r().typicalYear.cost.total.central, lang())}</strong> · {t('rowPerInhabitant')}:{' '}
              <strong>{formatNumber(r().typicalYear.supplementPerInhabitant.central, lang(), 2)}</strong>
            </p>
          )}
        </Show>
      </div>
      <For each={TASK_CATEGORIES}>
        {(category) => (
          <table class="data-table tasks">
            <caption>{t(`taskCategory_${category}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('taskOn')}</th>
                <th scope="col">{t('taskName')}</th>
                <th scope="col">{t('taskLevel')}</th>
                <th scope="col">{t('taskFte')}</th>
                <th scope="col">{t('taskCost')}</th>
                <th scope="col">{t('taskSource')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={workspace().tasks.filter((task) => task.category === category)}>
                {(task) => {
                  const on = () => isTaskActive(task, scenario());
                  const switched = () => scenario().taskSwitches[task.id] !== undefined;
                  return (
                    <tr classList={{ off: !on(), switched: switched() }} data-task={task.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={local(task.name)}
                          checked={on()}
                          onChange={(e) => actions.edit((ws) => edits.switchTask(ws, scenario().id, task.id, e.currentTarget.checked))}
                        />
                      </td>
                      <td>
                        {local(task.name)}
                        <Show when={switched()}>
                          <span class="detail"> ({t('taskSwitched', { level: scenario().ambitionLevel })})</span>
                        </Show>
                      </td>
                      <td class="num">{task.level}</td>
                      <td>
                        <EstimateField label={`${t('taskFte')}: ${local(task.name)}`} value={task.fte} digits={2} max={10} onChange={(fte) => actions.edit((ws) => edits.updateTask(ws, task.id, { fte }))} />
                      </td>
                      <td>
                        <EstimateField label={`${t('taskCost')}: ${local(task.name)}`} value={task.activityCost} onChange={(activityCost) => actions.edit((ws) => edits.updateTask(ws, task.id, { activityCost }))} />
                      </td>
                      <td class="source">{local(task.source)}</td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        )}
      </For>
    </section>
  );
}

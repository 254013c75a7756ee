/**
 * "Opgaver for [scenarie]": one scenario's own portfolio, grouped by T11's four categories.
 * Switching a task, or changing its effort or amount, changes this scenario only and is marked
 * as differing from the catalogue; "Anvend på alle scenarier" copies the choice to every
 * scenario, explicitly. Tasks the user adds belong to the scenario.
 */
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { formatEstimate, formatFte, formatNumber } from '../../i18n/number-format';
import { LIMITS, portfolio, roomForOwnTask, TASK_CATEGORIES, yearResult, type Estimate, type PortfolioTask, type TaskCategory, type Workspace } from '../../model';
import { readEstimate, refusalMessage } from '../grid/entry';
import { PLAUSIBLE_ACTIVITY_KR, PLAUSIBLE_FTE } from '../grid/plausible';
import { EntryField } from '../EntryField';
import { readName } from '../name-entry';
import { focusAfterRowRemoval, showWhenRendered } from '../focus';
import { latest } from '../latest';
import { createSaidWhileThere } from '../said-while-there';
import { useApp } from '../state/app-store';
import { typicalYearText } from '../../i18n/describe';
import { taskSourcesText } from '../../i18n/task-sources';
import { createChosenScenario, ScenarioPicker } from './ScenarioPicker';
import '../../i18n/strings-da-later';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const AMOUNTS = {
  effort: { unit: 'fte', label: 'taskFte', plausible: PLAUSIBLE_FTE },
  activity: { unit: 'kr', label: 'taskCost', plausible: PLAUSIBLE_ACTIVITY_KR },
} as const;

export default function TaskPortfolio() {
  const { chrome, session, results, commands, actions } = useApp();
  const { t, lang } = chrome.i18n;
  const { scenario, choose } = createChosenScenario();
  const tasks = createMemo(() => portfolio(session.workspace().catalogue, scenario()));
  const byId = createMemo(() => new Map(tasks().map((task) => [task.id, task])));
  const idsIn = (category: TaskCategory) => tasks().flatMap((task) => (task.category === category ? [task.id] : []));
  const typical = () => {
    const r = results.scenario(scenario().id);
    return r ? yearResult(r, 'typical') : undefined;
  };
  const name = (task: PortfolioTask) => (task.catalogue ? chrome.i18n.local(task.catalogue.name) : task.custom!.name);
  const differs = (task: PortfolioTask) => task.catalogue !== null && (task.differs.on || task.differs.effort || task.differs.activity);
  // "Standard" goes with what it reset: the row's first field takes the focus it had.
  const resetTask = (task: PortfolioTask, button: HTMLElement) => {
    const row = button.closest('tr');
    commands.setTaskOverride({ scenarioId: scenario().id, taskId: task.id, override: null });
    requestAnimationFrame(() => {
      const focus = document.activeElement;
      if (row?.isConnected && (focus === button || focus === document.body)) row.querySelector<HTMLElement>('.entry-field input')?.focus();
    });
  };

  /** A task's effort or activity amount, as this scenario has it: its own task's, or its override. */
  function amountField(task: () => PortfolioTask, field: 'effort' | 'activity') {
    const { unit, label, plausible } = AMOUNTS[field];
    const commit = (value: Estimate) => {
      const at = { scenarioId: scenario().id, taskId: task().id };
      if (task().custom) return commands.setCustomTask({ ...at, patch: field === 'effort' ? { effort: value } : { activity: value } });
      return field === 'effort' ? commands.setTaskEffort({ ...at, effort: value }) : commands.setTaskActivity({ ...at, activity: value });
    };
    return (
      <EntryField
        label={`${t(label)}: ${name(task())}`}
        text={formatEstimate(task()[field], unit, lang())}
        read={(text, sure) => readEstimate(text, unit, chrome.i18n, plausible, sure, task()[field])}
        commit={commit}
      />
    );
  }

  const applyToAll = (task: PortfolioTask) => actions.applyTaskToAll(scenario().id, task.id, name(task));

  return (
    <section class="panel" aria-labelledby="tasks-title">
      <div class="panel-head">
        <h2 id="tasks-title">{t('tasksFor', { name: scenario().name })}</h2>
        <ScenarioPicker label={t('chooseScenario')} value={scenario().id} onChange={choose} />
        <Show when={typical()}>
          {(y) => (
            <p class="summary" data-testid="portfolio-summary">
              {/* The labels carry the unit ("Samlet udgift (kr.)"): the figures once more read "kr.: … kr.". The
                  kroner per inhabitant are the supplement's, and say so: alone ("Kr. pr. indbygger: 0,00" beside
                  a cost of a million) they read as the cost's. */}
              {/* Which year: the figures are the first whole year's, and a reader took them for the period's. */}
              {upperFirst(typicalYearText(y(), t))} · {t('rowFte')}: <strong>{formatFte(y().fte.central, lang())}</strong> · {t('rowTotalCost')}: <strong>{formatNumber(y().cost.total.central, lang())}</strong> · {t('rowSupplement')}:{' '}
              <strong>{formatNumber(y().supplement.central, lang())}</strong> ({t('perInhabitantAside', { amount: formatNumber(y().supplementPerInhabitant.central, lang(), 2) })})
            </p>
          )}
        </Show>
      </div>
      {/* Årsværk typed in the comparison is the scenario's staffing: its tasks' FTE then move no
          figure, and an edit here was marked "tilpasset" and changed nothing, unsaid (a fresh-eyes walk). */}
      <Show when={scenario().staffing}>
        {(staffing) => (
          <p class="hint staffing-fixed" role="note" data-testid="staffing-fixed">
            {t('tasksStaffingFixed', { fte: formatFte(staffing().central, lang()), name: scenario().name })}{' '}
            <button type="button" class="link-button" onClick={() => commands.setStaffing({ scenarioId: scenario().id, staffing: null })}>
              {t('tasksStaffingUseSum')}
            </button>
          </p>
        )}
      </Show>
      <p class="hint">{t('tasksIntro')}</p>
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
                <th scope="col">{t('taskActions')}</th>
              </tr>
            </thead>
            <tbody>
              {/* By id, not by object: every edit makes new task objects, and rows made anew would
                  take the focus from the checkbox or field just used. */}
              <For each={idsIn(category)}>
                {(id) => {
                  const task = latest(() => byId().get(id));
                  return (
                    <tr classList={{ off: !task().on, differs: differs(task()) || !!task().custom }} data-task={task().id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={name(task())}
                          checked={task().on}
                          onChange={(e) =>
                            task().custom
                              ? commands.setCustomTask({ scenarioId: scenario().id, taskId: task().id, patch: { on: e.currentTarget.checked } })
                              : commands.setTaskOn({ scenarioId: scenario().id, taskId: task().id, on: e.currentTarget.checked })
                          }
                        />
                      </td>
                      <td>
                        {name(task())}
                        <Show when={differs(task())}>
                          <span class="badge differs-badge">{t('taskDiffers')}</span>
                        </Show>
                        <Show when={task().custom}>
                          <span class="badge">{t('taskOwn')}</span>
                        </Show>
                        {/* Not where the name says it already: "… dialogforum (fra 2025)" then read "(fra 2025)" twice. */}
                        <Show when={task().firstYear && !name(task()).includes(t('taskFrom', { year: task().firstYear! }))}>
                          <span class="detail"> {t('taskFrom', { year: task().firstYear! })}</span>
                        </Show>
                        <Show when={task().catalogue}>{(c) => <span class="detail source">{taskSourcesText(session.workspace(), c(), chrome.i18n, true, task().differs)}</span>}</Show>
                      </td>
                      <td class="num">{task().catalogue?.level ?? '–'}</td>
                      <td>{amountField(task, 'effort')}</td>
                      <td>{amountField(task, 'activity')}</td>
                      <td class="task-actions">
                        <Show when={differs(task())}>
                          <button type="button" onClick={(e) => resetTask(task(), e.currentTarget)} aria-label={`${t('taskReset')}: ${name(task())}`}>
                            {t('taskReset')}
                          </button>
                          <button type="button" onClick={() => applyToAll(task())} aria-label={`${t('applyToAll')}: ${name(task())}`}>
                            {t('applyToAll')}
                          </button>
                        </Show>
                        <Show when={task().custom}>
                          <button
                            type="button"
                            onClick={(e) => {
                              focusAfterRowRemoval(e.currentTarget, () => document.querySelector<HTMLElement>('form.add-task input'), session.settling);
                              actions.deleteCustomTask(scenario().id, task().id);
                            }}
                            aria-label={`${t('delete')}: ${name(task())}`}
                          >
                            {t('delete')}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        )}
      </For>
      <AddTask scenarioId={scenario().id} />
    </section>
  );
}

function AddTask(props: { scenarioId: string }) {
  const { chrome, session, commands } = useApp();
  const { t } = chrome.i18n;
  const [name, setName] = createSignal('');
  const [category, setCategory] = createSignal<TaskCategory>('other');
  // The line under the form: a refusal, or the task just added while it is still there (after
  // its deletion "Opgaven er tilføjet." stood beside "”…” er slettet."). Read when shown, so it
  // follows a language switch.
  const [message, setMessage] = createSignal<{ text: () => string; taskId?: string; refused?: 'name' | 'full' } | null>(null);
  // Another scenario's form: the line was about the last one's (its 40 own tasks, said of a scenario with none).
  // (Through a memo: on() of the prop alone ran at every edit, which changes the scenario.)
  const scenarioId = createMemo(() => props.scenarioId);
  createEffect(on(scenarioId, () => setMessage(null), { defer: true }));
  // The limit's line goes once a deletion makes room, as the funders' does.
  const scenarioIn = (ws: Workspace) => ws.scenarios.find((s) => s.id === props.scenarioId);
  const room = createMemo(() => roomForOwnTask(scenarioIn(session.workspace())));
  createEffect(on(room, (there) => there && message()?.refused === 'full' && setMessage(null), { defer: true }));
  let status!: HTMLSpanElement;
  // A refusal in view and in red: the form may end at the window's bottom edge, its line below it.
  const refuse = (refused: 'name' | 'full', text: () => string) => {
    setMessage({ text, refused });
    showWhenRendered(() => status);
  };
  createSaidWhileThere(
    () => message()?.taskId ?? null,
    (id) => !!scenarioIn(session.workspace())?.customTasks.some((c) => c.id === id),
    () => setMessage(null),
  );
  return (
    <form
      class="add-task"
      aria-labelledby="add-task-title"
      onSubmit={(e) => {
        e.preventDefault();
        const read = readName(name(), LIMITS.taskName);
        if (!read.ok) return refuse('name', () => refusalMessage(read.refusal, t('taskName'), chrome.i18n));
        // At the limit the name stays in the field, and the line says why (nothing happened, without
        // a word). The workspace as edited: two quick Enters at 39 emptied the field silently.
        if (!roomForOwnTask(scenarioIn(session.latest()))) return refuse('full', () => t('tasksFull', { max: LIMITS.customTasks }));
        const taskId = `custom-${crypto.randomUUID().slice(0, 8)}`;
        commands.addCustomTask({ scenarioId: props.scenarioId, task: { id: taskId, name: read.value, category: category(), on: true, effort: { low: 0, central: 0, high: 0 }, activity: { low: 0, central: 0, high: 0 } } });
        setName('');
        setMessage({ text: () => t('taskAdded'), taskId });
      }}
    >
      <h3 id="add-task-title">{t('addTask')}</h3>
      <label class="field">
        <span>{t('taskName')}</span>
        <input value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('taskCategory')}</span>
        <select value={category()} onChange={(e) => setCategory(e.currentTarget.value as TaskCategory)}>
          <For each={TASK_CATEGORIES}>{(c) => <option value={c}>{t(`taskCategory_${c}`)}</option>}</For>
        </select>
      </label>
      <button type="submit">{t('addTask')}</button>
      <span role="status" ref={status} class={message()?.refused ? 'field-error' : 'hint'}>
        {message()?.text()}
      </span>
    </form>
  );
}

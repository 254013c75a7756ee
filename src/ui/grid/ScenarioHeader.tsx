/**
 * A scenario column's header: its name (the header's whole accessible name), the baseline mark,
 * and a menu of the column's actions. After a delete, focus moves to the neighbouring column.
 */
import { Show } from 'solid-js';
import { yearResult } from '../../model';
import { yearShownNote } from '../../i18n/describe';
import { Menu } from '../Menu';
import { focusScenarioMenu } from '../focus';
import { useApp } from '../state/app-store';
import { longWord } from '../long-word';

/** A range of numbers ("(2023–2028)") kept on one line: word joiners around its dash (it broke as "(2023–" over "2028)"). */
const wholeRanges = (name: string) => name.replace(/(\d)–(?=\d)/g, '$1\u2060–\u2060');

export function ScenarioHeader(props: { scenarioId: string; col: number; count: number }) {
  const { session, actions, commands, chrome, results } = useApp();
  const { t } = chrome.i18n;
  const scenario = () => session.workspace().scenarios.find((s) => s.id === props.scenarioId);
  const name = () => scenario()?.name ?? '';
  const word = () => longWord(name());
  const isBaseline = () => session.workspace().baselineScenarioId === props.scenarioId;
  const focusMenu = (id: string | null | undefined) => focusScenarioMenu(id, session.settling);
  // "Første hele år" is a different calendar year where scenarios start in different months:
  // then every column says which year it shows. A scenario with no whole year shows its first
  // year's months, and always says so (3 months' cost is not a year's); so does a calendar year
  // it runs only part of. The whole period's figures are totals, and say over which years (6,20
  // kr. per inhabitant is not a year's).
  const shown = (id: string) => {
    const r = results.scenario(id);
    return r && yearResult(r, chrome.year());
  };
  const shownYear = (): string | undefined => {
    const s = scenario();
    if (chrome.year() === 'horizon' && s) return t('periodTotalIs', { from: s.start.year, to: s.end.year });
    return yearShownNote(chrome.year(), shown(props.scenarioId), session.workspace().scenarios.map((s) => shown(s.id)?.year), t);
  };
  return (
    <th scope="col" role="columnheader" aria-colindex={props.col + 2} class="scenario-header" classList={{ baseline: isBaseline() }} data-scenario={props.scenarioId} aria-label={[name(), isBaseline() && t('baseline'), shownYear()].filter(Boolean).join(', ')}>
      {/* "basis" above the name, so that every name ends on the heading's last line (under it, the
          baseline's name stood a line above the others'). */}
      <Show when={isBaseline()}>
        <span class="badge">{t('baseline')}</span>
      </Show>
      {/* The menu first: it floats at the right of the name's first line, and the name's later lines
          take the whole width (beside it, "anbefaling" broke inside in a narrow column); above a
          name with a word over 10 letters it takes a line of its own. */}
      <div class="scenario-head" classList={{ 'long-word': !!word() }} style={word() ? { '--word': String(word()) } : undefined}>
        <Menu
          class="column-menu"
          label={t('columnActions', { name: name() })}
          buttonText={<span aria-hidden="true">⋯</span>}
          align={props.col > props.count / 2 ? 'right' : 'left'}
          items={() => [
            { label: t('moveLeft'), disabled: props.col === 0, run: () => (commands.moveScenario({ scenarioId: props.scenarioId, offset: -1 }), focusMenu(props.scenarioId)) },
            { label: t('moveRight'), disabled: props.col === props.count - 1, run: () => (commands.moveScenario({ scenarioId: props.scenarioId, offset: 1 }), focusMenu(props.scenarioId)) },
            { label: t('setBaseline'), disabled: isBaseline(), run: () => commands.setBaseline({ scenarioId: props.scenarioId }) },
            // The name is a cell of the "Valg" rows: its editor opens with the name selected,
            // typing a new one and Enter rename (it only selected the cell: an edit field was expected).
            { label: t('rename'), run: () => chrome.goToCell('name', props.scenarioId, 'replace') },
            { label: t('duplicate'), run: () => focusMenu(actions.duplicateScenario(props.scenarioId)) },
            { label: t('shareScenario'), run: () => chrome.share([props.scenarioId]) },
            {
              label: t('delete'),
              danger: true,
              disabled: props.count <= 1,
              run: () => {
                const ids = session.workspace().scenarios.map((s) => s.id);
                const i = ids.indexOf(props.scenarioId);
                const neighbour = ids[i + 1] ?? ids[i - 1];
                actions.deleteScenario(props.scenarioId);
                focusMenu(neighbour);
              },
            },
          ]}
        />
        <span class="scenario-name">{wholeRanges(name())}</span>
      </div>
      <Show when={shownYear()}>{(year) => <span class="header-year">{year()}</span>}</Show>
    </th>
  );
}

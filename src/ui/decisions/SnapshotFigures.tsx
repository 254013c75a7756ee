/**
 * A decision's snapshot reopened read-only: every scenario's key figures as the workspace stood
 * when the meeting decided, computed by the worker from the stored snapshot.
 */
import { createResource, For, Show } from 'solid-js';
import { formatKroner, formatPerInhabitant } from '../../i18n/number-format';
import { yearResult, type DecisionRecord } from '../../model';
import { useApp } from '../state/app-store';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

/**
 * Up to how many scenarios the columns share the width evenly: at 1366 px, eight leave each about
 * 110 px, room for "12.345.678"; more would cut figures, and the columns are sized by their contents.
 */
const EVEN_UP_TO = 8;

export function SnapshotFigures(props: { record: DecisionRecord }) {
  const { chrome, background } = useApp();
  const { t, lang } = chrome.i18n;
  const [result] = createResource(() => props.record.snapshot, (ws) => background.snapshot(undefined, ws));
  const ws = () => props.record.snapshot;
  return (
    <Show when={result()} fallback={<p class="hint">{t('computing')}</p>}>
      {(r) => (
        // Columns of one width, as the handout's: sized by their names, "Niveau 2 — T11’s anbefaling"
        // took four times "Niveau 2"'s width.
        <table ref={createFocusableWhileScrolling} class="data-table snapshot-figures" classList={{ even: ws().scenarios.length <= EVEN_UP_TO }} data-testid="snapshot-figures">
          <caption>{t('decisionSnapshotCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('memoryFigure')}</th>
              <For each={ws().scenarios}>{(s) => <th scope="col" classList={{ chosen: s.id === props.record.scenarioId }}>{s.name}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For
              each={[
                { key: 'rowTotalCost', pick: (i: number) => formatKroner(yearResult(r().scenarios[i]!, 'typical')!.cost.total.central, lang()) },
                { key: 'rowSupplement', pick: (i: number) => formatKroner(yearResult(r().scenarios[i]!, 'typical')!.supplement.central, lang()) },
                { key: 'rowPerInhabitant', pick: (i: number) => formatPerInhabitant(yearResult(r().scenarios[i]!, 'typical')!.supplementPerInhabitant.central, lang()) },
              ] as const}
            >
              {(row) => (
                <tr data-row={row.key}>
                  <th scope="row">{t(row.key)}</th>
                  <For each={ws().scenarios}>{(s, i) => <td class="num" data-scenario={s.id}>{row.pick(i())}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      )}
    </Show>
  );
}

/**
 * One cell: its figure (with range, share, bar and the difference from the baseline) or, while
 * edited, its editor. It reads only its own scenario, result and row, so it re-renders only when
 * one of those changes.
 */
import { createMemo, Show } from 'solid-js';
import { formatDifference, formatNumber, formatShare } from '../../i18n/number-format';
import { useApp } from '../state/app-store';
import { CellEditorView } from './CellEditor';
import type { MoveMark } from './moved';
import type { CellEditor } from './editor';
import { rowLabel, type CellContext, type GridRow } from './rows';
import type { GridSelection, Pos } from './selection';

export function GridCell(props: {
  row: GridRow;
  scenarioId: string;
  id: string;
  pos: Pos;
  /** The baseline scenario's column (a selector in the table, so a workspace change re-runs no cell). */
  baseline: boolean;
  selection: GridSelection;
  editor: CellEditor;
  /** The figures the last edit moved (one for the grid). */
  moveMark: MoveMark;
  context: () => CellContext | undefined;
  onDown: (pos: Pos, event: MouseEvent, pointer: string) => void;
  onDoubleClick: () => void;
  onEditorKey: (event: KeyboardEvent) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { results, chrome } = useApp();
  /** The kind of pointer that pressed last: a tap on the selected cell edits it. */
  let lastPointer = 'mouse';
  const { i18n } = chrome;
  // Equal text is no change: a column's new result re-runs its cells, only changed ones touch the DOM.
  const view = createMemo(
    () => {
      const c = props.context();
      return c ? props.row.display(c) : { value: '' };
    },
    undefined,
    { equals: (a, b) => a.value === b.value && a.detail === b.detail && a.spoken === b.spoken && a.bar === b.bar },
  );
  // A figure the last edit moved is marked, its text before the edit its tooltip.
  const movedFrom = props.row.figure ? props.moveMark(() => view().value, () => `${props.context()?.ws.id}|${chrome.year()}|${i18n.lang()}`) : () => null;
  const active = () => props.selection.isActive(props.pos.row, props.pos.col);
  const selected = () => props.selection.isSelected(props.pos.row, props.pos.col);
  const editing = () => (props.editor.isEditing(props.pos) ? props.editor.editing() : null);
  const isBaseline = () => props.baseline;
  const difference = createMemo(() => {
    const f = props.row.figure;
    if (!f || !chrome.showDifferences()) return null;
    const year = results.differences(props.scenarioId)?.[chrome.year()];
    const v = year?.[f];
    if (!v) return null;
    const lang = i18n.lang();
    const digits = props.row.unit === 'perInhabitant' ? 2 : 0;
    const value = formatDifference(v.absolute, (abs) => (props.row.unit === 'fte' ? formatNumber(abs / 100, lang, 2) : formatNumber(abs, lang, digits)));
    const share = (relative: number | null | undefined) => (relative == null ? '' : ` (${formatDifference(relative, (abs) => formatShare(abs, lang, 1))})`);
    // A bill's share is the supplement's while both scenarios split it alike (the model gives
    // every bill the supplement's very number then, differences.ts; it stands on that row): left
    // out, it keeps the bill on one line; bills split otherwise each say their own.
    return { value, share: props.row.group === 'municipalities' && v.relative === year.supplement?.relative ? '' : share(v.relative) };
  });

  return (
    <td
      id={props.id}
      role="gridcell"
      aria-colindex={props.pos.col + 2}
      tabIndex={active() ? 0 : -1}
      aria-selected={selected()}
      aria-readonly={!props.row.input}
      data-col={props.scenarioId}
      classList={{ active: active(), selected: selected(), baseline: isBaseline(), editing: !!editing(), differs: !!difference(), moved: movedFrom() !== null }}
      // On the cell, not the bar: where the bills are fitted, the cell draws the bar (styles.css).
      style={view().bar === undefined ? undefined : { '--share': String(view().bar) }}
      title={movedFrom() !== null ? i18n.t('movedFrom', { text: movedFrom()! }) : undefined}
      onPointerDown={(e) => (lastPointer = e.pointerType)}
      onMouseDown={(e) => props.onDown(props.pos, e, lastPointer)}
      onDblClick={props.onDoubleClick}
    >
      <Show
        when={editing()}
        fallback={
          <>
            <span class="value">{view().value}</span>
            <Show when={view().bar !== undefined}>
              <span class="bar" aria-hidden="true" />
            </Show>
            <Show when={view().detail}>
              <span class="detail" aria-hidden={view().spoken ? 'true' : undefined}>
                {view().detail}
              </span>
            </Show>
            <Show when={view().spoken}>
              <span class="visually-hidden">{view().spoken}</span>
            </Show>
            <Show when={difference()}>
              {(d) => (
                <span class="diff">
                  <span class="visually-hidden">{i18n.t('differenceSpoken')} </span>
                  {d().value}
                  <span class="diff-share">{d().share}</span>
                </span>
              )}
            </Show>
            {/* "Hvorfor?" by pointer; the keyboard has ? and Alt+Enter on the cell itself. */}
            <Show when={active() && (props.row.figure || props.row.reasoning)}>
              <button
                type="button"
                class="explain-button"
                tabIndex={-1}
                aria-label={i18n.t('explainButton', { figure: rowLabel(props.row, chrome.year()), scenario: props.context()?.scenario.name ?? '' })}
                title={i18n.t('explainTitle')}
                onMouseDown={(e) => e.stopPropagation()}
                onPointerDown={(e) => e.stopPropagation()}
                onClick={() => chrome.explain({ figure: props.row.figure ?? null, reasoning: props.row.reasoning, label: rowLabel(props.row, chrome.year()), scenarioId: props.scenarioId })}
              >
                ?
              </button>
            </Show>
          </>
        }
      >
        {(e) => <CellEditorView row={props.row} context={props.context} editing={e()} onText={(text) => props.editor.setText(text)} onKeyDown={props.onEditorKey} onCommit={props.onCommit} onCancel={props.onCancel} />}
      </Show>
    </td>
  );
}

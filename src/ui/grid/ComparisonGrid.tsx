/**
 * The comparison grid: scenarios as columns, grouped rows, edited like a spreadsheet.
 * Keyboard: arrows move (Shift extends the selection), Tab/Enter move, typing starts an edit,
 * F2 edits, Esc cancels, Ctrl+C / Ctrl+V copy and paste TSV blocks, Delete clears optional cells.
 */
import { createMemo, createSignal, For, Index, on, onCleanup, onMount, Show, untrack } from 'solid-js';
import { formatNumber, formatPercent } from '../../i18n/number-format';
import type { MessageKey } from '../../i18n/i18n';
import { variance, type ScenarioResult } from '../../model';
import { useApp } from '../state/app-store';
import { buildRows, rowStructureKey, type CellContext, type GridRow, type RowGroup } from './grid-rows';
import { applyBlock } from './paste';
import { parseTsv, toTsv } from './tsv';
import { ScenarioHeader } from './ScenarioHeader';
import { exportCsv, exportExcel } from '../outputs-export';

interface Pos {
  readonly row: number;
  readonly col: number;
}
interface Editing {
  readonly pos: Pos;
  readonly text: string;
  /** 'enter': started by typing, arrows commit and move (as in Excel); 'edit': F2, arrows stay. */
  readonly mode: 'enter' | 'edit';
  readonly error?: string;
}

const GROUP_LABELS: Record<RowGroup, MessageKey> = {
  choices: 'groupChoices',
  assumptions: 'groupAssumptions',
  results: 'groupResults',
  municipalities: 'groupMunicipalities',
};

// Results sit right under the choices, so a projected grid shows them without scrolling.
const GROUP_ORDER: readonly RowGroup[] = ['choices', 'results', 'assumptions', 'municipalities'];

export function ComparisonGrid() {
  const app = useApp();
  const { i18n, workspace, results, actions, notices } = app;
  const { t } = i18n;
  let table!: HTMLTableElement;

  const structure = createMemo(() => rowStructureKey(workspace(), i18n.lang()));
  const rows = createMemo(on(structure, () => untrack(() => buildRows(workspace(), i18n))));
  const orderedRows = createMemo(() => GROUP_ORDER.flatMap((g) => rows().filter((r) => r.group === g)));
  const [collapsed, setCollapsed] = createSignal<ReadonlySet<RowGroup>>(new Set());
  const visibleRows = createMemo(() => orderedRows().filter((r) => !collapsed().has(r.group)));
  const groups = createMemo(() => {
    const list: { group: RowGroup; rows: { row: GridRow; index: number }[] }[] = [];
    orderedRows().forEach((row) => {
      const last = list[list.length - 1];
      const entry = { row, index: visibleRows().indexOf(row) };
      if (last?.group === row.group) last.rows.push(entry);
      else list.push({ group: row.group, rows: [entry] });
    });
    return list;
  });

  // The first render shows the groups on screen (choices, results); the groups below the fold
  // follow in the next task, so opening the app is two short tasks rather than one long one.
  const [renderAll, setRenderAll] = createSignal(false);
  onMount(() => setTimeout(() => setRenderAll(true), 0));

  const [active, setActive] = createSignal<Pos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = createSignal<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [showDiff, setShowDiff] = createSignal(false);

  // In presentation mode only the chosen scenarios are columns (none chosen = all).
  const scenarios = createMemo(() => {
    const chosen = app.presentation();
    const all = workspace().scenarios;
    return chosen && chosen.length > 0 ? all.filter((s) => chosen.includes(s.id)) : all;
  });
  const present = () => {
    const s = selection();
    const chosen = s.right > s.left ? scenarios().slice(s.left, s.right + 1).map((x) => x.id) : [];
    setActive({ row: active().row, col: 0 });
    setAnchor({ row: active().row, col: 0 });
    actions.present(chosen);
  };
  const onPresentKey = (e: KeyboardEvent) => {
    if (e.altKey && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      if (app.presentation()) actions.endPresentation();
      else present();
    }
  };
  onMount(() => document.addEventListener('keydown', onPresentKey));
  onCleanup(() => document.removeEventListener('keydown', onPresentKey));
  const resultFor = (id: string): ScenarioResult | undefined => results()?.scenarios.find((r) => r.scenarioId === id);
  const baselineResult = () => {
    const id = workspace().baselineScenarioId;
    return id ? resultFor(id) : undefined;
  };
  const context = (col: number): CellContext | undefined => {
    const scenario = scenarios()[col];
    return scenario && { ws: workspace(), scenario, result: resultFor(scenario.id), i18n };
  };

  const selection = () => {
    const a = anchor();
    const b = active();
    return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  };
  const isSelected = (row: number, col: number) => {
    const s = selection();
    return row >= s.top && row <= s.bottom && col >= s.left && col <= s.right;
  };

  const cellId = (row: number, col: number) => `cell-${row}-${col}`;
  const focusActive = () =>
    queueMicrotask(() => {
      const { row, col } = active();
      table.querySelector<HTMLElement>(`#${cellId(row, col)}`)?.focus();
    });

  function moveTo(row: number, col: number, extend = false): void {
    const r = Math.max(0, Math.min(visibleRows().length - 1, row));
    const c = Math.max(0, Math.min(scenarios().length - 1, col));
    setActive({ row: r, col: c });
    if (!extend) setAnchor({ row: r, col: c });
    focusActive();
  }

  function startEdit(text: string | null, mode: Editing['mode']): void {
    const pos = active();
    const row = visibleRows()[pos.row];
    const c = context(pos.col);
    if (!row || !c) return;
    if (!row.input) {
      notices.show({ kind: 'info', text: t('cellReadOnly', { row: row.label }), key: 'grid' });
      return;
    }
    setEditing({ pos, text: text ?? row.input.editText(c), mode });
  }

  function commitEdit(then: Pos | null): void {
    const e = editing();
    if (!e) return;
    const row = visibleRows()[e.pos.row];
    const c = context(e.pos.col);
    if (!row?.input || !c) {
      setEditing(null);
      return;
    }
    const next = row.input.apply(e.text, c);
    if (!next) {
      setEditing({ ...e, error: t('cellRefused', { text: e.text, row: row.label }) });
      return;
    }
    setEditing(null);
    if (next !== c.scenario) actions.edit((ws) => ({ ...ws, scenarios: ws.scenarios.map((s) => (s.id === next.id ? next : s)) }));
    if (then) moveTo(then.row, then.col);
    else focusActive();
  }

  function cancelEdit(): void {
    setEditing(null);
    focusActive();
  }

  function onCellKeyDown(event: KeyboardEvent): void {
    if (editing()) return;
    const { row, col } = active();
    const ctrl = event.ctrlKey || event.metaKey;
    const move = (r: number, c: number) => {
      event.preventDefault();
      moveTo(r, c, event.shiftKey);
    };
    switch (event.key) {
      case 'ArrowUp':
        return move(ctrl ? 0 : row - 1, col);
      case 'ArrowDown':
        return move(ctrl ? visibleRows().length - 1 : row + 1, col);
      case 'ArrowLeft':
        return move(row, ctrl ? 0 : col - 1);
      case 'ArrowRight':
        return move(row, ctrl ? scenarios().length - 1 : col + 1);
      case 'Home':
        return move(row, 0);
      case 'End':
        return move(row, scenarios().length - 1);
      case 'Tab':
        if (event.shiftKey ? col === 0 : col === scenarios().length - 1) return; // leave the grid
        event.preventDefault();
        return moveTo(row, col + (event.shiftKey ? -1 : 1));
      case 'Enter':
        event.preventDefault();
        return moveTo(row + (event.shiftKey ? -1 : 1), col);
      case 'F2':
        event.preventDefault();
        return startEdit(null, 'edit');
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        return pasteBlock(blockOf(''));
    }
    if (!ctrl && !event.altKey && event.key.length === 1) {
      event.preventDefault();
      startEdit(event.key, 'enter');
    }
  }

  function onEditorKeyDown(event: KeyboardEvent): void {
    const e = editing();
    if (!e) return;
    const { row, col } = e.pos;
    const arrows: Record<string, Pos> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
    };
    const handled = event.key === 'Escape' || event.key === 'Enter' || event.key === 'Tab' || (e.mode === 'enter' && !!arrows[event.key]);
    // The cell underneath must not act on the same key once the edit has closed.
    if (handled) event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancelEdit();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commitEdit({ row: row + (event.shiftKey ? -1 : 1), col });
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commitEdit({ row, col: col + (event.shiftKey ? -1 : 1) });
    } else if (e.mode === 'enter' && arrows[event.key] && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      commitEdit(arrows[event.key]!);
    }
  }

  const blockOf = (text: string) => {
    const s = selection();
    return Array.from({ length: s.bottom - s.top + 1 }, () => Array.from({ length: s.right - s.left + 1 }, () => text));
  };

  function pasteBlock(block: string[][]): void {
    const s = selection();
    // A single value pasted onto a selection fills it, as in Excel.
    const fill = block.length === 1 && block[0]?.length === 1 && (s.bottom > s.top || s.right > s.left);
    const text = block[0]?.[0] ?? '';
    const cells = fill ? blockOf(text) : block;
    const anchorPos = { row: s.top, col: s.left };
    // Columns may be a presentation's subset: paste into those, then merge back by id.
    const shown = { ...workspace(), scenarios: scenarios() };
    const out = applyBlock(shown, visibleRows(), results()?.scenarios, anchorPos, cells, i18n);
    if (out.applied > 0)
      actions.edit((ws) => ({ ...ws, scenarios: ws.scenarios.map((s) => out.workspace.scenarios.find((x) => x.id === s.id) ?? s) }));
    if (out.refused.length > 0) {
      const cellsText = out.refused
        .slice(0, 4)
        .map((r) => (r.reason === 'readOnly' ? t('cellReadOnly', { row: r.row }) : t('cellRefused', { text: r.text, row: `${r.row}, ${r.scenario}` })))
        .join('; ');
      notices.show({ kind: 'error', text: t('pasteRefused', { count: out.refused.length, cells: cellsText }), key: 'grid' });
    }
    focusActive();
  }

  const gridHasFocus = () => table.contains(document.activeElement) && !editing();

  const onCopy = (event: ClipboardEvent) => {
    if (!gridHasFocus()) return;
    const s = selection();
    const block: string[][] = [];
    for (let r = s.top; r <= s.bottom; r++) {
      const row = visibleRows()[r]!;
      const line: string[] = [];
      for (let c = s.left; c <= s.right; c++) {
        const ctx = context(c)!;
        line.push(row.input ? row.input.editText(ctx) : row.display(ctx));
      }
      block.push(line);
    }
    event.clipboardData?.setData('text/plain', toTsv(block));
    event.preventDefault();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (!gridHasFocus()) return;
    const text = event.clipboardData?.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    pasteBlock(parseTsv(text));
  };
  onMount(() => {
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
  });
  onCleanup(() => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('paste', onPaste);
  });

  /** Difference from the baseline column (the model's variance rule), formatted. */
  const difference = (row: GridRow, result: ScenarioResult | undefined) => {
    const base = baselineResult();
    if (!row.value || !result || !base || base.scenarioId === result.scenarioId) return null;
    // Half a krone, or half of the last decimal shown for per-inhabitant, FTE and scores.
    const precision = row.unit === 'kr' || row.unit === undefined ? 0.5 : 0.005;
    const v = variance(row.value(result), row.value(base), precision);
    if (!v) return null;
    const sign = v.absolute > 0 ? '+' : '−';
    const relative = v.relative === null ? '' : ` (${sign}${formatPercent(Math.abs(v.relative), i18n.lang())})`;
    return `${sign}${formatNumber(Math.abs(v.absolute), i18n.lang(), row.unit === 'kr' ? 0 : 2)}${relative}`;
  };

  return (
    <section class="grid-section" aria-labelledby="grid-title">
      <div class="grid-toolbar">
        <h2 id="grid-title">{t('tabGrid')}</h2>
        <p class="hint">{t('resultsYear', { year: results()?.scenarios[0]?.typicalYear.year ?? '' })}</p>
        <label class="toggle">
          <input type="checkbox" checked={showDiff()} onChange={(e) => setShowDiff(e.currentTarget.checked)} />
          {t('showDifferences')}
        </label>
        <button type="button" onClick={() => actions.addScenario()}>
          + {t('addScenario')}
        </button>
        <button type="button" onClick={() => actions.share(null)}>
          {t('shareComparison')}
        </button>
        <button type="button" title={t('presentHint')} onClick={present}>
          {t('present')}
        </button>
        <button type="button" disabled={!results()} onClick={() => void exportExcel(workspace(), results()!, i18n.lang())}>
          {t('exportExcel')}
        </button>
        <button type="button" disabled={!results()} onClick={() => void exportCsv(workspace(), results()!, i18n.lang())}>
          {t('exportCsv')}
        </button>
      </div>
      <p class="hint" id="grid-hint">
        {t('editHint')}
      </p>
      <div class="grid-scroll">
        <table ref={table} class="grid" role="grid" aria-labelledby="grid-title" aria-describedby="grid-hint" aria-rowcount={visibleRows().length + 1}>
          <thead>
            <tr>
              <th scope="col" class="corner">
                <span class="visually-hidden">{t('rowName')}</span>
              </th>
              <Index each={scenarios()}>{(scenario, col) => <ScenarioHeader scenario={scenario()} col={col} count={scenarios().length} />}</Index>
            </tr>
          </thead>
          <For each={groups()}>
            {(group, groupIndex) => (
              <Show when={renderAll() || groupIndex() < 2}>
              <tbody>
                <tr class="group-row">
                  <th scope="rowgroup" colSpan={scenarios().length + 1}>
                    <button
                      type="button"
                      class="group-toggle"
                      aria-expanded={!collapsed().has(group.group)}
                      onClick={() =>
                        setCollapsed((set) => {
                          const next = new Set(set);
                          if (next.has(group.group)) next.delete(group.group);
                          else next.add(group.group);
                          return next;
                        })
                      }
                    >
                      {collapsed().has(group.group) ? '▸' : '▾'} {t(GROUP_LABELS[group.group])}
                    </button>
                  </th>
                </tr>
                <Show when={!collapsed().has(group.group)}>
                  <For each={group.rows}>
                    {({ row }) => {
                      const index = () => visibleRows().indexOf(row);
                      return (
                        <tr class={row.input ? 'input-row' : 'result-row'} data-row={row.id}>
                          <th scope="row" classList={{ indent: !!row.indent }}>
                            {row.label}
                          </th>
                          {/* Index keeps each column's cells across edits, so focus stays where the user is. */}
                          <Index each={scenarios()}>
                            {(scenario, col) => {
                              const ctx = () => context(col)!;
                              const isActive = () => active().row === index() && active().col === col;
                              const editor = () => {
                                const e = editing();
                                return e && e.pos.row === index() && e.pos.col === col ? e : null;
                              };
                              const diff = createMemo(() => difference(row, resultFor(scenario().id)));
                              const selected = createMemo(() => isSelected(index(), col));
                              return (
                                <td
                                  id={cellId(index(), col)}
                                  role="gridcell"
                                  tabIndex={isActive() ? 0 : -1}
                                  aria-selected={selected()}
                                  aria-readonly={!row.input}
                                  data-col={scenario().id}
                                  classList={{
                                    active: isActive(),
                                    selected: selected(),
                                    differs: diff() !== null,
                                    baseline: workspace().baselineScenarioId === scenario().id,
                                  }}
                                  title={diff() ?? undefined}
                                  onMouseDown={(e) => {
                                    if (editor()) return;
                                    e.preventDefault();
                                    moveTo(index(), col, e.shiftKey);
                                  }}
                                  onDblClick={() => startEdit(null, 'edit')}
                                  onKeyDown={onCellKeyDown}
                                >
                                  <Show
                                    when={editor()}
                                    fallback={
                                      <>
                                        <span class="value">{row.display(ctx())}</span>
                                        <Show when={row.detail?.(ctx())}>{(d) => <span class="detail">{d()}</span>}</Show>
                                        <Show when={showDiff() && diff()}>{(d) => <span class="diff">{d()}</span>}</Show>
                                      </>
                                    }
                                  >
                                    {(e) => (
                                      <CellEditor
                                        row={row}
                                        ctx={ctx()}
                                        editing={e()}
                                        onText={(text) => setEditing({ ...e(), text, error: undefined })}
                                        onKeyDown={onEditorKeyDown}
                                        onCommit={() => commitEdit(null)}
                                        onCancel={cancelEdit}
                                      />
                                    )}
                                  </Show>
                                </td>
                              );
                            }}
                          </Index>
                        </tr>
                      );
                    }}
                  </For>
                </Show>
              </tbody>
              </Show>
            )}
          </For>
        </table>
      </div>
    </section>
  );
}

function CellEditor(props: {
  row: GridRow;
  ctx: CellContext;
  editing: Editing;
  onText: (text: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const options = () => props.row.input?.options?.(props.ctx);
  let pointerPicked = false;
  // Chromium fires blur on a focused field as it is removed; once the edit has closed, its
  // props must not be read (they belong to a closed <Show>).
  let open = true;
  onCleanup(() => (open = false));
  const label = () => props.row.label;
  return (
    <div class="editor">
      <Show
        when={options()}
        fallback={
          <input
            ref={(el) => queueMicrotask(() => {
              el.focus();
              // A typed first character replaces the value; F2 puts the caret at the end.
              el.setSelectionRange(el.value.length, el.value.length);
            })}
            aria-label={label()}
            aria-invalid={!!props.editing.error}
            value={props.editing.text}
            onInput={(e) => props.onText(e.currentTarget.value)}
            onKeyDown={props.onKeyDown}
            onBlur={() => open && !props.editing.error && props.onCommit()}
          />
        }
      >
        {(opts) => {
          const initial = opts().find((o) => o.label === props.editing.text)?.value ??
            opts().find((o) => o.label.toLowerCase().startsWith(props.editing.text.toLowerCase()))?.value;
          if (initial) queueMicrotask(() => props.onText(opts().find((o) => o.value === initial)!.label));
          return (
            <select
              ref={(el) => queueMicrotask(() => el.focus())}
              aria-label={label()}
              onPointerDown={() => (pointerPicked = true)}
              onChange={(e) => {
                props.onText(opts().find((o) => o.value === e.currentTarget.value)?.label ?? '');
                if (pointerPicked) props.onCommit();
              }}
              onKeyDown={props.onKeyDown}
              onBlur={() => open && props.onCancel()}
            >
              <For each={opts()}>{(o) => <option value={o.value} selected={o.value === initial}>{o.label}</option>}</For>
            </select>
          );
        }}
      </Show>
      <Show when={props.editing.error}>
        <span class="cell-error" role="alert">
          {props.editing.error}
        </span>
      </Show>
    </div>
  );
}

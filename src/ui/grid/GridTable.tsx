/**
 * The comparison as a spreadsheet: scenarios as columns, grouped rows, a roving focus. This
 * component wires the selection, the editor and the keyboard (grid-keys.ts) to named commands
 * and the clipboard; cells render themselves (GridCell) and update one by one. It is longer than
 * most components because the table's structure (groups, row and column counts for assistive
 * technology) and its wiring belong together.
 */
import { createComputed, createEffect, createMemo, createSelector, createSignal, For, on, onCleanup, onMount, Show, untrack, type Signal } from 'solid-js';
import { afterPaint } from '../after-paint';
import { useApp } from '../state/app-store';
import { createColumnWindow } from './column-window';
import { createCellEditor, type Editing } from './editor';
import { createDraftKeeping } from './draft-keeping';
import { createMoveMarks } from './moved';
import { GridCell } from './GridCell';
import { createFrozenRows, roomToFreezeBills } from './frozen-rows';
import { createPrinting } from '../printing';
import { buildRows, entryRules, GROUP_LABELS, GROUP_ORDER, loadEntryRules, rowLabel, rowStructureKey, type CellContext, type GridRow, type RowGroup } from './rows';
import { ScenarioHeader } from './ScenarioHeader';
import { createGridKeys } from './grid-keys';
import { createGridSelection, type Pos } from './selection';
import type { Command, Scenario, ValidationIssue, Workspace } from '../../model';

/** No group folded: what a print shows. */
const NOTHING_FOLDED: ReadonlySet<RowGroup> = new Set();
/**
 * The last request from elsewhere (chrome.goToCell) the grid carried out. Kept beyond the grid:
 * the grid is built again when the comparison is opened again, and a request carried out before
 * (a draft's field reopened after a reload, then left with Esc) must not open again then.
 */
let requestDone = 0;
/**
 * The rules that bring a moved-to cell clear of the sticky parts act only after a move, after
 * the frame: they load once the first figures are on screen, not before them.
 */
let reveal: typeof import('./reveal').revealClearOfStickyParts | undefined;
const loadReveal = () => import('./reveal').then(({ revealClearOfStickyParts }) => (reveal = revealClearOfStickyParts));

const SHARED = ['municipalities', 'catalogue', 'political', 'employers', 'hosts', 'presets', 'funders', 'criteria', 'assumptions', 'baselineScenarioId'] as const;

export function GridTable(props: { groups?: readonly RowGroup[]; caption: string; only?: string | null }) {
  const app = useApp();
  const { session, results, chrome, notices } = app;
  if (!reveal) void app.firstFigures().then(loadReveal);
  if (!entryRules()) void app.firstFigures().then(loadEntryRules);
  const { i18n } = chrome;
  const { t } = i18n;
  let table!: HTMLTableElement;

  const workspace = session.workspace;
  // The rows' structure as a signal set from a computation (not a memo): an edit that keeps it
  // notifies nothing downstream, where a memo would mark every cell for checking.
  const [structure, setStructure] = createSignal('');
  createComputed(() => setStructure(rowStructureKey(workspace(), i18n.lang())));
  const allRows = createMemo(on(structure, () => untrack(() => buildRows(workspace(), i18n))));
  const printing = createPrinting();
  // A print holds every row, folded groups too.
  const collapsed = () => (printing() ? NOTHING_FOLDED : chrome.foldedGroups());
  const setCollapsed = chrome.setFoldedGroups;
  const groups = () => (props.groups ?? GROUP_ORDER).filter((g) => allRows().some((r) => r.group === g));
  const rows = createMemo(() => groups().flatMap((g) => (collapsed().has(g) ? [] : allRows().filter((r) => r.group === g))));
  const rowIndex = createMemo(() => new Map(rows().map((r, i) => [r, i])));

  const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  // In presentation mode only the chosen scenarios are columns (none chosen = all). A signal set
  // from a computation, like the rows' structure: every cell depends on the columns, and an
  // edit that keeps them must not mark every cell for checking.
  const [scenarioIds, setScenarioIds] = createSignal<readonly string[]>([], { equals: sameIds });
  createComputed(() => {
    const chosen = chrome.presentation();
    const all = workspace().scenarios.map((s) => s.id);
    // On a phone one scenario at a time; in presentation the chosen ones.
    if (props.only && all.includes(props.only)) setScenarioIds([props.only]);
    else {
      // The chosen ones that are still there; none (deleted in another tab): all, not an empty grid.
      const shown = chosen ? all.filter((id) => chosen.includes(id)) : [];
      setScenarioIds(shown.length > 0 ? shown : all);
    }
  });

  // With many scenarios only the columns in view are rendered (column-window.ts).
  const columnWindow = createColumnWindow(() => scenarioIds().length, printing);
  const shownIds = createMemo(
    () => {
      const { first, last } = columnWindow.range();
      return scenarioIds().slice(first, last + 1);
    },
    undefined,
    { equals: sameIds },
  );
  const colOf = createMemo(() => new Map(scenarioIds().map((id, i) => [id, i])));
  const before = () => columnWindow.range().first;
  const after = () => scenarioIds().length - 1 - columnWindow.range().last;

  // Each column sees its scenario, and every cell the shared parts, through signals set only
  // when they change: an edit of one scenario notifies that column's cells and no other (a memo
  // over the workspace would mark every cell of every column for checking on every edit).
  const sameShared = (a: Workspace, b: Workspace) => a.id === b.id && SHARED.every((k) => a[k] === b[k]);
  const [shared, setShared] = createSignal(untrack(workspace), { equals: sameShared });
  const columns = new Map<string, Signal<Scenario | undefined>>();
  createComputed(
    on(workspace, (ws) => {
      setShared(ws);
      const present = new Set<string>();
      for (const s of ws.scenarios) {
        present.add(s.id);
        columns.get(s.id)?.[1](s);
      }
      for (const [id, [, set]] of columns) if (!present.has(id)) set(undefined);
    }),
  );
  const isBaseline = createSelector(() => workspace().baselineScenarioId);
  const scenarioOf = (id: string) => {
    let column = columns.get(id);
    if (!column) columns.set(id, (column = createSignal<Scenario | undefined>(untrack(workspace).scenarios.find((s) => s.id === id))));
    return column[0];
  };
  const cellContext = (scenarioId: string): CellContext | undefined => {
    const scenario = scenarioOf(scenarioId)();
    return scenario && { ws: shared(), scenario, result: results.scenario(scenarioId), year: chrome.year(), i18n };
  };

  const context = (ws: Workspace, scenarioId: string): CellContext | undefined => {
    const scenario = ws.scenarios.find((s) => s.id === scenarioId);
    return scenario && { ws, scenario, result: results.scenario(scenarioId), year: chrome.year(), i18n };
  };
  const contextAt = (col: number) => {
    const id = scenarioIds()[col];
    return id ? context(workspace(), id) : undefined;
  };

  const selection = createGridSelection(() => ({ rows: rows().length, cols: scenarioIds().length }));
  /** The command a text typed at `pos` makes (null where the cell is no input). */
  const commandAt = (pos: Pos, text: string, sure = false) => {
    const row = rows()[pos.row];
    const c = contextAt(pos.col);
    return row?.input && c ? { row, outcome: row.input.toCommand(text, c, sure) } : null;
  };
  const editor = createCellEditor((pos, text, sure) => {
    const rules = entryRules();
    // Enter (or Tab) within moments of the first figures, before the entry rules arrived (a fast
    // typist, or a test): it says so, and is pressed again for the user once they are here, if
    // the field still holds the same text and that message: the same key, so Tab moves right.
    if (!rules) {
      const message = t('entryNotYet');
      const again = committing;
      void loadEntryRules().then(() => {
        const e = editor.editing();
        if (e?.message === message && e.text === text && e.pos.row === pos.row && e.pos.col === pos.col) commitAndMove(again.to, again.answer);
      });
      return { ok: false, message };
    }
    const { emptiedRefusal, questionAnswer, refusalMessage } = rules;
    const entry = commandAt(pos, text, sure);
    if (!entry) return { ok: true };
    const { row, outcome } = entry;
    if (!outcome.ok) {
      const message = refusalMessage(emptiedRefusal(text, outcome.refusal), row.label, i18n, true);
      return { ok: false, message, confirm: questionAnswer(outcome.refusal) };
    }
    const refused = session.dispatch(outcome.value);
    if (refused.length === 0) notices.withdraw('grid');
    return refused.length > 0 ? { ok: false, message: ruleRefusalText(rules, refused, row) } : { ok: true, settling: session.settling() };
  });
  /** Why the model's rules refused a cell's command, in the row's words. */
  const ruleRefusalText = (rules: NonNullable<ReturnType<typeof entryRules>>, refused: readonly ValidationIssue[], row: GridRow) => rules.refusalMessage(rules.ruleRefusal(refused, row.input?.unit), row.label, i18n);
  // While a value is typed its edit is computed ahead, so that Enter finds the figures ready and
  // shows them in the next frame. Closed without Enter (Esc, a click elsewhere), it is withdrawn.
  createEffect(
    on(editor.editing, (e) => {
      // Answered or closed, the open cell no longer holds the presentation back (present.ts said it did).
      if (!e || e.committed) notices.withdraw('present');
      if (e?.committed) return;
      const outcome = e && !e.message ? commandAt(e.pos, e.text)?.outcome : null;
      session.preview(outcome?.ok ? outcome.value : null, !e);
    }),
  );
  /**
   * While an accepted edit waits for its figures (a few milliseconds), the screen does not
   * change at all: the move after Enter and any keys typed meanwhile wait too, and happen in
   * the same update that shows the edit and its figures — one frame, not two.
   */
  let afterSettle: (() => void) | null = null;
  const typedWhileSettling: KeyboardEvent[] = [];
  onCleanup(
    session.onBeforeReveal(() => {
      const run = afterSettle;
      afterSettle = null;
      if (run) {
        run();
        // Focus leaves the field before it is removed, while layout is still clean.
        table.querySelector<HTMLElement>(`#${cellId(selection.active().row, selection.active().col)}`)?.focus({ preventScroll: true });
      }
      editor.settle();
      const keysHeld = typedWhileSettling.splice(0);
      if (keysHeld.length > 0) queueMicrotask(() => replay(keysHeld));
    }),
  );
  /**
   * Keys typed while an edit settled, in order: on the cell that then has focus, and once the
   * first of them has opened an editor there, into its field, as if typed there ("50.000" and
   * Enter typed at once make the next entry). A replayed Enter that makes an edit still settling
   * holds the rest again.
   */
  function replay(held: readonly KeyboardEvent[]): void {
    for (const [i, key] of held.entries()) {
      const e = editor.editing();
      if (e?.committed) return void typedWhileSettling.push(...held.slice(i));
      if (!e) keys.onCellKey(replayed(key, `#${cellId(selection.active().row, selection.active().col)}`));
      else if (key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey) editor.setText(e.text + key.key);
      else if (key.key === 'Backspace') editor.setText(e.text.slice(0, -1));
      else keys.onEditorKey(replayed(key, '.editor input, .editor select'));
    }
  }
  const replayed = (e: KeyboardEvent, on: string): KeyboardEvent =>
    ({ key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: table.querySelector(on) ?? table, preventDefault() {}, stopPropagation() {} }) as unknown as KeyboardEvent;

  // Which scenarios the selection spans, for presentation mode.
  createEffect(() => {
    const r = selection.rect();
    if (!chrome.presentation()) chrome.setSelectedScenarios(scenarioIds().slice(r.left, r.right + 1));
  });

  let head!: HTMLTableSectionElement;
  let corner!: HTMLTableCellElement;
  /** Bills below the scroller's foot while others are in view (fit-bills.ts billsBelow). */
  const [billsBelowCount, setBillsBelowCount] = createSignal(0);
  /** Presenting, the bills and their heading are frozen under the board where there is room (frozen-rows.ts). */
  const [billsFrozen, setBillsFrozen] = createSignal(false);
  /**
   * The frozen bills make way while a question or a refusal under an open field needs more room
   * than is left under them: presenting at 1366 × 768, a cost per FTE's question lost its last
   * lines ("…for at beholde intervallet.") under the scroller's foot.
   */
  const [billsMakeWay, setBillsMakeWay] = createSignal(false);
  const billsStayFrozen = () => billsFrozen() && !billsMakeWay();
  let billsBack = false;
  const presenting = () => chrome.presentation() !== null;
  onMount(() => table.parentElement && columnWindow.attach(table.parentElement, table, corner));
  onMount(() => {
    const frozen = createFrozenRows(table, head);
    onCleanup(frozen.dispose);
    // Needed only once the user scrolls, or where the bills do not fit: not in the JavaScript
    // before the first figures.
    let settling: (() => void) | undefined;
    let bills: ReturnType<typeof import('./fit-bills').fitBills> | undefined;
    let below: ReturnType<typeof import('./fit-bills').billsBelow> | undefined;
    let gone = false;
    onCleanup(() => ((gone = true), settling?.(), bills?.dispose(), below?.dispose()));
    void app.firstFigures().then(async () => {
      const [{ settleOnWholeRows }, { fitBills, billsBelow }] = await Promise.all([import('./whole-rows'), import('./fit-bills')]);
      const scroller = table.parentElement;
      if (gone || !scroller) return;
      settling = settleOnWholeRows(scroller, head);
      // It measures at once: observing the grid's parts reports their sizes a first time.
      below = billsBelow(scroller, table, setBillsBelowCount);
      // After each fit, when the bills' rows and the board may have changed height.
      bills = fitBills(scroller, table, () => (below?.update(), setBillsFrozen(untrack(presenting) && roomToFreezeBills(scroller, table))));
    });
    createEffect(on(rows, () => (frozen.update(), bills?.update(), below?.update())));
    // Ended, the presentation's frozen bills go at once; begun, the fit that follows its larger type decides.
    createEffect(on(presenting, (now) => !now && setBillsFrozen(false), { defer: true }));
    createEffect(on(billsStayFrozen, () => frozen.update(), { defer: true }));
  });
  const cellId = (row: number, col: number) => `cell-${row}-${col}`;
  function focusActive(): void {
    queueMicrotask(() => {
      const { row, col } = selection.active();
      const cell = table.querySelector<HTMLElement>(`#${cellId(row, col)}`);
      if (!cell) return;
      // Focus now, scroll once the frame has painted: reading layout here would force a layout
      // of the whole grid in the task that shows an edit's figures (2–10 ms), where after the
      // frame it is already done. Into the page and the scroller, then clear of the sticky parts.
      // After an edit the cell has focus already (onBeforeReveal), and focus() would still
      // force a style recalc.
      if (document.activeElement !== cell) cell.focus({ preventScroll: true });
      revealCell(cell, () => document.activeElement === cell);
    });
  }
  /** After the frame: into the page and the scroller, then clear of the sticky parts, while `still()`. */
  function revealCell(cell: HTMLElement, still: () => boolean): void {
    afterPaint(() => {
      const scroller = table.parentElement;
      if (!still() || !scroller) return;
      const before = scroller.scrollTop;
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const broughtUp = scroller.scrollTop > before || billsBack;
      billsBack = false;
      const clear = () => still() && reveal?.(cell, scroller, head, broughtUp, () => billsStayFrozen() && setBillsMakeWay(true));
      if (reveal) clear();
      else void loadReveal().then(clear);
    });
  }
  // A refusal or a question under an open field makes its cell taller: in the grid's lowest
  // visible row the message lay below the scroller's foot, unseen ("7" typed in a choice).
  const editMessage = createMemo(() => editor.editing()?.message);
  createEffect(
    on(
      editMessage,
      (message) => {
        // Back under the board, the bills leave whichever row stood at their foot cut: the next
        // reveal settles on whole rows, as after a scroll that brought its cell up.
        if (!message && billsMakeWay()) (billsBack = true), setBillsMakeWay(false);
        const e = editor.editing();
        const cell = message && e ? table.querySelector<HTMLElement>(`#${cellId(e.pos.row, e.pos.col)}`) : null;
        if (cell) revealCell(cell, () => cell.contains(document.activeElement));
      },
      { defer: true },
    ),
  );
  function moveTo(pos: Pos, extend = false): void {
    columnWindow.show(selection.moveTo(pos, extend).col);
    focusActive();
  }

  /** Whether a cell of this grid has focus (not the group's fold button, say): then focus follows the selection. */
  const cellFocused = () => (document.activeElement as HTMLElement | null)?.tagName === 'TD' && table.contains(document.activeElement);

  /** Puts the selection where its rows or columns went; the focus follows if it was on a cell. */
  function follow(to: Parameters<typeof selection.place>[0]): boolean {
    const focused = cellFocused();
    if (!untrack(() => selection.place(to))) return false;
    columnWindow.show(untrack(selection.active).col);
    if (focused) focusActive();
    return true;
  }

  /**
   * Runs `moved` with the rows or columns before each change of `source` (not on its first value:
   * `on(…, { defer: true })` would give the first change no value before). A move after an edit
   * still settling was to an index of the ones before: it stays where the selection goes.
   */
  function onRegrid<T>(source: () => T, moved: (now: T, before: T) => void): void {
    createComputed(
      on(source, (now, before) => {
        if (before === undefined) return;
        if (afterSettle) afterSettle = focusActive;
        moved(now, before);
      }),
    );
  }

  // Rows come and go (presentation shows fewer, a group folds): the selection stays on its rows.
  // Presentation opens on the top — the decision figures — and where a row is gone in it, it
  // goes there too; elsewhere to the nearest row above, never to whichever row now has its index
  // (after an edit of a funder, Alt+P opened on "Slut", scrolled down past the decision figures).
  let wasPresenting = false;
  onRegrid(rows, (list, before) => {
    const index = (i: number) => list.findIndex((r) => r.id === before[i]?.id);
    const now = untrack(presenting);
    const entered = now && !wasPresenting;
    wasPresenting = now;
    const rowTo = (row: number): number => {
      if (entered) return 0;
      let at = index(row);
      for (let i = row - 1; at < 0 && !now && i >= 0; i--) at = index(i);
      return Math.max(0, at);
    };
    const gone = index(untrack(selection.placed).row) < 0;
    if (follow({ row: rowTo }) && now && (gone || entered)) table.parentElement?.scrollTo({ top: 0 });
  });

  // Columns come and go too (presentation shows the selected scenarios, a scenario moves): the
  // selection stays on its scenarios. Where one is gone (deleted) its index stays, on the next.
  onRegrid(scenarioIds, (ids, before) =>
    follow({
      col: (c) => {
        const at = ids.indexOf(before[Math.min(c, before.length - 1)] ?? '');
        return at < 0 ? c : at;
      },
    }),
  );

  // Another workspace opened (a link, a file, the workspace menu): it opens on its decision
  // figures, not on the row and scroll position of the one before (a link opened over local work
  // landed on "Grundbevilling BRN", the totals and bills scrolled away).
  createComputed(
    on(
      () => workspace().id,
      (id, before) => {
        if (before === undefined || id === before) return;
        const focused = cellFocused();
        selection.moveTo({ row: 0, col: 0 });
        columnWindow.show(0);
        if (focused) focusActive();
        afterPaint(() => table.parentElement?.scrollTo({ top: 0, left: 0 }));
      },
    ),
  );

  // A request from elsewhere (an explanation's input, a message, scenarios a link added) selects
  // that cell, once its column is on screen: added scenarios arrive with their figures.
  createEffect(
    on([chrome.focusRequest, scenarioIds, rows], ([request, ids]) => {
      if (!request || request.n <= requestDone) return;
      // A row in a folded group: the group unfolds, and this runs again with its rows.
      const hidden = allRows().find((x) => x.id === request.row && collapsed().has(x.group));
      if (hidden) return void setCollapsed(new Set([...collapsed()].filter((g) => g !== hidden.group)));
      const r = rows().findIndex((x) => x.id === request.row);
      const c = request.scenarioId ? ids.indexOf(request.scenarioId) : selection.active().col;
      if (r < 0 || c < 0) return;
      requestDone = request.n;
      moveTo({ row: r, col: c });
      if (request.edit) startEdit(request.text ?? null, request.edit);
    }),
  );

  // Presentation opens on the decision: the room sees the board's top and every bill, wherever
  // the grid was scrolled or a cell selected before (the selection would keep it scrolled down).
  createEffect(
    on(
      presenting,
      (now) => {
        if (!now) return;
        // After the selection has followed its columns into the presentation: its rows go to
        // the top one, its columns stay (a block of scenarios stays chosen).
        queueMicrotask(() => {
          follow({ row: () => 0 });
          table.parentElement?.scrollTo({ top: 0 });
        });
      },
      { defer: true },
    ),
  );

  // Another tab's edit moves figures too: a projector marked none of the laptop's, and kept its own last ones.
  const moveMark = createMoveMarks(() => session.changes() + session.changesElsewhere());
  const draftKeeping = createDraftKeeping({ editor, workspace, rows, allRows, scenarioIds, contextAt });

  function startEdit(text: string | null, mode: Editing['mode']): void {
    // Typing within moments of the first figures: the rules its Enter needs load now, not later.
    if (!entryRules()) void loadEntryRules();
    void session.rules();
    const pos = selection.active();
    const row = rows()[pos.row];
    const c = contextAt(pos.col);
    if (!row || !c) return;
    if (!row.input) {
      notices.show({ kind: 'info', key: 'grid', text: () => t('cellReadOnly', { row: rowLabel(row, chrome.year()) }) });
      return;
    }
    afterSettle = null;
    draftKeeping.load();
    editor.start(pos, text ?? row.input.editText(c), mode);
  }

  /** The move of the commit under way: a commit refused for want of the entry rules is made again with it. */
  let committing: { to: Pos | null; answer: boolean } = { to: null, answer: false };
  /** `answer`: pressed Enter, which also takes what a question offered (editor.commit). */
  function commitAndMove(to: Pos | null, answer = false): void {
    committing = { to, answer };
    // Set before committing: an edit whose figures were computed ahead is revealed within the
    // commit, and the move belongs to that same update (onBeforeReveal runs it).
    afterSettle = () => (to ? moveTo(to) : focusActive());
    if (!editor.commit(answer)) return void (afterSettle = null);
    // Neither revealed within the commit (which ran it) nor settling (nothing changed, say): now.
    const pending = afterSettle;
    if (pending && !editor.editing()?.committed) {
      afterSettle = null;
      pending();
    }
  }

  /**
   * Leaving an open edit for another cell: it commits, or it is dropped there and then, never
   * trapping the user. A question's answer ("700.000" over a range, "Mente du 1.500.000 kr.?")
   * is typing that was valid: dropped without a word, it was lost (a fresh-eyes walk), so a
   * notice says so and offers it.
   */
  function leaveEdit(): void {
    if (!editor.editing() || editor.commit()) return;
    // Read after the commit: typed and left without Enter, it is this commit that asks.
    const e = editor.editing()!;
    editor.cancel();
    const rules = entryRules();
    const row = rows()[e.pos.row];
    const scenarioId = scenarioIds()[e.pos.col];
    if (e.confirm === undefined || !rules || !row || !scenarioId) return;
    // The command now, as typed and read in this language: read later, "700.000" in English was
    // 700 (a fresh-eyes walk). It belongs to this workspace and language: another one's
    // scenario of the same id took it, and the notice's words would be in the old format.
    const entry = commandAt(e.pos, e.confirm, true);
    if (!entry?.outcome.ok) return;
    const command = entry.outcome.value;
    const { unansweredNotice } = rules;
    const enter = e.confirm;
    const workspaceId = workspace().id;
    const lang = i18n.lang();
    const scenarioName = () => workspace().scenarios.find((s) => s.id === scenarioId)?.name;
    const said = () => {
      const name = workspace().id === workspaceId && i18n.lang() === lang ? scenarioName() : undefined;
      return name === undefined ? null : unansweredNotice(enter, row.label, name, i18n);
    };
    // Its own key: the next accepted edit withdraws the grid's refusals, not this offer.
    notices.show({
      kind: 'info',
      key: 'unanswered',
      text: () => said()?.text ?? '',
      action: { label: () => said()?.action ?? '', run: () => said() && useAnswer(command, row, scenarioId) },
      while: () => said() !== null,
    });
  }

  // Another view opened with a question open (a tab clicked): it is left as a click on another
  // cell leaves it, its answer offered in a notice. It went without a word (a fresh-eyes walk).
  onCleanup(() => editor.editing()?.confirm !== undefined && leaveEdit());

  /**
   * The answer a left question offered, used from its notice, taken as meant; then its cell is
   * selected, as an undo selects the cell it changed (the notice's button went, and focus fell
   * to the page).
   */
  function useAnswer(command: Command, row: GridRow, scenarioId: string): void {
    const rules = entryRules();
    const refused = session.dispatch(command);
    if (refused.length > 0 && rules) notices.show({ kind: 'error', key: 'grid', text: () => ruleRefusalText(rules, refused, row) });
    else notices.withdraw('grid');
    chrome.goToCell(row.id, scenarioId);
  }

  function block(text: string): string[][] {
    const r = selection.rect();
    return Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => text));
  }

  async function pasteBlock(cells: string[][]): Promise<void> {
    editor.cancel();
    const r = selection.rect();
    // A single value pasted onto a selection fills it, as in Excel.
    const fill = cells.length === 1 && cells[0]?.length === 1 && selection.isBlock();
    // The paste rules load when first used: nothing before the first figures needs them.
    const [rules, { applyBlock, pasteNotice }] = await Promise.all([session.rules(), import('./paste'), loadEntryRules()]);
    const out = applyBlock(rules, workspace(), rows(), scenarioIds(), context, { row: r.top, col: r.left }, fill ? block(cells[0]![0]!) : cells);
    const before = session.lastEdit();
    if (out.command) session.dispatch(out.command);
    // Said while the paste stands and its view is open: it stayed after Ctrl+Z took the paste
    // back, through other views and over another workspace's figures (a fresh-eyes walk).
    const stands = session.whileStands(before);
    const view = chrome.view();
    if (pasteNotice(out, i18n)) notices.show({ kind: 'error', key: 'grid', text: () => pasteNotice(out, i18n) ?? '', while: () => stands() && chrome.view() === view });
    else notices.withdraw('grid');
  }

  // The clipboard's TSV, like the paste rules, loads when first used.
  async function copy(): Promise<void> {
    const r = selection.rect();
    const { toTsv } = await import('./tsv');
    const text = toTsv(
      Array.from({ length: r.bottom - r.top + 1 }, (_, dr) =>
        Array.from({ length: r.right - r.left + 1 }, (_, dc) => {
          const row = rows()[r.top + dr];
          const c = contextAt(r.left + dc);
          if (!row || !c) return '';
          return row.input ? row.input.editText(c) : row.display(c).value;
        }),
      ),
    );
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      notices.show({ kind: 'error', key: 'clipboard', text: () => t('clipboardRefused') });
    }
  }

  async function paste(): Promise<void> {
    try {
      const [{ parseTsv }, text] = await Promise.all([import('./tsv'), navigator.clipboard.readText()]);
      await pasteBlock(parseTsv(text));
    } catch {
      notices.show({ kind: 'error', key: 'clipboard', text: () => t('clipboardRefused') });
    }
  }

  const keys = createGridKeys(selection, editor, {
    size: () => ({ rows: rows().length, cols: scenarioIds().length }),
    moveTo,
    focusActive,
    startEdit,
    commitAndMove,
    leaveEdit,
    clear: () => void pasteBlock(block('')),
    copy: () => void copy(),
    paste: () => void paste(),
    explain,
    holdKey: (event) => typedWhileSettling.push(event),
  });

  function explain(): void {
    const { row, col } = selection.active();
    const r = rows()[row];
    const id = scenarioIds()[col];
    if (r && id) chrome.explain({ figure: r.figure ?? null, reasoning: r.reasoning, label: rowLabel(r, chrome.year()), scenarioId: id, ...(r.input && !r.figure && { inputRow: r.id }) });
  }

  /**
   * A click in the edited cell but beside its field (its message, its padding) keeps the field's
   * focus: it went to the cell, where typing did nothing and the correction was lost (a
   * fresh-eyes walk: a Start corrected after a refusal was never entered).
   */
  function keepEditing(event: MouseEvent): void {
    const field = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.editor input, .editor select');
    if (!field || field.contains(event.target as Node)) return;
    event.preventDefault();
    field.focus();
  }

  /**
   * A double click edits the cell; in the cell being edited it is the field's own (a word
   * selected): it started the edit again from the stored value, and what was typed was gone.
   */
  function editOnDoubleClick(): void {
    if (!editor.editing()) startEdit(null, 'edit');
  }

  /** A click on another cell drops a refused (or any open) edit there and then, never trapping the user. */
  function onCellDown(pos: Pos, event: MouseEvent, pointer: string): void {
    // A click chooses the cell: a move still waiting for an edit's figures is dropped.
    afterSettle = null;
    typedWhileSettling.length = 0;
    if (editor.isEditing(pos)) return void keepEditing(event);
    leaveEdit();
    event.preventDefault();
    const wasActive = selection.isActive(pos.row, pos.col) && !selection.isBlock();
    moveTo(pos, event.shiftKey);
    // On a touch screen a tap on the selected cell edits it (a double tap is not needed).
    if (wasActive && pointer === 'touch') startEdit(null, 'edit');
  }

  const groupRowCount = (g: RowGroup) => allRows().filter((r) => r.group === g).length;
  const ariaRowCount = () => 1 + groups().length + rows().length;

  return (
    <table ref={table} class="grid" style={{ '--cols': String(scenarioIds().length) }} role="grid" aria-label={props.caption} aria-rowcount={ariaRowCount()} aria-colcount={scenarioIds().length + 1} aria-multiselectable="true" aria-describedby="grid-hint" onKeyDown={keys.onCellKey}>
      <thead ref={head}>
        <tr role="row" aria-rowindex={1}>
          <th ref={corner} scope="col" class="corner" role="columnheader" aria-colindex={1}>
            <span class="visually-hidden">{t('gridCorner')}</span>
            {/* Seen, not read: a screen reader counts the columns from the grid's own attributes. */}
            <Show when={columnWindow.inViewOf()}>
              {(shown) => (
                <span class="columns-in-view" aria-hidden="true" data-testid="columns-in-view">
                  {shown().first > 1 ? '← ' : ''}
                  {t('columnsInView', { first: shown().first, last: shown().last, count: scenarioIds().length })}
                  {shown().last < scenarioIds().length ? ' →' : ''}
                </span>
              )}
            </Show>
          </th>
          <Spacer columns={before()} />
          <For each={shownIds()}>{(id) => <ScenarioHeader scenarioId={id} col={colOf().get(id) ?? 0} count={scenarioIds().length} />}</For>
          <Spacer columns={after()} />
        </tr>
      </thead>
      <For each={groups()}>
        {(group) => {
          const groupRows = () => (collapsed().has(group) ? [] : allRows().filter((r) => r.group === group));
          // Each group's heading row comes before its rows in the row count.
          const headingIndex = () => 2 + groups().indexOf(group) + (rowIndex().get(groupRows()[0]!) ?? rows().filter((r) => GROUP_ORDER.indexOf(r.group) < GROUP_ORDER.indexOf(group)).length);
          return (
            <tbody data-group={group}>
              <tr class="group-row" classList={{ frozen: group === 'municipalities' && billsStayFrozen() }} role="row" aria-rowindex={headingIndex()}>
                <th colSpan={scenarioIds().length + 1} scope="colgroup" role="rowheader">
                  <button
                    type="button"
                    class="group-toggle"
                    aria-expanded={!collapsed().has(group)}
                    onClick={(e) => {
                      const next = new Set(collapsed());
                      if (next.has(group)) next.delete(group);
                      else next.add(group);
                      setCollapsed(next);
                      // The button stays: focus stays on it rather than falling to the page.
                      e.currentTarget.focus();
                    }}
                  >
                    <span aria-hidden="true">{collapsed().has(group) ? '▸' : '▾'}</span> {t(GROUP_LABELS[group])}
                    <Show when={collapsed().has(group)}>
                      <span class="detail"> ({t('rowsHidden', { count: groupRowCount(group) })})</span>
                    </Show>
                  </button>
                  {/* The grid's own rows and count say it to a screen reader. */}
                  <Show when={group === 'municipalities' && !collapsed().has(group) && billsBelowCount()}>
                    {(count) => (
                      <span class="bills-below" aria-hidden="true">
                        {t(count() === 1 ? 'billBelow' : 'billsBelow', { count: count() })}
                      </span>
                    )}
                  </Show>
                </th>
              </tr>
              <For each={groupRows()}>
                {(row: GridRow) => {
                  const index = () => rowIndex().get(row) ?? -1;
                  return (
                    <tr class={row.input ? 'input-row' : 'result-row'} classList={{ frozen: !!row.frozen || (group === 'municipalities' && billsStayFrozen()) }} data-row={row.id} role="row" aria-rowindex={3 + groups().indexOf(group) + index()}>
                      <th scope="row" role="rowheader" aria-colindex={1} classList={{ indent: !!row.indent }}>
                        {rowLabel(row, chrome.year())}
                      </th>
                      <Spacer columns={before()} />
                      <For each={shownIds()}>
                        {(id) => (
                          <GridCell
                            row={row}
                            scenarioId={id}
                            id={cellId(index(), colOf().get(id) ?? 0)}
                            pos={{ row: index(), col: colOf().get(id) ?? 0 }}
                            baseline={isBaseline(id)}
                            selection={selection}
                            editor={editor}
                            moveMark={moveMark}
                            context={() => cellContext(id)}
                            onDown={onCellDown}
                            onDoubleClick={editOnDoubleClick}
                            onEditorKey={keys.onEditorKey}
                            onCommit={() => commitAndMove(null)}
                            onCancel={() => {
                              editor.cancel();
                              focusActive();
                            }}
                          />
                        )}
                      </For>
                      <Spacer columns={after()} />
                    </tr>
                  );
                }}
              </For>
            </tbody>
          );
        }}
      </For>
    </table>
  );
}

/** Stands for the columns left out of the DOM (column-window.ts); the table keeps its width. */
function Spacer(props: { columns: number }) {
  return (
    <Show when={props.columns > 0}>
      <td class="column-spacer" colSpan={props.columns} aria-hidden="true" />
    </Show>
  );
}

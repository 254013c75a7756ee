/**
 * Typing not yet entered outlives a reload (draft.ts): written as the page is left, offered
 * again (not entered) once the same workspace is on screen. Its code loads with the first
 * editor (`load`), or after the first figures: nothing before them needs it.
 */
import { createEffect, on, onCleanup, onMount } from 'solid-js';
import { labelInSentence } from '../../i18n/i18n';
import type { Workspace } from '../../model';
import { afterPaint } from '../after-paint';
import { useApp } from '../state/app-store';
import type { CellEditor } from './editor';
import type { CellContext, GridRow } from './rows';

let drafts: typeof import('./draft') | undefined;
const loadDrafts = () => import('./draft').then((m) => (drafts = m));

export function createDraftKeeping(grid: {
  editor: CellEditor;
  workspace: () => Workspace;
  /** The rows shown, and all rows (a draft's row may be in a folded group). */
  rows: () => readonly GridRow[];
  allRows: () => readonly GridRow[];
  scenarioIds: () => readonly string[];
  contextAt: (col: number) => CellContext | undefined;
}): { load: () => void } {
  const { session, chrome, notices, firstFigures } = useApp();
  const { editor, workspace, rows, allRows, scenarioIds } = grid;

  onMount(() => {
    const keep = () => {
      const e = editor.editing();
      const row = e && rows()[e.pos.row];
      const c = e && grid.contextAt(e.pos.col);
      if (!drafts) return;
      // Nothing typed, or nothing new: an older draft must not come back either.
      if (!e || e.committed || !row?.input || !c || e.text.trim() === '' || e.text === row.input.editText(c)) return drafts.dropDraft();
      drafts.keepDraft({ workspaceId: workspace().id, row: row.id, scenarioId: c.scenario.id, text: e.text });
    };
    addEventListener('pagehide', keep);
    onCleanup(() => removeEventListener('pagehide', keep));
  });

  createEffect(
    on(session.ready, (ready, was) => {
      if (!ready || was) return;
      const id = workspace().id;
      // After the frame with the first figures: its code is not theirs to wait for.
      void firstFigures().then(() => afterPaint(() => void loadDrafts().then(({ readDraft, dropDraft }) => {
        const draft = workspace().id === id ? readDraft(id) : null;
        const row = draft && allRows().find((r) => r.id === draft.row);
        const scenario = draft && workspace().scenarios.find((s) => s.id === draft.scenarioId);
        if (!draft) return;
        if (!row?.input || !scenario) return dropDraft();
        // Not over typing begun meanwhile, nor into a column not shown (a phone's one scenario,
        // a presentation's choice): it waits for the next start.
        if (editor.editing() || !scenarioIds().includes(scenario.id)) return;
        dropDraft();
        chrome.goToCell(draft.row, draft.scenarioId, 'edit', draft.text);
        // Said while its field is open: Enter or Esc answers it.
        const inField = () => {
          const e = editor.editing();
          return !!e && !e.committed && rows()[e.pos.row]?.id === draft.row && scenarioIds()[e.pos.col] === draft.scenarioId;
        };
        notices.show({ kind: 'info', key: 'grid', text: () => chrome.i18n.t('draftRestored', { text: draft.text, row: labelInSentence(row.label), scenario: scenario.name }), while: inField });
      })));
    }),
  );

  return { load: () => void (drafts || loadDrafts()) };
}

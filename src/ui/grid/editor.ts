/**
 * The cell editor as a primitive: which cell is being edited, its text, and the message of a
 * refused entry. A refused entry keeps the editor open with its message until the user types,
 * leaves the cell or presses Esc — it never blocks another cell, a paste or the arrows.
 */
import { createSelector, createSignal } from 'solid-js';
import type { Pos } from './selection';

export interface Editing {
  readonly pos: Pos;
  readonly text: string;
  /**
   * 'enter': started by typing, arrows commit and move (as in Excel); 'edit': F2, arrows move the
   * caret; 'replace': as 'edit' with the whole text selected, so typing replaces it (Omdøb).
   */
  readonly mode: 'enter' | 'edit' | 'replace';
  readonly message?: string;
  /** "Mente du 1,5 mio. kr.?": committing again commits this text, taken as meant. */
  readonly confirm?: string;
  /**
   * Accepted, and its figures are being computed: the field keeps the typed text until the
   * edit and its figures reach the screen together (then `settle` closes it).
   */
  readonly committed?: boolean;
}

export type CommitOutcome = { readonly ok: true; readonly settling?: boolean } | { readonly ok: false; readonly message: string; readonly confirm?: string };

/** `apply` commits a text; `sure`: it is the one a question offered, confirmed by a second Enter. */
export function createCellEditor(apply: (pos: Pos, text: string, sure: boolean) => CommitOutcome) {
  const [editing, setEditing] = createSignal<Editing | null>(null);
  // Each cell asks whether it is the one edited; only the cells whose answer changes re-run.
  const editedAt = createSelector(() => {
    const e = editing();
    return e ? `${e.pos.row}:${e.pos.col}` : null;
  });
  // An edit whose figures are ready goes on screen while it is being committed, and the focus
  // moving to the next cell then blurs the field, which commits: that second commit is this one.
  let committing = false;
  return {
    editing,
    start(pos: Pos, text: string, mode: Editing['mode']): void {
      setEditing({ pos, text, mode });
    },
    setText(text: string): void {
      const e = editing();
      // Typing again clears the message: the user is answering it.
      if (e) setEditing({ pos: e.pos, text, mode: e.mode });
    },
    /**
     * Commits the text; on refusal the editor stays open with the message and returns false.
     * `answer`: Enter, the one key that takes what a question ("Mente du …?") offered; leaving
     * the cell another way (an arrow, Tab, a click) does not answer it (returns false).
     */
    commit(answer = false): boolean {
      const e = editing();
      if (!e || e.committed || committing) return true;
      if (e.confirm !== undefined && !answer) return false;
      committing = true;
      let outcome: CommitOutcome;
      try {
        outcome = e.confirm === undefined ? apply(e.pos, e.text, false) : apply(e.pos, e.confirm, true);
      } finally {
        committing = false;
      }
      if (outcome.ok) {
        setEditing(outcome.settling ? { ...e, committed: true } : null);
        return true;
      }
      setEditing({ ...e, message: outcome.message, confirm: outcome.confirm });
      return false;
    },
    cancel: (): void => void setEditing(null),
    /** The committed edit is on screen with its figures: the field closes. */
    settle(): void {
      if (editing()?.committed) setEditing(null);
    },
    isEditing: (pos: Pos): boolean => editedAt(`${pos.row}:${pos.col}`),
  };
}

export type CellEditor = ReturnType<typeof createCellEditor>;

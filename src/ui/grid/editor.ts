/**
 * The cell editor as a primitive: which cell is being edited, its text, and the message of a
 * refused entry. A refused entry keeps the editor open with its message until the user types,
 * leaves the cell or presses Esc — it never blocks another cell, a paste or the arrows.
 */
import { createSignal } from 'solid-js';
import type { Estimate } from '../../model';
import type { Pos } from './selection';

export interface Editing {
  readonly pos: Pos;
  readonly text: string;
  /** 'enter': started by typing, arrows commit and move (as in Excel); 'edit': F2, arrows move the caret. */
  readonly mode: 'enter' | 'edit';
  readonly message?: string;
  /** "Mente du 1,5 mio. kr.?": committing again takes the suggestion. */
  readonly suggestion?: Estimate;
}

export type CommitOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly suggestion?: Estimate };

export function createCellEditor(apply: (pos: Pos, text: string, suggestion?: Estimate) => CommitOutcome) {
  const [editing, setEditing] = createSignal<Editing | null>(null);
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
    /** Commits the text; on refusal the editor stays open with the message and returns false. */
    commit(): boolean {
      const e = editing();
      if (!e) return true;
      const outcome = apply(e.pos, e.text, e.suggestion);
      if (outcome.ok) {
        setEditing(null);
        return true;
      }
      setEditing({ ...e, message: outcome.message, suggestion: outcome.suggestion });
      return false;
    },
    cancel: (): void => void setEditing(null),
    isEditing: (pos: Pos): boolean => {
      const e = editing();
      return !!e && e.pos.row === pos.row && e.pos.col === pos.col;
    },
  };
}

export type CellEditor = ReturnType<typeof createCellEditor>;

/**
 * What the last edit moved, made here or in another tab (a projector beside a laptop): a figure
 * cell remembers the text it showed before an edit changed it, until the next edit. Presenting,
 * the room saw "Kommunalt tillæg" go from 595.000 to 845.000 and every bill of the column change,
 * and nothing on screen said which (a fresh-eyes walk). Not a move: the first figures, another
 * workspace, year or language.
 *
 * The marks change once the frame that shows the edit's figures is painted (afterPaint): setting
 * and clearing them, two dozen cells' classes and tooltips, is work the figures need not wait for.
 */
import { batch, createComputed, createSignal, on, untrack } from 'solid-js';
import { afterPaint } from '../after-paint';

export type MoveMark = (
  /** The text the cell shows. */
  text: () => string,
  /** What a text is compared within: the workspace, year and language it was shown for. */
  shownFor: () => string,
) => () => string | null;

/** `edits`: the edits, this tab's and another's, counted; a mark lasts until the next one. */
export function createMoveMarks(edits: () => number): MoveMark {
  const queue: (() => void)[] = [];
  const later = (run: () => void) => {
    if (queue.push(run) === 1) afterPaint(() => batch(() => queue.splice(0).forEach((r) => r())));
  };
  const [shownEdit, setShownEdit] = createSignal(untrack(edits));
  createComputed(on(edits, (n) => later(() => setShownEdit(n)), { defer: true }));

  return (text, shownFor) => {
    const [moved, setMoved] = createSignal<{ from: string; edit: number } | null>(null);
    let last: { text: string; shownFor: string; edit: number } | null = null;
    createComputed(() => {
      const now = { text: text(), shownFor: shownFor(), edit: untrack(edits) };
      // Another year's figures: what the edit moved was the last year's, and its "before" too.
      if (last && last.shownFor !== now.shownFor) later(() => setMoved(null));
      // Moved by an edit since the text before (this tab's or another's): not by the stored
      // figures replacing the first ones at start.
      else if (last && last.text !== now.text && last.text !== '' && now.text !== '' && now.edit !== last.edit) {
        const mark = { from: last.text, edit: now.edit };
        later(() => setMoved(mark));
      }
      last = now;
    });
    // Only a marked cell follows the edit count: an edit re-runs the cells it moved, not all.
    return () => {
      const m = moved();
      return m && m.edit === shownEdit() ? m.from : null;
    };
  };
}

import { batch, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createMoveMarks } from './moved';

/** The marks change after the frame that shows the figures (here, without frames, a moment later). */
const nextFrame = () => new Promise((r) => setTimeout(r, 5));

describe('what the last edit moved', () => {
  const setup = () =>
    createRoot(() => {
      const [text, setText] = createSignal('');
      const [shownFor, setShownFor] = createSignal('ws|typical|da');
      const [edits, setEdits] = createSignal(0);
      const movedFrom = createMoveMarks(edits)(text, shownFor);
      return { movedFrom, setText, setShownFor, edit: (next: string) => (setEdits((n) => n + 1), setText(next)) };
    });

  it('marks a figure an edit changed with its text before, until the next edit', async () => {
    const { movedFrom, setText, edit } = setup();
    setText('595.000');
    await nextFrame();
    expect(movedFrom()).toBeNull();
    edit('845.000');
    // Not in the figures' own frame: a moment after.
    expect(movedFrom()).toBeNull();
    await nextFrame();
    expect(movedFrom()).toBe('595.000');
    // The next edit moves another figure: this one's mark goes.
    edit('845.000');
    await nextFrame();
    expect(movedFrom()).toBeNull();
  });

  it('forgets its mark when another year is shown: its "before" was that year\'s', async () => {
    const { movedFrom, setText, setShownFor, edit } = setup();
    setText('595.000');
    edit('845.000');
    await nextFrame();
    expect(movedFrom()).toBe('595.000');
    batch(() => (setShownFor('ws|2027|da'), setText('870.000')));
    await nextFrame();
    expect(movedFrom()).toBeNull();
  });

  it('does not mark a figure no counted edit moved (the stored figures replacing the first at start)', async () => {
    const { movedFrom, setText, edit } = setup();
    setText('595.000');
    setText('620.000');
    await nextFrame();
    expect(movedFrom()).toBeNull();
    edit('845.000');
    await nextFrame();
    expect(movedFrom()).toBe('620.000');
  });

  it('does not mark the first figures, another workspace, year or language', async () => {
    const { movedFrom, setShownFor, setText, edit } = setup();
    edit('595.000');
    await nextFrame();
    expect(movedFrom()).toBeNull();
    // Another year shows another figure, in the same update as the year.
    batch(() => (setShownFor('ws|2027|da'), setText('612.000')));
    await nextFrame();
    expect(movedFrom()).toBeNull();
    batch(() => (setShownFor('other|2027|da'), setText('1.000')));
    await nextFrame();
    expect(movedFrom()).toBeNull();
    batch(() => (setShownFor('other|2027|en'), setText('1,000')));
    await nextFrame();
    expect(movedFrom()).toBeNull();
  });
});

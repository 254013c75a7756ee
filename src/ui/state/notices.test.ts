import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createNotices } from './notices';

describe('notices', () => {
  it('shows a notice while its condition holds, and never again once it has stopped (an undo\'s notice came back when its workspace was opened again)', () =>
    createRoot((dispose) => {
      const notices = createNotices();
      const [last, setLast] = createSignal('edit-1');
      notices.show({ kind: 'info', key: 'undo', text: 'Gentaget: Grundbevilling BRN', while: () => last() === 'edit-1' });
      expect(notices.notices().map((n) => n.text)).toEqual(['Gentaget: Grundbevilling BRN']);
      setLast('other workspace');
      expect(notices.notices()).toEqual([]);
      setLast('edit-1');
      expect(notices.notices()).toEqual([]);
      dispose();
    }));
});

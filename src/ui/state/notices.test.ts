import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createNotices } from './notices';

// Errors: they stay until dismissed, so no timer outlives a test.
describe('notices', () => {
  it("shows a notice while its condition holds, and never again once it has stopped (an undo's notice came back when its workspace was opened again)", () =>
    createRoot((dispose) => {
      const notices = createNotices();
      const [last, setLast] = createSignal('edit-1');
      notices.show({ kind: 'error', key: 'undo', text: () => 'Gentaget: Grundbevilling BRN', while: () => last() === 'edit-1' });
      expect(notices.notices().map((n) => n.text())).toEqual(['Gentaget: Grundbevilling BRN']);
      setLast('other workspace');
      expect(notices.notices()).toEqual([]);
      setLast('edit-1');
      expect(notices.notices()).toEqual([]);
      dispose();
    }));

  it('waits for a condition that does not hold yet when the notice is shown', () =>
    createRoot((dispose) => {
      const notices = createNotices();
      const [open, setOpen] = createSignal(false);
      notices.show({ kind: 'error', key: 'grid', text: () => 'Det, du var ved at skrive …', while: open });
      expect(notices.notices()).toEqual([]);
      setOpen(true);
      expect(notices.notices().map((n) => n.text())).toEqual(['Det, du var ved at skrive …']);
      setOpen(false);
      expect(notices.notices()).toEqual([]);
      setOpen(true);
      expect(notices.notices()).toEqual([]);
      dispose();
    }));
});

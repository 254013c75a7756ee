/** Messages to the user, each optionally with one action (usually "Fortryd"). */
import { createSignal } from 'solid-js';

export interface Notice {
  readonly id: number;
  /** Notices with the same key replace each other (one save error, not ten). */
  readonly key?: string;
  readonly kind: 'info' | 'error';
  /** Read when shown, so a notice up when the language changes is said in the new one. */
  readonly text: () => string;
  readonly action?: { readonly label: () => string; readonly run: () => void };
  /** Shown only while this holds: a "Fortryd" for an edit already undone, or no longer the last, must go. */
  readonly while?: () => boolean;
  /** An info notice that stays until closed: one that asks the reader to check something. */
  readonly stays?: true;
}

export function createNotices() {
  const [notices, setNotices] = createSignal<readonly Notice[]>([]);
  let next = 1;
  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
  /** Withdraws the notice of a key: a refused paste's message, once a later paste or edit succeeds. */
  const withdraw = (key: string) => setNotices((list) => (list.some((n) => n.key === key) ? list.filter((n) => n.key !== key) : list));
  /**
   * Shows a notice; info notices leave by themselves, errors stay until dismissed. One whose
   * condition held and then stopped holding is gone for good: an undo's "Gentaget: …" came back
   * beside the next notice when its workspace was left and opened again (its history back, the
   * same edit last). One whose condition does not hold yet waits for it.
   */
  function show(notice: Omit<Notice, 'id'>): number {
    const id = next++;
    const condition = notice.while;
    let held = false;
    let gone = false;
    const shown = condition
      ? {
          ...notice,
          while: () => {
            if (gone) return false;
            const holds = condition();
            if (holds) held = true;
            else gone = held;
            return holds;
          },
        }
      : notice;
    setNotices((list) => [...list.filter((n) => notice.key === undefined || n.key !== notice.key), { ...shown, id }]);
    if (notice.kind === 'info' && !notice.stays) setTimeout(() => dismiss(id), notice.action ? 12_000 : 5_000);
    return id;
  }
  /** The notices to show now: those whose condition still holds. */
  const current = () => notices().filter((n) => n.while?.() ?? true);
  return { notices: current, show, dismiss, withdraw };
}

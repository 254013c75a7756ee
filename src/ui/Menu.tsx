/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ↓ opens it on the first item, ↑
 * on the last; the open list (MenuList.tsx) moves, closes and chooses. Items are large enough to
 * tap. Used for a scenario column's actions and the workspace menu.
 */
import { createComponent, createSignal, createUniqueId, onCleanup, Show, type JSX } from 'solid-js';
import type { MenuItem } from './MenuList';

/**
 * The open list's code (MenuList.tsx), loaded with the first menu opened or after the first
 * figures (App): nothing before them needs it.
 */
let list: typeof import('./MenuList').MenuList | undefined;
export const loadMenuList = () => import('./MenuList').then(({ MenuList }) => (list = MenuList));

export type { MenuItem };

export function Menu(props: { label: string; buttonText: JSX.Element; items: () => readonly MenuItem[]; class?: string; align?: 'left' | 'right' }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let button!: HTMLButtonElement;
  /** The item focused as the list opens: 0 the first, -1 the last. */
  let at = 0;
  /** Asked to open while the list's code loads: Esc, a click elsewhere or leaving the button takes it back. */
  let waiting = false;
  /** Enter or Space pressed meanwhile: the item then focused is chosen as the list opens. */
  let choose = false;
  function show(first = 0): void {
    at = first;
    choose = false;
    // Open already (↓ on its button): opened anew, on that item.
    if (list) return void (setOpen(false), setOpen(true));
    waiting = true;
    void loadMenuList().then(
      () => waiting && ((waiting = false), setOpen(true)),
      () => (waiting = false),
    );
  }
  function close(returnFocus = true): void {
    waiting = false;
    setOpen(false);
    if (returnFocus) button.focus();
  }
  const onOutside = (e: PointerEvent) => {
    if ((open() || waiting) && !button.parentElement?.contains(e.target as Node)) close(false);
  };
  document.addEventListener('pointerdown', onOutside);
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  return (
    <div class={`menu ${props.class ?? ''}`}>
      <button
        ref={button}
        type="button"
        class="menu-button"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? id : undefined}
        aria-label={props.label}
        title={props.label}
        onClick={() => (open() ? close() : show())}
        onBlur={() => (waiting = false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && waiting) close();
          // Keys typed while the list loads count, in order: Enter, ↓, ↓, Enter typed at once
          // chose the first template, not the third (a cold start's first menu, 1 run in 10).
          else if (waiting && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            at += e.key === 'ArrowDown' ? 1 : -1;
          } else if (waiting && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            choose = true;
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            show();
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            show(-1);
          }
        }}
      >
        {props.buttonText}
      </button>
      <Show when={open()}>
        {(_) =>
          createComponent(list!, {
            id,
            get label() {
              return props.label;
            },
            items: props.items,
            get align() {
              return props.align;
            },
            at,
            choose,
            button,
            close,
          })
        }
      </Show>
    </div>
  );
}

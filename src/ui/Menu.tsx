/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ↓ opens it on the first item,
 * ↑/↓ move, Esc closes and returns focus to the button, a choice closes it (and returns focus to
 * the button, unless the choice moved it: an editor, a dialog). Items are large
 * enough to tap. Used for a scenario column's actions and the workspace menu.
 */
import { createMemo, createSignal, createUniqueId, For, onCleanup, Show, type JSX } from 'solid-js';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
}

export function Menu(props: { label: string; buttonText: JSX.Element; items: () => readonly MenuItem[]; class?: string; align?: 'left' | 'right' }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  const labels = createMemo(() => props.items().map((item) => item.label));
  let button!: HTMLButtonElement;
  let list: HTMLUListElement | undefined;
  const items = () => [...(list?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
  const focusItem = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };
  function show(at = 0): void {
    setOpen(true);
    queueMicrotask(() => focusItem(at));
  }
  function close(returnFocus = true): void {
    setOpen(false);
    if (returnFocus) button.focus();
  }
  const onOutside = (e: PointerEvent) => {
    if (open() && !button.parentElement?.contains(e.target as Node)) close(false);
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
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
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
        <ul
          ref={list}
          id={id}
          role="menu"
          aria-label={props.label}
          class="menu-list"
          classList={{ right: props.align === 'right' }}
          onKeyDown={(e) => {
            const all = items();
            const i = all.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'ArrowDown') focusItem(i + 1);
            else if (e.key === 'ArrowUp') focusItem(i - 1);
            else if (e.key === 'Home') focusItem(0);
            else if (e.key === 'End') focusItem(-1);
            else if (e.key === 'Escape' || e.key === 'Tab') close(e.key === 'Escape');
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
          onFocusOut={(e) => {
            // Focus gone to nowhere (an item removed under it) comes back to the menu, where Esc
            // still closes it; gone elsewhere (a dialog opened, a click), the menu closes.
            const at = items().indexOf(e.target as HTMLElement);
            queueMicrotask(() => {
              const now = document.activeElement;
              if (!open()) return;
              if (!now || now === document.body) focusItem(Math.min(Math.max(at, 0), items().length - 1));
              else if (!button.parentElement?.contains(now)) close(false);
            });
          }}
        >
          {/* By label, not by object: the items are made anew when a background read finishes (the
              workspace menu's last deletion) or another tab adds a workspace, and buttons made anew
              took the focus with them: the menu then stayed open, deaf to Esc (a fresh-eyes walk,
              3 of 8 cold loads). By place, an item added above would take the focused one's place. */}
          <For each={labels()}>
            {(label) => {
              const item = () => props.items().find((i) => i.label === label) ?? { label, run: () => {}, disabled: true };
              return (
                <li role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    aria-disabled={item().disabled ? 'true' : undefined}
                    classList={{ danger: !!item().danger }}
                    onClick={() => {
                      if (item().disabled) return;
                      close(false);
                      item().run();
                      // A choice that moved the focus (an editor, a dialog) keeps it there; one that
                      // did not (an export) would leave it on the page, the item being gone.
                      queueMicrotask(() => {
                        if ((document.activeElement === document.body || !document.activeElement) && button.isConnected) button.focus();
                      });
                    }}
                  >
                    {label}
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </div>
  );
}

/**
 * A menu button's open list (Menu.tsx): ↑/↓, Home and End move, Esc closes and returns focus to
 * the button, Tab closes and moves on from the button, a choice closes it (and returns focus to the button, unless the choice
 * moved it: an editor, a dialog). Its code loads with the first menu opened.
 */
import { For, onMount } from 'solid-js';

export interface MenuItem {
  readonly label: string;
  /** What tells the item apart where its label may not: two deleted workspaces of one name. */
  readonly key?: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
}

const keyOf = (item: MenuItem) => item.key ?? item.label;

export function MenuList(props: { id: string; label: string; items: () => readonly MenuItem[]; align?: 'left' | 'right' | undefined; at: number; choose?: boolean; button: HTMLButtonElement; close: (returnFocus?: boolean) => void }) {
  let list!: HTMLUListElement;
  const { button, close } = props;
  const items = () => [...list.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')];
  const focusItem = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };
  onMount(() => {
    focusItem(props.at);
    // Enter pressed while the list loaded: the item it would have chosen.
    if (props.choose) queueMicrotask(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="menuitem"]')?.click());
  });
  const open = () => list.isConnected;

  return (
    <ul
      ref={list}
      id={props.id}
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
        else if (e.key === 'Escape') close(true);
        else if (e.key === 'Tab') {
          // Closed, and the Tab goes on from the button to what is before or after it: from the
          // item it went to nowhere, the list gone under it (a keyboard-only walk).
          close(true);
          e.stopPropagation();
          return;
        } else return;
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
      {/* By key (the label, unless the item has one), not by object: the items are made anew
          when a background read finishes (the workspace menu's kept deletions) or another tab
          adds a workspace, and buttons made anew took the focus with them: the menu then stayed
          open, deaf to Esc (a fresh-eyes walk, 3 of 8 cold loads). By place, an item added above
          would take the focused one's place. Read only while open: every column's menu reading
          its items would cost each edit. */}
      <For each={props.items().map(keyOf)}>
        {(key) => {
          const item = () => props.items().find((i) => keyOf(i) === key) ?? { label: '', run: () => {}, disabled: true };
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
                  // The menu's button has the focus while the choice runs: one that moves it (an
                  // editor, a dialog) takes it from there, and a dialog gives it back there when
                  // it closes (it went to the comparison's first cell, the item being gone); one
                  // that does not (an export) leaves it there, not on the page.
                  if (button.isConnected) button.focus();
                  item().run();
                }}
              >
                {item().label}
              </button>
            </li>
          );
        }}
      </For>
    </ul>
  );
}

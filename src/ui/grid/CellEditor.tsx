/**
 * The editor inside a cell: a text field (with a numeric keyboard for numbers), or a list for a
 * choice. A refused entry shows its message beside the field; leaving the field never commits a
 * refused entry.
 */
import { For, onCleanup, Show } from 'solid-js';
import type { Editing } from './editor';
import { findOption, type CellContext, type GridRow } from './rows';

export function CellEditorView(props: {
  row: GridRow;
  context: () => CellContext | undefined;
  editing: Editing;
  onText: (text: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const options = () => {
    const c = props.context();
    return c ? props.row.input?.options?.(c) : undefined;
  };
  const placeholder = () => {
    const c = props.context();
    return c ? props.row.input?.placeholder?.(c) : undefined;
  };
  const numeric = () => ['kr', 'fte', 'percent'].includes(props.row.input?.unit ?? '');
  // Chromium fires blur on a focused field as it is removed; once the edit has closed, its
  // props belong to a closed <Show> and must not be read.
  let open = true;
  onCleanup(() => (open = false));
  const errorId = () => `${props.row.id}-error`;
  return (
    // Marked once its edit is entered: it stays open only until the figures arrive, and Ctrl+Z
    // pressed meanwhile is the workspace's (App), with no typing left to undo here.
    <div class="editor" data-entered={props.editing.committed ? '' : undefined}>
      <Show
        when={options()}
        fallback={
          <input
            ref={(el) =>
              queueMicrotask(() => {
                // An edit that adds rows (a start moved to an earlier year) re-creates the edited
                // row's cells while it commits, and closes the field before this runs.
                if (!open) return;
                el.focus();
                // A typed first character replaces the value; F2 puts the caret at the end;
                // Omdøb selects the name, which typing replaces.
                if (props.editing.mode === 'replace') el.select();
                else el.setSelectionRange(el.value.length, el.value.length);
              })
            }
            aria-label={props.row.label}
            aria-invalid={!!props.editing.message}
            aria-describedby={props.editing.message ? errorId() : undefined}
            inputMode={numeric() ? 'decimal' : 'text'}
            placeholder={placeholder()}
            enterkeyhint="done"
            value={props.editing.text}
            onInput={(e) => !props.editing.committed && props.onText(e.currentTarget.value)}
            onKeyDown={(e) => props.onKeyDown(e)}
            onBlur={() => open && !props.editing.message && !props.editing.committed && props.onCommit()}
          />
        }
      >
        {(opts) => {
          // Typing picks the option the whole typed text names ("Blandet" is Blandet), not the
          // list's own letter-by-letter jumps (after "B", "l" jumped to "Lige store andele").
          const named = findOption(opts(), props.editing.text);
          let typed = props.editing.mode === 'enter' ? props.editing.text : '';
          const c = props.context();
          const current = c && props.row.input ? findOption(opts(), props.row.input.editText(c)) : undefined;
          // Typed text that names no option ("7" in Ambitionsniveau): the list opens at the cell's
          // own value, and the text is refused with its message. It opened at the first option,
          // and Enter took that without a word (a data-safety probe).
          const unnamed = props.editing.mode === 'enter' && props.editing.text.trim() !== '' && !named;
          const initial = (named ?? current ?? opts()[0])?.value;
          let pointerPicked = false;
          if (unnamed) queueMicrotask(() => open && props.onCommit());
          else if (initial) queueMicrotask(() => open && props.onText(opts().find((o) => o.value === initial)?.label ?? initial));
          const typeAhead = (e: KeyboardEvent, select: HTMLSelectElement): boolean => {
            const letter = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
            if (!letter && e.key !== 'Backspace') return false;
            e.preventDefault();
            const next = letter ? typed + e.key : typed.slice(0, -1);
            const found = findOption(opts(), next);
            typed = next;
            if (found) {
              select.value = found.value;
              props.onText(found.label);
            } else {
              // Text that names no option ("Niveau 7"): the list goes back to the cell's own value
              // and the text is refused with its message. A letter no option had was dropped, and
              // Enter took what the letters before it named, Niveau 1 (a fresh-eyes walk).
              const own = current ?? opts()[0];
              if (own) select.value = own.value;
              if (next.trim() === '') props.onText(own?.label ?? '');
              else {
                props.onText(next);
                props.onCommit();
              }
            }
            return true;
          };
          return (
            <select
              ref={(el) => queueMicrotask(() => el.focus())}
              aria-label={props.row.label}
              onPointerDown={() => (pointerPicked = true)}
              onChange={(e) => {
                props.onText(opts().find((o) => o.value === e.currentTarget.value)?.label ?? '');
                if (pointerPicked) props.onCommit();
              }}
              onKeyDown={(e) => typeAhead(e, e.currentTarget) || props.onKeyDown(e)}
              onBlur={() => open && props.onCancel()}
            >
              <For each={opts()}>
                {(o) => (
                  <option value={o.value} selected={o.value === initial}>
                    {o.label}
                  </option>
                )}
              </For>
            </select>
          );
        }}
      </Show>
      <Show when={props.editing.message}>
        <span class="cell-error" classList={{ question: props.editing.confirm !== undefined }} id={errorId()} role="alert">
          {props.editing.message}
        </span>
      </Show>
    </div>
  );
}

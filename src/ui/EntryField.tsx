/**
 * An input outside the grid (assumptions, tasks, populations): shows a value's one text form,
 * reads what is typed with the same entry rules as the grid, and on a refusal keeps the text
 * with a message and an example; the model keeps its last good value.
 */
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { ValidationIssue } from '../model';
import { refusalMessage, type Entry } from './grid/entry';
import { useApp } from './state/app-store';

export function EntryField<T>(props: {
  label: string;
  /** The value's text form, as formatted. */
  text: string;
  read: (text: string) => Entry<T>;
  commit: (value: T) => readonly ValidationIssue[] | void;
  numeric?: boolean;
  class?: string;
  /** Visible label instead of an accessible name only. */
  visibleLabel?: boolean;
}) {
  const { chrome } = useApp();
  const [error, setError] = createSignal<string | null>(null);
  const id = createUniqueId();
  let input!: HTMLInputElement;
  const apply = (raw: string) => {
    const r = props.read(raw);
    if (!r.ok) return setError(refusalMessage(r.refusal, props.label, chrome.i18n));
    const refused = props.commit(r.value);
    if (refused && refused.length > 0) return setError(refusalMessage({ kind: 'rule', reason: 'entryRefusedByRule' }, props.label, chrome.i18n));
    setError(null);
    input.value = props.text;
  };
  return (
    <span class={`entry-field ${props.class ?? ''}`}>
      <Show when={props.visibleLabel}>
        <label for={id}>{props.label}</label>
      </Show>
      <input
        ref={input}
        id={id}
        aria-label={props.visibleLabel ? undefined : props.label}
        aria-invalid={error() !== null}
        aria-describedby={error() ? `${id}-error` : undefined}
        value={props.text}
        inputMode={props.numeric === false ? 'text' : 'decimal'}
        onChange={(e) => apply(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(e.currentTarget.value);
        }}
      />
      <Show when={error()}>
        <span class="field-error" id={`${id}-error`} role="alert">
          {error()}
        </span>
      </Show>
    </span>
  );
}

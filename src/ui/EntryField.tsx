/**
 * An input outside the grid (assumptions, tasks, populations): shows a value's one text form,
 * reads what is typed with the same entry rules as the grid, and on a refusal keeps the text
 * with a message and an example; the model keeps its last good value.
 */
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { ValidationIssue } from '../model';
import { refusalMessage, ruleRefusal, type Entry } from './grid/entry';
import { useApp } from './state/app-store';

export function EntryField<T>(props: {
  label: string;
  /** The value's text form, as formatted. */
  text: string;
  /** `sure`: the user confirmed an implausible amount with a second Enter. */
  read: (text: string, sure: boolean) => Entry<T>;
  commit: (value: T) => readonly ValidationIssue[] | void;
  numeric?: boolean;
  class?: string;
  /** Visible label instead of an accessible name only. */
  visibleLabel?: boolean;
}) {
  const { chrome } = useApp();
  const [error, setError] = createSignal<string | null>(null);
  // "Mente du 600.000 kr.?": the text a second Enter on the same entry commits, taken as meant.
  let confirm: { readonly asked: string; readonly enter: string } | null = null;
  const id = createUniqueId();
  let input!: HTMLInputElement;
  let enteredText: string | null = null;
  const apply = (raw: string) => {
    const asked = confirm?.asked === raw ? confirm : null;
    confirm = null;
    const r = asked ? props.read(asked.enter, true) : props.read(raw, false);
    if (!r.ok) {
      if (r.refusal.kind === 'implausible') confirm = { asked: raw, enter: r.refusal.enter };
      return setError(refusalMessage(r.refusal, props.label, chrome.i18n, r.refusal.kind === 'implausible'));
    }
    const refused = props.commit(r.value);
    if (refused && refused.length > 0) return setError(refusalMessage(ruleRefusal(refused), props.label, chrome.i18n));
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
        // Enter applies, and Chromium then fires change for the same text: applied once, so a
        // question ("Mente du …?") is not answered by its own Enter.
        onChange={(e) => {
          if (e.currentTarget.value !== enteredText) apply(e.currentTarget.value);
          enteredText = null;
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          enteredText = e.currentTarget.value;
          apply(e.currentTarget.value);
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

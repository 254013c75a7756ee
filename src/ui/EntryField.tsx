/**
 * An input outside the grid (assumptions, tasks, populations): shows a value's one text form,
 * reads what is typed with the same entry rules as the grid, and on a refusal keeps the text
 * with a message and an example; the model keeps its last good value.
 */
import { createEffect, createMemo, createSignal, createUniqueId, on, onCleanup, onMount, Show } from 'solid-js';
import type { ValidationIssue } from '../model';
import { questionAnswer, refusalMessage, ruleRefusal, type Entry, type Refusal } from './grid/entry';
import { useApp } from './state/app-store';
import '../i18n/strings-da-later';

/**
 * Text typed into a field and not taken (refused, or not yet entered) when its view closed, for
 * this page's life: a refused "13/2027" went without a word when the user looked at the
 * comparison and came back, and read as saved (a fresh-eyes walk). By workspace, view, chosen
 * scenario and label (Opgaver's "Årsværk: 1:1 sparring" for one scenario is not Antagelser's for
 * the catalogue, nor another scenario's), with the value the field showed then: it comes back
 * only over that same value, never over one an undo, a paste or another tab has set since.
 */
const leftTyped = new Map<string, { readonly text: string; readonly over: string; readonly refusal: Refusal | null }>();

export function EntryField<T>(props: {
  label: string;
  /** The value's text form, as formatted. */
  text: string;
  /** `sure`: the user confirmed an implausible amount with a second Enter. */
  read: (text: string, sure: boolean) => Entry<T>;
  commit: (value: T) => readonly ValidationIssue[] | void;
  numeric?: boolean;
  /** A name or a source: edited where clicked, as text is, not selected whole by the first click. */
  prose?: boolean;
  class?: string;
  /** Visible label instead of an accessible name only. */
  visibleLabel?: boolean;
  /** A setting outside the workspace (a simulation's): Ctrl+Z in it is the field's own, never the workspace's. */
  local?: boolean;
  /** What a message calls the field, where its label names the value (a funder's name field: "Navn", not "Navn: <its name>"). */
  messageLabel?: string;
}) {
  const { chrome, session } = useApp();
  // The message as worked out when shown, so that it follows the language: a refused "Fra måned"
  // kept its Danish words in English while the field's text (empty) stayed the same.
  const [error, setError] = createSignal<(() => string) | null>(null);
  let refused: Refusal | null = null;
  const refuse = (refusal: Refusal, asking = false) => {
    refused = refusal;
    setError(() => () => refusalMessage(refusal, props.messageLabel ?? props.label, chrome.i18n, asking));
  };
  // "Mente du 600.000 kr.?": the text Enter on the same entry then commits, taken as meant.
  // While one is pending the message is a question, not an error, and reads as one.
  const [confirm, setConfirm] = createSignal<{ readonly asked: string; readonly enter: string } | null>(null);
  const id = createUniqueId();
  // A question left standing in a field left (a second Tab, a click elsewhere) says which value
  // the figures still use: Samsø's field read "0" beside a bill of 3.700 inhabitants (a walk).
  const [focused, setFocused] = createSignal(false);
  let input!: HTMLInputElement;
  // The text Enter just applied: Chromium then fires change for it, which must not apply it again.
  let entered: string | null = null;
  // Typed since the field last showed the workspace's value or applied an entry: Ctrl+Z undoes
  // the typing then, and the workspace's last edit otherwise (App.tsx reads data-undo).
  const [typing, setTyping] = createSignal(false);
  /** A refusal of `raw`, or the question it asks ("Mente du 600.000 kr.?"), which Enter then answers. */
  const showRefusal = (raw: string, refusal: Refusal) => {
    const enter = questionAnswer(refusal);
    if (enter !== undefined) setConfirm({ asked: raw, enter });
    refuse(refusal, enter !== undefined);
  };
  /** `answer`: Enter, the one key that takes what a question offered; leaving the field does not. */
  const apply = (raw: string, answer: boolean) => {
    const pending = confirm();
    const asked = answer && pending?.asked === raw ? pending : null;
    setConfirm(null);
    const r = asked ? props.read(asked.enter, true) : props.read(raw, false);
    if (!r.ok) return showRefusal(raw, r.refusal);
    const issues = props.commit(r.value);
    if (issues && issues.length > 0) return refuse(ruleRefusal(issues));
    // The field keeps the typed text until the new value is on screen (its figures take a
    // moment), then shows it as formatted (the value binding): writing the old text back here
    // made Chromium's change event apply the old value again after a corrected entry.
    setError(null);
    setTyping(false);
    // An entry meaning the value already there ("7/2027" where "juli 2027" stood) changes nothing,
    // so no new text comes: it is shown in its one form at once (it stayed as typed).
    const shown = props.read(props.text, true);
    if (shown.ok && JSON.stringify(shown.value) === JSON.stringify(r.value)) input.value = props.text;
  };
  /**
   * Tab reads a changed entry before leaving, as the grid does: a refusal or a question ("Tryk
   * Enter igen …") keeps the focus here, where Enter answers it (it was asked of a field already
   * left, and Enter there did something else). A second Tab leaves it standing; Esc withdraws it.
   */
  const leaveByTab = (e: KeyboardEvent) => {
    const raw = input.value;
    if (raw === props.text || raw === entered || error() !== null) return;
    entered = raw;
    apply(raw, false);
    if (error() !== null) e.preventDefault();
  };
  /** Esc: back to the value the model holds, with no message. */
  const showValue = () => {
    input.value = props.text;
    setConfirm(null);
    setError(null);
    setTyping(false);
  };
  // The model's value changed from elsewhere (a paste, "Brug Danmarks Statistiks tal", an undo):
  // the binding below shows it in the field, and what was said about the text typed before goes
  // with that text ("”36.529,7” er ikke et helt tal" stood under 36.706). A memo, so that only a
  // change of this field's text does it, and the binding too: `props.text` reads the workspace,
  // and an edit elsewhere must leave this field's typing and its message alone (the binding
  // wrote the old text back over what was typed at every edit of another field).
  const text = createMemo(() => props.text);
  createEffect(on(text, showValue, { defer: true }));
  // Back in the view, the text left typed is there again, with its message if it was refused.
  const keptAs = [session.workspace().id, chrome.view(), chrome.chosenScenario() ?? '', props.messageLabel ?? '', props.label].join('|');
  onMount(() => {
    const left = leftTyped.get(keptAs);
    leftTyped.delete(keptAs);
    if (!left || left.over !== props.text || left.text === props.text) return;
    input.value = left.text;
    setTyping(true);
    if (left.refusal) showRefusal(left.text, left.refusal);
  });
  onCleanup(() => {
    if (input.value !== props.text && typing()) leftTyped.set(keptAs, { text: input.value, over: props.text, refusal: error() ? refused : null });
  });
  /**
   * A click that brings the focus to a figure's field selects its text, as Tab does and as the
   * grid's cells replace theirs: typing "1 mio." in a field showing 0 read "1 mio.0" (a
   * fresh-eyes walk). A click in a field already focused, or a drag over part of it, places the
   * caret or the selection as usual; a name's or a source's field (`prose`) is left as text fields
   * are, and so is a refused text, there to be mended where clicked.
   */
  let focusedByThisClick = false;
  const selectOnFirstClick = () => {
    if (focusedByThisClick && input.selectionStart === input.selectionEnd) input.select();
    focusedByThisClick = false;
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
        data-undo={typing() || props.local ? undefined : 'workspace'}
        aria-describedby={error() ? `${id}-error` : undefined}
        value={text()}
        inputMode={props.numeric === false ? 'text' : 'decimal'}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onMouseDown={() => (focusedByThisClick = !props.prose && error() === null && document.activeElement !== input)}
        onClick={selectOnFirstClick}
        onInput={() => {
          // Typing answers a question differently: the new text is read afresh, also by change.
          setConfirm(null);
          entered = null;
          setError(null);
          setTyping(true);
        }}
        onChange={(e) => {
          if (e.currentTarget.value !== entered) apply(e.currentTarget.value, false);
          entered = null;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && (error() !== null || input.value !== props.text)) {
            e.stopPropagation();
            return showValue();
          }
          if (e.key === 'Tab') return leaveByTab(e);
          if (e.key !== 'Enter') return;
          entered = e.currentTarget.value;
          apply(e.currentTarget.value, true);
        }}
      />
      <Show when={error()}>
        <span class="field-error" classList={{ question: confirm() !== null }} id={`${id}-error`} role="alert">
          {error()?.()}
          <Show when={confirm() !== null && !focused()}> {chrome.i18n.t('entryStillUsing', { value: props.text })}</Show>
        </span>
      </Show>
    </span>
  );
}

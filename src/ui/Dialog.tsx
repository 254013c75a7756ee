/**
 * A modal dialog on the native <dialog>: opened with showModal (focus moves in, the page is
 * inert), closed by Esc or its buttons, and focus returns to what had it before — or, when that
 * is gone or was the page itself (a link opened on load), to the comparison's active cell. Status
 * messages about the dialog's work are shown inside it, where a screen reader can reach them.
 */
import { onCleanup, onMount, type JSX } from 'solid-js';
import { focusComparison } from './focus';

export function Dialog(props: {
  title: string;
  titleId: string;
  class?: string;
  onClose: () => void;
  children: JSX.Element;
  ref?: (el: HTMLDialogElement) => void;
  /** False when the dialog's own action moved focus elsewhere (e.g. to the cell an input is set in). */
  restoreFocus?: () => boolean;
}) {
  let dialog!: HTMLDialogElement;
  const returnTo = document.activeElement as HTMLElement | null;
  onMount(() => dialog.showModal());
  onCleanup(() => {
    if (props.restoreFocus?.() === false) return;
    if (returnTo && returnTo !== document.body && returnTo.isConnected) queueMicrotask(() => returnTo.focus());
    else focusComparison();
  });
  return (
    <dialog
      ref={(el) => {
        dialog = el;
        props.ref?.(el);
      }}
      class={`dialog ${props.class ?? ''}`}
      aria-labelledby={props.titleId}
      onClose={props.onClose}
    >
      <h2 id={props.titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

/**
 * A list's rows keyed by id, each reading its item anew. The model's edits are pure, so an edit
 * makes the edited item anew: <For> keyed by the object then made its row anew, and the field the
 * user had just entered a value in, with the focus, went with it (Enter in a score, a weight or a
 * funder's amount left the keyboard on the page).
 */
import { For, type JSX } from 'solid-js';

export function ForById<T extends { readonly id: string }>(props: { each: readonly T[]; children: (item: () => T, id: T['id']) => JSX.Element }): JSX.Element {
  return (
    <For each={props.each.map((x): T['id'] => x.id)}>
      {(id) => {
        // The last one known: a row being removed may read its item once more.
        let last: T | undefined;
        const item = (): T => (last = props.each.find((x) => x.id === id) ?? last)!;
        return props.children(item, id);
      }}
    </For>
  );
}

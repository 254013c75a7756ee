import { createEffect, type Accessor } from 'solid-js';

/**
 * Ends what was said about an item once the item has gone: a line such as "Opgaven er tilføjet."
 * goes when that task is deleted or its addition undone, and stays gone if a Fortryd brings the
 * task back. An addition reaches the workspace a moment after it is made (the edit waits for its
 * figures), so the line ends only once the item has been there and is there no more.
 */
export function createSaidWhileThere(id: Accessor<string | null>, isThere: (id: string) => boolean, end: () => void): void {
  let seen: string | null = null;
  createEffect(() => {
    const current = id();
    if (current === null) return void (seen = null);
    if (isThere(current)) seen = current;
    else if (seen === current) end();
  });
}

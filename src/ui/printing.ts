import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * True while the browser prints the page (Ctrl+P), between its beforeprint and afterprint
 * events: a printed comparison holds every scenario and every row, whatever the screen leaves
 * out to stay fast or short (columns outside the view, folded row groups). Solid renders
 * synchronously in beforeprint, before the print's layout.
 */
export function createPrinting(): Accessor<boolean> {
  const [printing, setPrinting] = createSignal(false);
  const before = () => setPrinting(true);
  const after = () => setPrinting(false);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  onCleanup(() => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  });
  return printing;
}

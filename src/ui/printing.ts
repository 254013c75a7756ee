import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * True while the page is printed: a printed comparison holds every scenario and every row,
 * whatever the screen leaves out to stay fast or short (columns outside the view, folded row
 * groups). Ctrl+P fires beforeprint, in which Solid renders synchronously before the print's
 * layout; a print made without that event (a headless PDF, an emulated print medium) is seen
 * by the print media query.
 */
export function createPrinting(): Accessor<boolean> {
  const [event, setEvent] = createSignal(false);
  const media = matchMedia('print');
  const [medium, setMedium] = createSignal(media.matches);
  const before = () => setEvent(true);
  const after = () => setEvent(false);
  const change = () => setMedium(media.matches);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  media.addEventListener('change', change);
  onCleanup(() => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    media.removeEventListener('change', change);
  });
  return () => event() || medium();
}

import { onCleanup } from 'solid-js';

/**
 * A table that scrolls sideways in its own box (on a phone, styles.css) takes the keyboard focus
 * while it scrolls, so the arrow keys can move it (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Only while it scrolls: at the desk, where every table fits, a Tab stop on each would be noise.
 * Tables with fields or buttons need none: their controls take the focus and scroll it along.
 */
export function createFocusableWhileScrolling(element: HTMLElement): void {
  // Its own tabindex (-1: focused by the code, not by Tab) again once it fits.
  const own = element.getAttribute('tabindex');
  const observer = new ResizeObserver(() => {
    if (element.scrollWidth > element.clientWidth + 1) element.tabIndex = 0;
    else if (own === null) element.removeAttribute('tabindex');
    else element.setAttribute('tabindex', own);
  });
  observer.observe(element);
  onCleanup(() => observer.disconnect());
}

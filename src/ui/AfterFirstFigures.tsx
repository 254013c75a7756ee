/**
 * Renders its children once the first figures are on screen: for parts nobody needs before
 * them (the install and update bar, the screen reader's announcements of changed figures), so
 * their code loads after the figures instead of delaying them.
 */
import { createSignal, Show, Suspense, type JSX } from 'solid-js';
import { useApp } from './state/app-store';

export function AfterFirstFigures(props: { children: JSX.Element }) {
  const [shown, setShown] = createSignal(false);
  void useApp()
    .firstFigures()
    .then(() => setShown(true));
  return (
    <Show when={shown()}>
      <Suspense>{props.children}</Suspense>
    </Show>
  );
}

/** Resolves once a reactive condition holds (at once if it holds now); then stops watching. */
import { createEffect, createRoot } from 'solid-js';

export const when = (condition: () => boolean): Promise<void> =>
  new Promise((resolve) => createRoot((dispose) => createEffect(() => condition() && (dispose(), resolve()))));

/**
 * A worker result that follows its inputs: when they change, the call in flight is aborted and
 * a new one starts. Every call goes through the background owner with its own AbortSignal, and
 * an error becomes a value the card shows, never an escaped rejection.
 */
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { ComputeAborted } from '../../../workers/compute-client';

export function createBackgroundResource<S, T>(source: () => S | null, fetch: (signal: AbortSignal, source: S) => Promise<T>) {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(false);
  let controller: AbortController | null = null;
  createEffect(
    on(source, (s) => {
      controller?.abort();
      if (s === null) return;
      const mine = (controller = new AbortController());
      setLoading(true);
      fetch(mine.signal, s).then(
        (v) => {
          if (mine !== controller) return;
          setValue(() => v);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (mine !== controller || e instanceof ComputeAborted) return;
          setError(e);
          setLoading(false);
        },
      );
    }),
  );
  onCleanup(() => controller?.abort());
  return { value, error, loading };
}

/** A worker call a user starts and may cancel: one at a time, aborted on unmount. */
export function createBackgroundAction<A, T>(run: (signal: AbortSignal, args: A) => Promise<T>) {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(null);
  const [running, setRunning] = createSignal<AbortController | null>(null);
  const [cancelled, setCancelled] = createSignal(false);
  onCleanup(() => running()?.abort());
  return {
    value,
    error,
    running,
    cancelled,
    async start(args: A): Promise<void> {
      running()?.abort();
      const controller = new AbortController();
      setRunning(controller);
      setCancelled(false);
      try {
        const v = await run(controller.signal, args);
        setValue(() => v);
        setError(null);
      } catch (e) {
        if (e instanceof ComputeAborted) setCancelled(true);
        else setError(e);
      } finally {
        if (running() === controller) setRunning(null);
      }
    },
    cancel: () => running()?.abort(),
  };
}

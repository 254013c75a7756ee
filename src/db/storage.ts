/** Persistent storage: ask once, and tell the user when the browser says no. */
export type PersistState = 'granted' | 'refused' | 'unsupported';

export async function requestPersistentStorage(): Promise<PersistState> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** A write error's reason in words a user can act on. */
export function describeStorageError(error: unknown): 'quota' | 'other' {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'quota' : 'other';
}

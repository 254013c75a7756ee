import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '../../db/repository';
import { ForankringDb } from '../../db/schema';
import { createWorkspace } from '../../model';
import { createAutosave } from './persistence';

describe('autosave', () => {
  it('writes an edit at once and coalesces edits made while a write runs', async () => {
    const repo = createRepository(new ForankringDb(`autosave-${Math.random()}`));
    const save = vi.spyOn(repo, 'saveWorkspace');
    await createRoot(async (dispose) => {
      const autosave = createAutosave(repo, 'tab', () => {});
      const ws = createWorkspace();
      autosave.schedule(ws);
      autosave.schedule({ ...ws, name: 'B' });
      autosave.schedule({ ...ws, name: 'C' });
      await expect.poll(() => autosave.state()).toBe('saved');
      expect((await repo.loadWorkspace(ws.id))?.name).toBe('C');
      expect(save.mock.calls.length).toBeLessThanOrEqual(2);
      dispose();
    });
    repo.close();
  });

  it('keeps the workspace and reports the error when a write fails, and retries on the next flush', async () => {
    const repo = createRepository(new ForankringDb(`autosave-${Math.random()}`));
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(repo, 'saveWorkspace').mockRejectedValueOnce(quota);
    const errors: unknown[] = [];
    await createRoot(async (dispose) => {
      const autosave = createAutosave(repo, 'tab', (e) => errors.push(e));
      const ws = createWorkspace();
      autosave.schedule(ws);
      await expect.poll(() => autosave.state()).toBe('failed');
      expect(errors).toEqual([quota]);
      expect(autosave.hasPending()).toBe(true);
      await autosave.flush();
      expect(autosave.state()).toBe('saved');
      expect((await repo.loadWorkspace(ws.id))?.workspace).toEqual(ws);
      dispose();
    });
    repo.close();
  });
});

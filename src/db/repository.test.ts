import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model';
import { createRepository } from './repository';
import { declareVersion1, ForankringDb } from './schema';

let n = 0;
const freshName = () => `test-${++n}-${Math.random()}`;

describe('workspace repository', () => {
  it('saves, lists and loads a workspace with increasing revisions', async () => {
    const repo = createRepository(new ForankringDb(freshName()));
    const ws = createWorkspace();
    expect(await repo.saveWorkspace(ws, 'tab-a')).toBe(1);
    expect(await repo.saveWorkspace({ ...ws, name: 'Omdøbt' }, 'tab-b')).toBe(2);
    const loaded = await repo.loadWorkspace(ws.id);
    expect(loaded).toMatchObject({ name: 'Omdøbt', revision: 2, savedBy: 'tab-b' });
    expect(loaded?.workspace).toEqual({ ...ws, name: 'Omdøbt' });
    expect((await repo.listWorkspaces()).map((w) => w.name)).toEqual(['Omdøbt']);
    repo.close();
  });

  it('a deleted workspace can be restored exactly', async () => {
    const repo = createRepository(new ForankringDb(freshName()));
    const ws = createWorkspace('Sjælland');
    await repo.saveWorkspace(ws, 'tab');
    const deleted = await repo.deleteWorkspace(ws.id);
    expect(await repo.loadWorkspace(ws.id)).toBeUndefined();
    await repo.restoreWorkspace(deleted!);
    expect((await repo.loadWorkspace(ws.id))?.workspace).toEqual(ws);
    repo.close();
  });

  it('tells a watcher about a write made through another connection (another tab)', async () => {
    const name = freshName();
    const a = createRepository(new ForankringDb(name));
    const b = createRepository(new ForankringDb(name));
    const ws = createWorkspace();
    await a.saveWorkspace(ws, 'tab-a');
    const seen: string[] = [];
    const stop = b.watchWorkspace(ws.id, (record) => record && seen.push(record.name));
    await a.saveWorkspace({ ...ws, name: 'Fra faneblad A' }, 'tab-a');
    await expect.poll(() => seen).toContain('Fra faneblad A');
    stop();
    a.close();
    b.close();
  });

  it('keeps meta values such as the current workspace and language', async () => {
    const repo = createRepository(new ForankringDb(freshName()));
    await repo.setMeta('lang', 'en');
    expect(await repo.getMeta('lang')).toBe('en');
    repo.close();
  });
});

describe('schema upgrades', () => {
  it('upgrades a version-1 database and keeps every workspace', async () => {
    const name = freshName();
    const fixture = createWorkspace('Midtjylland');
    const v1 = new Dexie(name);
    declareVersion1(v1);
    await v1.table('workspaces').put({ id: fixture.id, workspace: fixture, updatedAt: 1_700_000_000_000 });
    await v1.table('meta').put({ key: 'currentWorkspaceId', value: fixture.id });
    v1.close();

    const repo = createRepository(new ForankringDb(name));
    const record = await repo.loadWorkspace(fixture.id);
    expect(record).toMatchObject({ name: fixture.name, region: 'Midtjylland', revision: 1, updatedAt: 1_700_000_000_000 });
    expect(record?.workspace).toEqual(fixture);
    expect(await repo.getMeta('currentWorkspaceId')).toBe(fixture.id);
    expect(await repo.listWorkspaces()).toHaveLength(1);
    repo.close();
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixtures from '../model/migrations/fixtures/v1-workspaces.json';
import { createWorkspace } from '../model';
import { CURRENT_WORKSPACE_KEY, SCHEMA_VERSION } from './identity';
import { peekReloadWorkspace } from './peek';
import { createRepository } from './repository';
import { declareVersion1, ForankringDb } from './schema';

let n = 0;
const freshName = () => `peek-${++n}-${Math.random()}`;
const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe("a reload's first read without Dexie", () => {
  it('reads the current workspace exactly as the repository loads it', async () => {
    const name = freshName();
    const repo = createRepository(new ForankringDb(name));
    const ws = createWorkspace('Nordjylland', 'ws-current');
    await repo.addWorkspace(createWorkspace('Midtjylland', 'ws-other'), 'tab-a');
    await repo.addWorkspace(ws, 'tab-a');
    await repo.applyOperations(ws.id, [{ id: 'op-1', command: { type: 'renameScenario', scenarioId: 'level-1', name: 'Peget på' } }], 'tab-a');
    await repo.setMeta(CURRENT_WORKSPACE_KEY, ws.id);
    const loaded = await repo.loadWorkspace(ws.id);
    repo.close();
    const peeked = await peekReloadWorkspace(name);
    expect(peeked?.workspace.scenarios[0]!.name).toBe('Peget på');
    expect(loaded.ok && peeked).toEqual(loaded.ok && loaded.stored);
    expect(peeked).toMatchObject({ revision: 2, savedBy: 'tab-a', appliedOps: ['op-1'] });
  });

  it('answers null, and creates no database, where there is none', async () => {
    const name = freshName();
    expect(await peekReloadWorkspace(name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
  });

  it('answers null for an old database, and leaves it for Dexie to upgrade', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    declareVersion1(v1);
    const fixture = fixtures[1]!;
    await v1.table('workspaces').put({ id: fixture.workspace.id, workspace: fixture.workspace, updatedAt: 1 });
    await v1.table('meta').put({ key: CURRENT_WORKSPACE_KEY, value: fixture.workspace.id });
    v1.close();
    expect(await peekReloadWorkspace(name)).toBeNull();
    const repo = createRepository(new ForankringDb(name));
    expect((await repo.loadWorkspace(fixture.workspace.id)).ok).toBe(true);
    repo.close();
  });

  it('answers null for a record that cannot be read or needed repairs: the repository sets it aside or says so', async () => {
    const name = freshName();
    const db = new ForankringDb(name);
    await db.meta.put({ key: CURRENT_WORKSPACE_KEY, value: 'broken' });
    await db.workspaces.put({ id: 'broken', name: 'x', region: '', workspace: { schemaVersion: 2, scenarios: 'nej' }, updatedAt: 1, revision: 1, savedBy: 'tab-a' });
    db.close();
    expect(await peekReloadWorkspace(name)).toBeNull();
  });

  it("knows the schema version Dexie declares (a new version must be known here, or reloads would read an old record's shape)", () => {
    expect(new ForankringDb(freshName()).verno).toBe(SCHEMA_VERSION);
  });
});

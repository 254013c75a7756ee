import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixtures from '../model/migrations/fixtures/v1-workspaces.json';
import { computeWorkspace, createWorkspace, point, type Command } from '../model';
import { createRepository } from './repository';
import { declareVersion1, ForankringDb } from './schema';

let n = 0;
const freshName = () => `test-${++n}-${Math.random()}`;
const op = (id: string, command: Command) => ({ id, command });
/** A repository on a database of its own, holding one workspace of Sjælland. */
async function holdingOne() {
  const repo = createRepository(new ForankringDb(freshName()));
  const ws = createWorkspace('Sjælland');
  await repo.addWorkspace(ws, 'tab');
  return { repo, ws };
}

/** A repository holding one workspace, ws-hurt, stored with one bad amount in Niveau 2 (a repair leaves the whole scenario out). */
async function holdingHurt() {
  const db = new ForankringDb(freshName());
  const repo = createRepository(db);
  await repo.addWorkspace(createWorkspace('Nordjylland', 'ws-hurt'), 'tab');
  const record = (await db.workspaces.get('ws-hurt'))!;
  const hurt = structuredClone(record.workspace) as { scenarios: { funding: Record<string, unknown> }[] };
  hurt.scenarios[1]!.funding['brn'] = { low: -5, central: -5, high: -5 };
  await db.workspaces.put({ ...record, workspace: hurt });
  return { repo, hurt };
}

/** Adds `count` workspaces, ws-0 … and deletes each as a user does; their ids, oldest first. */
async function deleteKept(repo: ReturnType<typeof createRepository>, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `ws-${i}`);
  for (const id of ids) {
    await repo.addWorkspace({ ...createWorkspace('Nordjylland'), id, name: id }, 'tab');
    await repo.deleteWorkspace(id, { keep: true });
  }
  return ids;
}

describe('workspace repository', () => {
  it('adds, lists and loads a workspace, restoring it on every load', async () => {
    const repo = createRepository(new ForankringDb(freshName()));
    const ws = createWorkspace();
    expect(await repo.addWorkspace(ws, 'tab-a')).toBe(true);
    // Its id taken, a second add leaves the record alone and says so.
    expect(await repo.addWorkspace({ ...ws, name: 'Andet' }, 'tab-b')).toBe(false);
    const loaded = await repo.loadWorkspace(ws.id);
    expect(loaded.ok && loaded.stored.workspace).toEqual(ws);
    expect((await repo.listWorkspaces()).map((w) => w.name)).toEqual([ws.name]);
    repo.close();
  });

  it('applies operations to the newest record, each once, whoever sends them', async () => {
    const name = freshName();
    const a = createRepository(new ForankringDb(name));
    const b = createRepository(new ForankringDb(name));
    const ws = createWorkspace();
    await a.addWorkspace(ws, 'tab-a');
    // Two tabs write at the same instant, each a different scenario's cell.
    await Promise.all([
      a.applyOperations(ws.id, [op('a1', { type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_000_000) })], 'tab-a'),
      b.applyOperations(ws.id, [op('b1', { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(2_000_000) })], 'tab-b'),
    ]);
    // A journal replay of an operation already applied changes nothing.
    await a.applyOperations(ws.id, [op('a1', { type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_000_000) })], 'tab-a');
    const loaded = await b.loadWorkspace(ws.id);
    if (!loaded.ok) throw new Error('not loaded');
    expect(loaded.stored.revision).toBe(3);
    expect(loaded.stored.workspace.scenarios[0]!.funding['brn']).toEqual(point(1_000_000));
    expect(loaded.stored.workspace.scenarios[1]!.funding['brn']).toEqual(point(2_000_000));
    a.close();
    b.close();
  });

  it('sets a damaged record aside, names it, keeps it whole, and opens the others', async () => {
    const db = new ForankringDb(freshName());
    const repo = createRepository(db);
    const good = createWorkspace('Sjælland', 'ws-good');
    await repo.addWorkspace(good, 'tab');
    for (const [id, workspace] of [['ws-garbage', 'garbage'], ['ws-empty', {}], ['ws-text', { scenarios: 'x' }]] as const)
      await db.workspaces.put({ id, name: `Ødelagt ${id}`, region: 'Nordjylland', workspace, updatedAt: 1, revision: 1, savedBy: 'x' });
    expect(await repo.loadWorkspace('ws-garbage')).toEqual({ ok: false, reason: 'notAWorkspace', name: 'Ødelagt ws-garbage' });
    expect((await repo.loadWorkspace('ws-good')).ok).toBe(true);
    const damaged = await repo.listDamaged();
    expect(damaged.map((d) => [d.workspaceId, (d.raw as { workspace: unknown }).workspace])).toEqual([['ws-garbage', 'garbage']]);
    expect((await repo.listWorkspaces()).map((w) => w.id).sort()).toEqual(['ws-empty', 'ws-good', 'ws-text']);
    repo.close();
  });

  it('keeps the original of a workspace it opens repaired, as found, once per revision, beside the repaired one (the next edit wrote over it)', async () => {
    const { repo, hurt } = await holdingHurt();
    const loaded = await repo.loadWorkspace('ws-hurt');
    expect(loaded.ok && loaded.stored.repairs.length).toBeGreaterThan(0);
    await repo.loadWorkspace('ws-hurt');
    const kept = await repo.listDamaged();
    expect(kept.map((d) => [d.workspaceId, d.reason])).toEqual([['ws-hurt', 'repaired']]);
    expect((kept[0]!.raw as { workspace: unknown }).workspace).toEqual(hurt);
    // The repaired workspace itself stays where it was, to be opened and edited.
    expect((await repo.listWorkspaces()).map((w) => w.id)).toEqual(['ws-hurt']);
    repo.close();
  });

  it('keeps the original of a record that needs repairs before any write over it, though it was never loaded here (another tab followed it)', async () => {
    const { repo, hurt } = await holdingHurt();
    const applied = await repo.applyOperations('ws-hurt', [op('o1', { type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_100_000) })], 'tab');
    expect(applied.ok).toBe(true);
    const kept = await repo.listDamaged();
    expect(kept.map((d) => [d.workspaceId, d.reason, (d.raw as { workspace: unknown }).workspace])).toEqual([['ws-hurt', 'repaired', hurt]]);
    repo.close();
  });

  it('a deleted workspace can be restored exactly', async () => {
    const { repo, ws } = await holdingOne();
    const deleted = await repo.deleteWorkspace(ws.id);
    expect((await repo.loadWorkspace(ws.id)).ok).toBe(false);
    await repo.undeleteWorkspace(deleted!);
    const back = await repo.loadWorkspace(ws.id);
    expect(back.ok && back.stored.workspace).toEqual(ws);
    repo.close();
  });

  it('keeps each workspace a user deleted for the menu to bring back after a reload, newest first, until it is back (two deleted one after the other lost the first)', async () => {
    const name = freshName();
    const repo = createRepository(new ForankringDb(name));
    const a = createWorkspace('Sjælland');
    const b = { ...createWorkspace('Midtjylland'), id: 'ws-b' };
    await repo.addWorkspace(a, 'tab');
    await repo.addWorkspace(b, 'tab');
    expect(await repo.deletedWorkspaces()).toEqual([]);
    await repo.deleteWorkspace(a.id, { keep: true });
    await repo.deleteWorkspace(b.id, { keep: true });
    repo.close();
    // A reload: both deletions are kept.
    const again = createRepository(new ForankringDb(name));
    const offered = await again.deletedWorkspaces();
    expect(offered.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'ws-b', name: b.name },
      { id: a.id, name: a.name },
    ]);
    // Dated, for the menu to tell two of one name apart.
    for (const d of offered) expect(Date.now() - d.deletedAt!).toBeLessThan(60_000);
    expect(await again.restoreDeleted(a.id)).toBe(a.id);
    const back = await again.loadWorkspace(a.id);
    expect(back.ok && back.stored.workspace).toEqual(a);
    expect((await again.deletedWorkspaces()).map((d) => d.id)).toEqual(['ws-b']);
    expect(await again.restoreDeleted(a.id)).toBeNull();
    expect(await again.restoreDeleted('ws-b')).toBe('ws-b');
    expect(await again.deletedWorkspaces()).toEqual([]);
    again.close();
  });

  it('keeps the last ten deletions', async () => {
    const { repo } = await holdingOne();
    const ids = await deleteKept(repo, 12);
    expect((await repo.deletedWorkspaces()).map((d) => d.id)).toEqual(ids.slice(2).reverse());
    repo.close();
  });

  it('takes the deletion a tab still on the version before wrote after the list\'s newest as the newest: ten kept, it is not the one cut', async () => {
    const { repo } = await holdingOne();
    await deleteKept(repo, 10);
    const late = { ...createWorkspace('Sjælland'), id: 'ws-late', name: 'Sent slettet' };
    await repo.addWorkspace(late, 'old-tab');
    const record = (await repo.deleteWorkspace(late.id))!;
    await repo.setMeta('lastDeletedWorkspace', { version: 2, record, deletedAt: Date.now() + 1000 });
    expect((await repo.deletedWorkspaces())[0]).toMatchObject({ id: 'ws-late', name: 'Sent slettet' });
    await repo.addWorkspace({ ...createWorkspace('Nordjylland'), id: 'ws-new', name: 'ws-new' }, 'tab');
    await repo.deleteWorkspace('ws-new', { keep: true });
    // Twelve deleted: the two oldest go, not the late one.
    const kept = (await repo.deletedWorkspaces()).map((d) => d.id);
    expect(kept).toHaveLength(10);
    expect(kept).toEqual(expect.arrayContaining(['ws-late', 'ws-new']));
    expect(kept).not.toContain('ws-0');
    expect(kept).not.toContain('ws-1');
    repo.close();
  });

  it("leaves a newer version's list of deletions as it is: not offered, not aged away, not written over", async () => {
    const name = freshName();
    const repo = createRepository(new ForankringDb(name));
    const ws = createWorkspace('Sjælland');
    await repo.addWorkspace(ws, 'tab');
    const newer = { version: 4, entries: [{ what: 'a newer shape' }] };
    await repo.setMeta('deletedWorkspaces', newer);
    expect(await repo.deletedWorkspaces()).toEqual([]);
    await repo.deleteWorkspace(ws.id, { keep: true });
    expect(await repo.getMeta('deletedWorkspaces')).toEqual(newer);
    repo.close();
    const again = createRepository(new ForankringDb(name));
    await again.open();
    expect(await again.getMeta('deletedWorkspaces')).toEqual(newer);
    expect(await again.restoreDeleted(ws.id)).toBeNull();
    again.close();
  });

  it('forgets a deleted workspace after 30 days, at the next start; one the first versions kept (the last alone: dated, or the record undated) is offered, moved into the list, and an undated one gets its 30 days from the first start that reads it', async () => {
    const day = 24 * 60 * 60 * 1000;
    const name = freshName();
    const repo = createRepository(new ForankringDb(name));
    const ws = createWorkspace('Sjælland');
    await repo.addWorkspace(ws, 'tab');
    const record = (await repo.deleteWorkspace(ws.id, { keep: true }))!;
    expect(await repo.getMeta('deletedWorkspaces')).toMatchObject({ version: 3, kept: [{ record: { id: ws.id } }] });
    await repo.setMeta('deletedWorkspaces', { version: 3, kept: [{ record, deletedAt: Date.now() - 29 * day }] });
    expect(await repo.deletedWorkspaces()).toMatchObject([{ id: ws.id, name: ws.name }]);
    await repo.setMeta('deletedWorkspaces', { version: 3, kept: [{ record, deletedAt: Date.now() - 31 * day }] });
    expect(await repo.deletedWorkspaces()).toEqual([]);
    expect(await repo.restoreDeleted(ws.id)).toBeNull();
    repo.close();
    // The next start forgets it.
    const again = createRepository(new ForankringDb(name));
    await again.open();
    expect(await again.getMeta('deletedWorkspaces')).toBeUndefined();
    // The version before the list kept the last deletion alone, dated.
    const legacyAt = Date.now() - 29 * day;
    await again.setMeta('lastDeletedWorkspace', { version: 2, record, deletedAt: legacyAt });
    expect(await again.deletedWorkspaces()).toEqual([{ id: ws.id, name: ws.name, deletedAt: legacyAt }]);
    await again.setMeta('lastDeletedWorkspace', { version: 2, record, deletedAt: Date.now() - 31 * day });
    expect(await again.deletedWorkspaces()).toEqual([]);
    // The first version kept the record alone: its last save, 40 days ago, is not its deletion.
    // Offered, and dated at the next start, so that it is kept 30 days from then.
    const old = { ...record, updatedAt: Date.now() - 40 * day };
    await again.setMeta('lastDeletedWorkspace', old);
    // Undated: the menu offers it without a date ("Gendan …" alone), not as deleted in 1970.
    expect(await again.deletedWorkspaces()).toEqual([{ id: ws.id, name: ws.name, deletedAt: null }]);
    again.close();
    const third = createRepository(new ForankringDb(name));
    await third.open();
    expect(await third.getMeta('lastDeletedWorkspace')).toBeUndefined();
    const dated = (await third.getMeta('deletedWorkspaces')) as { version: number; kept: { record: unknown; deletedAt: number }[] } | undefined;
    expect(dated).toMatchObject({ version: 3, kept: [{ record: old }] });
    expect(Date.now() - dated!.kept[0]!.deletedAt).toBeLessThan(60_000);
    expect(await third.restoreDeleted(ws.id)).toBe(ws.id);
    third.close();
  });

  it('offers back nothing the user did not delete, nothing Ctrl+Z took back, and nothing it cannot read', async () => {
    const { repo, ws } = await holdingOne();
    // A first visit's untouched default, replaced by a link: the app's own discard.
    await repo.deleteWorkspace(ws.id);
    expect(await repo.deletedWorkspaces()).toEqual([]);
    await repo.addWorkspace(ws, 'tab');
    await repo.undeleteWorkspace((await repo.deleteWorkspace(ws.id, { keep: true }))!);
    expect(await repo.deletedWorkspaces()).toEqual([]);
    const record = (await repo.deleteWorkspace(ws.id, { keep: true }))!;
    expect(await repo.deletedWorkspaces()).toMatchObject([{ id: ws.id, name: ws.name }]);
    await repo.setMeta('deletedWorkspaces', { version: 3, kept: [{ record: { ...record, workspace: 'garbage' }, deletedAt: Date.now() }, { nothing: 1 }, null] });
    expect(await repo.deletedWorkspaces()).toEqual([]);
    repo.close();
  });

  it('bringing back a deletion never overwrites the workspace if it is back already (another tab kept it): the newer record stays', async () => {
    const { repo, ws } = await holdingOne();
    await repo.deleteWorkspace(ws.id, { keep: true });
    await repo.addWorkspace({ ...ws, name: 'Sjælland, holdt her' }, 'tab-b');
    expect(await repo.restoreDeleted(ws.id)).toBe(ws.id);
    const kept = await repo.loadWorkspace(ws.id);
    expect(kept.ok && kept.stored.workspace.name).toBe('Sjælland, holdt her');
    expect(await repo.restoreDeleted(ws.id)).toBeNull();
    repo.close();
  });

  it('tells a watcher about a write made through another connection (another tab)', async () => {
    const name = freshName();
    const a = createRepository(new ForankringDb(name));
    const b = createRepository(new ForankringDb(name));
    const ws = createWorkspace();
    await a.addWorkspace(ws, 'tab-a');
    const seen: number[] = [];
    const stop = b.watchWorkspace(ws.id, (revision) => seen.push(revision), () => {});
    await a.applyOperations(ws.id, [op('x', { type: 'renameWorkspace', name: 'Fra faneblad A' })], 'tab-a');
    await expect.poll(() => seen).toContain(2);
    stop();
    a.close();
    b.close();
  });
});

describe('schema upgrades', () => {
  it('upgrades a version-1 database with one good and one bad record: keeps the good one with its figures, sets the bad aside', async () => {
    const name = freshName();
    const fixture = fixtures[1]!;
    const v1 = new Dexie(name);
    declareVersion1(v1);
    await v1.table('workspaces').put({ id: fixture.workspace.id, workspace: fixture.workspace, updatedAt: 1_700_000_000_000 });
    await v1.table('workspaces').put({ id: 'broken', workspace: null, updatedAt: 1_700_000_000_000 });
    await v1.table('meta').put({ key: 'currentWorkspaceId', value: fixture.workspace.id });
    v1.close();

    const repo = createRepository(new ForankringDb(name));
    const loaded = await repo.loadWorkspace(fixture.workspace.id);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.stored.workspace.schemaVersion).toBe(2);
    expect(loaded.stored.workspace.name).toBe(fixture.workspace.name);
    const supplement = computeWorkspace(loaded.stored.workspace).scenarios.map((s) => s.years.map((y) => y.supplement.central));
    expect(supplement.flat().length).toBeGreaterThan(0);
    expect(await repo.getMeta('currentWorkspaceId')).toBe(fixture.workspace.id);
    expect((await repo.listWorkspaces()).map((w) => w.id)).toEqual([fixture.workspace.id]);
    expect((await repo.listDamaged()).map((d) => d.workspaceId)).toEqual(['broken']);
    repo.close();
  });
});

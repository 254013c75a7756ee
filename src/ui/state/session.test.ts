import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { CURRENT_WORKSPACE_KEY } from '../../db/identity';
import { createJournal } from '../../db/journal';
import { createRepository, type Repository } from '../../db/repository';
import { peekReloadWorkspace } from '../../db/peek';
import { ForankringDb } from '../../db/schema';
import { point, type Workspace } from '../../model';
import { createWorkspaceSession, type SessionDeps } from './session';
import { createTabWorkspace } from './tab-workspace';
import { createUndoHistoryStore, type UndoHistoryStore } from './undo-history';

const memoryStorage = () => {
  const store = new Map<string, string>();
  return {
    get length() {
      return store.size;
    },
    key: (i: number) => [...store.keys()][i] ?? null,
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
};
let ids = 0;
const events = { onWorkspace: (_ws: unknown, _revision: number, reveal: () => void) => reveal(), onSaveFailed: () => {}, onDamaged: () => {}, onRepaired: () => {}, onStorageError: () => {} };

/** A tab as the app makes one; `overrides` stand in for a dependency a test controls. */
function tab(dbName: string, storage = memoryStorage(), repo?: Repository, history?: UndoHistoryStore, overrides: Partial<SessionDeps> = {}) {
  return createRoot((dispose) => {
    const session = createWorkspaceSession({
      loadRepository: async () => repo ?? createRepository(new ForankringDb(dbName)),
      // As the app does: a reload reads its workspace before Dexie is here.
      peek: (tabWorkspace) => peekReloadWorkspace(dbName, tabWorkspace),
      firstFigures: () => Promise.resolve(),
      journal: createJournal(storage),
      tabId: `tab-${++ids}`,
      newId: () => `id-${++ids}`,
      events,
      loadHistory: history && (async () => history),
      ...overrides,
    });
    return { session, dispose };
  });
}

describe('the workspace session', () => {
  it('a damaged pointer to the current workspace is as none: the stored workspace opens with its edit, and this tab saves (it ran without saving, all out of reach)', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const a = tab(name, storage);
    await a.session.start();
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_230_000) });
    await a.session.flush();
    a.dispose();
    const raw = createRepository(new ForankringDb(name));
    await raw.open();
    await raw.setMeta(CURRENT_WORKSPACE_KEY, { a: 1 });
    const errors: unknown[] = [];
    const b = tab(name, storage, undefined, undefined, { events: { ...events, onStorageError: (e: unknown) => void errors.push(e) } });
    await b.session.start();
    expect(errors).toEqual([]);
    expect(b.session.stored()).toBe(true);
    expect(b.session.workspace().scenarios[0]!.funding['brn']?.central).toBe(1_230_000);
    b.dispose();
  });

  it('deleting the only workspace opens a new one of its region and says so; its undo brings the old one back and takes the new one away, if untouched', async () => {
    const name = `s-${Math.random()}`;
    const a = tab(name);
    await a.session.start();
    const first = a.session.workspace().id;
    await a.session.create('Hovedstaden');
    const hovedstaden = a.session.workspace().id;
    const scenarioId = a.session.workspace().scenarios[0]!.id;
    a.session.dispatch({ type: 'renameScenario', scenarioId, name: 'Mit forslag' });
    await a.session.flush();
    await a.session.switchTo(first);
    const nordjylland = await a.session.remove();
    expect(nordjylland?.fresh).toBe(false);
    expect(a.session.workspace().id).toBe(hovedstaden);
    const removed = (await a.session.remove('en'))!;
    expect(removed).toMatchObject({ id: hovedstaden, fresh: true });
    // Of its region: deleting the only Hovedstaden workspace had opened Nordjylland's defaults.
    // Named in the language shown (English: it was named in Danish).
    const fresh = a.session.workspace();
    expect([fresh.region, fresh.id === hovedstaden, fresh.name]).toEqual(['Hovedstaden', false, 'Climate secretariat Hovedstaden']);
    await removed.undo();
    expect(a.session.workspace().id).toBe(hovedstaden);
    expect(a.session.workspace().scenarios[0]!.name).toBe('Mit forslag');
    const list = await a.session.repository()!.listWorkspaces();
    expect(list.map((w) => w.id)).toEqual([hovedstaden]);
    a.dispose();
  });

  it('two tabs editing different scenarios at the same instant keep both edits and converge', async () => {
    const name = `s-${Math.random()}`;
    const a = tab(name);
    await a.session.start();
    const b = tab(name);
    await b.session.start();
    expect(b.session.workspace().id).toBe(a.session.workspace().id);
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_000_000) });
    b.session.dispatch({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(2_000_000) });
    const both = (s: typeof a.session) => [s.workspace().scenarios[0]!.funding['brn']?.central, s.workspace().scenarios[1]!.funding['brn']?.central];
    await expect.poll(() => both(a.session), { timeout: 3000 }).toEqual([1_000_000, 2_000_000]);
    await expect.poll(() => both(b.session), { timeout: 3000 }).toEqual([1_000_000, 2_000_000]);
    // Undo in one tab takes back its own edit only.
    a.session.undo();
    await expect.poll(() => both(b.session), { timeout: 3000 }).toEqual([undefined, 2_000_000]);
    a.dispose();
    b.dispose();
  });

  it("says to the tab whose edit another tab changed what it was and is, and nothing to a tab whose edits stand", async () => {
    const name = `s-${Math.random()}`;
    const said = { a: [] as number[], b: [] as number[] };
    const grantOf = (ws: Workspace) => ws.scenarios[0]!.funding['brn']?.central ?? 0;
    const level3Said: (number | undefined)[] = [];
    const saying = (who: 'a' | 'b') => ({
      events: {
        ...events,
        onOverwrittenElsewhere: (mine: Workspace, now: Workspace) => {
          said[who].push(grantOf(mine), grantOf(now));
          level3Said.push(mine.scenarios[2]!.funding['brn']?.central, now.scenarios[2]!.funding['brn']?.central);
        },
      },
    });
    const a = tab(name, undefined, undefined, undefined, saying('a'));
    await a.session.start();
    const b = tab(name, undefined, undefined, undefined, saying('b'));
    await b.session.start();
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_400_000) });
    await expect.poll(() => grantOf(b.session.workspace()), { timeout: 3000 }).toBe(1_400_000);
    // Another cell changed there: this tab's edit stands.
    b.session.dispatch({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(2_000_000) });
    await expect.poll(() => a.session.workspace().scenarios[1]!.funding['brn']?.central, { timeout: 3000 }).toBe(2_000_000);
    expect(said.a).toEqual([]);
    // The same cell changed there, with another: said here, with both values, and not in the tab
    // that changed it. Only this tab's value differs between the two workspaces said (the other
    // change is not this tab's to be told of as its own).
    b.session.dispatch({ type: 'batch', commands: [{ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_600_000) }, { type: 'setFunding', scenarioId: 'level-3', funderId: 'brn', amount: point(900_000) }] });
    await expect.poll(() => said.a, { timeout: 3000 }).toEqual([1_400_000, 1_600_000]);
    expect(said.b).toEqual([]);
    expect(level3Said).toEqual([900_000, 900_000]);
    a.dispose();
    b.dispose();
  });

  it("leaves an undo out only where it would overwrite another tab's later change, not where that tab set the old value back", async () => {
    const name = `s-${Math.random()}`;
    const a = tab(name);
    await a.session.start();
    const b = tab(name);
    await b.session.start();
    const grant = (s: typeof a.session) => s.workspace().scenarios[0]!.funding['brn'];
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_400_000) });
    await expect.poll(() => grant(b.session)?.central, { timeout: 3000 }).toBe(1_400_000);
    // The other tab puts back what was there before (the shared value): nothing to overwrite.
    b.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: null });
    await expect.poll(() => grant(a.session), { timeout: 3000 }).toBeUndefined();
    expect(a.session.undo()).toBeUndefined();
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_300_000) });
    await expect.poll(() => grant(b.session)?.central, { timeout: 3000 }).toBe(1_300_000);
    b.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_600_000) });
    await expect.poll(() => grant(a.session)?.central, { timeout: 3000 }).toBe(1_600_000);
    expect(a.session.undo()).toEqual({ leftOut: { type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: null } });
    expect(grant(a.session)?.central).toBe(1_600_000);
    a.dispose();
    b.dispose();
  });

  it("leaves a redo out where it would overwrite another tab's change made after the undo", async () => {
    const name = `s-${Math.random()}`;
    const a = tab(name);
    await a.session.start();
    const b = tab(name);
    await b.session.start();
    const grant = (s: typeof a.session) => s.workspace().scenarios[0]!.funding['brn'];
    a.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_400_000) });
    a.session.undo();
    await expect.poll(() => grant(b.session), { timeout: 3000 }).toBeUndefined();
    b.session.dispatch({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_600_000) });
    await expect.poll(() => grant(a.session)?.central, { timeout: 3000 }).toBe(1_600_000);
    expect(a.session.redo()).toEqual({ leftOut: { type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_400_000) } });
    expect(grant(a.session)?.central).toBe(1_600_000);
    // Nothing left to redo: the entry went with it.
    expect(a.session.redo()).toBeUndefined();
    expect(grant(a.session)?.central).toBe(1_600_000);
    a.dispose();
    b.dispose();
  });

  it('an edit journalled but never written (the tab closed at once) is replayed once at the next start', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const db = new ForankringDb(name);
    const repo = createRepository(db);
    const first = tab(name, storage, repo);
    await first.session.start();
    await first.session.flush();
    // Simulate the tab dying before IndexedDB got the operation: block the write.
    const originalApply = repo.applyOperations;
    repo.applyOperations = () => new Promise(() => {});
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Efter Enter' });
    repo.applyOperations = originalApply;
    first.dispose();
    const second = tab(name, storage);
    await second.session.start();
    expect(second.session.workspace().scenarios[0]!.name).toBe('Efter Enter');
    // And a third start does not apply it again (the revision does not move).
    const third = tab(name, storage);
    await third.session.start();
    expect(third.session.workspace().scenarios[0]!.name).toBe('Efter Enter');
    second.dispose();
    third.dispose();
  });

  it('keeps a journalled edit whose replay could not be written (a newer version rewrote the record meanwhile) for the next start', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const repo = createRepository(new ForankringDb(name));
    const first = tab(name, storage, repo);
    await first.session.start();
    await first.session.flush();
    const originalApply = repo.applyOperations;
    repo.applyOperations = () => new Promise(() => {});
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Efter Enter' });
    await new Promise((resolve) => setTimeout(resolve, 20)); // its write starts after the frame, and never ends
    first.dispose();
    repo.applyOperations = async () => ({ ok: false, reason: 'newerVersion' });
    const second = tab(name, storage, repo);
    await second.session.start();
    second.dispose();
    // Still journalled: the next start (here, of a version that can write it) replays it.
    repo.applyOperations = originalApply;
    const third = tab(name, storage, repo);
    await third.session.start();
    expect(third.session.workspace().scenarios[0]!.name).toBe('Efter Enter');
    third.dispose();
  });

  it('makes an edit computed ahead into the very workspace that was computed, and only that edit', async () => {
    const previews: unknown[] = [];
    const { session } = createRoot(() => ({
      session: createWorkspaceSession({ loadRepository: async () => null, journal: createJournal(memoryStorage()), tabId: 'p', newId: () => `id-${++ids}`, events: { ...events, onPreview: (ws) => void previews.push(ws) } }),
    }));
    await session.start();
    const command = { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) } as const;
    session.preview(command);
    const ahead = previews[previews.length - 1];
    expect(ahead).not.toBeNull();
    // Another command is applied afresh; the same one (an equal object) takes the previewed workspace.
    session.preview({ ...command, amount: point(1_300_000) });
    session.dispatch({ ...command, amount: point(1_200_000) });
    expect(session.latest().scenarios[1]!.funding['brn']?.central).toBe(1_200_000);
    session.preview(command);
    const second = previews[previews.length - 1];
    session.dispatch({ ...command, amount: point(1_400_000) });
    expect(session.latest()).toBe(second);
    // Text that is no command computes nothing ahead.
    session.preview(null);
    expect(previews[previews.length - 1]).toBeNull();
  });

  it('refuses a command that breaks a rule, and records nothing', async () => {
    const t = tab(`s-${Math.random()}`);
    await t.session.start();
    const refused = t.session.dispatch({ type: 'setEnd', scenarioId: 'level-1', end: { year: 2020, month: 1 } });
    expect(refused[0]!.code).toBe('unordered');
    expect(t.session.canUndo()).toBe(false);
    t.dispose();
  });
});

describe('a first visit', () => {
  it('keeps an edit made while the first record is being written: on screen after the next edit, and at the next start', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const repo = createRepository(new ForankringDb(name));
    // IndexedDB is slow to take the first record: the user edits meanwhile.
    const add = repo.addWorkspace;
    let release!: () => void;
    let writing = false;
    const written = new Promise<void>((r) => (release = r));
    repo.addWorkspace = async (...args) => {
      writing = true;
      await written;
      return add(...args);
    };
    const first = tab(name, storage, repo);
    const started = first.session.start();
    await expect.poll(() => writing).toBe(true);
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Under første gem' });
    release();
    await started;
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-2', name: 'Efter første gem' });
    await first.session.flush();
    const names = (s: typeof first.session) => s.workspace().scenarios.slice(0, 2).map((x) => x.name);
    expect(names(first.session)).toEqual(['Under første gem', 'Efter første gem']);
    first.dispose();
    const second = tab(name, memoryStorage());
    await second.session.start();
    expect(names(second.session)).toEqual(['Under første gem', 'Efter første gem']);
    second.dispose();
  });

  it('keeps an edit made before the first record is written over a reload at once: the same workspace opens with it', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const repo = createRepository(new ForankringDb(name));
    // IndexedDB never takes the first record before the page goes.
    let writing = false;
    repo.addWorkspace = () => ((writing = true), new Promise<boolean>(() => {}));
    const first = tab(name, storage, repo);
    void first.session.start();
    await expect.poll(() => writing).toBe(true);
    const id = first.session.workspace().id;
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Før genindlæsning' });
    first.dispose();
    const second = tab(name, storage);
    await second.session.start();
    expect(second.session.workspace().id).toBe(id);
    expect(second.session.workspace().scenarios[0]!.name).toBe('Før genindlæsning');
    second.dispose();
    // Stored now: the next start opens it, and replays nothing again.
    const third = tab(name, storage);
    await third.session.start();
    expect(third.session.workspace().id).toBe(id);
    expect(third.session.workspace().scenarios[0]!.name).toBe('Før genindlæsning');
    third.dispose();
  });

  it('shows the same default workspace on a start before anything was stored, so typing kept for it comes back', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    // The page goes before IndexedDB (and Dexie) are even here.
    const first = tab(name, storage, undefined, undefined, { loadRepository: () => new Promise(() => {}) });
    void first.session.start();
    await expect.poll(() => first.session.ready()).toBe(true);
    const id = first.session.workspace().id;
    first.dispose();
    const second = tab(name, storage);
    await second.session.start();
    expect(second.session.workspace().id).toBe(id);
    second.dispose();
  });

  it('keeps Ctrl+Z over a reload of the tab, and a kept history that no longer applies ends without breaking the page', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const tabStorage = memoryStorage();
    const history = createUndoHistoryStore(tabStorage);
    const grant = (s: { session: ReturnType<typeof createWorkspaceSession> }) => s.session.workspace().scenarios[1]!.funding['brn']?.central;
    const first = tab(name, storage, undefined, history);
    await first.session.start();
    const before = grant(first);
    first.session.dispatch({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) });
    await first.session.flush();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the history is written after the frame
    first.dispose();

    // A reload: a new page, with only the tab's storage.
    const second = tab(name, storage, undefined, createUndoHistoryStore(tabStorage));
    await second.session.start();
    expect(grant(second)).toBe(1_400_000);
    await expect.poll(() => second.session.canUndo()).toBe(true);
    second.session.undo();
    expect(grant(second)).toBe(before);
    second.session.redo();
    expect(grant(second)).toBe(1_400_000);
    await second.session.flush();
    second.dispose();

    // Written by an older page: its command throws when applied. The history ends, the page lives.
    const id = second.session.workspace().id;
    tabStorage.setItem(`forankring-undo:${id}`, JSON.stringify({ version: 1, workspaceId: id, past: [{ redo: { type: 'batch', commands: 7 }, undo: { type: 'batch', commands: 7 } }], future: [] }));
    const third = tab(name, storage, undefined, createUndoHistoryStore(tabStorage));
    await third.session.start();
    await expect.poll(() => third.session.canUndo()).toBe(true);
    expect(() => third.session.undo()).not.toThrow();
    expect(third.session.canUndo()).toBe(false);
    expect(grant(third)).toBe(1_400_000);
    third.dispose();
  });

  it('keeps each workspace’s Ctrl+Z when another is opened and edited in between, over a reload too', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const tabStorage = memoryStorage();
    const grant = (s: { session: ReturnType<typeof createWorkspaceSession> }) => s.session.workspace().scenarios[1]!.funding['brn']?.central;
    const first = tab(name, storage, undefined, createUndoHistoryStore(tabStorage));
    await first.session.start();
    const north = first.session.workspace().id;
    const before = grant(first);
    first.session.dispatch({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) });
    await first.session.create('Sjælland');
    const south = first.session.workspace().id;
    await expect.poll(() => first.session.canUndo()).toBe(false);
    first.session.dispatch({ type: 'renameScenario', scenarioId: first.session.workspace().scenarios[0]!.id, name: 'Sjællands første' });
    await first.session.switchTo(north);
    await expect.poll(() => first.session.canUndo()).toBe(true);
    first.session.undo();
    expect(grant(first)).toBe(before);
    expect(first.session.canRedo()).toBe(true);
    await first.session.switchTo(south);
    await expect.poll(() => first.session.canUndo()).toBe(true);
    expect(first.session.canRedo()).toBe(false);
    await first.session.flush();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the history is written after the frame
    first.dispose();

    // A reload opens Sjælland (the current one); Nordjylland's redo waits for it in the tab.
    const second = tab(name, storage, undefined, createUndoHistoryStore(tabStorage));
    await second.session.start();
    expect(second.session.workspace().id).toBe(south);
    await expect.poll(() => second.session.canUndo()).toBe(true);
    second.session.undo();
    expect(second.session.workspace().scenarios[0]!.name).not.toBe('Sjællands første');
    await second.session.switchTo(north);
    await expect.poll(() => second.session.canRedo()).toBe(true);
    second.session.redo();
    expect(grant(second)).toBe(1_400_000);
    await second.session.flush();
    second.dispose();
  });

  it('keeps the history of a workspace left before the frame that would have written it', async () => {
    const name = `s-${Math.random()}`;
    const tabStorage = memoryStorage();
    const first = tab(name, memoryStorage(), undefined, createUndoHistoryStore(tabStorage));
    await first.session.start();
    const north = first.session.workspace().id;
    // No frame comes (a busy page): only what opening another workspace writes keeps the history.
    const frames = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0;
    try {
      first.session.dispatch({ type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_400_000) });
      await first.session.create('Sjælland');
      await first.session.switchTo(north);
      await expect.poll(() => first.session.canUndo()).toBe(true);
    } finally {
      globalThis.requestAnimationFrame = frames;
    }
    first.dispose();
  });

  it('opens a stored workspace once its figures are ready: the screen shows nothing of it, and is not ready, until the figures reveal it', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const first = tab(name, storage);
    await first.session.start();
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Gemt' });
    await first.session.flush();
    first.dispose();
    // A reload: the figures are computed (held here); the first screen is the stored workspace with them.
    const held: { hold: boolean; reveal: () => void }[] = [];
    const second = tab(name, storage, undefined, undefined, { events: { ...events, onWorkspace: (_ws, _revision, reveal, hold) => void held.push({ hold, reveal }) } });
    await second.session.start();
    expect(held.map((h) => h.hold)).toEqual([true]);
    expect(second.session.ready()).toBe(false);
    expect(second.session.workspace().scenarios[0]!.name).not.toBe('Gemt');
    held[0]!.reveal();
    expect(second.session.ready()).toBe(true);
    expect(second.session.workspace().scenarios[0]!.name).toBe('Gemt');
    second.dispose();
  });
});

describe('a reload', () => {
  it("a reload shows the stored workspace before Dexie is here; an edit made meanwhile is written once it is, over another tab's write", async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const first = tab(name, storage);
    await first.session.start();
    first.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Gemt' });
    await first.session.flush();
    first.dispose();

    let arrive!: () => void;
    const dexieArrives = new Promise<void>((resolve) => (arrive = resolve));
    let asked = false;
    const reload = tab(name, storage, undefined, undefined, { loadRepository: async () => ((asked = true), await dexieArrives, createRepository(new ForankringDb(name))) });
    const started = reload.session.start();
    const names = () => reload.session.workspace().scenarios.slice(0, 3).map((x) => x.name);
    await expect.poll(() => names()[0]).toBe('Gemt');
    expect(reload.session.stored()).toBe(false);
    await expect.poll(() => asked).toBe(true);
    reload.session.dispatch({ type: 'renameScenario', scenarioId: 'level-2', name: 'Før Dexie' });
    await expect.poll(() => names()[1]).toBe('Før Dexie');
    // Another tab writes meanwhile.
    const other = createRepository(new ForankringDb(name));
    await other.applyOperations(reload.session.workspace().id, [{ id: 'other-1', command: { type: 'renameScenario', scenarioId: 'level-3', name: 'Fra anden fane' } }], 'other');
    arrive();
    await started;
    expect(reload.session.stored()).toBe(true);
    await expect.poll(names, { timeout: 3000 }).toEqual(['Gemt', 'Før Dexie', 'Fra anden fane']);
    // Written by itself (no flush): as it is when the tab is closed now.
    const storedNames = async () => {
      const loaded = await other.loadWorkspace(reload.session.workspace().id);
      return loaded.ok && loaded.stored.workspace.scenarios.slice(0, 3).map((x) => x.name);
    };
    await expect.poll(storedNames, { timeout: 3000 }).toEqual(['Gemt', 'Før Dexie', 'Fra anden fane']);
    expect(createJournal(storage).pending(reload.session.workspace().id)).toEqual([]);
    other.close();
    reload.dispose();
  });

  it.each([
    ['read before Dexie is here', {}],
    ['read through the repository', { peek: async () => null }],
  ] as const)("a reload opens the workspace its own tab had open, not the one another tab opened since (%s); a new tab opens that one", async (_how, path: Partial<SessionDeps>) => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const projectorTab = memoryStorage();
    const projector = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(projectorTab) });
    await projector.session.start();
    const north = projector.session.workspace().id;
    const laptop = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(memoryStorage()) });
    await laptop.session.start();
    expect(laptop.session.workspace().id).toBe(north);
    await laptop.session.create('Sjælland');
    const south = laptop.session.workspace().id;
    await laptop.session.flush();
    laptop.dispose();
    projector.dispose();

    const reloaded = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(projectorTab), ...path });
    await reloaded.session.start();
    expect(reloaded.session.workspace().id).toBe(north);
    expect(reloaded.session.stored()).toBe(true);
    reloaded.dispose();
    // The reload did not make its workspace the browser's current one: a new tab opens the laptop's.
    const newTab = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(memoryStorage()), ...path });
    await newTab.session.start();
    expect(newTab.session.workspace().id).toBe(south);
    newTab.dispose();
    // A tab whose workspace has gone meanwhile opens the current one.
    const gone = memoryStorage();
    createTabWorkspace(gone).keep('ws-deleted-elsewhere');
    const orphan = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(gone), ...path });
    await orphan.session.start();
    expect(orphan.session.workspace().id).toBe(south);
    orphan.dispose();
    // A tab whose workspace cannot be read opens the current one, and says so once.
    const db = new ForankringDb(name);
    await db.workspaces.put({ id: 'ws-hurt', name: 'Ødelagt', region: 'Nordjylland', workspace: 'garbage', updatedAt: 1, revision: 1, savedBy: 'x' });
    db.close();
    const hurt = memoryStorage();
    createTabWorkspace(hurt).keep('ws-hurt');
    const damaged: string[] = [];
    const reloadedHurt = tab(name, storage, undefined, undefined, { tabWorkspace: createTabWorkspace(hurt), events: { ...events, onDamaged: (n: string) => void damaged.push(n) }, ...path });
    await reloadedHurt.session.start();
    expect(reloadedHurt.session.workspace().id).toBe(south);
    expect(damaged).toEqual(['Ødelagt']);
    // It now keeps the one it opened.
    expect(createTabWorkspace(hurt).read()).toBe(south);
    reloadedHurt.dispose();
  });

  it("follows the workspace it switches to, once, with the first figures painted: another tab's edit there arrives", async () => {
    const name = `s-${Math.random()}`;
    const a = tab(name);
    await a.session.start();
    const firstId = a.session.workspace().id;
    await a.session.create('Midtjylland');
    await a.session.switchTo(firstId);
    const other = createRepository(new ForankringDb(name));
    await other.applyOperations(firstId, [{ id: 'other-1', command: { type: 'renameScenario', scenarioId: 'level-1', name: 'Fra anden fane' } }], 'other');
    await expect.poll(() => a.session.workspace().scenarios[0]!.name, { timeout: 3000 }).toBe('Fra anden fane');
    other.close();
    a.dispose();
  });

  it('journals an edit made before the command rules have loaded: a page left at once replays it at the next start', async () => {
    const name = `s-${Math.random()}`;
    const storage = memoryStorage();
    const first = tab(name, storage);
    await first.session.start();
    await first.session.flush();
    first.dispose();
    // The figures never arrive here, so the rules (loaded after them) never do either.
    const early = tab(name, storage, undefined, undefined, { firstFigures: () => new Promise<void>(() => {}) });
    void early.session.start();
    await expect.poll(() => early.session.ready()).toBe(true);
    early.session.dispatch({ type: 'renameScenario', scenarioId: 'level-1', name: 'Før reglerne' });
    early.dispose();
    const next = tab(name, storage);
    await next.session.start();
    expect(next.session.workspace().scenarios[0]!.name).toBe('Før reglerne');
    next.dispose();
  });
});

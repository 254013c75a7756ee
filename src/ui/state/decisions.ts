/**
 * The open workspace's decision records: watched in IndexedDB (another tab's record appears
 * here too), recorded through the worker (which computes the chosen scenario's figures from the
 * model), and attached to a workspace opened from a link or a file that carried them. Records
 * are added, never edited; without IndexedDB they live in memory for the session.
 */
import { createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import type { DecisionList } from '../../db/decisions';
import { latestDecision, type DecisionEntry, type DecisionRecord } from '../../model';
import type { BackgroundWork } from './background';
import type { WorkspaceSession } from './session';

export function createDecisions(deps: { session: WorkspaceSession; background: BackgroundWork; newId: () => string; onError: (error: unknown) => void }) {
  const { session, background } = deps;
  const [list, setList] = createSignal<DecisionList>({ records: [], unreadable: 0 });
  /** Records kept in memory where IndexedDB is not available. */
  const inMemory: DecisionRecord[] = [];
  const showMemory = (workspaceId: string) => setList({ records: inMemory.filter((r) => r.workspaceId === workspaceId).sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1)), unreadable: 0 });

  // Watched per workspace, not per edit: the id changes only on a switch.
  const workspaceId = createMemo(() => (session.ready() ? session.workspace().id : null));
  createEffect(() => {
    const id = workspaceId();
    if (!id) return;
    const repo = session.stored() ? session.repository() : null;
    if (!repo) return showMemory(id);
    // Recorded before IndexedDB was ready (a first visit): stored now.
    for (const r of inMemory.splice(0)) void repo.decisions.add(r).catch(deps.onError);
    const stop = repo.decisions.watch(id, setList, deps.onError);
    onCleanup(stop);
  });

  async function store(record: DecisionRecord): Promise<void> {
    const repo = session.stored() ? session.repository() : null;
    if (repo) await repo.decisions.add(record);
    else {
      inMemory.push(record);
      showMemory(session.workspace().id);
    }
  }

  return {
    list,
    latest: () => latestDecision(list().records),
    /** Records the meeting's decision over the workspace as it is now; it supersedes the latest. */
    async record(entry: DecisionEntry): Promise<DecisionRecord> {
      const made = { id: `decision-${deps.newId().slice(0, 12)}`, recordedAt: new Date().toISOString(), supersedes: latestDecision(list().records)?.id ?? null };
      const record = await background.decide(undefined, session.latest(), entry, made);
      await store(record);
      return record;
    },
    /** Decisions carried by a link or a file, kept with the workspace they now belong to (fresh ids). */
    async attach(records: readonly DecisionRecord[], workspaceId: string): Promise<void> {
      const ids = new Map(records.map((r) => [r.id, `decision-${deps.newId().slice(0, 12)}`]));
      for (const r of records) await store({ ...r, id: ids.get(r.id)!, workspaceId, supersedes: r.supersedes ? (ids.get(r.supersedes) ?? null) : null });
    },
  };
}

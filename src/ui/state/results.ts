/**
 * The figures on screen, and which workspace revision they belong to. Every new workspace is
 * sent to the worker as a delta the moment it exists (before any render); while one compute
 * runs, only the newest workspace waits, and it is sent as one delta when the worker is free.
 * Results arrive for the scenarios that changed and replace those scenarios' entries in a keyed
 * store, so an edit re-runs one column's cells, and only the cells whose text changed re-render.
 *
 * The view shows figures only for the open workspace: never another workspace's, and never
 * beside an error. Figures of an older revision of the same workspace are marked stale.
 */
import { batch, createEffect, createMemo, createSignal, on, type Signal } from 'solid-js';
import type { Differences, Scenario, ScenarioResult, Workspace } from '../../model';
import type { ComputeFailure, SharedInputs, WorkspaceDelta } from '../../../workers/compute-api';
import { ComputeAborted, ComputeError, ComputeTimeout } from '../../../workers/compute-client';
import type { BackgroundWork } from './background';

export type ResultStatus = 'computing' | 'current' | 'stale' | 'failed';

export interface ResultState {
  readonly workspaceId: string | null;
  readonly revision: number;
  readonly totalPopulation: number;
  readonly populationShares: readonly number[];
  readonly byScenario: Readonly<Record<string, ScenarioResult | undefined>>;
  readonly differences: Readonly<Record<string, Differences | undefined>>;
}

/**
 * Values by scenario id, each its own signal, made on first read: reading one scenario's result
 * tracks that scenario only, and a result is kept whole — the worker sends only the scenarios
 * that changed, and each cell compares its own text, so a deep store would buy nothing.
 */
function keyed<T>() {
  const slots = new Map<string, Signal<T | undefined>>();
  const slot = (id: string) => {
    let s = slots.get(id);
    if (!s) slots.set(id, (s = createSignal<T | undefined>(undefined)));
    return s;
  };
  return {
    record: new Proxy({} as Record<string, T | undefined>, { get: (_, id) => (typeof id === 'string' ? slot(id)[0]() : undefined) }),
    set: (id: string, value: T | undefined) => slot(id)[1](() => value),
    /** Empties every entry but those in `keep`. */
    keepOnly(keep: ReadonlySet<string>): void {
      for (const [id, [, set]] of slots) if (!keep.has(id)) set(undefined);
    },
  };
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** How long an edit waits for its figures before the screen shows it with the old ones, marked. */
export const HOLD_MS = 120;

const SHARED_KEYS = ['schemaVersion', 'id', 'name', 'region', 'populationDate', 'populationSource', 'municipalities', 'catalogue', 'political', 'employers', 'hosts', 'presets', 'funders', 'criteria', 'assumptions', 'baselineScenarioId'] as const;

/**
 * `differencesShown`: whether the screen shows differences from the baseline. Only then does
 * the worker compute and send them (see WorkspaceDelta); switched on, they come for every
 * scenario of the workspace on screen.
 */
export function createResults(background: BackgroundWork, differencesShown: () => boolean) {
  const [workspaceId, setWorkspaceId] = createSignal<string | null>(null);
  const [revision, setRevision] = createSignal(0);
  const [totalPopulation, setTotalPopulation] = createSignal(0);
  const [populationShares, setPopulationShares] = createSignal<readonly number[]>([], { equals: sameNumbers });
  const byScenario = keyed<ScenarioResult>();
  const differences = keyed<Differences>();
  const state: ResultState = {
    get workspaceId() {
      return workspaceId();
    },
    get revision() {
      return revision();
    },
    get totalPopulation() {
      return totalPopulation();
    },
    get populationShares() {
      return populationShares();
    },
    byScenario: byScenario.record,
    differences: differences.record,
  };
  const [failure, setFailure] = createSignal<ComputeFailure | null>(null);
  // Which workspace and revision the screen shows. Kept apart: every cell depends on the id
  // (through `showing`), only the status line on the revision, so an edit notifies no cell.
  const [wantedId, setWantedId] = createSignal('');
  const [wantedRevision, setWantedRevision] = createSignal(0);
  const setWanted = (w: { workspaceId: string; revision: number }) =>
    batch(() => {
      setWantedId(w.workspaceId);
      setWantedRevision(w.revision);
    });
  /** What the worker holds: the base of the next delta. */
  let sent: { workspaceId: string; revision: number; shared: readonly unknown[]; scenarios: Map<string, Scenario> } | null = null;
  let inFlight = false;
  let next: { ws: Workspace; revision: number } | null = null;
  /** The newest workspace not yet on screen, shown with its figures (or when its hold ends). */
  let waiting: { revision: number; show: () => void } | null = null;
  let latest: { ws: Workspace; revision: number } | null = null;
  const showWaiting = (upTo: number) => {
    if (!waiting || waiting.revision > upTo) return;
    const w = waiting;
    waiting = null;
    w.show();
  };

  function delta(ws: Workspace, revision: number): WorkspaceDelta {
    const shared = SHARED_KEYS.map((k) => ws[k]);
    const fresh = !sent || sent.workspaceId !== ws.id;
    const sharedChanged = fresh || shared.some((v, i) => v !== sent!.shared[i]);
    const { scenarios: _s, ...sharedInputs } = ws;
    const changed = ws.scenarios.filter((s) => fresh || sent!.scenarios.get(s.id) !== s);
    const d: WorkspaceDelta = {
      workspaceId: ws.id,
      revision,
      base: fresh ? null : sent!.revision,
      ...(sharedChanged && { shared: sharedInputs as SharedInputs }),
      order: ws.scenarios.map((s) => s.id),
      changed,
      differences: differencesShown(),
    };
    sent = { workspaceId: ws.id, revision, shared, scenarios: new Map(ws.scenarios.map((s) => [s.id, s])) };
    return d;
  }

  async function send(ws: Workspace, revision: number): Promise<void> {
    inFlight = true;
    try {
      let d = delta(ws, revision);
      let answer;
      try {
        answer = await background.sync(undefined, d);
      } catch (error) {
        // The worker lost its copy (a restart): send the whole workspace once more.
        if (!(error instanceof ComputeError && error.failure.kind === 'outOfStep')) throw error;
        sent = null;
        d = delta(ws, revision);
        answer = await background.sync(undefined, d);
      }
      if (next) return; // a newer workspace is waiting: its answer is the one to show
      batch(() => {
        const fresh = workspaceId() !== answer.workspaceId;
        const keep = new Set(fresh ? [] : answer.order);
        byScenario.keepOnly(keep);
        differences.keepOnly(keep);
        setWorkspaceId(answer.workspaceId);
        setRevision(answer.revision);
        setTotalPopulation(answer.totalPopulation);
        setPopulationShares(answer.populationShares);
        for (const r of answer.changed) byScenario.set(r.scenarioId, r);
        for (const [id, d] of Object.entries(answer.differences)) differences.set(id, d ?? undefined);
        setFailure(null);
        // The edit and its figures reach the screen in one update.
        showWaiting(answer.revision);
      });
    } catch (error) {
      showWaiting(Infinity);
      if (error instanceof ComputeAborted) return;
      sent = null;
      if (error instanceof ComputeTimeout) setFailure({ kind: 'internal', message: 'timeout' });
      else setFailure(error instanceof ComputeError ? error.failure : { kind: 'internal', message: String(error) });
    } finally {
      inFlight = false;
      const queued = next;
      next = null;
      if (queued) void send(queued.ws, queued.revision);
    }
  }

  // Shown again: the figures on screen get their differences (the same revision, nothing recomputed).
  createEffect(
    on(
      differencesShown,
      (shown) => {
        if (!shown) return differences.keepOnly(new Set());
        if (latest && !inFlight) void send(latest.ws, latest.revision);
        else if (latest) next = latest;
      },
      { defer: true },
    ),
  );

  // Cells ask this on every read: a memo, so a new revision alone re-renders nothing.
  const showing = createMemo(() => !failure() && state.workspaceId === wantedId());

  return {
    state,
    failure,
    showing,
    /**
     * Called by the session with every new workspace, before the screen changes: the compute
     * starts at once; `reveal` puts the workspace on screen together with its figures, or after
     * HOLD_MS if they are slow (then marked as being computed). Without `hold` it shows at once.
     */
    request(ws: Workspace, revision: number, reveal: () => void = () => {}, hold = false): void {
      latest = { ws, revision };
      const show = () =>
        batch(() => {
          setWanted({ workspaceId: ws.id, revision });
          reveal();
        });
      // A newer workspace replaces one still waiting: only the newest is worth showing.
      const entry = { revision, show };
      waiting = entry;
      if (!hold) showWaiting(revision);
      else setTimeout(() => waiting === entry && showWaiting(revision), HOLD_MS);
      if (inFlight) next = { ws, revision };
      else void send(ws, revision);
    },
    /** The worker restarted (watchdog): its copy is gone; the newest workspace is computed again. */
    forget(): void {
      sent = null;
      if (latest && !inFlight) void send(latest.ws, latest.revision);
      else if (latest) next = latest;
    },
    status(): ResultStatus {
      if (failure()) return 'failed';
      if (state.workspaceId !== wantedId()) return 'computing';
      return state.revision === wantedRevision() ? 'current' : 'stale';
    },
    /** A scenario's result, only while it belongs to the open workspace and no compute failed. */
    scenario: (id: string): ScenarioResult | undefined => (showing() ? state.byScenario[id] : undefined),
    differences: (id: string): Differences | undefined => (showing() ? state.differences[id] : undefined),
  };
}

/**
 * The figures on screen, and which workspace revision they belong to. Every new workspace is
 * sent to the worker as a delta the moment it exists (before any render); while one compute
 * runs, only the newest workspace waits, and it is sent as one delta when the worker is free.
 * Results arrive for the scenarios that changed and replace those scenarios' entries in a keyed
 * store, so an edit re-runs one column's cells, and only the cells whose text changed re-render.
 * An edit being typed is computed ahead (`preview`): made, its figures are shown at once;
 * abandoned, it is withdrawn and never shown.
 *
 * The view shows figures only for the open workspace: never another workspace's, and never
 * beside an error. Figures of an older revision of the same workspace are marked stale.
 */
import { batch, createEffect, createMemo, createSignal, on, type Signal } from 'solid-js';
import type { Differences, Scenario, ScenarioResult, Workspace } from '../../model';
import type { ComputeFailure, ResultDelta, SharedInputs, WorkspaceDelta } from '../../../workers/compute-api';
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

/** A workspace to compute; `ahead`: an edit being typed, not made yet (its answer is not shown). */
interface Job {
  readonly ws: Workspace;
  readonly revision: number;
  ahead: boolean;
}

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
  let inFlight: Job | null = null;
  let next: Job | null = null;
  /** The newest edit being typed, computed ahead. */
  let typed: Job | null = null;
  /** The job the worker holds (or is computing): computed ahead and not made, it is not on screen. */
  let lastSent: Job | null = null;
  /**
   * Answers that arrived and were not shown (one computed ahead, or one overtaken by a newer
   * workspace): each holds only what changed since the one before, so they are shown, in order,
   * with the next answer that is.
   */
  let unshown: ResultDelta[] = [];
  /** The newest workspace not yet on screen, shown with its figures (or when its hold ends). */
  let waiting: { revision: number; show: () => void } | null = null;
  let latest: { ws: Workspace; revision: number } | null = null;
  /** Resolved whenever the worker is idle: it then holds the workspace on screen. */
  let idle: { promise: Promise<void>; resolve: () => void } | null = null;
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

  /** Puts answers on screen, in the order the worker gave them, and the workspace waiting for them. */
  function showAnswers(answers: readonly ResultDelta[]): void {
    batch(() => {
      for (const answer of answers) {
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
      }
      setFailure(null);
      // The edit and its figures reach the screen in one update.
      const last = answers[answers.length - 1];
      if (last) showWaiting(last.revision);
    });
  }

  async function send(job: Job): Promise<void> {
    inFlight = job;
    lastSent = job;
    try {
      let d = delta(job.ws, job.revision);
      let answer;
      try {
        answer = await background.sync(undefined, d);
      } catch (error) {
        // The worker lost its copy (a restart): send the whole workspace once more.
        if (!(error instanceof ComputeError && error.failure.kind === 'outOfStep')) throw error;
        sent = null;
        d = delta(job.ws, job.revision);
        answer = await background.sync(undefined, d);
      }
      unshown.push(answer);
      // Computed ahead of an edit not made yet, or a newer workspace is waiting: shown later.
      if (job.ahead || (next && !next.ahead)) return;
      showAnswers(unshown.splice(0));
    } catch (error) {
      // A failure while computing ahead is not the screen's: the edit, if made, is sent again.
      sent = null;
      unshown = [];
      if (job.ahead) {
        if (typed === job) typed = null;
        return;
      }
      showWaiting(Infinity);
      if (error instanceof ComputeAborted) return;
      if (error instanceof ComputeTimeout) setFailure({ kind: 'internal', message: 'timeout' });
      else setFailure(error instanceof ComputeError ? error.failure : { kind: 'internal', message: String(error) });
    } finally {
      inFlight = null;
      const queued = next;
      next = null;
      if (queued) void send(queued);
      else if (idle) idle.resolve();
    }
  }

  /**
   * Sends `job` now, or when the worker is free: then only the newest waits, but never in place
   * of a workspace that is waiting to be shown.
   */
  function enqueue(job: Job): void {
    if (!inFlight) void send(job);
    else if (!job.ahead || !next || next.ahead) next = job;
  }

  // Shown again: the figures on screen get their differences (the same revision, nothing
  // recomputed). Hidden, the worker is told too: it sends only differences it has not sent, and,
  // not told, it held those dropped here as on screen and sent none when they were shown again.
  createEffect(
    on(
      differencesShown,
      (shown) => {
        if (!shown) differences.keepOnly(new Set());
        if (latest) enqueue({ ...latest, ahead: false });
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
     * A workspace computed ahead (`preview`) is not computed again: its figures, if they came,
     * are shown in this same task.
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
      const made = typed && typed.ws === ws && typed.revision === revision ? typed : null;
      typed = null;
      if (made) made.ahead = false;
      // The worker holds it and has answered (it is no longer computing it): its figures go on
      // screen now, with the edit.
      if (made && lastSent === made && inFlight !== made) return showAnswers(unshown.splice(0));
      if (!hold) showWaiting(revision);
      else setTimeout(() => waiting === entry && showWaiting(revision), HOLD_MS);
      // Being computed (or next): its answer will be shown. Otherwise it is sent now.
      if (!made || (inFlight !== made && next !== made)) enqueue(made ?? { ws, revision, ahead: false });
    },
    /**
     * An edit being typed, as the workspace it would make (null: none, the text does not parse):
     * computed now, shown only if the edit is made (`request` with this same workspace).
     */
    preview(ws: Workspace | null, revision: number): void {
      typed = null;
      if (!ws || !latest || ws.id !== latest.ws.id) return;
      typed = { ws, revision, ahead: true };
      enqueue(typed);
    },
    /** The edit being typed was not made: the worker goes back to the workspace on screen. */
    withdraw(): void {
      typed = null;
      if (latest && (lastSent?.ahead || next?.ahead)) enqueue({ ...latest, ahead: false });
    },
    /** Resolves once the worker holds the workspace on screen (an explanation asks it about that). */
    inStep(): Promise<void> {
      if (!inFlight && !lastSent?.ahead) return Promise.resolve();
      if (latest && (lastSent?.ahead || next?.ahead)) enqueue({ ...latest, ahead: false });
      if (!idle) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        idle = { promise, resolve: () => ((idle = null), resolve()) };
      }
      return idle.promise;
    },
    /** The worker restarted (watchdog): its copy is gone; the newest workspace is computed again. */
    forget(): void {
      sent = null;
      unshown = [];
      if (latest) enqueue({ ...latest, ahead: false });
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

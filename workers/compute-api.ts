/**
 * The compute worker's API: plain functions over src/model. A rule the workspace breaks, or a
 * bug, comes back as a value rather than a thrown error, so the worker stays alive and the
 * caller gets a typed reason.
 *
 * The recompute is incremental: the worker keeps its own copy of the workspace and is sent only
 * what changed (shared inputs when they change, and the scenarios that changed). Unchanged
 * scenarios keep their objects, so the model's memory keeps their results, and only the results
 * that changed travel back.
 */
import {
  createWorkspaceComputer,
  computeWorkspace,
  ModelValidationError,
  type AnchoringAlternative,
  type DecisionEntry,
  type DecisionRecord,
  type Differences,
  type ExplainRequest,
  type Explanation,
  type MeetingMemory,
  type MonteCarloOptions,
  type MonteCarloScenario,
  type Scenario,
  type ScenarioResult,
  type SeekRequest,
  type SeekResult,
  type Tornado,
  type ValidationIssue,
  type Workspace,
  type WorkspaceResult,
} from '../src/model';

/** The on-request part of the worker, loaded the first time it is needed. */
const analysis = () => import('./analysis');

export type ComputeFailure =
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'internal'; readonly message: string }
  | { readonly kind: 'outOfStep' };

export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly failure: ComputeFailure };

/** A scenario's differences were left out (not wanted): the next delta that wants them sends them. */
const NOT_SENT = Symbol('not sent');

/** Everything but the scenarios: when any of it changes, every scenario is recomputed. */
export type SharedInputs = Omit<Workspace, 'scenarios'>;

export interface WorkspaceDelta {
  readonly workspaceId: string;
  readonly revision: number;
  /** The revision this delta builds on; null = start afresh (the whole workspace is in it). */
  readonly base: number | null;
  readonly shared?: SharedInputs;
  readonly order: readonly string[];
  readonly changed: readonly Scenario[];
  /**
   * Whether the screen shows differences from the baseline. They are not computed or sent
   * otherwise: an edit of the baseline changes every scenario's (30 KB each on 29
   * municipalities × 10 years), which would cost the main thread more to receive than the
   * edit itself. When asked again, all of them come.
   */
  readonly differences?: boolean;
}

/** Only what changed since the delta's base: results of changed scenarios, and their differences. */
export interface ResultDelta {
  readonly workspaceId: string;
  readonly revision: number;
  readonly totalPopulation: number;
  readonly populationShares: readonly number[];
  readonly order: readonly string[];
  readonly changed: readonly ScenarioResult[];
  readonly differences: Readonly<Record<string, Differences | null>>;
}

/** How a figure on screen is built, and its value year by year. */
export interface FigureExplanation {
  readonly tree: Explanation | null;
  readonly byYear: readonly { readonly year: number; readonly value: number }[];
}

/** Every function below validates through the model; this turns its errors into values. */
function guarded<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof ModelValidationError) return { ok: false, failure: { kind: 'invalid', issues: error.issues } };
    return { ok: false, failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

export function createComputeState() {
  const compute = createWorkspaceComputer();
  let current: { workspaceId: string; revision: number; shared: SharedInputs; scenarios: Map<string, Scenario>; workspace: Workspace } | null = null;
  let sent = new Map<string, { result: ScenarioResult; differences: Differences | undefined | typeof NOT_SENT }>();

  function sync(delta: WorkspaceDelta): Outcome<ResultDelta> {
    const fresh = delta.base === null;
    if (!fresh && (!current || current.workspaceId !== delta.workspaceId || current.revision !== delta.base)) return { ok: false, failure: { kind: 'outOfStep' } };
    const shared = delta.shared ?? current?.shared;
    if (!shared) return { ok: false, failure: { kind: 'outOfStep' } };
    const scenarios = fresh ? new Map<string, Scenario>() : new Map(current!.scenarios);
    for (const s of delta.changed) scenarios.set(s.id, s);
    const list = delta.order.map((id) => scenarios.get(id));
    if (list.some((s) => !s)) return { ok: false, failure: { kind: 'outOfStep' } };
    const workspace: Workspace = { ...shared, scenarios: list as Scenario[] };
    current = { workspaceId: delta.workspaceId, revision: delta.revision, shared, scenarios: new Map(delta.order.map((id) => [id, scenarios.get(id)!])), workspace };
    if (fresh) sent = new Map();
    const wanted = delta.differences ?? true;
    const outcome = guarded(() => compute(workspace, delta.revision, wanted));
    if (!outcome.ok) return outcome;
    const r = outcome.result;
    const changed: ScenarioResult[] = [];
    const differences: Record<string, Differences | null> = {};
    const next = new Map<string, { result: ScenarioResult; differences: Differences | undefined | typeof NOT_SENT }>();
    for (const result of r.scenarios) {
      const d = wanted ? r.differences[result.scenarioId] : NOT_SENT;
      const before = sent.get(result.scenarioId);
      if (before?.result !== result) changed.push(result);
      if (d !== NOT_SENT && (before?.differences !== d || !before)) differences[result.scenarioId] = d ?? null;
      next.set(result.scenarioId, { result, differences: d });
    }
    sent = next;
    return { ok: true, result: { workspaceId: r.workspaceId, revision: r.revision, totalPopulation: r.totalPopulation, populationShares: r.populationShares, order: delta.order, changed, differences } };
  }

  /** Explains a figure of the revision on screen; another revision is out of step. */
  async function explain(workspaceId: string, revision: number, request: ExplainRequest): Promise<Outcome<FigureExplanation>> {
    if (!current || current.workspaceId !== workspaceId || current.revision !== revision) return { ok: false, failure: { kind: 'outOfStep' } };
    const ws = current.workspace;
    const { explainFigure, figureByYear } = await analysis();
    return guarded(() => ({ tree: explainFigure(ws, request), byYear: figureByYear(ws, request.scenarioId, request.figure) }));
  }

  return { sync, explain };
}

const state = createComputeState();

export const computeApi = {
  sync: (delta: WorkspaceDelta): Outcome<ResultDelta> => state.sync(delta),
  explain: (workspaceId: string, revision: number, request: ExplainRequest): Promise<Outcome<FigureExplanation>> => state.explain(workspaceId, revision, request),
  simulate: async (workspace: Workspace, options: MonteCarloOptions): Promise<Outcome<MonteCarloScenario[]>> => {
    const { monteCarlo, scenarioFormulas } = await analysis();
    return guarded(() => monteCarlo(scenarioFormulas(workspace), options));
  },
  sensitivity: async (workspace: Workspace): Promise<Outcome<Tornado[]>> => {
    const { scenarioFormulas, tornado } = await analysis();
    return guarded(() => scenarioFormulas(workspace).map(tornado));
  },
  seek: async (workspace: Workspace, request: SeekRequest): Promise<Outcome<SeekResult>> => {
    const { goalSeek } = await analysis();
    return guarded(() => goalSeek(workspace, request));
  },
  anchorings: async (workspace: Workspace, scenarioId: string): Promise<Outcome<AnchoringAlternative[]>> => {
    const { compareAnchorings } = await analysis();
    return guarded(() => compareAnchorings(workspace, scenarioId));
  },
  decide: async (workspace: Workspace, entry: DecisionEntry, made: { id: string; recordedAt: string; supersedes: string | null }): Promise<Outcome<DecisionRecord>> => {
    const { recordDecision } = await analysis();
    return guarded(() => recordDecision(workspace, entry, made));
  },
  /** A snapshot's figures, for reopening a decision read-only. */
  snapshot: (workspace: Workspace): Outcome<WorkspaceResult> => guarded(() => computeWorkspace(workspace)),
  memory: async (before: Workspace, after: Workspace): Promise<Outcome<MeetingMemory>> => {
    const { meetingMemory } = await analysis();
    return guarded(() => meetingMemory(before, after));
  },
};
export type ComputeApi = typeof computeApi;

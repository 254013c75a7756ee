/**
 * A decision record: what a meeting decided (the chosen scenario, the body, the date, the
 * rationale, who proposed it) with an immutable snapshot of the whole workspace as it stood,
 * and the chosen scenario's key figures as the model computed them then. Records are never
 * edited: a later decision supersedes an earlier one, and both remain.
 *
 * A record is a versioned document; every load (IndexedDB, a workspace file, a share link)
 * passes `restoreDecision`, which validates it and restores its snapshot like any workspace.
 */
import * as v from 'valibot';
import { computeWorkspace } from './compute';
import { id as idSchema, isoDate, text } from './document-schema';
import { yearResult } from './figures';
import { restoreWorkspace } from './restore';
import type { Workspace } from './types';

export const DECISION_VERSION = 1;

export const DECISION_LIMITS = { body: 80, rationale: 2_000, proposedBy: 120 } as const;

/** The chosen scenario's key figures when the decision was recorded. */
export interface DecidedFigures {
  /** The first full year. */
  readonly year: number;
  readonly totalCost: number;
  readonly supplement: number;
  readonly perInhabitant: number;
  /** The whole period. */
  readonly horizonSupplement: number;
}

export interface DecisionRecord {
  readonly version: typeof DECISION_VERSION;
  readonly id: string;
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  /** Who decided, e.g. "KDK" or "T11". */
  readonly body: string;
  /** The meeting's date, ISO (2026-11-23). */
  readonly meetingDate: string;
  readonly rationale: string;
  readonly proposedBy: string;
  /** When it was recorded, ISO timestamp. */
  readonly recordedAt: string;
  /** The decision this one replaces (the workspace's latest before it), if any. */
  readonly supersedes: string | null;
  readonly figures: DecidedFigures;
  readonly snapshot: Workspace;
}

/** What the meeting enters; the rest is made when the record is. */
export interface DecisionEntry {
  readonly scenarioId: string;
  readonly body: string;
  readonly meetingDate: string;
  readonly rationale: string;
  readonly proposedBy: string;
}

export type DecisionProblem = 'noScenario' | 'noBody' | 'badDate' | 'tooLong';

/** What is wrong with an entry, or null; the UI says it in the user's language. */
export function checkDecisionEntry(ws: Workspace, entry: DecisionEntry): DecisionProblem | null {
  if (!ws.scenarios.some((s) => s.id === entry.scenarioId)) return 'noScenario';
  if (!entry.body.trim()) return 'noBody';
  if (!v.safeParse(isoDate, entry.meetingDate).success) return 'badDate';
  if (entry.body.length > DECISION_LIMITS.body || entry.rationale.length > DECISION_LIMITS.rationale || entry.proposedBy.length > DECISION_LIMITS.proposedBy) return 'tooLong';
  return null;
}

/** The record of a decision over the workspace as it is now; the snapshot is a deep copy. */
export function recordDecision(ws: Workspace, entry: DecisionEntry, made: { id: string; recordedAt: string; supersedes: string | null }): DecisionRecord {
  const problem = checkDecisionEntry(ws, entry);
  if (problem) throw new Error(`Decision entry: ${problem}`);
  // Plain data: a JSON round trip is a deep copy that shares nothing with the live workspace.
  const snapshot = JSON.parse(JSON.stringify(ws)) as Workspace;
  const result = computeWorkspace(snapshot).scenarios.find((r) => r.scenarioId === entry.scenarioId)!;
  const typical = yearResult(result, 'typical')!;
  return {
    version: DECISION_VERSION,
    id: made.id,
    workspaceId: ws.id,
    scenarioId: entry.scenarioId,
    scenarioName: ws.scenarios.find((s) => s.id === entry.scenarioId)!.name,
    body: entry.body.trim(),
    meetingDate: entry.meetingDate,
    rationale: entry.rationale.trim(),
    proposedBy: entry.proposedBy.trim(),
    recordedAt: made.recordedAt,
    supersedes: made.supersedes,
    figures: { year: typical.year, totalCost: typical.cost.total.central, supplement: typical.supplement.central, perInhabitant: typical.supplementPerInhabitant.central, horizonSupplement: result.horizon.supplement.central },
    snapshot,
  };
}

const whole = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e13));
const recordSchema = v.object({
  version: v.literal(DECISION_VERSION),
  id: idSchema,
  workspaceId: idSchema,
  scenarioId: idSchema,
  scenarioName: text(200),
  body: v.pipe(text(DECISION_LIMITS.body), v.minLength(1)),
  meetingDate: isoDate,
  rationale: text(DECISION_LIMITS.rationale),
  proposedBy: text(DECISION_LIMITS.proposedBy),
  recordedAt: v.pipe(v.string(), v.isoTimestamp()),
  supersedes: v.nullable(idSchema),
  figures: v.object({ year: v.pipe(v.number(), v.integer()), totalCost: whole, supplement: whole, perInhabitant: v.pipe(v.number(), v.finite(), v.minValue(0)), horizonSupplement: whole }),
  snapshot: v.unknown(),
});

export type DecisionRestore = { readonly ok: true; readonly record: DecisionRecord } | { readonly ok: false; readonly reason: 'notADecision' | 'newerVersion' | 'snapshot' };

/** The one door for a decision record from anywhere: validated, its snapshot restored. */
export function restoreDecision(raw: unknown): DecisionRestore {
  if (raw && typeof raw === 'object' && typeof (raw as { version?: unknown }).version === 'number' && (raw as { version: number }).version > DECISION_VERSION) return { ok: false, reason: 'newerVersion' };
  const parsed = v.safeParse(recordSchema, raw);
  if (!parsed.success) return { ok: false, reason: 'notADecision' };
  const snapshot = restoreWorkspace(parsed.output.snapshot);
  // A snapshot that needed repair is no longer what the meeting saw: refuse rather than alter it.
  if (!snapshot.ok || snapshot.repairs.length > 0 || !snapshot.workspace.scenarios.some((s) => s.id === parsed.output.scenarioId)) return { ok: false, reason: 'snapshot' };
  return { ok: true, record: { ...parsed.output, snapshot: snapshot.workspace } };
}

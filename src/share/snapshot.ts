/**
 * Format 2: a snapshot is the difference between a workspace and format 2's baseline — the
 * defaults of its region frozen in baselines/v2.json the day format 2 was made. Changing the
 * app's defaults later changes no link: the baseline never moves (a test holds its digest).
 */
import * as v from 'valibot';
import { REGIONS, restoreWorkspace, type RegionName, type RestoreFailure, type Workspace } from '../model';
import { isoDate } from '../model/document-schema';
import baselines from './baselines/v2.json';
import { applyPatch, diff } from './patch';

export const snapshotSchema = v.object({
  r: v.picklist(REGIONS),
  /** The day the link was made, a real calendar date. */
  d: isoDate,
  /** The difference from the baseline; its content is checked by the workspace restore. */
  p: v.optional(v.unknown()),
  /** A decision the link carries (decision-link.ts); checked by the decision restore. */
  c: v.optional(v.unknown()),
});
export type Snapshot = v.InferOutput<typeof snapshotSchema>;

const baselineOf = (region: RegionName): unknown => (baselines as Record<string, unknown>)[region];

/** The snapshot of a workspace, or of some of its scenarios. The workspace id does not travel. */
export function toSnapshot(ws: Workspace, scenarioIds?: readonly string[], today = new Date().toISOString().slice(0, 10)): Snapshot {
  const scenarios = scenarioIds ? ws.scenarios.filter((s) => scenarioIds.includes(s.id)) : ws.scenarios;
  const baselineScenarioId = scenarios.some((s) => s.id === ws.baselineScenarioId) ? ws.baselineScenarioId : (scenarios[0]?.id ?? null);
  const { id: _id, ...rest } = { ...ws, scenarios, baselineScenarioId };
  const p = diff(baselineOf(ws.region), rest);
  return p === undefined ? { r: ws.region, d: today } : { r: ws.region, d: today, p };
}

export type SnapshotResult = { readonly ok: true; readonly workspace: Workspace; readonly repairs: readonly string[] } | { readonly ok: false; readonly reason: RestoreFailure };

/** The workspace a snapshot describes, through the one restore every document passes. */
export function fromSnapshot(snap: Snapshot, workspaceId: string): SnapshotResult {
  const raw = applyPatch(baselineOf(snap.r), snap.p);
  const restored = restoreWorkspace({ ...(raw as object), id: workspaceId });
  return restored;
}

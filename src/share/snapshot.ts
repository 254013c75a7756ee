/**
 * Formats 2 to 5: a snapshot is the difference between a workspace and its format's baseline —
 * the defaults of its region frozen the day the format was made. Format 2's are baselines/v2.json;
 * format 3's are those with v3-from-v2.json applied (the source notes that said "seed 001" name
 * T11's paper); format 4's add v4-from-v3.json (outside North Jutland the anchoring names
 * neither T11 nor BRN); format 5's add v5-from-v4.json (Hovedstaden's employer is "Københavns
 * Kommune"). Changing the app's defaults later changes no link: a baseline never moves
 * (a test holds the digests), and a link of each format opens against its own.
 */
import * as v from 'valibot';
import { REGIONS, restoreWorkspace, type RegionName, type RestoreFailure, type Workspace } from '../model';
import { isoDate } from '../model/document-schema';
import v2 from './baselines/v2.json';
import v3FromV2 from './baselines/v3-from-v2.json';
import v4FromV3 from './baselines/v4-from-v3.json';
import v5FromV4 from './baselines/v5-from-v4.json';
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

/** The snapshot formats, oldest first (format 1 is legacy/v1.ts's); every one still opens. */
export const SNAPSHOT_FORMATS = [2, 3, 4, 5] as const;
export type SnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];
/** The newest format: its baselines are today's defaults. */
export const SNAPSHOT_FORMAT: SnapshotFormat = SNAPSHOT_FORMATS.at(-1)!;
const region = (table: unknown, r: RegionName): unknown => (table as Record<string, unknown>)[r];
/** Each format's baseline from the one before it (null or absent: the region's is unchanged). */
const CHANGES: Readonly<Record<Exclude<SnapshotFormat, 2>, unknown>> = { 3: v3FromV2, 4: v4FromV3, 5: v5FromV4 };
const baselines = new Map<string, unknown>();
function baselineOf(format: SnapshotFormat, r: RegionName): unknown {
  if (format === 2) return region(v2, r);
  const key = `${format} ${r}`;
  if (!baselines.has(key)) baselines.set(key, applyPatch(baselineOf((format - 1) as SnapshotFormat, r), region(CHANGES[format], r) ?? undefined));
  return baselines.get(key);
}

/**
 * The format a region's link is written in: the oldest whose baseline is the newest's, so an app
 * not yet updated (an update waits for the user) opens it, as long as the region's defaults have
 * not changed since. Never below 3: format 2's first apps dropped a link's decision (c).
 */
export function writtenFormat(r: RegionName): SnapshotFormat {
  let format: SnapshotFormat = SNAPSHOT_FORMAT;
  while (format > 3 && region(CHANGES[format as Exclude<SnapshotFormat, 2>], r) == null) format = (format - 1) as SnapshotFormat;
  return format;
}

/** The snapshot of a workspace, or of some of its scenarios. The workspace id does not travel. */
export function toSnapshot(ws: Workspace, scenarioIds?: readonly string[], today = new Date().toISOString().slice(0, 10)): Snapshot {
  const scenarios = scenarioIds ? ws.scenarios.filter((s) => scenarioIds.includes(s.id)) : ws.scenarios;
  const baselineScenarioId = scenarios.some((s) => s.id === ws.baselineScenarioId) ? ws.baselineScenarioId : (scenarios[0]?.id ?? null);
  const { id: _id, ...rest } = { ...ws, scenarios, baselineScenarioId };
  const p = diff(baselineOf(SNAPSHOT_FORMAT, ws.region), rest);
  return p === undefined ? { r: ws.region, d: today } : { r: ws.region, d: today, p };
}

export type SnapshotResult = { readonly ok: true; readonly workspace: Workspace; readonly repairs: readonly string[] } | { readonly ok: false; readonly reason: RestoreFailure };

/** The workspace a snapshot describes, through the one restore every document passes. */
export function fromSnapshot(snap: Snapshot, workspaceId: string, format: SnapshotFormat = SNAPSHOT_FORMAT): SnapshotResult {
  const raw = applyPatch(baselineOf(format, snap.r), snap.p);
  const restored = restoreWorkspace({ ...(raw as object), id: workspaceId });
  return restored;
}

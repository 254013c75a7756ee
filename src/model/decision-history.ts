/**
 * Which decision is the latest and which superseded which: plain reading of records, apart
 * from decisions.ts (which validates and records them) so the screen can show the latest
 * decision without loading the document schemas.
 */
import type { DecisionRecord } from './decisions';

/** The latest decision of a list (by when it was recorded), or null. */
export const latestDecision = (records: readonly DecisionRecord[]): DecisionRecord | null =>
  records.reduce<DecisionRecord | null>((latest, r) => (!latest || r.recordedAt > latest.recordedAt ? r : latest), null);

/** The record that superseded each record, by id. */
export function supersededBy(records: readonly DecisionRecord[]): Map<string, DecisionRecord> {
  const map = new Map<string, DecisionRecord>();
  for (const r of records) if (r.supersedes) map.set(r.supersedes, r);
  return map;
}

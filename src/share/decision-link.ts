/**
 * A decision carried by a share link: the record's words and figures in a few short keys, its
 * snapshot being the link's workspace itself. Read back through the model's one door for
 * decisions, like a stored record; a link whose decision does not restore is refused.
 */
import * as v from 'valibot';
import { restoreDecision, DECISION_VERSION, type DecisionRecord, type Workspace } from '../model';

export const decisionLinkSchema = v.object({
  i: v.string(),
  n: v.string(),
  b: v.string(),
  m: v.string(),
  w: v.string(),
  p: v.string(),
  t: v.string(),
  f: v.object({ year: v.number(), totalCost: v.number(), supplement: v.number(), perInhabitant: v.number(), horizonSupplement: v.number() }),
});
export type DecisionLink = v.InferOutput<typeof decisionLinkSchema>;

export const toDecisionLink = (d: DecisionRecord): DecisionLink => ({ i: d.scenarioId, n: d.scenarioName, b: d.body, m: d.meetingDate, w: d.rationale, p: d.proposedBy, t: d.recordedAt, f: d.figures });

/** The record a link carries, over the workspace the link opened; null when it does not restore. */
export function fromDecisionLink(raw: unknown, snapshot: Workspace): DecisionRecord | null {
  const parsed = v.safeParse(decisionLinkSchema, raw);
  if (!parsed.success) return null;
  const c = parsed.output;
  const restored = restoreDecision({
    version: DECISION_VERSION,
    id: 'shared-decision',
    workspaceId: snapshot.id,
    scenarioId: c.i,
    scenarioName: c.n,
    body: c.b,
    meetingDate: c.m,
    rationale: c.w,
    proposedBy: c.p,
    recordedAt: c.t,
    supersedes: null,
    figures: c.f,
    snapshot,
  });
  return restored.ok ? restored.record : null;
}

/**
 * The transparent score of an anchoring model: a weighted mean of the users' 1–5 scores.
 * The approval-path score follows the actual path: once every city council must approve a
 * grant, the model's one-board advantage is gone and it scores 1 like the others.
 */
import type { ApprovalPath, CriteriaScore } from './results';
import type { AnchoringModel, Criterion } from './types';

export function scoreScenario(
  criteria: readonly Criterion[],
  anchoring: AnchoringModel,
  approval: ApprovalPath,
): CriteriaScore {
  const parts = criteria.map((c) => ({
    id: c.id,
    weight: c.weight,
    score: c.id === 'approvalPath' && approval.count > 1 ? 1 : anchoring.scores[c.id],
  }));
  const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
  const score = totalWeight > 0 ? parts.reduce((s, p) => s + p.score * p.weight, 0) / totalWeight : 0;
  return { score, parts };
}

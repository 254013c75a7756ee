/**
 * The transparent score of a scenario's anchoring: a weighted mean of 1–5 scores. Each part of
 * the anchoring (political, employer, host) scores the criteria it speaks to, and a criterion
 * scored by several parts takes their mean. Two criteria are computed, not assessed:
 * - the approval path: 5 for one body, one less per further body, 2 once every city council
 *   must approve (the burden counts, but does not outweigh everything else);
 * - robustness: 1 when the secretariat rests on one person (T11: scenario 1 is too vulnerable),
 *   otherwise the employer's score.
 */
import type { ApprovalPath, CriteriaScore, ScorePart } from './results';
import type { Criterion, CriterionId, CriterionScores } from './types';

export interface AnchoringParts {
  readonly political: CriterionScores;
  readonly employer: CriterionScores;
  readonly host: CriterionScores;
}

export function approvalScore(path: ApprovalPath): number {
  if (path.steps.some((s) => s.body === 'cityCouncils')) return 2;
  return path.count === 0 ? 5 : Math.max(3, 6 - path.count);
}

function assessed(id: CriterionId, parts: AnchoringParts): { score: number; from: ScorePart[] } | null {
  const from: ScorePart[] = [];
  let total = 0;
  for (const part of ['political', 'employer', 'host'] as const) {
    const score = parts[part][id];
    if (score === undefined) continue;
    from.push(part);
    total += score;
  }
  return from.length ? { score: total / from.length, from } : null;
}

export function scoreAnchoring(criteria: readonly Criterion[], parts: AnchoringParts, approval: ApprovalPath, vulnerable: boolean): CriteriaScore {
  const scored: { id: CriterionId; score: number; weight: number; from: ScorePart[] }[] = [];
  for (const c of criteria) {
    if (c.id === 'approvalPath') scored.push({ id: c.id, weight: c.weight, score: approvalScore(approval), from: ['computed'] });
    else if (c.id === 'robustness' && vulnerable) scored.push({ id: c.id, weight: c.weight, score: 1, from: ['computed'] });
    else {
      const a = assessed(c.id, parts);
      if (a) scored.push({ id: c.id, weight: c.weight, ...a });
    }
  }
  const totalWeight = scored.reduce((s, p) => s + p.weight, 0);
  // Every weight 0: no score. It read 0,00, off the 1–5 scale, without a word (a fresh-eyes walk).
  const score = totalWeight > 0 ? scored.reduce((s, p) => s + p.score * p.weight, 0) / totalWeight : null;
  return { score, parts: scored };
}

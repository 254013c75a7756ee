/**
 * Rules a workspace must keep before it is computed. A broken rule names the field, so the
 * user sees "population of Læsø must not be negative", never a NaN on screen.
 */
import { isFiniteEstimate, isOrdered, type Estimate } from './estimate';
import type { Workspace } from './types';

export type ValidationCode =
  | 'notFinite'
  | 'negative'
  | 'unordered'
  | 'outOfRange'
  | 'unknownTask'
  | 'unknownAnchoringModel'
  | 'unknownLocation'
  | 'noMunicipalities'
  | 'duplicate';

export interface ValidationIssue {
  /** A path into the workspace, e.g. `municipalities[3].population` or `scenarios[level-2].startMonth`. */
  readonly field: string;
  readonly code: ValidationCode;
}

export class ModelValidationError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`Invalid workspace: ${issues.map((i) => `${i.field} (${i.code})`).join(', ')}`);
    this.name = 'ModelValidationError';
  }
}

function checkNumber(issues: ValidationIssue[], field: string, value: number, min = 0, max = Infinity): void {
  if (!Number.isFinite(value)) issues.push({ field, code: 'notFinite' });
  else if (value < 0 && min >= 0) issues.push({ field, code: 'negative' });
  else if (value < min || value > max) issues.push({ field, code: 'outOfRange' });
}

function checkEstimate(issues: ValidationIssue[], field: string, e: Estimate): void {
  if (!isFiniteEstimate(e)) issues.push({ field, code: 'notFinite' });
  else if (e.low < 0) issues.push({ field, code: 'negative' });
  else if (!isOrdered(e)) issues.push({ field, code: 'unordered' });
}

export function validateWorkspace(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (ws.municipalities.length === 0) issues.push({ field: 'municipalities', code: 'noMunicipalities' });
  const codes = new Set<string>();
  ws.municipalities.forEach((m, i) => {
    checkNumber(issues, `municipalities[${m.code || i}].population`, m.population);
    if (codes.has(m.code)) issues.push({ field: `municipalities[${m.code}].code`, code: 'duplicate' });
    codes.add(m.code);
  });
  const taskIds = new Set(ws.tasks.map((t) => t.id));
  for (const t of ws.tasks) {
    checkEstimate(issues, `tasks[${t.id}].fte`, t.fte);
    checkEstimate(issues, `tasks[${t.id}].activityCost`, t.activityCost);
  }
  for (const m of ws.anchoringModels) {
    checkEstimate(issues, `anchoringModels[${m.id}].adminOverhead`, m.adminOverhead);
    for (const [criterion, score] of Object.entries(m.scores))
      checkNumber(issues, `anchoringModels[${m.id}].scores.${criterion}`, score, 1, 5);
  }
  for (const l of ws.locations) {
    checkEstimate(issues, `locations[${l.id}].costPerFte`, l.costPerFte);
    checkEstimate(issues, `locations[${l.id}].fixedCost`, l.fixedCost);
  }
  for (const c of ws.criteria) checkNumber(issues, `criteria[${c.id}].weight`, c.weight, 0, 100);
  const a = ws.assumptions;
  checkEstimate(issues, 'assumptions.costPerFte', a.costPerFte);
  checkEstimate(issues, 'assumptions.fixedOperatingCost', a.fixedOperatingCost);
  checkNumber(issues, 'assumptions.openingReserve', a.openingReserve);
  checkNumber(issues, 'assumptions.vulnerableBelowFte', a.vulnerableBelowFte);

  const modelIds = new Set(ws.anchoringModels.map((m) => m.id));
  const locationIds = new Set(ws.locations.map((l) => l.id));
  for (const s of ws.scenarios) {
    const at = `scenarios[${s.id}]`;
    if (!modelIds.has(s.anchoring)) issues.push({ field: `${at}.anchoring`, code: 'unknownAnchoringModel' });
    if (!locationIds.has(s.location)) issues.push({ field: `${at}.location`, code: 'unknownLocation' });
    for (const id of Object.keys(s.taskSwitches))
      if (!taskIds.has(id)) issues.push({ field: `${at}.taskSwitches.${id}`, code: 'unknownTask' });
    if (s.staffingFte) checkEstimate(issues, `${at}.staffingFte`, s.staffingFte);
    if (s.costPerFte) checkEstimate(issues, `${at}.costPerFte`, s.costPerFte);
    checkEstimate(issues, `${at}.funding.baseGrant`, s.funding.baseGrant);
    checkEstimate(issues, `${at}.funding.region`, s.funding.region);
    checkEstimate(issues, `${at}.funding.external`, s.funding.external);
    s.funding.reserveDrawdown.forEach((d, i) => checkNumber(issues, `${at}.funding.reserveDrawdown[${i}]`, d));
    checkNumber(issues, `${at}.startMonth`, s.startMonth, 1, 12);
    checkNumber(issues, `${at}.years`, s.years, 1, 30);
    checkNumber(issues, `${at}.startYear`, s.startYear, 2000, 2100);
    if (s.allocation.kind === 'mixed') checkNumber(issues, `${at}.allocation.equalPercent`, s.allocation.equalPercent, 0, 100);
    if (s.allocation.kind === 'custom')
      for (const [code, w] of Object.entries(s.allocation.weights)) checkNumber(issues, `${at}.allocation.weights.${code}`, w);
  }
  return issues;
}

export function assertValidWorkspace(ws: Workspace): void {
  const issues = validateWorkspace(ws);
  if (issues.length > 0) throw new ModelValidationError(issues);
}

/**
 * Rules a workspace must keep before it is computed: every number within the domain's limits,
 * every reference resolving. A broken rule names the field ("municipalities[825].population"),
 * so the user sees what to fix, never a NaN or a frozen screen.
 */
import { compareYearMonth, monthsBetween } from './calendar';
import { isFiniteEstimate, isOrdered, type Estimate } from './estimate';
import { LIMITS } from './limits';
import type { Workspace, YearMonth } from './types';

export type ValidationCode = 'notFinite' | 'notWhole' | 'negative' | 'unordered' | 'outOfRange' | 'unknownReference' | 'empty' | 'duplicate' | 'tooMany' | 'tooLong';

export interface ValidationIssue {
  /** A path into the workspace, e.g. `municipalities[825].population` or `scenarios[level-2].start`. */
  readonly field: string;
  readonly code: ValidationCode;
}

export class ModelValidationError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`Invalid workspace: ${issues.map((i) => `${i.field} (${i.code})`).join(', ')}`);
    this.name = 'ModelValidationError';
  }
}

type Issues = ValidationIssue[];

function checkNumber(issues: Issues, field: string, value: number, min: number, max: number, whole = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ field, code: 'notFinite' });
  else if (whole && !Number.isInteger(value)) issues.push({ field, code: 'notWhole' });
  else if (value < 0 && min >= 0) issues.push({ field, code: 'negative' });
  else if (value < min || value > max) issues.push({ field, code: 'outOfRange' });
}

function checkEstimate(issues: Issues, field: string, e: Estimate, max: number): void {
  if (!e || typeof e !== 'object' || !isFiniteEstimate(e)) return void issues.push({ field, code: 'notFinite' });
  if (![e.low, e.central, e.high].every(Number.isInteger)) return void issues.push({ field, code: 'notWhole' });
  if (e.low < 0) return void issues.push({ field, code: 'negative' });
  if (e.high > max) return void issues.push({ field, code: 'outOfRange' });
  if (!isOrdered(e)) issues.push({ field, code: 'unordered' });
}

function checkMonth(issues: Issues, field: string, ym: YearMonth): void {
  checkNumber(issues, `${field}.year`, ym?.year, LIMITS.firstYear, LIMITS.lastYear, true);
  checkNumber(issues, `${field}.month`, ym?.month, 1, 12, true);
}

function checkCount(issues: Issues, field: string, items: readonly unknown[], max: number, min = 0): void {
  if (items.length > max) issues.push({ field, code: 'tooMany' });
  else if (items.length < min) issues.push({ field, code: 'empty' });
}

function checkIds(issues: Issues, field: string, items: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) issues.push({ field: `${field}[${item.id}]`, code: 'duplicate' });
    ids.add(item.id);
  }
  return ids;
}

const checkScores = (issues: Issues, field: string, scores: Readonly<Record<string, number | undefined>>) => {
  for (const [id, score] of Object.entries(scores)) if (score !== undefined) checkNumber(issues, `${field}.scores.${id}`, score, LIMITS.score.min, LIMITS.score.max);
};

export function validateWorkspace(ws: Workspace): ValidationIssue[] {
  const issues: Issues = [];
  if (ws.name.length > LIMITS.workspaceName) issues.push({ field: 'name', code: 'tooLong' });
  checkCount(issues, 'municipalities', ws.municipalities, LIMITS.municipalities, 1);
  const codes = new Set<string>();
  for (const m of ws.municipalities) {
    checkNumber(issues, `municipalities[${m.code}].population`, m.population, 0, LIMITS.population, true);
    if (codes.has(m.code)) issues.push({ field: `municipalities[${m.code}]`, code: 'duplicate' });
    codes.add(m.code);
  }
  checkCount(issues, 'catalogue', ws.catalogue, LIMITS.catalogueTasks);
  const taskIds = checkIds(issues, 'catalogue', ws.catalogue);
  for (const t of ws.catalogue) {
    checkEstimate(issues, `catalogue[${t.id}].effort`, t.effort, LIMITS.effort);
    checkEstimate(issues, `catalogue[${t.id}].activity`, t.activity, LIMITS.kroner);
    if (t.firstYear !== null) checkNumber(issues, `catalogue[${t.id}].firstYear`, t.firstYear, LIMITS.firstYear, LIMITS.lastYear, true);
  }
  for (const [list, field] of [[ws.political, 'political'], [ws.employers, 'employers'], [ws.hosts, 'hosts'], [ws.presets, 'presets']] as const) {
    checkCount(issues, field, list, LIMITS.parts, field === 'presets' ? 0 : 1);
    checkIds(issues, field, list);
  }
  for (const p of ws.political) checkScores(issues, `political[${p.id}]`, p.scores);
  for (const e of ws.employers) {
    checkEstimate(issues, `employers[${e.id}].adminCost`, e.adminCost, LIMITS.kroner);
    checkScores(issues, `employers[${e.id}]`, e.scores);
  }
  for (const h of ws.hosts) {
    checkEstimate(issues, `hosts[${h.id}].costPerFte`, h.costPerFte, LIMITS.kroner);
    checkEstimate(issues, `hosts[${h.id}].fixedCost`, h.fixedCost, LIMITS.kroner);
    checkScores(issues, `hosts[${h.id}]`, h.scores);
  }
  const politicalIds = new Set(ws.political.map((p) => p.id));
  const employerIds = new Set(ws.employers.map((e) => e.id));
  const hostIds = new Set(ws.hosts.map((h) => h.id));
  checkCount(issues, 'funders', ws.funders, LIMITS.funders);
  const funderIds = checkIds(issues, 'funders', ws.funders);
  for (const f of ws.funders) {
    checkEstimate(issues, `funders[${f.id}].amount`, f.amount, f.unit === 'fte' ? LIMITS.effort : LIMITS.kroner);
    if (f.from) checkMonth(issues, `funders[${f.id}].from`, f.from);
    if (f.to) checkMonth(issues, `funders[${f.id}].to`, f.to);
    if (f.from && f.to && compareYearMonth(f.to, f.from) < 0) issues.push({ field: `funders[${f.id}].to`, code: 'unordered' });
    if (f.approvedAmount !== null) checkNumber(issues, `funders[${f.id}].approvedAmount`, f.approvedAmount, 0, LIMITS.kroner, true);
  }
  for (const c of ws.criteria) checkNumber(issues, `criteria[${c.id}].weight`, c.weight, 0, 100);
  const a = ws.assumptions;
  checkEstimate(issues, 'assumptions.costPerFte', a.costPerFte, LIMITS.kroner);
  checkNumber(issues, 'assumptions.openingReserve', a.openingReserve, 0, LIMITS.kroner, true);
  checkNumber(issues, 'assumptions.vulnerableBelow', a.vulnerableBelow, 0, LIMITS.effort, true);
  checkNumber(issues, 'assumptions.wageIndexation', a.wageIndexation, -LIMITS.indexation, LIMITS.indexation);
  checkNumber(issues, 'assumptions.priceIndexation', a.priceIndexation, -LIMITS.indexation, LIMITS.indexation);
  checkNumber(issues, 'assumptions.priceYear', a.priceYear, LIMITS.firstYear, LIMITS.lastYear, true);

  checkCount(issues, 'scenarios', ws.scenarios, LIMITS.scenarios, 1);
  checkIds(issues, 'scenarios', ws.scenarios);
  for (const s of ws.scenarios) {
    const at = `scenarios[${s.id}]`;
    if (s.name.length > LIMITS.scenarioName) issues.push({ field: `${at}.name`, code: 'tooLong' });
    if (!politicalIds.has(s.anchoring.political)) issues.push({ field: `${at}.anchoring.political`, code: 'unknownReference' });
    if (!employerIds.has(s.anchoring.employer)) issues.push({ field: `${at}.anchoring.employer`, code: 'unknownReference' });
    if (!hostIds.has(s.anchoring.host)) issues.push({ field: `${at}.anchoring.host`, code: 'unknownReference' });
    for (const [id, o] of Object.entries(s.tasks)) {
      if (!taskIds.has(id)) issues.push({ field: `${at}.tasks.${id}`, code: 'unknownReference' });
      if (o.effort) checkEstimate(issues, `${at}.tasks.${id}.effort`, o.effort, LIMITS.effort);
      if (o.activity) checkEstimate(issues, `${at}.tasks.${id}.activity`, o.activity, LIMITS.kroner);
    }
    checkCount(issues, `${at}.customTasks`, s.customTasks, LIMITS.customTasks);
    for (const t of s.customTasks) {
      checkEstimate(issues, `${at}.customTasks[${t.id}].effort`, t.effort, LIMITS.effort);
      checkEstimate(issues, `${at}.customTasks[${t.id}].activity`, t.activity, LIMITS.kroner);
    }
    if (s.staffing) checkEstimate(issues, `${at}.staffing`, s.staffing, LIMITS.effort);
    if (s.costPerFte) checkEstimate(issues, `${at}.costPerFte`, s.costPerFte, LIMITS.kroner);
    for (const [id, amount] of Object.entries(s.funding)) {
      const funder = ws.funders.find((f) => f.id === id);
      if (!funderIds.has(id)) issues.push({ field: `${at}.funding.${id}`, code: 'unknownReference' });
      else checkEstimate(issues, `${at}.funding.${id}`, amount, funder?.unit === 'fte' ? LIMITS.effort : LIMITS.kroner);
    }
    for (const [year, amount] of Object.entries(s.reserveDrawdown)) checkNumber(issues, `${at}.reserveDrawdown.${year}`, amount, 0, LIMITS.kroner, true);
    checkMonth(issues, `${at}.start`, s.start);
    checkMonth(issues, `${at}.end`, s.end);
    if (compareYearMonth(s.end, s.start) < 0) issues.push({ field: `${at}.end`, code: 'unordered' });
    else if (monthsBetween(s.start, s.end) > LIMITS.years * 12) issues.push({ field: `${at}.end`, code: 'outOfRange' });
    if (s.allocation.kind === 'mixed') checkNumber(issues, `${at}.allocation.equalPercent`, s.allocation.equalPercent, 0, LIMITS.percent);
    if (s.allocation.kind === 'custom')
      for (const [code, w] of Object.entries(s.allocation.weights)) checkNumber(issues, `${at}.allocation.weights.${code}`, w, 0, LIMITS.weight);
  }
  return issues;
}

export function assertValidWorkspace(ws: Workspace): void {
  const issues = validateWorkspace(ws);
  if (issues.length > 0) throw new ModelValidationError(issues);
}

/**
 * Per scenario and calendar year: cost by component, funding by funder, the reserve actually
 * drawn, the municipal supplement that closes the gap, each municipality's bill, and over the
 * whole period the approval path, the anchoring score and the flags.
 *
 * Every amount is whole kroner: a cost component is rounded once, where it is formed, so every
 * total is an exact sum of what is shown.
 */
import { allocationWeights, createAllocator } from './allocation';
import { approvalPath } from './approval';
import { monthsIn, yearsOf } from './calendar';
import { scoreAnchoring } from './criteria';
import { costPerFteOf } from './cost-per-fte';
import { clampAtZero, inFte, point, roundedProduct, subtract, sum, ZERO, type Estimate } from './estimate';
import { activeIn, portfolio, totalActivity, totalEffort } from './portfolio';
import { surplusYears } from './surplus';
import type { CostBreakdown, FlagId, FundingBreakdown, FundingLine, ScenarioResult, WorkspaceResult, YearResult } from './results';
import type { Employer, Funder, FunderKind, Host, PoliticalOption, Scenario, Workspace } from './types';
import { assertValidWorkspace } from './validate';
import { differencesFrom } from './differences';
import { reserveShortfall } from './reserve';

/** The factor a yearly rate compounds to between the price year and `year`. */
export const indexFactor = (percent: number, year: number, priceYear: number): number => (1 + percent / 100) ** (year - priceYear);

function lookup<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`Unknown ${what}: ${id}`);
  return found;
}

export interface ScenarioContext {
  readonly political: PoliticalOption;
  readonly employer: Employer;
  readonly host: Host;
}

export function scenarioContext(ws: Workspace, s: Scenario): ScenarioContext {
  return {
    political: lookup(ws.political, s.anchoring.political, 'political anchoring'),
    employer: lookup(ws.employers, s.anchoring.employer, 'employer'),
    host: lookup(ws.hosts, s.anchoring.host, 'host'),
  };
}

function yearFunding(ws: Workspace, s: Scenario, year: number, costPerFte: Estimate, wage: number): FundingLine[] {
  return ws.funders.map((f: Funder) => {
    const amount = s.funding[f.id] ?? f.amount;
    const share = monthsIn(year, { from: s.start, to: s.end }, f) / 12;
    // A funder paying an FTE pays it at this year's cost; a kroner amount is nominal.
    const value = f.unit === 'fte' ? roundedProduct([inFte(amount), costPerFte], [wage, share]) : roundedProduct([amount], [share]);
    return { funderId: f.id, amount: value };
  });
}

export function computeScenario(ws: Workspace, s: Scenario, totalPopulation: number): ScenarioResult {
  const { political, employer, host } = scenarioContext(ws, s);
  const a = ws.assumptions;
  const tasks = portfolio(ws.catalogue, s);
  const costPerFte = costPerFteOf(ws, s);
  const weights = allocationWeights(s.allocation, ws.municipalities);
  const allocate = createAllocator(weights, ws.municipalities);
  const perInhabitant = (e: Estimate): Estimate => (totalPopulation > 0 ? { low: e.low / totalPopulation, central: e.central / totalPopulation, high: e.high / totalPopulation } : ZERO);

  let balance = a.openingReserve;
  const maxByKind: Partial<Record<FunderKind, number>> = {};
  let aboveApproved = false;
  const years: YearResult[] = yearsOf(s.start, s.end).map((year) => {
    const months = monthsIn(year, { from: s.start, to: s.end });
    const share = months / 12;
    const wage = indexFactor(a.wageIndexation, year, a.priceYear);
    const price = indexFactor(a.priceIndexation, year, a.priceYear);
    const active = activeIn(tasks, year);
    const fte = s.staffing ?? totalEffort(active);
    // Each component is rounded once, multiplied in the order the workbook's formulas use
    // (explain.ts builds the same terms): FTE × kroner × index × share of the year.
    const staff = roundedProduct([inFte(fte), costPerFte], [wage, share]);
    const activities = roundedProduct([totalActivity(active)], [price, share]);
    const administration = roundedProduct([employer.adminCost], [price, share]);
    const hostCost = sum([roundedProduct([inFte(fte), host.costPerFte], [price, share]), roundedProduct([host.fixedCost], [price, share])]);
    const cost: CostBreakdown = { staff, activities, administration, host: hostCost, total: sum([staff, activities, administration, hostCost]) };

    const funders = yearFunding(ws, s, year, costPerFte, wage);
    funders.forEach((line, i) => {
      const f = ws.funders[i]!;
      if (line.amount.central <= 0) return;
      maxByKind[f.kind] = Math.max(maxByKind[f.kind] ?? 0, line.amount.central);
      if (f.approvedAmount !== null && (s.funding[f.id] ?? f.amount).central > f.approvedAmount) aboveApproved = true;
    });
    const others = sum(funders.map((l) => l.amount));
    // The reserve covers what the year still needs, up to the planned amount and the balance:
    // drawing more would only create a surplus that nobody gets back.
    const planned = s.reserveDrawdown[String(year)] ?? 0;
    const drawn = Math.max(0, Math.min(planned, balance, cost.total.central - others.central));
    balance -= drawn;
    const reserve = point(drawn);
    const funding: FundingBreakdown = { funders, reserve, total: sum([others, reserve]) };
    const gap = subtract(cost.total, funding.total);
    const supplement = clampAtZero(gap);
    const municipalAmounts = allocate(supplement.central);
    return {
      year,
      months,
      fte,
      costPerFte: roundedProduct([costPerFte], [wage]),
      cost,
      funding,
      supplement,
      supplementPerInhabitant: perInhabitant(supplement),
      surplus: { low: Math.max(0, -gap.high), central: Math.max(0, -gap.central), high: Math.max(0, -gap.low) },
      reservePlanned: planned,
      reserveBalanceEnd: balance,
      municipalAmounts,
      municipalPerInhabitant: municipalAmounts.map((amount, i) => {
        const population = ws.municipalities[i]?.population ?? 0;
        return population > 0 ? amount / population : 0;
      }),
    };
  });

  const typicalIndex = Math.max(0, years.findIndex((y) => y.months === 12));
  const typical = years[typicalIndex];
  if (!typical) throw new Error('A scenario needs at least one month');
  const horizon = sumYears(years, ws.municipalities.map((m) => m.population), totalPopulation);
  const money = { byKind: maxByKind, aboveApproved, employerKind: employer.kind, councils: ws.municipalities.length };
  const approval = approvalPath({ ...money, anySupplement: years.some((y) => y.supplement.central > 0) });
  const ifHigh = approvalPath({ ...money, anySupplement: years.some((y) => y.supplement.high > 0) });
  const vulnerable = typical.fte.central < a.vulnerableBelow;
  const flags: FlagId[] = [];
  if (vulnerable) flags.push('singleEmployeeVulnerable');
  if (reserveShortfall(years, a.openingReserve)) flags.push('reserveExhausted');
  if (surplusYears(years).length > 0) flags.push('fundingSurplus');
  if (employer.site !== host.site) flags.push('managementSeparatedFromLocation');
  if (political.id === 'newBody') flags.push('newPoliticalBody');

  return {
    scenarioId: s.id,
    activeTaskIds: activeIn(tasks, typical.year).map((t) => t.id),
    years,
    typicalIndex,
    horizon,
    approval,
    ...(ifHigh.count > approval.count && { approvalIfHigh: ifHigh }),
    criteria: scoreAnchoring(ws.criteria, { political: political.scores, employer: employer.scores, host: host.scores }, approval, vulnerable),
    flags,
    allocationShares: weights,
  };
}

/** The whole period as one "year": every amount summed, each municipality's bill summed. */
function sumYears(years: readonly YearResult[], populations: readonly number[], totalPopulation: number): YearResult {
  const add = (pick: (y: YearResult) => Estimate) => sum(years.map(pick));
  const funderIds = years[0]?.funding.funders.map((f) => f.funderId) ?? [];
  const supplement = add((y) => y.supplement);
  const municipalAmounts = populations.map((_, i) => years.reduce((s, y) => s + (y.municipalAmounts[i] ?? 0), 0));
  const last = years[years.length - 1];
  return {
    year: 0,
    months: years.reduce((s, y) => s + y.months, 0),
    fte: years[0]?.fte ?? ZERO,
    // The last year's: how far the wage index has taken it by the period's end.
    costPerFte: last?.costPerFte ?? ZERO,
    cost: {
      staff: add((y) => y.cost.staff),
      activities: add((y) => y.cost.activities),
      administration: add((y) => y.cost.administration),
      host: add((y) => y.cost.host),
      total: add((y) => y.cost.total),
    },
    funding: {
      funders: funderIds.map((id) => ({ funderId: id, amount: sum(years.map((y) => y.funding.funders.find((f) => f.funderId === id)?.amount ?? ZERO)) })),
      reserve: add((y) => y.funding.reserve),
      total: add((y) => y.funding.total),
    },
    supplement,
    supplementPerInhabitant: totalPopulation > 0 ? { low: supplement.low / totalPopulation, central: supplement.central / totalPopulation, high: supplement.high / totalPopulation } : ZERO,
    surplus: add((y) => y.surplus),
    reservePlanned: years.reduce((s, y) => s + y.reservePlanned, 0),
    reserveBalanceEnd: last?.reserveBalanceEnd ?? 0,
    municipalAmounts,
    municipalPerInhabitant: municipalAmounts.map((amount, i) => ((populations[i] ?? 0) > 0 ? amount / populations[i]! : 0)),
  };
}

/**
 * A compute that remembers: a scenario whose object and shared inputs are unchanged keeps its
 * result, so an edit to one scenario recomputes that scenario only. Immutable edits keep the
 * objects they do not touch, which is what makes identity a safe key.
 */
export function createWorkspaceComputer() {
  let shared: unknown[] = [];
  let results = new WeakMap<Scenario, ScenarioResult>();
  let differences = new WeakMap<ScenarioResult, { baseline: ScenarioResult | undefined; value: WorkspaceResult['differences'][string] }>();
  const sharedParts = (ws: Workspace): unknown[] => [ws.municipalities, ws.catalogue, ws.political, ws.employers, ws.hosts, ws.funders, ws.criteria, ws.assumptions];

  /** withDifferences false: no differences from the baseline (the screen does not show them). */
  return (ws: Workspace, revision = 0, withDifferences = true): WorkspaceResult => {
    assertValidWorkspace(ws);
    const parts = sharedParts(ws);
    if (parts.some((p, i) => p !== shared[i])) {
      shared = parts;
      results = new WeakMap();
      differences = new WeakMap();
    }
    const totalPopulation = ws.municipalities.reduce((s, m) => s + m.population, 0);
    const scenarios = ws.scenarios.map((s) => {
      let r = results.get(s);
      if (!r) {
        r = computeScenario(ws, s, totalPopulation);
        results.set(s, r);
      }
      return r;
    });
    const baseline = scenarios.find((r) => r.scenarioId === ws.baselineScenarioId);
    const byScenario: Record<string, WorkspaceResult['differences'][string]> = {};
    for (const r of scenarios) {
      if (r === baseline || !baseline || !withDifferences) continue;
      let d = differences.get(r);
      if (!d || d.baseline !== baseline) {
        d = { baseline, value: differencesFrom(r, baseline) };
        differences.set(r, d);
      }
      byScenario[r.scenarioId] = d.value;
    }
    return {
      workspaceId: ws.id,
      revision,
      totalPopulation,
      populationShares: allocationWeights({ kind: 'population' }, ws.municipalities),
      scenarios,
      differences: byScenario,
    };
  };
}

/** One full compute, without memory: tests, goal seek and the exports' checks. */
export const computeWorkspace = (ws: Workspace, revision = 0): WorkspaceResult => createWorkspaceComputer()(ws, revision);

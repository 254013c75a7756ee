/**
 * Per scenario and year: cost by component, funding by source, the municipal supplement that
 * closes the gap, each municipality's bill, the reserve balance, approval path, score and flags.
 */
import { allocationWeights, createAllocator } from './allocation';
import { scoreScenario } from './criteria';
import {
  add,
  clampAtZero,
  multiply,
  point,
  scale,
  subtract,
  sum,
  ZERO,
  type Estimate,
} from './estimate';
import { activeTasks } from './portfolio';
import type {
  ApprovalPath,
  CostBreakdown,
  FlagId,
  FundingBreakdown,
  ScenarioResult,
  WorkspaceResult,
  YearResult,
} from './results';
import type { AnchoringModel, HostLocation, Scenario, Workspace } from './types';
import { assertValidWorkspace } from './validate';

/** Share of a year the secretariat runs: the first year counts from the start month. */
export function yearFraction(scenario: Scenario, yearIndex: number): number {
  return yearIndex === 0 ? (13 - scenario.startMonth) / 12 : 1;
}

function lookup<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`Unknown ${what}: ${id}`);
  return found;
}

export function computeWorkspace(workspace: Workspace): WorkspaceResult {
  assertValidWorkspace(workspace);
  const totalPopulation = workspace.municipalities.reduce((s, m) => s + m.population, 0);
  const councils = workspace.municipalities.length;
  return {
    workspaceId: workspace.id,
    totalPopulation,
    populationShares: allocationWeights({ kind: 'population' }, workspace.municipalities),
    scenarios: workspace.scenarios.map((scenario) => computeScenario(workspace, scenario, totalPopulation)),
    anchoringScores: workspace.anchoringModels.map((model) => ({
      id: model.id,
      withoutSupplement: scoreScenario(workspace.criteria, model, approvalPath(model, false, councils)),
      withSupplement: scoreScenario(workspace.criteria, model, approvalPath(model, true, councils)),
    })),
  };
}

function yearlyCost(
  workspace: Workspace,
  scenario: Scenario,
  fte: Estimate,
  activities: Estimate,
  anchoring: AnchoringModel,
  location: HostLocation,
): CostBreakdown {
  const staff = multiply(fte, scenario.costPerFte ?? workspace.assumptions.costPerFte);
  const fixed = workspace.assumptions.fixedOperatingCost;
  const anchoringCost = anchoring.adminOverhead;
  const locationCost = add(multiply(fte, location.costPerFte), location.fixedCost);
  return {
    staff,
    activities,
    fixed,
    anchoring: anchoringCost,
    location: locationCost,
    total: sum([staff, activities, fixed, anchoringCost, locationCost]),
  };
}

function scaleCost(cost: CostBreakdown, f: number): CostBreakdown {
  return {
    staff: scale(cost.staff, f),
    activities: scale(cost.activities, f),
    fixed: scale(cost.fixed, f),
    anchoring: scale(cost.anchoring, f),
    location: scale(cost.location, f),
    total: scale(cost.total, f),
  };
}

export function computeScenario(workspace: Workspace, scenario: Scenario, totalPopulation: number): ScenarioResult {
  const tasks = activeTasks(workspace.tasks, scenario);
  const anchoring = lookup(workspace.anchoringModels, scenario.anchoring, 'anchoring model');
  const location = lookup(workspace.locations, scenario.location, 'location');
  const fte = scenario.staffingFte ?? sum(tasks.map((t) => t.fte));
  const activities = sum(tasks.map((t) => t.activityCost));
  const fullYearCost = yearlyCost(workspace, scenario, fte, activities, anchoring, location);
  const weights = allocationWeights(scenario.allocation, workspace.municipalities);
  const allocate = createAllocator(weights, workspace.municipalities);

  let reserveBalance = workspace.assumptions.openingReserve;
  let reserveExhausted = false;
  const years: YearResult[] = [];
  for (let i = 0; i < scenario.years; i++) {
    const f = yearFraction(scenario, i);
    const cost = scaleCost(fullYearCost, f);
    const requested = scenario.funding.reserveDrawdown[i] ?? 0;
    const drawn = Math.min(requested, reserveBalance);
    if (requested > reserveBalance) reserveExhausted = true;
    reserveBalance -= drawn;
    const funding = yearlyFunding(scenario, f, drawn);
    const gap = subtract(cost.total, funding.total);
    const supplement = clampAtZero(gap);
    const central = allocate(supplement.central);
    years.push({
      year: scenario.startYear + i,
      yearFraction: f,
      cost,
      funding,
      supplement,
      supplementPerInhabitant: totalPopulation > 0 ? scale(supplement, 1 / totalPopulation) : ZERO,
      surplus: { low: Math.max(0, -gap.high), central: Math.max(0, -gap.central), high: Math.max(0, -gap.low) },
      reserveBalanceEnd: reserveBalance,
      municipalAmounts: {
        low: allocate(supplement.low),
        central,
        high: allocate(supplement.high),
      },
      municipalPerInhabitant: central.map((amount, m) => {
        const population = workspace.municipalities[m]?.population ?? 0;
        return population > 0 ? amount / population : 0;
      }),
    });
  }

  const typicalYear = years.find((y) => y.yearFraction === 1) ?? years[0];
  if (!typicalYear) throw new Error('A scenario needs at least one year');
  const anySupplement = years.some((y) => y.supplement.central > 0);
  const approval = approvalPath(anchoring, anySupplement, workspace.municipalities.length);

  const flags: FlagId[] = [];
  if (fte.central < workspace.assumptions.vulnerableBelowFte) flags.push('singleEmployeeVulnerable');
  if (reserveExhausted) flags.push('reserveExhausted');
  if (years.some((y) => y.surplus.central > 0)) flags.push('fundingSurplus');
  if (isManagementSeparated(anchoring, location)) flags.push('managementSeparatedFromLocation');

  return {
    scenarioId: scenario.id,
    anchoring: anchoring.id,
    activeTaskIds: tasks.map((t) => t.id),
    fte,
    years,
    typicalYear,
    horizonCost: sum(years.map((y) => y.cost.total)),
    horizonSupplement: sum(years.map((y) => y.supplement)),
    approval,
    criteria: scoreScenario(workspace.criteria, anchoring, approval),
    flags,
    allocationShares: weights,
  };
}

function yearlyFunding(scenario: Scenario, f: number, reserveDrawn: number): FundingBreakdown {
  const baseGrant = scale(scenario.funding.baseGrant, f);
  const region = scale(scenario.funding.region, f);
  const external = scale(scenario.funding.external, f);
  const reserve = point(reserveDrawn);
  return { baseGrant, region, reserve, external, total: sum([baseGrant, region, reserve, external]) };
}

/**
 * BRN can fund the secretariat within its own mandate; any municipal supplement, and any
 * other model's new operating grant, needs every city council (seed 001).
 */
export function approvalPath(anchoring: AnchoringModel, needsSupplement: boolean, councils: number): ApprovalPath {
  const bodies: { body: 'brnBoard' | 'cityCouncils'; count: number }[] = [];
  if (anchoring.fundedWithinBrnMandate) bodies.push({ body: 'brnBoard', count: 1 });
  if (!anchoring.fundedWithinBrnMandate || needsSupplement) bodies.push({ body: 'cityCouncils', count: councils });
  return { bodies, count: bodies.reduce((s, b) => s + b.count, 0) };
}

/** T11: personnel management and physical location must not be separated. */
function isManagementSeparated(anchoring: AnchoringModel, location: HostLocation): boolean {
  if (anchoring.managementSite === 'kl') return true;
  if (anchoring.managementSite === 'hostInKind') return location.id !== 'hostInKind';
  return false;
}

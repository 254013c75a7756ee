/**
 * The meeting's tables — comparison, municipalities, assumptions, task portfolios — as typed
 * cells, so Excel and CSV get real numbers with a format rather than text. Every figure comes
 * from the model's results; nothing is added up here.
 */
import { translate, type MessageKey } from '../i18n/i18n';
import { ASSUMPTION_SOURCES, isTaskActive, TASK_CATEGORIES, type Estimate, type Lang, type LocalText, type ScenarioResult, type Workspace, type WorkspaceResult } from '../model';

export type CellKind = 'kr' | 'perInhabitant' | 'fte' | 'percent' | 'score' | 'integer' | 'text';
export interface ReportCell {
  readonly value: number | string;
  readonly kind: CellKind;
}
export interface ReportTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

const text = (value: string): ReportCell => ({ value, kind: 'text' });
const num = (value: number, kind: CellKind): ReportCell => ({ value, kind });

export function reportTables(ws: Workspace, results: WorkspaceResult, lang: Lang): ReportTable[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const local = (l: LocalText) => l[lang];
  const byId = new Map(results.scenarios.map((r) => [r.scenarioId, r]));
  const scenarios = ws.scenarios.filter((s) => byId.has(s.id));
  const names = scenarios.map((s) => s.name);
  const res = (id: string) => byId.get(id)!;

  const row = (label: string, cell: (r: ScenarioResult) => ReportCell): ReportCell[] => [text(label), ...scenarios.map((s) => cell(res(s.id)))];
  const kr = (label: string, pick: (r: ScenarioResult) => Estimate) => row(label, (r) => num(pick(r).central, 'kr'));
  const flagKeys = { singleEmployeeVulnerable: 'flagSingleEmployeeVulnerable', reserveExhausted: 'flagReserveExhausted', fundingSurplus: 'flagFundingSurplus', managementSeparatedFromLocation: 'flagManagementSeparatedFromLocation' } as const;
  const from = Math.min(...scenarios.map((s) => s.startYear));
  const to = Math.max(...scenarios.map((s) => s.startYear + s.years - 1));

  const comparison: ReportTable = {
    name: t('tabGrid'),
    header: [t('anchoringAspect'), ...names],
    rows: [
      [text(t('rowLevel')), ...scenarios.map((s) => num(s.ambitionLevel, 'integer'))],
      [text(t('rowAnchoring')), ...scenarios.map((s) => text(local(ws.anchoringModels.find((m) => m.id === s.anchoring)!.name)))],
      [text(t('rowLocation')), ...scenarios.map((s) => text(local(ws.locations.find((l) => l.id === s.location)!.name)))],
      row(t('rowFte'), (r) => num(r.fte.central, 'fte')),
      kr(t('rowTotalCost'), (r) => r.typicalYear.cost.total),
      row(`${t('rowTotalCost')} – ${t('tornadoLow').toLowerCase()}`, (r) => num(r.typicalYear.cost.total.low, 'kr')),
      row(`${t('rowTotalCost')} – ${t('tornadoHigh').toLowerCase()}`, (r) => num(r.typicalYear.cost.total.high, 'kr')),
      kr(t('rowStaffCost'), (r) => r.typicalYear.cost.staff),
      kr(t('rowActivities'), (r) => r.typicalYear.cost.activities),
      kr(t('rowFixed'), (r) => r.typicalYear.cost.fixed),
      kr(t('rowAnchoringCost'), (r) => r.typicalYear.cost.anchoring),
      kr(t('rowLocationCost'), (r) => r.typicalYear.cost.location),
      kr(t('rowBaseGrant'), (r) => r.typicalYear.funding.baseGrant),
      kr(t('rowRegion'), (r) => r.typicalYear.funding.region),
      kr(t('rowExternal'), (r) => r.typicalYear.funding.external),
      kr(t('rowReserve', { year: '' }).replace('  ', ' '), (r) => r.typicalYear.funding.reserve),
      kr(t('rowSupplement'), (r) => r.typicalYear.supplement),
      row(t('rowPerInhabitant'), (r) => num(r.typicalYear.supplementPerInhabitant.central, 'perInhabitant')),
      kr(t('rowHorizonCost', { from, to }), (r) => r.horizonCost),
      kr(t('rowHorizonSupplement', { from, to }), (r) => r.horizonSupplement),
      row(t('rowApproval'), (r) => num(r.approval.count, 'integer')),
      row(t('rowScore'), (r) => num(r.criteria.score, 'score')),
      row(t('rowFlags'), (r) => text(r.flags.map((f) => t(flagKeys[f])).join('; ') || t('noFlags'))),
    ],
  };

  const municipalities: ReportTable = {
    name: t('tabMunicipalities'),
    header: [t('municipality'), t('populationAt', { date: ws.populationDate }), t('share'), ...names.flatMap((n) => [n, `${n} ${t('perInhabitant')}`])],
    rows: ws.municipalities.map((m, i) => [
      text(m.name),
      num(m.population, 'integer'),
      num(results.populationShares[i] ?? 0, 'percent'),
      ...scenarios.flatMap((s) => [num(res(s.id).typicalYear.municipalAmounts.central[i] ?? 0, 'kr'), num(res(s.id).typicalYear.municipalPerInhabitant[i] ?? 0, 'perInhabitant')]),
    ]),
  };

  const estimateRow = (label: string, e: Estimate, source: LocalText, kind: CellKind = 'kr'): ReportCell[] => [text(label), num(e.central, kind), num(e.low, kind), num(e.high, kind), text(local(source))];
  const a = ws.assumptions;
  const assumptions: ReportTable = {
    name: t('tabAssumptions'),
    header: [t('assumption'), t('value'), t('tornadoLow'), t('tornadoHigh'), t('source')],
    rows: [
      estimateRow(t('assumption_costPerFte'), a.costPerFte, ASSUMPTION_SOURCES.costPerFte),
      estimateRow(t('assumption_fixedOperatingCost'), a.fixedOperatingCost, ASSUMPTION_SOURCES.fixedOperatingCost),
      estimateRow(t('assumption_openingReserve'), { low: a.openingReserve, central: a.openingReserve, high: a.openingReserve }, ASSUMPTION_SOURCES.openingReserve),
      ...ws.anchoringModels.map((m) => estimateRow(`${t('aspectOverhead')}: ${local(m.name)}`, m.adminOverhead, ASSUMPTION_SOURCES.adminOverhead)),
      ...ws.locations.flatMap((l) => [
        estimateRow(t('locationCostPerFte', { location: local(l.name) }), l.costPerFte, ASSUMPTION_SOURCES.locationCost),
        estimateRow(t('locationFixed', { location: local(l.name) }), l.fixedCost, ASSUMPTION_SOURCES.locationCost),
      ]),
      ...ws.tasks.map((task) => estimateRow(`${t('taskCost')}: ${local(task.name)}`, task.activityCost, task.source)),
    ],
  };

  const tasks: ReportTable = {
    name: t('tabTasks'),
    header: [t('anchoringAspect'), t('taskName'), t('taskLevel'), t('taskFte'), t('taskCost'), ...names],
    rows: TASK_CATEGORIES.flatMap((category) =>
      ws.tasks
        .filter((task) => task.category === category)
        .map((task) => [
          text(t(`taskCategory_${category}` as MessageKey)),
          text(local(task.name)),
          num(task.level, 'integer'),
          num(task.fte.central, 'fte'),
          num(task.activityCost.central, 'kr'),
          ...scenarios.map((s) => text(isTaskActive(task, s) ? t('taskOn') : '–')),
        ]),
    ),
  };

  return [comparison, municipalities, assumptions, tasks];
}

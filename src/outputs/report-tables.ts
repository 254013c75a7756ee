/**
 * The meeting's tables as typed cells — the comparison for each year and the whole period, the
 * municipalities' bills for each year with totals, the assumptions with their sources, the task
 * portfolios — so Excel and CSV get real numbers with a format rather than text, and every
 * choice that drives a figure travels with it. Figures come from the model's results.
 */
import { createI18n, registerStrings, titledByYear, translate, type MessageKey } from '../i18n/i18n';
import { formatDate, formatYearMonth } from '../i18n/number-format';
import { byName, costPerFteOf, employerSource, funderSource, hostSource, populationSourceWords, portfolio, presetOf, supersededBy, TASK_CATEGORIES, yearResult, type AssumptionKey, type DecisionRecord, type Estimate, type Lang, type LocalText, type ScenarioResult, type Workspace, type YearKey, type YearResult } from '../model';
import type { ResultState } from '../ui/state/results';
import { assumptionSourceText } from '../i18n/assumption-source';
import { allocationText, approvalWithHigh, flagText, funderLabel, levelText, sourceText, typicalYearText } from '../i18n/describe';
import { taskSourcesText } from '../i18n/task-sources';
import { en } from '../i18n/strings-en';
import '../i18n/strings-da-later';

// The tables are made in either language, whatever the screen shows.
registerStrings('en', en);

export type CellKind = 'kr' | 'perInhabitant' | 'fte' | 'percent' | 'share' | 'score' | 'integer' | 'text';
export interface ReportCell {
  readonly value: number | string;
  readonly kind: CellKind;
  /** Said after the figure on paper: a part year's months ("6 mdr."). */
  readonly note?: string;
}
export interface ReportTable {
  readonly name: string;
  /** What the table holds: the workbook takes the municipalities' bills of every year as values. */
  readonly kind?: 'comparison' | 'municipalities';
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** The comparison's column (in `header`) of the basis scenario, if it has results. */
  readonly basisColumn?: number;
  /** A workbook sheet's name where `name` is longer than a sheet's 31 characters. */
  readonly sheet?: string;
}

const text = (value: string): ReportCell => ({ value, kind: 'text' });
const num = (value: number, kind: CellKind): ReportCell => ({ value, kind });
/** A figure a scenario does not have (no result for the year, a task it has not). */
export const NONE = '–';

export type ReportResults = Pick<ResultState, 'byScenario' | 'populationShares' | 'totalPopulation'>;

/**
 * The scenarios with results, and every calendar year any of them has, in order; `basisAt`: the
 * basis's column in a table with `labels` columns before the scenarios' (0 where it has no result).
 */
function withResults(ws: Workspace, results: ReportResults) {
  const scenarios = ws.scenarios.filter((s) => results.byScenario[s.id]);
  const years = [...new Set(scenarios.flatMap((s) => results.byScenario[s.id]!.years.map((y) => y.year)))].sort((a, b) => a - b);
  const basisAt = (labels: number) => {
    const at = scenarios.findIndex((s) => s.id === ws.baselineScenarioId);
    return at < 0 ? 0 : labels + at;
  };
  return { scenarios, years, basisAt, result: (id: string): ScenarioResult => results.byScenario[id]! };
}

/** A scenario's overall score (1–5), "–" where every criterion weighs 0. */
const scoreCell = (result: ScenarioResult): ReportCell => (result.criteria.score === null ? text(NONE) : num(result.criteria.score, 'score'));

/** Every table; `only` limits the comparison and municipality tables to some years (the handout's). */
export function reportTables(ws: Workspace, results: ReportResults, lang: Lang, only?: readonly YearKey[]): ReportTable[] {
  const i18n = createI18n(lang);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const local = (l: LocalText) => l[lang];
  const { scenarios, years, basisAt, result } = withResults(ws, results);
  const names = scenarios.map((s) => s.name);
  const all: YearKey[] = ['typical', ...years.map((y) => `${y}` as YearKey), 'horizon'];
  const keys = only ? all.filter((k) => only.includes(k)) : all.filter((k) => k !== 'typical');

  /** "2026", or "intet helt år: 6 mdr. i 2026" where a scenario has no whole year. */
  const yearOfFigures = (y: YearResult) => (y.months < 12 ? typicalYearText(y, i18n.t) : String(y.year));

  const comparison = (key: YearKey): ReportTable => {
    const at = (id: string): YearResult | undefined => yearResult(result(id), key);
    const row = (name: string, cell: (y: YearResult, id: string) => ReportCell): ReportCell[] => [text(name), ...scenarios.map((s) => (at(s.id) ? cell(at(s.id)!, s.id) : text(NONE)))];
    const kr = (name: string, pick: (y: YearResult) => Estimate) => row(name, (y) => num(pick(y).central, 'kr'));
    // The whole period's table: its months and its reserve at its end, not "the year's".
    const period = key === 'horizon';
    return {
      name: titledByYear(t('tabGrid'), key, lang),
      kind: 'comparison',
      header: [t('anchoringAspect'), ...names],
      basisColumn: basisAt(1),
      rows: [
        // The first whole year is each scenario's own: a Sjælland handout showed the alliance's
        // 2024 beside the others' 2026 under one heading, no year said (a fresh-eyes walk).
        ...(key === 'typical' ? [row(t('reportYear'), (y) => text(yearOfFigures(y)))] : []),
        // As on the screen: the decision first, then the choices that make it, then the details.
        kr(t('rowTotalCost'), (y) => y.cost.total),
        row(`${t('rowTotalCost')} – ${t('low')}`, (y) => num(y.cost.total.low, 'kr')),
        row(`${t('rowTotalCost')} – ${t('high')}`, (y) => num(y.cost.total.high, 'kr')),
        kr(t('rowSupplement'), (y) => y.supplement),
        row(t('rowPerInhabitant'), (y) => num(y.supplementPerInhabitant.central, 'perInhabitant')),
        ...choicesAndAssessment(ws, results, lang),
        row(t(period ? 'rowMonthsPeriod' : 'rowMonths'), (y) => num(y.months, 'integer')),
        row(t('rowFte'), (y) => num(y.fte.central / 100, 'fte')),
        // The one a scenario's staff cost is made with, its own or the shared one. Without it a
        // handout showed "heraf løn 2.700.000" for 4,5 årsværk under a shared 550.000 (a fresh-eyes
        // walk). A year's table has it in that year's kroner, as its "heraf løn" is made, and says
        // so where an indexation makes it differ from the entry; the whole period's, as entered.
        period ? [text(t('rowCostPerFte')), ...scenarios.map((s) => num(costPerFteOf(ws, s).central, 'kr'))] : kr(t(ws.assumptions.wageIndexation === 0 ? 'rowCostPerFte' : 'rowCostPerFteIndexed'), (y) => y.costPerFte),
        kr(t('rowStaffCost'), (y) => y.cost.staff),
        kr(t('rowActivities'), (y) => y.cost.activities),
        kr(t('rowAdministration'), (y) => y.cost.administration),
        kr(t('rowHostCost'), (y) => y.cost.host),
        ...ws.funders.map((f) => kr(funderLabel(f, i18n, false), (y) => y.funding.funders.find((l) => l.funderId === f.id)?.amount ?? { low: 0, central: 0, high: 0 })),
        row(t('rowReservePlanned'), (y) => num(y.reservePlanned, 'kr')),
        kr(t('rowReserveDrawn'), (y) => y.funding.reserve),
        kr(t('rowFunding'), (y) => y.funding.total),
        kr(t('rowSurplus'), (y) => y.surplus),
        row(t(period ? 'rowReserveLeftPeriod' : 'rowReserveLeft'), (y) => num(y.reserveBalanceEnd, 'kr')),
      ],
    };
  };

  const municipalities = (key: YearKey): ReportTable => {
    const at = (id: string) => yearResult(result(id), key);
    return {
      name: titledByYear(t('tabMunicipalities'), key, lang),
      kind: 'municipalities',
      header: [t('municipality'), t('populationAt', { date: formatDate(ws.populationDate, lang) }), t('share'), ...names.flatMap((n) => [n, `${n} ${t('perInhabitant')}`])],
      rows: [
        ...(key === 'typical' ? [[text(t('reportYear')), text(''), text(''), ...scenarios.flatMap((s) => [text(at(s.id) ? yearOfFigures(at(s.id)!) : NONE), text('')])]] : []),
        ...byName(ws.municipalities).map(({ municipality: m, index: i }) => [
          text(m.name),
          num(m.population, 'integer'),
          num(results.populationShares[i] ?? 0, 'share'),
          ...scenarios.flatMap((s) => [num(at(s.id)?.municipalAmounts[i] ?? 0, 'kr'), num(at(s.id)?.municipalPerInhabitant[i] ?? 0, 'perInhabitant')]),
        ]),
        [text(t('total')), num(results.totalPopulation, 'integer'), num(1, 'share'), ...scenarios.flatMap((s) => [num(at(s.id)?.supplement.central ?? 0, 'kr'), num(at(s.id)?.supplementPerInhabitant.central ?? 0, 'perInhabitant')])],
      ],
    };
  };

  const sourceOf = (key: AssumptionKey) => assumptionSourceText(ws, key, i18n);
  // A rate says its unit: "2,9" alone read as kroner or as a share (a fresh-eyes walk).
  const estimateRow = (label: string, e: Estimate, source: string, kind: CellKind = 'kr'): ReportCell[] => [text(kind === 'percent' ? `${label} (%)` : label), num(kind === 'fte' ? e.central / 100 : e.central, kind), num(kind === 'fte' ? e.low / 100 : e.low, kind), num(kind === 'fte' ? e.high / 100 : e.high, kind), text(source)];
  const a = ws.assumptions;
  const point = (v: number): Estimate => ({ low: v, central: v, high: v });
  const assumptions: ReportTable = {
    name: t('tabAssumptions'),
    header: [t('assumption'), t('value'), t('low'), t('high'), t('source')],
    rows: [
      estimateRow(t('assumption_costPerFte'), a.costPerFte, sourceOf('costPerFte')),
      estimateRow(t('assumption_openingReserve'), point(a.openingReserve), sourceOf('openingReserve')),
      estimateRow(t('assumption_vulnerableBelow'), point(a.vulnerableBelow), sourceOf('vulnerableBelow'), 'fte'),
      estimateRow(t('assumption_wageIndexation'), point(a.wageIndexation), sourceOf('wageIndexation'), 'percent'),
      estimateRow(t('assumption_priceIndexation'), point(a.priceIndexation), sourceOf('priceIndexation'), 'percent'),
      [text(t('assumption_priceYear')), text(String(a.priceYear)), text(''), text(''), text(sourceOf('priceYear'))],
      [text(t('populationDateRow')), text(formatDate(ws.populationDate, lang)), text(''), text(''), text(local(populationSourceWords(ws)))],
      ...ws.employers.map((e) => estimateRow(`${t('adminCost')}: ${local(e.name)}`, e.adminCost, sourceText(employerSource(ws, e), i18n))),
      ...ws.hosts.flatMap((h) => [estimateRow(`${t('hostCostPerFte')}: ${local(h.name)}`, h.costPerFte, sourceText(hostSource(ws, h, 'costPerFte'), i18n)), estimateRow(`${t('hostFixedCost')}: ${local(h.name)}`, h.fixedCost, sourceText(hostSource(ws, h, 'fixedCost'), i18n))]),
      ...ws.funders.map((f) => estimateRow(funderLabel(f, i18n, true), f.amount, sourceText(funderSource(ws, f), i18n), f.unit === 'fte' ? 'fte' : 'kr')),
    ],
  };
  return [...keys.map(comparison), ...keys.map(municipalities), assumptions, ...portfolioTables(ws, lang, scenarios)];
}

/**
 * Each scenario's approval path, points of attention and overall score, then the choices that
 * make them (level, anchoring, key, period): the comparison's rows in words, as on the screen.
 */
function choicesAndAssessment(ws: Workspace, results: ReportResults, lang: Lang): ReportCell[][] {
  const i18n = createI18n(lang);
  const t = (key: MessageKey) => translate(lang, key);
  const local = (l: LocalText) => l[lang];
  const { scenarios, result } = withResults(ws, results);
  const choice = (name: string, pick: (s: (typeof scenarios)[number]) => string) => [text(name), ...scenarios.map((s) => text(pick(s)))];
  const named = (list: readonly { id: string; name: LocalText }[], id: string) => local(list.find((p) => p.id === id)?.name ?? { da: '', en: '' });
  return [
    [text(t('rowApproval')), ...scenarios.map((s) => text(approvalWithHigh(result(s.id), i18n.t)))],
    [text(t('rowFlags')), ...scenarios.map((s) => text(result(s.id).flags.map((f) => flagText(f, i18n, ws.assumptions, result(s.id))).join('; ') || t('noFlags')))],
    [text(t('rowScore')), ...scenarios.map((s) => scoreCell(result(s.id)))],
    // As on the screen: "Niveau 2 · tilpasset" (a bare "2" hid the adjustment).
    choice(t('rowLevel'), (s) => levelText(s, ws.catalogue, i18n.t)),
    choice(t('rowPreset'), (s) => local(presetOf(ws, s.anchoring)?.name ?? { da: t('presetComposed'), en: t('presetComposed') })),
    choice(t('rowPolitical'), (s) => named(ws.political, s.anchoring.political)),
    choice(t('rowEmployer'), (s) => named(ws.employers, s.anchoring.employer)),
    choice(t('rowHost'), (s) => named(ws.hosts, s.anchoring.host)),
    choice(t('rowAllocation'), (s) => allocationText(s.allocation, i18n)),
    choice(t('rowStart'), (s) => formatYearMonth(s.start, lang)),
    choice(t('rowEnd'), (s) => formatYearMonth(s.end, lang)),
  ];
}

/**
 * The comparison's words for the workbook, whose "Sammenligning" holds the figures as formulas:
 * it had the composed anchoring only as cost lines' labels, and not the political anchoring, the
 * approval path ("22 byråd"), the points of attention or the score (a fresh-eyes walk).
 */
export function choicesTable(ws: Workspace, results: ReportResults, lang: Lang): ReportTable {
  const { scenarios } = withResults(ws, results);
  return { name: translate(lang, 'choicesSheet'), header: [translate(lang, 'anchoringAspect'), ...scenarios.map((s) => s.name)], rows: choicesAndAssessment(ws, results, lang) };
}

/**
 * The municipal supplement of each calendar year, a column per scenario, and the whole period's:
 * the handout showed one year, and a supplement that rose from 430.000 to 930.000 in 2028, as
 * external money ended, was on none of its pages (a fresh-eyes walk). A part year says its months.
 */
export function supplementByYearTable(ws: Workspace, results: ReportResults, lang: Lang): ReportTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const { scenarios, years, basisAt, result } = withResults(ws, results);
  const cell = (y: YearResult | undefined): ReportCell => (!y ? text(NONE) : { value: y.supplement.central, kind: 'kr', ...(y.months < 12 && { note: t('monthsShort', { months: y.months }) }) });
  return {
    name: t('supplementByYear'),
    header: [t('reportYear'), ...scenarios.map((s) => s.name)],
    basisColumn: basisAt(1),
    rows: [
      ...years.map((year) => [text(String(year)), ...scenarios.map((s) => cell(result(s.id).years.find((y) => y.year === year)))]),
      [text(t('total')), ...scenarios.map((s) => num(result(s.id).horizon.supplement.central, 'kr'))],
    ],
  };
}

/**
 * What the overall score is made of: each criterion's weight and each scenario's score on it
 * (1–5), then the weighted score. The handout gave "Samlet vurdering 3,55" and not one of the
 * criteria or weights behind it (a keyboard-and-meeting walk).
 */
export function criteriaTable(ws: Workspace, results: ReportResults, lang: Lang): ReportTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const { scenarios, basisAt, result } = withResults(ws, results);
  const scoreOf = (id: string, criterion: string) => result(id).criteria.parts.find((p) => p.id === criterion);
  return {
    name: t('handoutCriteria'),
    sheet: t('criteriaSheet'),
    header: [t('criterion'), t('weight'), ...scenarios.map((s) => s.name)],
    basisColumn: basisAt(2),
    rows: [
      ...ws.criteria.map((c) => [text(t(`criterion_${c.id}`)), num(c.weight, 'integer'), ...scenarios.map((s) => { const part = scoreOf(s.id, c.id); return part ? num(part.score, 'score') : text(NONE); })]),
      [text(t('rowScore')), text(''), ...scenarios.map((s) => scoreCell(result(s.id)))],
    ],
  };
}

/** The catalogue and each scenario's task portfolio: inputs, as values (the workbook adds them after its formulas). */
export function portfolioTables(ws: Workspace, lang: Lang, scenarios = ws.scenarios): ReportTable[] {
  const i18n = createI18n(lang);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const local = (l: LocalText) => l[lang];
  const names = scenarios.map((s) => s.name);
  const catalogue: ReportTable = {
    name: t('catalogueSheet'),
    header: [t('taskName'), t('taskFte'), t('taskCost'), t('source')],
    rows: ws.catalogue.map((task) => [text(local(task.name)), num(task.effort.central / 100, 'fte'), num(task.activity.central, 'kr'), text(taskSourcesText(ws, task, i18n))]),
  };

  const portfolios = scenarios.map((s) => portfolio(ws.catalogue, s));
  const allTasks = tasksOf(portfolios);
  const tasks: ReportTable = {
    name: t('tabTasks'),
    header: [t('taskCategory'), t('taskName'), t('taskLevel'), ...names.flatMap((n) => [`${n}: ${t('taskFte')}`, `${n}: ${t('taskCost')}`])],
    rows: byCategory(allTasks).map((task) => [
      text(t(`taskCategory_${task.category}`)),
      text(taskName(task, local)),
      task.catalogue ? num(task.catalogue.level, 'integer') : text(t('taskOwn')),
      ...portfolios.flatMap((p) => {
        const mine = heldIn(p, task.id);
        return mine ? [num(mine.effort.central / 100, 'fte'), num(mine.activity.central, 'kr')] : [text(NONE), text(NONE)];
      }),
    ]),
  };

  return [catalogue, tasks];
}

type Portfolio = ReturnType<typeof portfolio>;
/** Each task of the portfolios once, in the order they come. */
const tasksOf = (portfolios: readonly Portfolio[]): Portfolio => portfolios.flatMap((p) => p).filter((task, i, list) => list.findIndex((x) => x.id === task.id) === i);
const taskName = (task: Portfolio[number], local: (l: LocalText) => string): string => (task.catalogue ? local(task.catalogue.name) : (task.custom?.name ?? ''));
/** In the catalogue's order of categories, as the screen lists them. */
const byCategory = (tasks: Portfolio): Portfolio => TASK_CATEGORIES.flatMap((category) => tasks.filter((task) => task.category === category));
/** The task as a portfolio holds it, if it is on there. */
const heldIn = (p: Portfolio, id: string) => p.find((x) => x.id === id && x.on);

/**
 * What each of `scenarios` holds, task by task, in årsværk, as the handout prints it (the
 * workbook's Opgaver sheet has the activities too): a column per scenario, "–" where one has not
 * the task, and only the tasks one of them has.
 */
export function taskFteTable(ws: Workspace, lang: Lang, scenarios = ws.scenarios): ReportTable {
  const t = (key: MessageKey) => translate(lang, key);
  const local = (l: LocalText) => l[lang];
  const portfolios = scenarios.map((s) => portfolio(ws.catalogue, s));
  const fte = (p: Portfolio, id: string): ReportCell => {
    const mine = heldIn(p, id);
    return mine ? num(mine.effort.central / 100, 'fte') : text(NONE);
  };
  return {
    name: t('tasksFteCaption'),
    header: [t('taskName'), ...scenarios.map((s) => s.name)],
    rows: byCategory(tasksOf(portfolios))
      .map((task) => [text(taskName(task, local)), ...portfolios.map((p) => fte(p, task.id))])
      .filter((row) => row.some((cell) => cell.kind === 'fte')),
  };
}

/** The workspace's decisions, newest first, with the figures each recorded. */
export function decisionTable(records: readonly DecisionRecord[], lang: Lang): ReportTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const later = supersededBy(records);
  return {
    name: t('decisionSheet'),
    header: [t('decisionBody'), t('decisionDate'), t('decisionScenario'), t('rowTotalCost'), t('rowSupplement'), t('rowPerInhabitant'), t('decisionRationale'), t('decisionProposedBy'), t('decisionRecorded'), t('decisionSuperseded')],
    rows: records.map((d) => [
      text(d.body),
      text(formatDate(d.meetingDate, lang)),
      text(d.scenarioName),
      num(d.figures.totalCost, 'kr'),
      num(d.figures.supplement, 'kr'),
      num(d.figures.perInhabitant, 'perInhabitant'),
      text(d.rationale),
      text(d.proposedBy),
      text(d.recordedAt.slice(0, 16).replace('T', ' ')),
      text(later.get(d.id) ? `${later.get(d.id)!.body}, ${formatDate(later.get(d.id)!.meetingDate, lang)}` : ''),
    ]),
  };
}

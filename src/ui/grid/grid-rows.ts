/**
 * The rows of the comparison grid. Each row says how to show a scenario's cell and, for an
 * input, how typed or pasted text changes the scenario. Results only read what the worker
 * computed; no row adds anything up.
 */
import type { I18n, MessageKey } from '../../i18n/i18n';
import { formatFte, formatNumber, formatPerInhabitant } from '../../i18n/number-format';
import { parseEstimate, parseNumber } from '../../i18n/number-parse';
import {
  AMBITION_LEVELS,
  edits,
  point,
  type AllocationKey,
  type Estimate,
  type Scenario,
  type ScenarioResult,
  type Workspace,
} from '../../model';

export type RowGroup = 'choices' | 'assumptions' | 'results' | 'municipalities';

export interface CellContext {
  readonly ws: Workspace;
  readonly scenario: Scenario;
  readonly result: ScenarioResult | undefined;
  readonly i18n: I18n;
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface RowInput {
  /** The text an edit starts from (F2), and what Ctrl+C copies. */
  readonly editText: (c: CellContext) => string;
  /** The changed scenario, or null when the text cannot be used here. */
  readonly apply: (text: string, c: CellContext) => Scenario | null;
  readonly options?: (c: CellContext) => readonly Option[];
}

export interface GridRow {
  readonly id: string;
  readonly group: RowGroup;
  readonly label: string;
  readonly indent?: boolean;
  readonly display: (c: CellContext) => string;
  /** Smaller second line: a range, or "fælles antagelse" for an inherited value. */
  readonly detail?: (c: CellContext) => string | undefined;
  readonly input?: RowInput;
  /** The number compared with the baseline column. */
  readonly value?: (r: ScenarioResult) => number;
  readonly unit?: 'kr' | 'perInhabitant' | 'fte' | 'score';
}

const range = (e: Estimate | undefined, lang: I18n['lang'], one = formatNumber): string | undefined =>
  e && e.low !== e.high ? `${one(e.low, lang())}–${one(e.high, lang())}` : undefined;

/** Chooses an option by its value, its label or the start of its label. */
export function matchOption(text: string, options: readonly Option[]): Option | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  return (
    options.find((o) => o.value.toLowerCase() === wanted || o.label.toLowerCase() === wanted) ??
    options.find((o) => o.label.toLowerCase().startsWith(wanted))
  );
}

function choiceInput(options: (c: CellContext) => readonly Option[], current: (s: Scenario) => string, set: (s: Scenario, value: string, c: CellContext) => Scenario): RowInput {
  return {
    options,
    editText: (c) => options(c).find((o) => o.value === current(c.scenario))?.label ?? '',
    apply: (text, c) => {
      const option = matchOption(text, options(c));
      return option ? set(c.scenario, option.value, c) : null;
    },
  };
}

/** An amount row: a number or a range; `optional` rows go back to the shared value when emptied. */
function estimateInput(get: (s: Scenario) => Estimate | null, set: (s: Scenario, e: Estimate | null) => Scenario, optional = false): RowInput {
  return {
    editText: (c) => {
      const e = get(c.scenario);
      if (!e) return '';
      const lang = c.i18n.lang();
      return e.low === e.high ? formatNumber(e.central, lang, e.central % 1 ? 2 : 0) : `${formatNumber(e.low, lang)}–${formatNumber(e.high, lang)}`;
    },
    apply: (text, c) => {
      if (text.trim() === '') return optional ? set(c.scenario, null) : null;
      const parsed = parseEstimate(text, c.i18n.lang());
      if (!parsed.ok || parsed.value.low < 0) return null;
      return set(c.scenario, parsed.value);
    },
  };
}

const withFunding = (s: Scenario, patch: Partial<Scenario['funding']>): Scenario => ({ ...s, funding: { ...s.funding, ...patch } });

function allocationLabel(key: AllocationKey['kind'], t: I18n['t']): string {
  const keys: Record<AllocationKey['kind'], MessageKey> = { population: 'allocPopulation', equal: 'allocEqual', mixed: 'allocMixed', custom: 'allocCustom' };
  return t(keys[key]);
}

/**
 * What the row list depends on. Rows are rebuilt only when this changes (language, horizon,
 * municipalities), not on every edit, so the grid keeps its DOM and focus while you type.
 */
export const rowStructureKey = (ws: Workspace, lang: string): string =>
  [lang, Math.max(...ws.scenarios.map((s) => s.years)), Math.min(...ws.scenarios.map((s) => s.startYear)), ws.municipalities.map((m) => `${m.code}:${m.name}`).join(',')].join('|');

export function buildRows(ws: Workspace, i18n: I18n): GridRow[] {
  const { t, local, lang } = i18n;
  const kr = (pick: (r: ScenarioResult) => Estimate, id: string, label: MessageKey, indent = false, params?: Record<string, number>): GridRow => ({
    id,
    group: 'results',
    label: t(label, params),
    indent,
    unit: 'kr',
    display: (c) => (c.result ? formatNumber(pick(c.result).central, lang()) : ''),
    detail: (c) => range(c.result && pick(c.result), lang),
    value: (r) => pick(r).central,
  });

  /** A per-year funding amount of the scenario: a number or a range. */
  const fundingRow = (key: 'baseGrant' | 'region' | 'external', label: MessageKey): GridRow => ({
    id: key,
    group: 'assumptions',
    label: t(label),
    display: (c) => formatNumber(c.scenario.funding[key].central, lang()),
    detail: (c) => range(c.scenario.funding[key], lang),
    input: estimateInput((s) => s.funding[key], (s, e) => withFunding(s, { [key]: e ?? point(0) })),
  });

  const maxYears = Math.max(...ws.scenarios.map((s) => s.years));
  const firstYear = Math.min(...ws.scenarios.map((s) => s.startYear));
  const months = t('months').split(',');
  // Horizon rows are labelled with the longest horizon among the scenarios.
  const horizon = { from: firstYear, to: firstYear + maxYears - 1 };
  const rows: GridRow[] = [
    {
      id: 'name',
      group: 'choices',
      label: t('rowName'),
      display: (c) => c.scenario.name,
      input: { editText: (c) => c.scenario.name, apply: (text, c) => (text.trim() ? { ...c.scenario, name: text.trim().slice(0, 80) } : null) },
    },
    {
      id: 'level',
      group: 'choices',
      label: t('rowLevel'),
      display: (c) => t('level', { level: c.scenario.ambitionLevel }) + (Object.keys(c.scenario.taskSwitches).length ? ' *' : ''),
      input: choiceInput(
        () => AMBITION_LEVELS.map((l) => ({ value: String(l), label: t('level', { level: l }) })),
        (s) => String(s.ambitionLevel),
        (s, v) => ({ ...s, ambitionLevel: Number(v) as Scenario['ambitionLevel'], taskSwitches: {} }),
      ),
    },
    {
      id: 'anchoring',
      group: 'choices',
      label: t('rowAnchoring'),
      display: (c) => local(c.ws.anchoringModels.find((m) => m.id === c.scenario.anchoring)?.name ?? { da: '?', en: '?' }),
      input: choiceInput(
        (c) => c.ws.anchoringModels.map((m) => ({ value: m.id, label: local(m.name) })),
        (s) => s.anchoring,
        (s, v) => ({ ...s, anchoring: v as Scenario['anchoring'] }),
      ),
    },
    {
      id: 'location',
      group: 'choices',
      label: t('rowLocation'),
      display: (c) => local(c.ws.locations.find((l) => l.id === c.scenario.location)?.name ?? { da: '?', en: '?' }),
      input: choiceInput(
        (c) => c.ws.locations.map((l) => ({ value: l.id, label: local(l.name) })),
        (s) => s.location,
        (s, v) => ({ ...s, location: v as Scenario['location'] }),
      ),
    },
    {
      id: 'allocation',
      group: 'choices',
      label: t('rowAllocation'),
      display: (c) => allocationLabel(c.scenario.allocation.kind, t),
      input: choiceInput(
        () => (['population', 'equal', 'mixed', 'custom'] as const).map((k) => ({ value: k, label: allocationLabel(k, t) })),
        (s) => s.allocation.kind,
        (s, v, c) => ({ ...s, allocation: allocationOfKind(v as AllocationKey['kind'], s.allocation, c.ws) }),
      ),
    },
    {
      id: 'equalPercent',
      group: 'choices',
      label: t('rowEqualPercent'),
      display: (c) => (c.scenario.allocation.kind === 'mixed' ? `${formatNumber(c.scenario.allocation.equalPercent, lang(), 0)} %` : '–'),
      input: {
        editText: (c) => (c.scenario.allocation.kind === 'mixed' ? formatNumber(c.scenario.allocation.equalPercent, lang()) : ''),
        apply: (text, c) => {
          const v = parseNumber(text, lang());
          // Entering a percentage is a choice of the mixed key.
          return v === null || v < 0 || v > 100 ? null : { ...c.scenario, allocation: { kind: 'mixed', equalPercent: v } };
        },
      },
    },
    {
      id: 'startMonth',
      group: 'choices',
      label: t('rowStartMonth'),
      display: (c) => `${months[c.scenario.startMonth - 1] ?? ''} ${c.scenario.startYear}`,
      input: choiceInput(
        () => months.map((m, i) => ({ value: String(i + 1), label: m })),
        (s) => String(s.startMonth),
        (s, v) => ({ ...s, startMonth: Number(v) }),
      ),
    },
    {
      id: 'staffing',
      group: 'assumptions',
      label: t('rowStaffing'),
      display: (c) => (c.scenario.staffingFte ? formatFte(c.scenario.staffingFte.central, lang()) : c.result ? formatFte(c.result.fte.central, lang()) : ''),
      detail: (c) => (c.scenario.staffingFte ? range(c.scenario.staffingFte, lang, formatFte) : t('globalValue')),
      input: estimateInput((s) => s.staffingFte, (s, e) => ({ ...s, staffingFte: e }), true),
    },
    {
      id: 'costPerFte',
      group: 'assumptions',
      label: t('rowCostPerFte'),
      display: (c) => formatNumber((c.scenario.costPerFte ?? c.ws.assumptions.costPerFte).central, lang()),
      detail: (c) => [range(c.scenario.costPerFte ?? c.ws.assumptions.costPerFte, lang), c.scenario.costPerFte ? undefined : t('globalValue')].filter(Boolean).join(' · '),
      input: estimateInput((s) => s.costPerFte, (s, e) => ({ ...s, costPerFte: e }), true),
    },
    fundingRow('baseGrant', 'rowBaseGrant'),
    fundingRow('region', 'rowRegion'),
    fundingRow('external', 'rowExternal'),
    ...Array.from({ length: maxYears }, (_, i): GridRow => ({
      id: `reserve-${i}`,
      group: 'assumptions',
      label: t('rowReserve', { year: firstYear + i }),
      display: (c) => (i < c.scenario.years ? formatNumber(c.scenario.funding.reserveDrawdown[i] ?? 0, lang()) : '–'),
      input: {
        editText: (c) => formatNumber(c.scenario.funding.reserveDrawdown[i] ?? 0, lang()),
        apply: (text, c) => {
          const v = text.trim() === '' ? 0 : parseNumber(text, lang());
          if (v === null || v < 0 || i >= c.scenario.years) return null;
          const drawdown = [...edits.setHorizonYears(c.scenario, c.scenario.years).funding.reserveDrawdown];
          drawdown[i] = v;
          return withFunding(c.scenario, { reserveDrawdown: drawdown });
        },
      },
    })),
    {
      id: 'fte',
      group: 'results',
      label: t('rowFte'),
      unit: 'fte',
      display: (c) => (c.result ? formatFte(c.result.fte.central, lang()) : ''),
      detail: (c) => range(c.result?.fte, lang, formatFte),
      value: (r) => r.fte.central,
    },
    kr((r) => r.typicalYear.cost.total, 'totalCost', 'rowTotalCost'),
    kr((r) => r.typicalYear.cost.staff, 'staffCost', 'rowStaffCost', true),
    kr((r) => r.typicalYear.cost.activities, 'activities', 'rowActivities', true),
    kr((r) => r.typicalYear.cost.fixed, 'fixed', 'rowFixed', true),
    kr((r) => r.typicalYear.cost.anchoring, 'anchoringCost', 'rowAnchoringCost', true),
    kr((r) => r.typicalYear.cost.location, 'locationCost', 'rowLocationCost', true),
    kr((r) => r.typicalYear.funding.total, 'funding', 'rowFunding'),
    kr((r) => r.typicalYear.supplement, 'supplement', 'rowSupplement'),
    {
      id: 'perInhabitant',
      group: 'results',
      label: t('rowPerInhabitant'),
      unit: 'perInhabitant',
      display: (c) => (c.result ? formatPerInhabitant(c.result.typicalYear.supplementPerInhabitant.central, lang()) : ''),
      detail: (c) => range(c.result?.typicalYear.supplementPerInhabitant, lang, (v, l) => formatNumber(v, l, 2)),
      value: (r) => r.typicalYear.supplementPerInhabitant.central,
    },
    kr((r) => r.horizonCost, 'horizonCost', 'rowHorizonCost', false, horizon),
    kr((r) => r.horizonSupplement, 'horizonSupplement', 'rowHorizonSupplement', false, horizon),
    {
      id: 'reserveLeft',
      group: 'results',
      label: t('rowReserveLeft', { year: horizon.to }),
      unit: 'kr',
      display: (c) => (c.result ? formatNumber(c.result.years[c.result.years.length - 1]?.reserveBalanceEnd ?? 0, lang()) : ''),
      value: (r) => r.years[r.years.length - 1]?.reserveBalanceEnd ?? 0,
    },
    {
      id: 'approval',
      group: 'results',
      label: t('rowApproval'),
      display: (c) =>
        c.result
          ? c.result.approval.bodies
              .map((b) => (b.body === 'brnBoard' ? t('approvalBrnBoard') : t('approvalCityCouncils', { count: b.count })))
              .join(' + ')
          : '',
      value: (r) => r.approval.count,
    },
    {
      id: 'score',
      group: 'results',
      label: t('rowScore'),
      unit: 'score',
      display: (c) => (c.result ? formatNumber(c.result.criteria.score, lang(), 2) : ''),
      value: (r) => r.criteria.score,
    },
    {
      id: 'flags',
      group: 'results',
      label: t('rowFlags'),
      display: (c) => {
        if (!c.result) return '';
        const flagKeys = { singleEmployeeVulnerable: 'flagSingleEmployeeVulnerable', reserveExhausted: 'flagReserveExhausted', fundingSurplus: 'flagFundingSurplus', managementSeparatedFromLocation: 'flagManagementSeparatedFromLocation' } as const;
        return c.result.flags.length ? c.result.flags.map((f) => t(flagKeys[f])).join('; ') : t('noFlags');
      },
    },
    ...ws.municipalities.map((m, index): GridRow => ({
      id: `municipality-${m.code}`,
      group: 'municipalities',
      label: m.name,
      unit: 'kr',
      display: (c) => (c.result ? formatNumber(c.result.typicalYear.municipalAmounts.central[index] ?? 0, lang()) : ''),
      detail: (c) => {
        const perInhabitant = c.result?.typicalYear.municipalPerInhabitant[index];
        return perInhabitant === undefined ? undefined : `${formatNumber(perInhabitant, lang(), 2)} ${t('perInhabitant')}`;
      },
      value: (r) => r.typicalYear.municipalAmounts.central[index] ?? 0,
    })),
  ];
  return rows;
}

function allocationOfKind(kind: AllocationKey['kind'], current: AllocationKey, ws: Workspace): AllocationKey {
  if (kind === current.kind) return current;
  switch (kind) {
    case 'population':
    case 'equal':
      return { kind };
    case 'mixed':
      return { kind, equalPercent: 50 };
    case 'custom':
      // Start custom weights from the population key so the first edit is a small change.
      return { kind, weights: Object.fromEntries(ws.municipalities.map((m) => [m.code, m.population])) };
  }
}

/**
 * The rows of the comparison grid. A row says how to show a scenario's cell and, for an input,
 * which command a typed or pasted text becomes. Figures only read what the worker computed;
 * domain rules live in the model's commands, parsing in i18n.
 */
import { PLAUSIBLE_COST_PER_FTE, PLAUSIBLE_FTE, PLAUSIBLE_FUNDING_KR, type Plausible } from './plausible';
import type { I18n, MessageKey } from '../../i18n/i18n';
import { formatEstimate, formatFte, formatKroner, formatNumber, formatPercent, formatPerInhabitant, formatScore, formatYearMonth, formatYears } from '../../i18n/number-format';
import {
  AMBITION_LEVELS,
  ALLOCATION_KINDS,
  presetOf,
  byName,
  costPerFteOf,
  LIMITS,
  scenarioYears,
  yearResult,
  type Command,
  type Estimate,
  type FigureId,
  type Funder,
  type Scenario,
  type ScenarioResult,
  type Workspace,
  type YearKey,
  type YearResult,
} from '../../model';
import { allocationKindText, allocationText, approvalIfHigh, approvalText, flagShortText, flagText, funderLabel, levelText } from '../../i18n/describe';
import type { Entry, EntryUnit } from './entry';
import { readName } from '../name-entry';
import type { Reasoning } from '../state/chrome';

/**
 * The entry rules (reading what is typed: numbers, ranges, months, and the questions and refusals
 * about them), about 2 KiB gzip of the startup JavaScript that nothing needs before an edit: loaded
 * once the first figures are shown (or when an editor opens), as the reveal rules are.
 */
let entry: typeof import('./entry') | undefined;
export const entryRules = () => entry;
export const loadEntryRules = () => import('./entry').then((m) => (entry = m));
/** Before the rules are there (a key pressed within moments of the first figures): not yet. */
const NOT_YET: Entry<never> = { ok: false, refusal: { kind: 'notHere', reason: 'entryNotYet' } };

export type RowGroup = 'decision' | 'municipalities' | 'choices' | 'inputs' | 'details';
export const GROUP_ORDER: readonly RowGroup[] = ['decision', 'municipalities', 'choices', 'inputs', 'details'];
export const GROUP_LABELS: Record<RowGroup, MessageKey> = {
  decision: 'groupDecision',
  municipalities: 'groupMunicipalities',
  choices: 'groupChoices',
  inputs: 'groupInputs',
  details: 'groupDetails',
};

export interface CellContext {
  readonly ws: Workspace;
  readonly scenario: Scenario;
  readonly result: ScenarioResult | undefined;
  readonly year: YearKey;
  readonly i18n: I18n;
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

/**
 * The option a typed or pasted text means: its value or label exactly, else the first label that
 * starts with it, else the first that contains it (all ignoring case). "bland" is "Blandet".
 */
export function findOption(list: readonly Option[], text: string): Option | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  const label = (o: Option) => o.label.toLowerCase();
  return list.find((o) => o.value.toLowerCase() === wanted || label(o) === wanted) ?? list.find((o) => label(o).startsWith(wanted)) ?? list.find((o) => label(o).includes(wanted));
}

export interface RowInput {
  readonly unit: EntryUnit;
  /** The text an edit starts from (F2), and what Ctrl+C copies. */
  readonly editText: (c: CellContext) => string;
  /**
   * The command a text becomes, or why it cannot. An empty text may mean "back to the shared
   * value". `sure`: the user confirmed an implausible amount with a second Enter.
   */
  readonly toCommand: (text: string, c: CellContext, sure?: boolean) => Entry<Command>;
  readonly options?: (c: CellContext) => readonly Option[];
  /** What an empty field stands for, shown in it: the value the scenario gets without its own. */
  readonly placeholder?: (c: CellContext) => string;
}

export interface CellView {
  readonly value: string;
  /** A second, smaller line: a range, a share, "fælles antagelse". */
  readonly detail?: string;
  /** The range in words for a screen reader ("interval 1.050.000 til 1.425.000"). */
  readonly spoken?: string;
  /** A bar from 0 to 1 beside the value (each municipality's bill against the largest). */
  readonly bar?: number;
}

/** A row's label for the year shown: its period's words under "Hele perioden", where it has them. */
export const rowLabel = (row: GridRow, year: YearKey): string => (year === 'horizon' && row.periodLabel) || row.label;

export interface GridRow {
  readonly id: string;
  readonly group: RowGroup;
  readonly label: string;
  /** The label under "Hele perioden", where the year's words would be wrong. */
  readonly periodLabel?: string;
  readonly indent?: boolean;
  readonly display: (c: CellContext) => CellView;
  readonly input?: RowInput;
  /** The figure compared with the baseline scenario. */
  readonly figure?: FigureId;
  /** A computed decision row that "Hvorfor?" explains in words (it has no formula). */
  readonly reasoning?: Reasoning;
  /** Stays in view under the header while the rows below scroll (frozen-rows.ts). */
  readonly frozen?: boolean;
  readonly unit?: 'kr' | 'perInhabitant' | 'fte' | 'score';
}

const yearOf = (c: CellContext): YearResult | undefined => (c.result ? yearResult(c.result, c.year) : undefined);

/**
 * A year outside a scenario's period (a single year chosen under "Vis år" before it starts or
 * after it ends): a dash, where the figures stood empty beside its flags and score, with nothing
 * to say why (a fresh-eyes walk). `says`: the decision rows say when it runs.
 */
function outsidePeriod(c: CellContext, i18n: I18n, says = false): CellView {
  if (!c.result) return { value: '' };
  const period = formatYears(c.scenario.start.year, c.scenario.end.year);
  return { value: '–', ...(says && { detail: i18n.t('scenarioRuns', { period }) }), spoken: i18n.t('outsidePeriodSpoken', { period }) };
}

function rangeView(e: Estimate | undefined, kind: 'kr' | 'fte', i18n: I18n, digits?: number): Pick<CellView, 'detail' | 'spoken'> {
  if (!e || e.low === e.high) return {};
  const one = (v: number) => (kind === 'fte' ? formatFte(v, i18n.lang()) : digits ? formatNumber(v, i18n.lang(), digits) : formatKroner(v, i18n.lang()));
  return { detail: `${one(e.low)}–${one(e.high)}`, spoken: i18n.t('rangeSpoken', { low: one(e.low), high: one(e.high) }) };
}

const ok = <T>(value: T): Entry<T> => ({ ok: true, value });

function choice(options: (c: CellContext) => readonly Option[], current: (c: CellContext) => string, command: (value: string, c: CellContext) => Command): RowInput {
  return {
    unit: 'choice',
    options,
    editText: (c) => options(c).find((o) => o.value === current(c))?.label ?? '',
    toCommand: (text, c) => {
      const found = findOption(options(c), text);
      return found ? ok(command(found.value, c)) : { ok: false, refusal: { kind: 'parse', error: 'notANumber', unit: 'choice', text } };
    },
  };
}

/**
 * An amount or a range; `optional` rows go back to the shared value when emptied. `shared`: the
 * value a cell without its own shows (a workspace assumption, a funder's usual amount), which F2
 * starts from. Typing that value again, or its central figure alone, keeps the cell following it:
 * retyping what is on screen must not quietly cut a scenario off from a later change of it.
 */
function estimate(
  unit: 'kr' | 'fte',
  get: (c: CellContext) => Estimate | null,
  command: (value: Estimate | null, c: CellContext) => Command,
  options: { optional?: boolean; plausible?: Plausible; shared?: (c: CellContext) => Estimate; placeholder?: (c: CellContext) => string } = {},
): RowInput {
  return {
    unit,
    ...(options.placeholder && { placeholder: options.placeholder }),
    editText: (c) => {
      const e = get(c) ?? options.shared?.(c);
      return e ? formatEstimate(e, unit, c.i18n.lang()) : '';
    },
    toCommand: (text, c, sure) => {
      if (text.trim() === '' && options.optional) return ok(command(null, c));
      if (!entry) return NOT_YET;
      const r = entry.readEstimate(text, unit, c.i18n, options.plausible, sure);
      if (!r.ok) return r;
      const own = get(c);
      const shared = own ? null : options.shared?.(c);
      if (shared && isRetyped(r.value, shared)) return ok(command(null, c));
      // One figure over the range on screen (its own, or the shared one it follows) is asked about.
      const was = own ?? shared;
      const dropped = !sure && was ? entry.dropsRange(text, unit, r.value, was, !own) : null;
      return dropped ? { ok: false, refusal: dropped } : ok(command(r.value, c));
    },
  };
}

const isRetyped = (typed: Estimate, shared: Estimate): boolean =>
  typed.central === shared.central && ((typed.low === shared.low && typed.high === shared.high) || (typed.low === typed.central && typed.high === typed.central));


/** What the row list depends on: rows are rebuilt only when this changes, not on every edit. */
export function rowStructureKey(ws: Workspace, lang: string): string {
  return [lang, scenarioYears(ws.scenarios).join(','), ws.funders.map((f) => `${f.id}:${f.unit}:${f.name.da}:${f.from ? formatYearMonth(f.from, 'da') : ''}:${f.to ? formatYearMonth(f.to, 'da') : ''}`).join(','), ws.municipalities.map((m) => `${m.code}:${m.name}`).join(','), ws.presets.length, ws.political.length, ws.employers.length, ws.hosts.length].join('|');
}

export function buildRows(ws: Workspace, i18n: I18n): GridRow[] {
  const { t, local, lang } = i18n;
  const kr = (id: string, figureId: FigureId, label: string, pick: (y: YearResult) => Estimate, group: RowGroup = 'details', indent = false): GridRow => ({
    id,
    group,
    label,
    indent,
    unit: 'kr',
    figure: figureId,
    display: (c) => {
      const y = yearOf(c);
      return y ? { value: formatKroner(pick(y).central, lang()), ...rangeView(pick(y), 'kr', i18n) } : outsidePeriod(c, i18n, group === 'decision');
    },
  });
  const years = [...new Set(ws.scenarios.flatMap((s) => Array.from({ length: s.end.year - s.start.year + 1 }, (_, i) => s.start.year + i)))].sort();
  // A funder's usual amount as the workspace has it now: the rows are built once for a shape of
  // workspace, and an undo of the amount left the old one in the row beside figures without it (a fresh-eyes walk).
  const usual = (c: CellContext, f: Funder) => (c.ws.funders.find((x) => x.id === f.id) ?? f).amount;

  const rows: GridRow[] = [
    // — The decision: what a meeting reads first —
    // The answer stays in view: an input edited far below shows these three move.
    { ...kr('totalCost', 'totalCost', t('rowTotalCost'), (y) => y.cost.total, 'decision'), frozen: true },
    { ...kr('supplement', 'supplement', t('rowSupplement'), (y) => y.supplement, 'decision'), frozen: true },
    {
      id: 'perInhabitant',
      group: 'decision',
      frozen: true,
      label: t('rowPerInhabitant'),
      unit: 'perInhabitant',
      figure: 'perInhabitant',
      display: (c) => {
        const y = yearOf(c);
        return y ? { value: formatPerInhabitant(y.supplementPerInhabitant.central, lang()), ...rangeView(y.supplementPerInhabitant, 'kr', i18n, 2) } : outsidePeriod(c, i18n, true);
      },
    },
    {
      id: 'approval',
      group: 'decision',
      label: t('rowApproval'),
      reasoning: 'approval',
      display: (c) => {
        if (!c.result) return { value: '' };
        const ifHigh = approvalIfHigh(c.result, t);
        return { value: approvalText(c.result.approval, t), ...(ifHigh && { detail: ifHigh }) };
      },
    },
    { id: 'flags', group: 'decision', label: t('rowFlags'), reasoning: 'flags', display: (c) => ({ value: c.result ? c.result.flags.map((f) => flagShortText(f, i18n, c.ws.assumptions, c.result!)).join(' · ') || t('noFlags') : '', spoken: c.result?.flags.map((f) => flagText(f, i18n, c.ws.assumptions, c.result)).join('. ') || undefined }) },
    { id: 'score', group: 'decision', label: t('rowScore'), reasoning: 'score', unit: 'score', display: (c) => ({ value: c.result ? formatScore(c.result.criteria.score, lang()) : '', ...(c.result?.criteria.score === null && { spoken: t('noScoreSpoken') }) }) },

    // — Each municipality's bill, by name (as the Kommuner view and the handout list them) —
    ...byName(ws.municipalities).map(
      ({ municipality: m, index }): GridRow => ({
        id: `municipality-${m.code}`,
        group: 'municipalities',
        label: m.name,
        unit: 'kr',
        figure: `municipality:${index}`,
        display: (c) => {
          const y = yearOf(c);
          if (!y) return outsidePeriod(c, i18n);
          const amount = y.municipalAmounts[index] ?? 0;
          const largest = Math.max(...y.municipalAmounts, 1);
          return { value: formatKroner(amount, lang()), detail: `${formatNumber(y.municipalPerInhabitant[index] ?? 0, lang(), 2)} ${t('perInhabitant')}`, bar: amount / largest };
        },
      }),
    ),

    // — Choices —
    {
      id: 'name',
      group: 'choices',
      label: t('rowName'),
      display: (c) => ({ value: c.scenario.name }),
      input: {
        unit: 'text',
        editText: (c) => c.scenario.name,
        toCommand: (text, c) => {
          const name = readName(text, LIMITS.scenarioName);
          return name.ok ? ok({ type: 'renameScenario', scenarioId: c.scenario.id, name: name.value }) : name;
        },
      },
    },
    {
      id: 'level',
      group: 'choices',
      label: t('rowLevel'),
      display: (c) => ({ value: levelText(c.scenario, c.ws.catalogue, t) }),
      input: choice(
        () => AMBITION_LEVELS.map((l) => ({ value: String(l), label: t('level', { level: l }) })),
        (c) => String(c.scenario.ambitionLevel),
        (v, c) => ({ type: 'setAmbitionLevel', scenarioId: c.scenario.id, level: Number(v) as 1 | 2 | 3 | 4 }),
      ),
    },
    {
      id: 'preset',
      group: 'choices',
      label: t('rowPreset'),
      display: (c) => ({ value: local(presetOf(c.ws, c.scenario.anchoring)?.name ?? { da: t('presetComposed'), en: t('presetComposed') }) }),
      input: choice(
        (c) => c.ws.presets.map((p) => ({ value: p.id, label: local(p.name) })),
        (c) => presetOf(c.ws, c.scenario.anchoring)?.id ?? '',
        (v, c) => ({ type: 'applyAnchoringPreset', scenarioId: c.scenario.id, presetId: v }),
      ),
    },
    ...(['political', 'employer', 'host'] as const).map(
      (part): GridRow => ({
        id: part,
        group: 'choices',
        label: t(part === 'political' ? 'rowPolitical' : part === 'employer' ? 'rowEmployer' : 'rowHost'),
        indent: true,
        display: (c) => {
          const list = part === 'political' ? c.ws.political : part === 'employer' ? c.ws.employers : c.ws.hosts;
          return { value: local(list.find((p) => p.id === c.scenario.anchoring[part])?.name ?? { da: '?', en: '?' }) };
        },
        input: choice(
          (c) => (part === 'political' ? c.ws.political : part === 'employer' ? c.ws.employers : c.ws.hosts).map((p) => ({ value: p.id, label: local(p.name) })),
          (c) => c.scenario.anchoring[part],
          (v, c) => ({ type: 'setAnchoring', scenarioId: c.scenario.id, part, partId: v }),
        ),
      }),
    ),
    {
      id: 'allocation',
      group: 'choices',
      label: t('rowAllocation'),
      display: (c) => ({ value: allocationText(c.scenario.allocation, i18n) }),
      input: choice(
        () => ALLOCATION_KINDS.map((k) => ({ value: k, label: allocationKindText(k, t) })),
        (c) => c.scenario.allocation.kind,
        (v, c) => ({ type: 'setAllocationKind', scenarioId: c.scenario.id, kind: v as 'population' }),
      ),
    },
    {
      id: 'equalPercent',
      group: 'choices',
      label: t('rowEqualPercent'),
      indent: true,
      display: (c) => ({ value: c.scenario.allocation.kind === 'mixed' ? formatPercent(c.scenario.allocation.equalPercent, lang()) : '–' }),
      input: {
        unit: 'percent',
        editText: (c) => (c.scenario.allocation.kind === 'mixed' ? formatPercent(c.scenario.allocation.equalPercent, lang()) : ''),
        toCommand: (text, c, sure) => {
          if (!entry) return NOT_YET;
          const r = entry.readShare(text, i18n, sure);
          return r.ok ? ok({ type: 'setEqualPercent', scenarioId: c.scenario.id, percent: r.value }) : r;
        },
      },
    },
    ...(['start', 'end'] as const).map(
      (end): GridRow => ({
        id: end,
        group: 'choices',
        label: t(end === 'start' ? 'rowStart' : 'rowEnd'),
        display: (c) => ({ value: formatYearMonth(c.scenario[end], lang()) }),
        input: {
          unit: 'month',
          editText: (c) => formatYearMonth(c.scenario[end], lang()),
          toCommand: (text, c) => {
            if (!entry) return NOT_YET;
            const r = entry.readMonth(text, i18n, end === 'start' ? 1 : 12);
            if (!r.ok) return r;
            return ok(end === 'start' ? { type: 'setStart', scenarioId: c.scenario.id, start: r.value } : { type: 'setEnd', scenarioId: c.scenario.id, end: r.value });
          },
        },
      }),
    ),

    // — Inputs and funding —
    {
      id: 'staffing',
      group: 'inputs',
      label: t('rowStaffing'),
      unit: 'fte',
      display: (c) => {
        const own = c.scenario.staffing;
        const y = yearOf(c);
        if (own) return { value: formatFte(own.central, lang()), ...rangeView(own, 'fte', i18n) };
        return { value: y ? formatFte(y.fte.central, lang()) : '', detail: t('fromTasks') };
      },
      // Empty: the tasks' sum, which F2 shows as the field's placeholder (typed, it would be a
      // fixed number that no longer follows the tasks).
      input: estimate('fte', (c) => c.scenario.staffing, (v, c) => ({ type: 'setStaffing', scenarioId: c.scenario.id, staffing: v }), {
        optional: true,
        plausible: PLAUSIBLE_FTE,
        placeholder: (c) => {
          const y = yearOf(c);
          return y ? `${t('fromTasks')}: ${formatFte(y.fte.central, lang())}` : t('fromTasks');
        },
      }),
    },
    {
      id: 'costPerFte',
      group: 'inputs',
      label: t('rowCostPerFte'),
      unit: 'kr',
      display: (c) => {
        const e = costPerFteOf(c.ws, c.scenario);
        const range = rangeView(e, 'kr', i18n);
        // Shared or this scenario's own: an own value says so, and what the shared one is.
        // One outside the shared range says that instead: goal seek's "Brug" could set 141.666
        // kr., and the cell read as any own value (a walk).
        const shared = c.ws.assumptions.costPerFte;
        const outside = shared.low < shared.high && (e.central < shared.low || e.central > shared.high);
        const whose = !c.scenario.costPerFte ? t('globalValue') : outside ? t('ownValueOutside', { range: rangeView(shared, 'kr', i18n).detail! }) : t('ownValue', { shared: formatKroner(shared.central, lang()) });
        // The input is in the price year's kroner; a later year's staff cost uses it indexed, and
        // says so beside it (2027's column showed 2026's amount beside an indexed "heraf løn").
        // Under "Hele perioden", its last year's (2 % set and nothing said there read as not used).
        // Never in the price year, where the figures of the edit before could say it for a moment.
        const y = yearOf(c)?.year === 0 ? c.result?.years.at(-1) : yearOf(c);
        const indexed = y && y.year !== c.ws.assumptions.priceYear && y.costPerFte.central !== e.central ? t('costPerFteInYear', { year: y.year, amount: formatKroner(y.costPerFte.central, lang()) }) : undefined;
        return { value: formatKroner(e.central, lang()), ...range, detail: [range.detail, indexed, whose].filter(Boolean).join(' · ') };
      },
      input: estimate('kr', (c) => c.scenario.costPerFte, (v, c) => ({ type: 'setScenarioCostPerFte', scenarioId: c.scenario.id, cost: v }), {
        optional: true,
        plausible: PLAUSIBLE_COST_PER_FTE,
        shared: (c) => c.ws.assumptions.costPerFte,
      }),
    },
    ...ws.funders.map(
      (f): GridRow => ({
        id: `funder-${f.id}`,
        group: 'inputs',
        // Its months, where it pays in part of the period only: the amount stood in every year's
        // column, also one it pays nothing in, beside a supplement that left it out (a fresh-eyes walk).
        label: funderLabel(f, i18n, true),
        unit: f.unit === 'fte' ? 'fte' : 'kr',
        display: (c) => {
          const e = c.scenario.funding[f.id] ?? usual(c, f);
          const range = rangeView(e, f.unit === 'fte' ? 'fte' : 'kr', i18n);
          return { value: f.unit === 'fte' ? formatFte(e.central, lang()) : formatKroner(e.central, lang()), ...range };
        },
        input: estimate(f.unit === 'fte' ? 'fte' : 'kr', (c) => c.scenario.funding[f.id] ?? null, (v, c) => ({ type: 'setFunding', scenarioId: c.scenario.id, funderId: f.id, amount: v }), {
          optional: true,
          plausible: f.unit === 'fte' ? PLAUSIBLE_FTE : PLAUSIBLE_FUNDING_KR,
          shared: (c) => usual(c, f),
        }),
      }),
    ),
    ...years.map(
      (year): GridRow => ({
        id: `reserve-${year}`,
        group: 'inputs',
        label: t('rowReserve', { year }),
        unit: 'kr',
        display: (c) => {
          if (year < c.scenario.start.year || year > c.scenario.end.year) return { value: '–' };
          const planned = c.scenario.reserveDrawdown[String(year)] ?? 0;
          const y = c.result?.years.find((r) => r.year === year);
          const drawn = y?.funding.reserve.central;
          // Less than planned says why: the reserve ran out, or the year needed less ("trukket: 0"
          // alone, in a region with no reserve, left the room guessing).
          return { value: formatKroner(planned, lang()), detail: drawn !== undefined && drawn !== planned ? t(y!.reserveBalanceEnd <= 0 ? 'reserveDrawnUsedUp' : 'reserveDrawnNeed', { amount: formatKroner(drawn, lang()) }) : undefined };
        },
        input: {
          unit: 'kr',
          editText: (c) => formatKroner(c.scenario.reserveDrawdown[String(year)] ?? 0, lang()),
          toCommand: (text, c, sure) => {
            if (year < c.scenario.start.year || year > c.scenario.end.year) return { ok: false, refusal: { kind: 'notHere', reason: 'entryYearOutside' } };
            if (text.trim() === '') return ok({ type: 'setReserveDrawdown', scenarioId: c.scenario.id, year, amount: 0 });
            if (!entry) return NOT_YET;
            const r = entry.readPoint(text, 'kr', i18n, PLAUSIBLE_FUNDING_KR, sure);
            return r.ok ? ok({ type: 'setReserveDrawdown', scenarioId: c.scenario.id, year, amount: r.value }) : r;
          },
        },
      }),
    ),

    // — Details —
    {
      id: 'fte',
      group: 'details',
      label: t('rowFte'),
      unit: 'fte',
      figure: 'fte',
      display: (c) => {
        const y = yearOf(c);
        return y ? { value: formatFte(y.fte.central, lang()), ...rangeView(y.fte, 'fte', i18n) } : outsidePeriod(c, i18n);
      },
    },
    kr('staffCost', 'staff', t('rowStaffCost'), (y) => y.cost.staff, 'details', true),
    kr('activities', 'activities', t('rowActivities'), (y) => y.cost.activities, 'details', true),
    kr('administration', 'administration', t('rowAdministration'), (y) => y.cost.administration, 'details', true),
    kr('hostCost', 'host', t('rowHostCost'), (y) => y.cost.host, 'details', true),
    ...ws.funders.map((f) => kr(`funding-${f.id}`, `funder:${f.id}`, funderLabel(f, i18n, false), (y) => y.funding.funders.find((l) => l.funderId === f.id)?.amount ?? { low: 0, central: 0, high: 0 }, 'details', true)),
    kr('reserveDrawn', 'reserveDrawn', t('rowReserveDrawn'), (y) => y.funding.reserve, 'details', true),
    kr('funding', 'funding', t('rowFunding'), (y) => y.funding.total),
    kr('surplus', 'surplus', t('rowSurplus'), (y) => y.surplus),
    {
      id: 'reserveLeft',
      group: 'details',
      label: t('rowReserveLeft'),
      periodLabel: t('rowReserveLeftPeriod'),
      unit: 'kr',
      figure: 'reserveLeft',
      display: (c) => {
        const y = yearOf(c);
        return y ? { value: formatKroner(y.reserveBalanceEnd, lang()) } : outsidePeriod(c, i18n);
      },
    },
  ];
  return rows;
}


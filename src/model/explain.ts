/**
 * "Hvorfor?": how a figure is built, as data. An explanation is a tree: a figure is a rule over
 * its terms (a sum, a difference, a rounded product …), and every leaf is an input with its
 * origin — a seed fact with the seed's words, an assumption with its reason, reference data,
 * or the user's own entry — and the place in the app that sets it.
 *
 * The tree re-derives what compute.ts computed, term by term and in the same order of
 * operations; `evaluate` recomputes any node from its terms, and the tests hold every node of
 * every figure to the computed result. The UI renders the tree; the workbook turns the same
 * tree into formulas (src/outputs/workbook.ts).
 */
import { allocationWeights, equalSplitReason } from './allocation';
import { monthsIn, yearsOf } from './calendar';
import { indexFactor, scenarioContext } from './compute';
import { assumptionSource } from './assumptions';
import { catalogueSource, employerSource, funderSource, hostSource } from './source-now';
import type { Estimate } from './estimate';
import type { FigureId, YearKey } from './figures';
import { populationOrigin } from './population-source';
import { activeIn, portfolio, type PortfolioTask } from './portfolio';
import type { Source } from './sources';
import type { Funder, LocalText, Scenario, Workspace, YearMonth } from './types';

/** What a node is, for its label; the UI words it in the user's language. */
export type ExplainTerm =
  | 'supplement'
  | 'totalCost'
  | 'staff'
  | 'activities'
  | 'activityTotal'
  | 'administration'
  | 'host'
  | 'hostPerFte'
  | 'hostFixed'
  | 'fte'
  | 'staffing'
  | 'costPerFte'
  | 'wageIndex'
  | 'priceIndex'
  | 'wageIndexation'
  | 'priceIndexation'
  | 'priceYear'
  | 'year'
  | 'shareOfYear'
  | 'months'
  | 'monthsPerYear'
  | 'funderShare'
  | 'funderMonths'
  | 'funder'
  | 'funderAmount'
  | 'funding'
  | 'reserveDrawn'
  | 'reservePlanned'
  | 'reserveBefore'
  | 'reserveLeft'
  | 'reserveNeed'
  | 'openingReserve'
  | 'surplus'
  | 'perInhabitant'
  | 'population'
  | 'municipalityPopulation'
  | 'municipalityAmount'
  | 'weight'
  | 'weightSum'
  | 'equalPercent'
  | 'count'
  | 'one'
  | 'customWeight'
  | 'customWeightSum'
  | 'populationShare'
  | 'taskEffort'
  | 'taskActivity'
  | 'adminCost'
  | 'hostCostPerFte'
  | 'hostFixedCost';

export interface ExplainLabel {
  readonly term: ExplainTerm;
  /** The named thing: a funder, a task, a municipality, an employer or a host. */
  readonly name?: LocalText;
}

export type ExplainUnit = 'kr' | 'fte' | 'krPerInhabitant' | 'factor' | 'months' | 'inhabitants' | 'percent' | 'year' | 'number';

/**
 * How a node's value follows from its terms (t0, t1 …):
 * sum t0 + t1 + …; difference t0 − t1 − …; product t0 × t1 × …; quotient t0 ÷ t1;
 * atLeastZero max(0, t0 − t1 − …); leastAtLeastZero max(0, min(t0, t1, …));
 * index (1 + t0/100)^(t1 − t2); mixedWeight t0/100 ÷ t1 + (1 − t0/100) × t2;
 * largestRemainder floor(t0 × t1 ÷ t2) plus one krone if the remainder ranks high enough;
 * first: t0 (the figure is the first year's).
 */
export type ExplainRule = 'sum' | 'difference' | 'product' | 'quotient' | 'atLeastZero' | 'leastAtLeastZero' | 'index' | 'mixedWeight' | 'largestRemainder' | 'first';

/** Where in the app an input is set. */
export type InputPlace =
  | { readonly view: 'grid'; readonly row: string; readonly scenarioId: string }
  | { readonly view: 'tasks'; readonly taskId: string; readonly scenarioId: string }
  | { readonly view: 'assumptions'; readonly field: string }
  | { readonly view: 'municipalities'; readonly code: string }
  | { readonly view: 'anchoring'; readonly part: 'employer' | 'host'; readonly id: string };

/** Where an input's value comes from. */
export type Origin =
  | Exclude<Source, { kind: 'user' }>
  /** The user's own entry: in one scenario, or (null) for the whole workspace. */
  | { readonly kind: 'user'; readonly scenarioId: string | null }
  /**
   * Follows from the scenario's choices, e.g. months from its start and end; `paysIn`: and from
   * the months a funder pays, where it pays in part of the period.
   */
  | { readonly kind: 'derived'; readonly scenarioId: string; readonly paysIn?: { readonly from: YearMonth | null; readonly to: YearMonth | null } }
  /** A fixed number of the rule, e.g. 12 months in a year. */
  | { readonly kind: 'constant' };

/** How the remainder kroner were placed, for one municipality's bill. */
export interface AllocationDetail {
  /** The municipality's exact share of the supplement (kr., not rounded). */
  readonly exact: number;
  readonly whole: number;
  readonly remainder: number;
  /** Kroner left once every municipality had its whole kroner. */
  readonly left: number;
  /** This remainder's place among all remainders (1 = largest; ties by municipality code). */
  readonly rank: number;
  readonly count: number;
  readonly extraKrone: boolean;
}

export interface Explanation {
  /** Unique within a workspace: "level-2|2027|staff", or "ws|costPerFte" for a shared input. */
  readonly id: string;
  readonly label: ExplainLabel;
  readonly unit: ExplainUnit;
  readonly value: number;
  readonly year?: number;
  readonly rule?: ExplainRule;
  /** Decimal places the rule's result is rounded to (0: whole kroner). */
  readonly round?: number;
  readonly terms?: readonly Explanation[];
  /** Set for inputs (leaves). */
  readonly origin?: Origin;
  readonly setAt?: InputPlace;
  readonly range?: { readonly low: number; readonly high: number };
  readonly allocation?: AllocationDetail;
}

const DERIVED_TEXT = { kind: 'derived' } as const;
/** A year's planned reserve draw before anyone has planned one. */
const NO_DRAW_PLANNED: Origin = {
  kind: 'assumption',
  reason: { da: 'Intet træk planlagt for året: opsparingen bruges kun, hvor I planlægger det', en: 'No draw planned for the year: the reserve is used only where you plan it' },
};

/**
 * Equal shares where the key has nothing to weigh by (allocation.ts): said as the reason for the
 * "1" each municipality counts as. "Fordelingsandel 0,0909" next to a key of "Indbyggertal" left
 * the reader to guess (a fresh-eyes walk).
 */
const NO_WEIGHTS: Origin = {
  kind: 'assumption',
  reason: { da: 'Alle egne vægte er 0, så tillægget deles ligeligt. Giv vægte under Kommuner', en: 'Every own weight is 0, so the supplement is split equally. Give weights under Municipalities' },
};
const NO_POPULATION: Origin = {
  kind: 'assumption',
  reason: { da: 'Alle indbyggertal er 0, så tillægget deles ligeligt. Ret indbyggertallene under Kommuner', en: 'Every population is 0, so the supplement is split equally. Correct the populations under Municipalities' },
};
/** Set at the municipality's own row under Kommuner, where a population or a weight is given. */
const equalBecause = (origin: Origin, why: 'noWeights' | 'noPopulation', code: string): Explanation => ({ id: `const|one|${why}|${code}`, label: { term: 'one' }, unit: 'number', value: 1, origin, setAt: { view: 'municipalities', code } });

const rangeOf = (e: Estimate, scale = 1): Explanation['range'] => (e.low === e.high ? undefined : { low: e.low / scale, high: e.high / scale });

/** Builds every node of one scenario once; nodes are shared where the model shares a value. */
class ScenarioExplainer {
  private readonly nodes = new Map<string, Explanation>();
  private readonly allocations = new Map<string, AllocationDetail[]>();
  private readonly tasks: PortfolioTask[];
  private readonly context;
  private readonly years: number[];
  private readonly weights: number[];

  constructor(
    private readonly ws: Workspace,
    private readonly s: Scenario,
  ) {
    this.tasks = portfolio(ws.catalogue, s);
    this.context = scenarioContext(ws, s);
    this.years = yearsOf(s.start, s.end);
    this.weights = allocationWeights(s.allocation, ws.municipalities);
  }

  private once(id: string, build: () => Explanation): Explanation {
    let node = this.nodes.get(id);
    if (!node) {
      node = build();
      this.nodes.set(id, node);
    }
    return node;
  }

  private key = (year: number | 'horizon', what: string) => `${this.s.id}|${year}|${what}`;

  // — Inputs —

  private constant(value: number, term: ExplainTerm, unit: ExplainUnit): Explanation {
    return { id: `const|${term}|${value}`, label: { term }, unit, value, origin: { kind: 'constant' } };
  }

  /** The workspace's assumption, unless the user changed it from the region's default. */
  private assumptionOrigin(key: 'costPerFte' | 'openingReserve' | 'wageIndexation' | 'priceIndexation' | 'priceYear'): Origin {
    return this.sourceOrigin(assumptionSource(this.ws, key), null);
  }

  private sourceOrigin(source: Source, scenarioId: string | null): Origin {
    return source.kind === 'user' ? { kind: 'user', scenarioId } : source;
  }

  costPerFte(): Explanation {
    const own = this.s.costPerFte;
    if (own)
      return this.once(`${this.s.id}|costPerFte`, () => ({
        id: `${this.s.id}|costPerFte`,
        label: { term: 'costPerFte' },
        unit: 'kr',
        value: own.central,
        range: rangeOf(own),
        origin: { kind: 'user', scenarioId: this.s.id },
        setAt: { view: 'grid', row: 'costPerFte', scenarioId: this.s.id },
      }));
    const shared = this.ws.assumptions.costPerFte;
    return this.once('ws|costPerFte', () => ({
      id: 'ws|costPerFte',
      label: { term: 'costPerFte' },
      unit: 'kr',
      value: shared.central,
      range: rangeOf(shared),
      origin: this.assumptionOrigin('costPerFte'),
      // The scenario's cell: it shows the shared value and sets the scenario's own.
      setAt: { view: 'grid', row: 'costPerFte', scenarioId: this.s.id },
    }));
  }

  private assumptionInput(key: 'wageIndexation' | 'priceIndexation' | 'priceYear' | 'openingReserve', unit: ExplainUnit): Explanation {
    return this.once(`ws|${key}`, () => ({
      id: `ws|${key}`,
      label: { term: key },
      unit,
      value: this.ws.assumptions[key],
      origin: this.assumptionOrigin(key),
      setAt: { view: 'assumptions', field: key },
    }));
  }

  private months(year: number): Explanation {
    return this.once(this.key(year, 'months'), () => ({
      id: this.key(year, 'months'),
      label: { term: 'months' },
      unit: 'months',
      year,
      value: monthsIn(year, { from: this.s.start, to: this.s.end }),
      origin: { ...DERIVED_TEXT, scenarioId: this.s.id },
      setAt: { view: 'grid', row: 'start', scenarioId: this.s.id },
    }));
  }

  private shareOfYear(year: number): Explanation {
    return this.once(this.key(year, 'share'), () => {
      const months = this.months(year);
      return { id: this.key(year, 'share'), label: { term: 'shareOfYear' }, unit: 'factor', year, value: months.value / 12, rule: 'quotient', terms: [months, this.constant(12, 'monthsPerYear', 'months')] };
    });
  }

  private index(year: number, which: 'wage' | 'price'): Explanation {
    // The index does not depend on the scenario: one node per year for the whole workspace.
    const id = `ws|${year}|${which}Index`;
    return this.once(id, () => {
      const rate = this.assumptionInput(which === 'wage' ? 'wageIndexation' : 'priceIndexation', 'percent');
      const priceYear = this.assumptionInput('priceYear', 'year');
      return {
        id,
        label: { term: which === 'wage' ? 'wageIndex' : 'priceIndex' },
        unit: 'factor',
        year,
        value: indexFactor(rate.value, year, priceYear.value),
        rule: 'index',
        terms: [rate, { id: `const|year|${year}`, label: { term: 'year' }, unit: 'year', value: year, origin: { kind: 'constant' } }, priceYear],
      };
    });
  }

  private taskName(t: PortfolioTask): LocalText {
    return t.catalogue?.name ?? { da: t.custom!.name, en: t.custom!.name };
  }

  private taskInput(t: PortfolioTask, what: 'effort' | 'activity'): Explanation {
    const own = what === 'effort' ? t.differs.effort : t.differs.activity;
    const value = what === 'effort' ? t.effort : t.activity;
    // A catalogue default is one input for every scenario that keeps it.
    const id = own ? `${this.s.id}|task|${t.id}|${what}` : `ws|task|${t.id}|${what}`;
    return this.once(id, () => ({
      id,
      label: { term: what === 'effort' ? 'taskEffort' : 'taskActivity', name: this.taskName(t) },
      unit: what === 'effort' ? 'fte' : 'kr',
      value: what === 'effort' ? value.central / 100 : value.central,
      range: rangeOf(value, what === 'effort' ? 100 : 1),
      origin: own || !t.catalogue ? { kind: 'user', scenarioId: this.s.id } : this.sourceOrigin(catalogueSource(this.ws, t.catalogue, what), null),
      setAt: { view: 'tasks', taskId: t.id, scenarioId: this.s.id },
    }));
  }

  fte(year: number): Explanation {
    const staffing = this.s.staffing;
    if (staffing)
      return this.once(`${this.s.id}|staffing`, () => ({
        id: `${this.s.id}|staffing`,
        label: { term: 'staffing' },
        unit: 'fte',
        value: staffing.central / 100,
        range: rangeOf(staffing, 100),
        origin: { kind: 'user', scenarioId: this.s.id },
        setAt: { view: 'grid', row: 'staffing', scenarioId: this.s.id },
      }));
    const active = activeIn(this.tasks, year);
    // The same tasks in two years are the same sum: one node (and one workbook cell).
    const id = `${this.s.id}|fte|${active.map((t) => t.id).join(',')}`;
    return this.once(id, () => {
      const terms = active.map((t) => this.taskInput(t, 'effort'));
      return { id, label: { term: 'fte' }, unit: 'fte', value: active.reduce((sum, t) => sum + t.effort.central, 0) / 100, rule: 'sum', round: 2, terms };
    });
  }

  private staff(year: number): Explanation {
    return this.once(this.key(year, 'staff'), () => {
      const terms = [this.fte(year), this.costPerFte(), this.index(year, 'wage'), this.shareOfYear(year)];
      return this.roundedProduct(this.key(year, 'staff'), { term: 'staff' }, year, terms);
    });
  }

  private roundedProduct(id: string, label: ExplainLabel, year: number, terms: Explanation[]): Explanation {
    const value = Math.round(terms.reduce((product, t, i) => (i === 0 ? t.value : product * t.value), 0));
    return { id, label, unit: 'kr', year, value, rule: 'product', round: 0, terms };
  }

  private activities(year: number): Explanation {
    return this.once(this.key(year, 'activities'), () => {
      const active = activeIn(this.tasks, year);
      const totalId = `${this.s.id}|activityTotal|${active.map((t) => t.id).join(',')}`;
      const total = this.once(totalId, () => {
        const terms = active.map((t) => this.taskInput(t, 'activity'));
        return { id: totalId, label: { term: 'activityTotal' }, unit: 'kr', value: terms.reduce((sum, t) => sum + t.value, 0), rule: 'sum', terms };
      });
      return this.roundedProduct(this.key(year, 'activities'), { term: 'activities' }, year, [total, this.index(year, 'price'), this.shareOfYear(year)]);
    });
  }

  private administration(year: number): Explanation {
    return this.once(this.key(year, 'administration'), () => {
      const e = this.context.employer;
      const cost = this.once(`ws|employer|${e.id}|adminCost`, () => ({
        id: `ws|employer|${e.id}|adminCost`,
        label: { term: 'adminCost', name: e.name },
        unit: 'kr',
        value: e.adminCost.central,
        range: rangeOf(e.adminCost),
        origin: this.sourceOrigin(employerSource(this.ws, e), null),
        setAt: { view: 'anchoring', part: 'employer', id: e.id },
      }));
      return this.roundedProduct(this.key(year, 'administration'), { term: 'administration', name: e.name }, year, [cost, this.index(year, 'price'), this.shareOfYear(year)]);
    });
  }

  private host(year: number): Explanation {
    return this.once(this.key(year, 'host'), () => {
      const h = this.context.host;
      const input = (key: 'costPerFte' | 'fixedCost'): Explanation =>
        this.once(`ws|host|${h.id}|${key}`, () => ({
          id: `ws|host|${h.id}|${key}`,
          label: { term: key === 'costPerFte' ? 'hostCostPerFte' : 'hostFixedCost', name: h.name },
          unit: 'kr',
          value: h[key].central,
          range: rangeOf(h[key]),
          origin: this.sourceOrigin(hostSource(this.ws, h, key), null),
          setAt: { view: 'anchoring', part: 'host', id: h.id },
        }));
      const perFte = this.roundedProduct(this.key(year, 'hostPerFte'), { term: 'hostPerFte', name: h.name }, year, [this.fte(year), input('costPerFte'), this.index(year, 'price'), this.shareOfYear(year)]);
      const fixed = this.roundedProduct(this.key(year, 'hostFixed'), { term: 'hostFixed', name: h.name }, year, [input('fixedCost'), this.index(year, 'price'), this.shareOfYear(year)]);
      return { id: this.key(year, 'host'), label: { term: 'host', name: h.name }, unit: 'kr', year, value: perFte.value + fixed.value, rule: 'sum', terms: [perFte, fixed] };
    });
  }

  totalCost(year: number): Explanation {
    return this.once(this.key(year, 'totalCost'), () => {
      const terms = [this.staff(year), this.activities(year), this.administration(year), this.host(year)];
      return { id: this.key(year, 'totalCost'), label: { term: 'totalCost' }, unit: 'kr', year, value: terms.reduce((sum, t) => sum + t.value, 0), rule: 'sum', terms };
    });
  }

  private funderAmount(f: Funder): Explanation {
    const own = this.s.funding[f.id];
    const amount = own ?? f.amount;
    const id = own ? `${this.s.id}|funder|${f.id}` : `ws|funder|${f.id}`;
    const scale = f.unit === 'fte' ? 100 : 1;
    return this.once(id, () => ({
      id,
      label: { term: 'funderAmount', name: f.name },
      unit: f.unit === 'fte' ? 'fte' : 'kr',
      value: amount.central / scale,
      range: rangeOf(amount, scale),
      origin: own ? { kind: 'user', scenarioId: this.s.id } : this.sourceOrigin(funderSource(this.ws, f), null),
      setAt: { view: 'grid', row: `funder-${f.id}`, scenarioId: this.s.id },
    }));
  }

  funderLine(year: number, f: Funder): Explanation {
    return this.once(this.key(year, `funder:${f.id}`), () => {
      const months = this.once(this.key(year, `funderMonths:${f.id}`), () => ({
        id: this.key(year, `funderMonths:${f.id}`),
        label: { term: 'funderMonths', name: f.name },
        unit: 'months',
        year,
        value: monthsIn(year, { from: this.s.start, to: this.s.end }, f),
        origin: { ...DERIVED_TEXT, scenarioId: this.s.id, ...((f.from || f.to) && { paysIn: { from: f.from, to: f.to } }) },
        setAt: { view: 'assumptions', field: `funder-${f.id}` },
      }));
      const share: Explanation = { id: this.key(year, `funderShare:${f.id}`), label: { term: 'funderShare', name: f.name }, unit: 'factor', year, value: months.value / 12, rule: 'quotient', terms: [months, this.constant(12, 'monthsPerYear', 'months')] };
      const terms = f.unit === 'fte' ? [this.funderAmount(f), this.costPerFte(), this.index(year, 'wage'), share] : [this.funderAmount(f), share];
      return this.roundedProduct(this.key(year, `funder:${f.id}`), { term: 'funder', name: f.name }, year, terms);
    });
  }

  private funderLines(year: number): Explanation[] {
    return this.ws.funders.map((f) => this.funderLine(year, f));
  }

  /** The reserve before the year: the opening reserve, less what earlier years drew. */
  private reserveBefore(year: number): Explanation {
    const index = this.years.indexOf(year);
    if (index <= 0) return this.assumptionInput('openingReserve', 'kr');
    return this.reserveLeft(this.years[index - 1]!);
  }

  reserveLeft(year: number): Explanation {
    return this.once(this.key(year, 'reserveLeft'), () => {
      const before = this.reserveBefore(year);
      const drawn = this.reserveDrawn(year);
      return { id: this.key(year, 'reserveLeft'), label: { term: 'reserveLeft' }, unit: 'kr', year, value: before.value - drawn.value, rule: 'difference', terms: [before, drawn] };
    });
  }

  reserveDrawn(year: number): Explanation {
    return this.once(this.key(year, 'reserveDrawn'), () => {
      const planned: Explanation = {
        id: this.key(year, 'reservePlanned'),
        label: { term: 'reservePlanned' },
        unit: 'kr',
        year,
        value: this.s.reserveDrawdown[String(year)] ?? 0,
        // 0 until someone plans a draw for the year: that default is not the user's entry.
        origin: String(year) in this.s.reserveDrawdown ? { kind: 'user', scenarioId: this.s.id } : NO_DRAW_PLANNED,
        setAt: { view: 'grid', row: `reserve-${year}`, scenarioId: this.s.id },
      };
      const lines = this.funderLines(year);
      const total = this.totalCost(year);
      const need: Explanation = { id: this.key(year, 'reserveNeed'), label: { term: 'reserveNeed' }, unit: 'kr', year, value: lines.reduce((rest, l) => rest - l.value, total.value), rule: 'difference', terms: [total, ...lines] };
      const before = this.reserveBefore(year);
      const value = Math.max(0, Math.min(planned.value, before.value, need.value));
      return { id: this.key(year, 'reserveDrawn'), label: { term: 'reserveDrawn' }, unit: 'kr', year, value, rule: 'leastAtLeastZero', terms: [planned, before, need] };
    });
  }

  funding(year: number): Explanation {
    return this.once(this.key(year, 'funding'), () => {
      const terms = [...this.funderLines(year), this.reserveDrawn(year)];
      return { id: this.key(year, 'funding'), label: { term: 'funding' }, unit: 'kr', year, value: terms.reduce((sum, t) => sum + t.value, 0), rule: 'sum', terms };
    });
  }

  supplement(year: number): Explanation {
    return this.once(this.key(year, 'supplement'), () => {
      const total = this.totalCost(year);
      const paid = [...this.funderLines(year), this.reserveDrawn(year)];
      const value = Math.max(0, paid.reduce((rest, t) => rest - t.value, total.value));
      return { id: this.key(year, 'supplement'), label: { term: 'supplement' }, unit: 'kr', year, value, rule: 'atLeastZero', terms: [total, ...paid] };
    });
  }

  surplus(year: number): Explanation {
    return this.once(this.key(year, 'surplus'), () => {
      const funding = this.funding(year);
      const total = this.totalCost(year);
      return { id: this.key(year, 'surplus'), label: { term: 'surplus' }, unit: 'kr', year, value: Math.max(0, funding.value - total.value), rule: 'atLeastZero', terms: [funding, total] };
    });
  }

  population(): Explanation {
    return this.once('ws|population', () => {
      const terms = this.ws.municipalities.map((m) => this.municipalityPopulation(m.code));
      return { id: 'ws|population', label: { term: 'population' }, unit: 'inhabitants', value: terms.reduce((sum, t) => sum + t.value, 0), rule: 'sum', terms };
    });
  }

  private municipalityPopulation(code: string): Explanation {
    const m = this.ws.municipalities.find((x) => x.code === code)!;
    return this.once(`ws|population|${code}`, () => ({
      id: `ws|population|${code}`,
      label: { term: 'municipalityPopulation', name: { da: m.name, en: m.name } },
      unit: 'inhabitants',
      value: m.population,
      origin: { kind: 'data', reason: populationOrigin(this.ws, code) },
      setAt: { view: 'municipalities', code },
    }));
  }

  perInhabitant(supplement: Explanation, id: string, year?: number): Explanation {
    return this.once(id, () => {
      const population = this.population();
      return { id, label: { term: 'perInhabitant' }, unit: 'krPerInhabitant', year, value: population.value > 0 ? supplement.value / population.value : 0, rule: 'quotient', terms: [supplement, population] };
    });
  }

  /** A municipality's share of the supplement under the scenario's key, as the model forms it. */
  weight(index: number): Explanation {
    const m = this.ws.municipalities[index]!;
    const name = { da: m.name, en: m.name };
    const id = `${this.s.id}|weight|${m.code}`;
    return this.once(id, () => {
      const key = this.s.allocation;
      const value = this.weights[index]!;
      const population = this.population();
      const populationShare = (): Explanation =>
        population.value > 0
          ? { id: `ws|populationShare|${m.code}`, label: { term: 'populationShare', name }, unit: 'factor', value: m.population / population.value, rule: 'quotient', terms: [this.municipalityPopulation(m.code), population] }
          : { id: `ws|populationShare|${m.code}`, label: { term: 'populationShare', name }, unit: 'factor', value: 1 / this.ws.municipalities.length, rule: 'quotient', terms: [equalBecause(NO_POPULATION, 'noPopulation', m.code), this.count()] };
      switch (key.kind) {
        case 'population':
          return { ...populationShare(), id, label: { term: 'weight', name } };
        case 'equal':
          return { id, label: { term: 'weight', name }, unit: 'factor', value, rule: 'quotient', terms: [this.constant(1, 'one', 'number'), this.count()] };
        case 'mixed': {
          const percent: Explanation = { id: `${this.s.id}|equalPercent`, label: { term: 'equalPercent' }, unit: 'percent', value: key.equalPercent, origin: { kind: 'user', scenarioId: this.s.id }, setAt: { view: 'grid', row: 'equalPercent', scenarioId: this.s.id } };
          return { id, label: { term: 'weight', name }, unit: 'factor', value, rule: 'mixedWeight', terms: [percent, this.count(), populationShare()] };
        }
        case 'custom': {
          if (equalSplitReason(key, this.ws.municipalities)) return { id, label: { term: 'weight', name }, unit: 'factor', value, rule: 'quotient', terms: [equalBecause(NO_WEIGHTS, 'noWeights', m.code), this.count()] };
          const raw = this.ws.municipalities.map((x) => Math.max(0, key.weights[x.code] ?? 0));
          const total = raw.reduce((s, w) => s + w, 0);
          const input = (i: number): Explanation => {
            const x = this.ws.municipalities[i]!;
            return this.once(`${this.s.id}|customWeight|${x.code}`, () => ({
              id: `${this.s.id}|customWeight|${x.code}`,
              label: { term: 'customWeight', name: { da: x.name, en: x.name } },
              unit: 'number',
              value: raw[i]!,
              origin: { kind: 'user', scenarioId: this.s.id },
              setAt: { view: 'municipalities', code: x.code },
            }));
          };
          const sum = this.once(`${this.s.id}|customWeightSum`, () => ({ id: `${this.s.id}|customWeightSum`, label: { term: 'customWeightSum' }, unit: 'number', value: total, rule: 'sum', terms: raw.map((_, i) => input(i)) }));
          return { id, label: { term: 'weight', name }, unit: 'factor', value, rule: 'quotient', terms: [input(index), sum] };
        }
      }
    });
  }

  private count(): Explanation {
    return { id: 'ws|count', label: { term: 'count' }, unit: 'number', value: this.ws.municipalities.length, origin: { kind: 'data', reason: { da: this.ws.region, en: this.ws.region } } };
  }

  /** The weights summed in the allocator's order (by municipality code), as the model divides by it. */
  private weightSum(): Explanation {
    return this.once(`${this.s.id}|weightSum`, () => {
      const order = this.codeOrder();
      const terms = order.map((i) => this.weight(i));
      return { id: `${this.s.id}|weightSum`, label: { term: 'weightSum' }, unit: 'factor', value: terms.reduce((s, t) => s + t.value, 0), rule: 'sum', terms };
    });
  }

  codeOrder(): number[] {
    return this.ws.municipalities
      .map((m, i) => ({ code: m.code, i }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.i - b.i))
      .map(({ i }) => i);
  }

  /** How the remainder kroner of one year's supplement were placed, for every municipality at once. */
  private allocationDetails(year: number): AllocationDetail[] {
    const key = this.key(year, 'allocation');
    let details = this.allocations.get(key);
    if (details) return details;
    const kroner = this.supplement(year).value;
    const weightSum = this.weightSum().value;
    const order = this.codeOrder();
    const n = this.weights.length;
    const exact = this.weights.map((w) => (weightSum > 0 ? (kroner * w) / weightSum : kroner / n));
    const whole = exact.map(Math.floor);
    const remainder = exact.map((e, i) => e - whole[i]!);
    const left = Math.min(n, Math.max(0, kroner - order.reduce((s, i) => s + whole[i]!, 0)));
    // Largest remainder first; equal remainders by municipality code, as the allocator places them.
    const ranked = order.map((i, place) => ({ i, place })).sort((a, b) => remainder[b.i]! - remainder[a.i]! || a.place - b.place);
    const rank = new Array<number>(n);
    ranked.forEach(({ i }, k) => (rank[i] = k + 1));
    details = this.weights.map((_, i) => ({ exact: exact[i]!, whole: whole[i]!, remainder: remainder[i]!, left, rank: rank[i]!, count: n, extraKrone: rank[i]! <= left }));
    this.allocations.set(key, details);
    return details;
  }

  municipality(year: number, index: number): Explanation {
    const m = this.ws.municipalities[index]!;
    return this.once(this.key(year, `municipality:${m.code}`), () => {
      const allocation = this.allocationDetails(year)[index]!;
      return {
        id: this.key(year, `municipality:${m.code}`),
        label: { term: 'municipalityAmount', name: { da: m.name, en: m.name } },
        unit: 'kr',
        year,
        value: allocation.whole + (allocation.extraKrone ? 1 : 0),
        rule: 'largestRemainder',
        terms: [this.supplement(year), this.weight(index), this.weightSum()],
        allocation,
      };
    });
  }

  /** A figure of one calendar year. */
  yearFigure(year: number, figure: FigureId): Explanation {
    switch (figure) {
      case 'fte':
        return this.fte(year);
      case 'totalCost':
        return this.totalCost(year);
      case 'staff':
        return this.staff(year);
      case 'activities':
        return this.activities(year);
      case 'administration':
        return this.administration(year);
      case 'host':
        return this.host(year);
      case 'funding':
        return this.funding(year);
      case 'reserveDrawn':
        return this.reserveDrawn(year);
      case 'supplement':
        return this.supplement(year);
      case 'perInhabitant':
        return this.perInhabitant(this.supplement(year), this.key(year, 'perInhabitant'), year);
      case 'surplus':
        return this.surplus(year);
      case 'reserveLeft':
        return this.reserveLeft(year);
      default:
        if (figure.startsWith('funder:')) return this.funderLine(year, this.ws.funders.find((f) => f.id === figure.slice(7))!);
        return this.municipality(year, Number(figure.slice('municipality:'.length)));
    }
  }

  /** The whole period: the years summed (the first year's FTE, the last year's reserve). */
  horizonFigure(figure: FigureId): Explanation {
    const years = this.years;
    if (figure === 'fte') return { ...this.fte(years[0]!), id: this.key('horizon', 'fte'), rule: 'first', terms: [this.fte(years[0]!)], origin: undefined, setAt: undefined };
    if (figure === 'reserveLeft') return this.reserveLeft(years[years.length - 1]!);
    if (figure === 'perInhabitant') return this.perInhabitant(this.horizonFigure('supplement'), this.key('horizon', 'perInhabitant'));
    return this.once(this.key('horizon', figure), () => {
      const terms = years.map((y) => this.yearFigure(y, figure));
      const first = terms[0]!;
      return { id: this.key('horizon', figure), label: first.label, unit: first.unit, value: terms.reduce((s, t) => s + t.value, 0), rule: 'sum', terms };
    });
  }
}

export interface ExplainRequest {
  readonly scenarioId: string;
  readonly figure: FigureId;
  /** "typical" (the first full year), a calendar year, or "horizon". */
  readonly year: YearKey;
}

const explainers = new WeakMap<Workspace, Map<string, ScenarioExplainer>>();

function explainerFor(ws: Workspace, scenarioId: string): ScenarioExplainer | null {
  const s = ws.scenarios.find((x) => x.id === scenarioId);
  if (!s) return null;
  let byScenario = explainers.get(ws);
  if (!byScenario) explainers.set(ws, (byScenario = new Map()));
  let explainer = byScenario.get(scenarioId);
  if (!explainer) byScenario.set(scenarioId, (explainer = new ScenarioExplainer(ws, s)));
  return explainer;
}

/** The first year the scenario runs all twelve months, else its first year (as compute.ts). */
export function typicalYear(s: Scenario): number {
  const years = yearsOf(s.start, s.end);
  return years.find((y) => monthsIn(y, { from: s.start, to: s.end }) === 12) ?? years[0]!;
}

/** How a figure of a scenario is built, or null when the scenario or the year is not there. */
export function explainFigure(ws: Workspace, request: ExplainRequest): Explanation | null {
  const explainer = explainerFor(ws, request.scenarioId);
  const s = ws.scenarios.find((x) => x.id === request.scenarioId);
  if (!explainer || !s) return null;
  if (request.year === 'horizon') return explainer.horizonFigure(request.figure);
  const year = request.year === 'typical' ? typicalYear(s) : Number(request.year);
  if (year < s.start.year || year > s.end.year) return null;
  return explainer.yearFigure(year, request.figure);
}

/** The figure in every year of the scenario, for "year by year" where the years differ. */
export function figureByYear(ws: Workspace, scenarioId: string, figure: FigureId): { year: number; value: number }[] {
  const explainer = explainerFor(ws, scenarioId);
  const s = ws.scenarios.find((x) => x.id === scenarioId);
  if (!explainer || !s) return [];
  return yearsOf(s.start, s.end).map((year) => ({ year, value: explainer.yearFigure(year, figure).value }));
}

/**
 * A node's value recomputed from its terms' values by its rule: what the workbook's formula
 * computes from the cells it references. An input is its own value; a municipality's bill is its
 * whole kroner plus the krone its remainder earned (the ranking needs every municipality, so it
 * is read from the detail).
 */
export function evaluate(node: Explanation): number {
  if (!node.rule || !node.terms) return node.value;
  const v = node.terms.map((t) => t.value);
  const rounded = (x: number) => (node.round === undefined ? x : Math.round(x * 10 ** node.round) / 10 ** node.round);
  switch (node.rule) {
    case 'sum':
      return rounded(v.reduce((s, x) => s + x, 0));
    case 'difference':
      return rounded(v.slice(1).reduce((s, x) => s - x, v[0]!));
    case 'product':
      return rounded(v.slice(1).reduce((p, x) => p * x, v[0]!));
    case 'quotient':
      return rounded(v[1] === 0 ? 0 : v[0]! / v[1]!);
    case 'atLeastZero':
      return rounded(Math.max(0, v.slice(1).reduce((s, x) => s - x, v[0]!)));
    case 'leastAtLeastZero':
      return rounded(Math.max(0, Math.min(...v)));
    case 'index':
      return rounded((1 + v[0]! / 100) ** (v[1]! - v[2]!));
    case 'mixedWeight': {
      const equalPart = v[0]! / 100;
      return rounded(equalPart / v[1]! + (1 - equalPart) * v[2]!);
    }
    case 'largestRemainder': {
      const exact = v[2]! > 0 ? (v[0]! * v[1]!) / v[2]! : 0;
      return Math.floor(exact) + (node.allocation?.extraKrone ? 1 : 0);
    }
    case 'first':
      return v[0]!;
  }
}

/** Every input under a node, once each, in the order met. */
export function inputsOf(node: Explanation): Explanation[] {
  const seen = new Map<string, Explanation>();
  const visit = (n: Explanation) => {
    if (!n.terms) {
      if (n.origin?.kind !== 'constant') seen.set(n.id, n);
      return;
    }
    n.terms.forEach(visit);
  };
  visit(node);
  return [...seen.values()];
}

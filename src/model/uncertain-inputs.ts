/**
 * The inputs behind one scenario's typical year, as a small formula over estimates:
 *
 *   cost       = FTE × (wage cost + host cost per FTE) / 100 + Σ additive costs
 *   funding    = reserve drawn + Σ funders + funded FTE × wage cost / 100
 *   supplement = max(0, cost − funding)
 *
 * where FTE (in hundredths) is the staffing override or the sum of the active tasks' efforts,
 * and each input already carries its share of the year and its index factor (`scale`). Shared
 * inputs have the same id in every scenario (the workspace's cost per FTE is one input), so a
 * simulation draws each once per sample: one world, every scenario in it.
 */
import { indexFactor, scenarioContext, computeWorkspace } from './compute';
import { costPerFteOf } from './cost-per-fte';
import { monthsIn } from './calendar';
import type { Estimate } from './estimate';
import { activeIn, portfolio } from './portfolio';
import type { LocalText, Workspace } from './types';

export type InputRole = 'fte' | 'wagePerFte' | 'hostPerFte' | 'cost' | 'funding' | 'fundedFte';

export interface UncertainInput {
  /** Stable across scenarios for shared inputs, e.g. `assumptions.costPerFte`. */
  readonly id: string;
  readonly label: LocalText;
  readonly role: InputRole;
  readonly estimate: Estimate;
  /** What one unit of the input counts for in the typical year (share of year × index). */
  readonly scale: number;
}

export interface ScenarioFormula {
  readonly scenarioId: string;
  readonly inputs: readonly UncertainInput[];
  /** Reserve drawn in the typical year: decided by the plan, not uncertain. */
  readonly fixedFunding: number;
  readonly population: number;
}

export function scenarioFormulas(ws: Workspace): ScenarioFormula[] {
  const results = computeWorkspace(ws);
  const population = results.totalPopulation;
  const a = ws.assumptions;
  return ws.scenarios.map((s, i) => {
    const r = results.scenarios[i]!;
    const typical = r.years[r.typicalIndex]!;
    const year = typical.year;
    const share = typical.months / 12;
    const wage = indexFactor(a.wageIndexation, year, a.priceYear) * share;
    const price = indexFactor(a.priceIndexation, year, a.priceYear) * share;
    const { employer, host } = scenarioContext(ws, s);
    const inputs: UncertainInput[] = [];
    const add = (id: string, label: LocalText, role: InputRole, estimate: Estimate, scale: number) => inputs.push({ id, label, role, estimate, scale });
    const tasks = activeIn(portfolio(ws.catalogue, s), year);
    if (s.staffing) add(`scenario.${s.id}.staffing`, { da: 'Årsværk', en: 'FTE' }, 'fte', s.staffing, 1);
    for (const t of tasks) {
      const own = !!s.tasks[t.id]?.effort || !t.catalogue;
      const name = t.catalogue?.name ?? { da: t.custom!.name, en: t.custom!.name };
      if (!s.staffing) add(own ? `scenario.${s.id}.task.${t.id}.effort` : `catalogue.${t.id}.effort`, { da: `Årsværk: ${name.da}`, en: `FTE: ${name.en}` }, 'fte', t.effort, 1);
      const ownActivity = !!s.tasks[t.id]?.activity || !t.catalogue;
      add(ownActivity ? `scenario.${s.id}.task.${t.id}.activity` : `catalogue.${t.id}.activity`, { da: `Aktiviteter: ${name.da}`, en: `Activities: ${name.en}` }, 'cost', t.activity, price);
    }
    add(s.costPerFte ? `scenario.${s.id}.costPerFte` : 'assumptions.costPerFte', { da: 'Lønomkostning pr. årsværk', en: 'Cost per FTE' }, 'wagePerFte', costPerFteOf(ws, s), wage);
    add(`host.${host.id}.costPerFte`, { da: `${host.name.da}: pr. årsværk`, en: `${host.name.en}: per FTE` }, 'hostPerFte', host.costPerFte, price);
    add(`host.${host.id}.fixedCost`, { da: `${host.name.da}: faste udgifter`, en: `${host.name.en}: fixed costs` }, 'cost', host.fixedCost, price);
    add(`employer.${employer.id}.adminCost`, { da: `Administration: ${employer.name.da}`, en: `Administration: ${employer.name.en}` }, 'cost', employer.adminCost, price);
    for (const f of ws.funders) {
      const months = monthsIn(year, { from: s.start, to: s.end }, f);
      const own = !!s.funding[f.id];
      const fid = own ? `scenario.${s.id}.funding.${f.id}` : `funder.${f.id}.amount`;
      const amount = s.funding[f.id] ?? f.amount;
      if (f.unit === 'fte') add(fid, f.name, 'fundedFte', amount, share > 0 ? months / 12 / share : 0);
      else add(fid, f.name, 'funding', amount, months / 12);
    }
    return { scenarioId: s.id, inputs, fixedFunding: typical.funding.reserve.central, population };
  });
}

/** Typical-year cost and supplement for given input values (by position in `inputs`). */
export function evaluateFormula(f: ScenarioFormula, value: (index: number) => number): { cost: number; supplement: number } {
  let fte = 0;
  let wage = 0;
  let host = 0;
  let additive = 0;
  let funding = f.fixedFunding;
  let fundedFte = 0;
  f.inputs.forEach((input, i) => {
    const v = value(i) * input.scale;
    switch (input.role) {
      case 'fte':
        fte += v;
        break;
      case 'wagePerFte':
        wage += v;
        break;
      case 'hostPerFte':
        host += v;
        break;
      case 'cost':
        additive += v;
        break;
      case 'funding':
        funding += v;
        break;
      case 'fundedFte':
        fundedFte += v;
    }
  });
  const cost = (fte * (wage + host)) / 100 + additive;
  funding += (fundedFte * wage) / 100;
  return { cost, supplement: Math.max(0, cost - funding) };
}

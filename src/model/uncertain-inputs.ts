/**
 * The inputs behind one scenario's typical year, as a small formula over estimates:
 *
 *   cost       = FTE × (cost per FTE + location cost per FTE) + Σ additive costs
 *   supplement = max(0, cost − Σ funding)
 *
 * where FTE is the staffing override or the sum of the active tasks' efforts. Inputs carry
 * ids that are the same across scenarios (the global cost per FTE is one input), so a
 * simulation draws each once per sample: one world, every scenario in it.
 */
import { computeWorkspace } from './compute';
import type { Estimate } from './estimate';
import { activeTasks } from './portfolio';
import type { LocalText, Workspace } from './types';

export type InputRole = 'fte' | 'perFte' | 'cost' | 'funding';

export interface UncertainInput {
  /** Stable across scenarios for shared inputs, e.g. `assumptions.costPerFte`. */
  readonly id: string;
  readonly label: LocalText;
  readonly role: InputRole;
  readonly estimate: Estimate;
}

export interface ScenarioFormula {
  readonly scenarioId: string;
  readonly inputs: readonly UncertainInput[];
  /** Reserve drawn in the typical year: decided by the user, not uncertain. */
  readonly fixedFunding: number;
  /** Share of the typical year the secretariat runs (1 unless the horizon is one part year). */
  readonly yearFraction: number;
  readonly population: number;
}

const text = (da: string, en: string): LocalText => ({ da, en });

export function scenarioFormulas(ws: Workspace): ScenarioFormula[] {
  const results = computeWorkspace(ws);
  const population = results.totalPopulation;
  return ws.scenarios.map((s, i) => {
    const anchoring = ws.anchoringModels.find((m) => m.id === s.anchoring)!;
    const location = ws.locations.find((l) => l.id === s.location)!;
    const inputs: UncertainInput[] = [];
    if (s.staffingFte) inputs.push({ id: `scenario.${s.id}.staffing`, label: text('Årsværk', 'FTE'), role: 'fte', estimate: s.staffingFte });
    const tasks = activeTasks(ws.tasks, s);
    if (!s.staffingFte) for (const t of tasks) inputs.push({ id: `task.${t.id}.fte`, label: { da: `Årsværk: ${t.name.da}`, en: `FTE: ${t.name.en}` }, role: 'fte', estimate: t.fte });
    inputs.push(
      s.costPerFte
        ? { id: `scenario.${s.id}.costPerFte`, label: text('Lønomkostning pr. årsværk', 'Cost per FTE'), role: 'perFte', estimate: s.costPerFte }
        : { id: 'assumptions.costPerFte', label: text('Lønomkostning pr. årsværk', 'Cost per FTE'), role: 'perFte', estimate: ws.assumptions.costPerFte },
    );
    inputs.push({ id: `location.${location.id}.costPerFte`, label: { da: `${location.name.da}: pr. årsværk`, en: `${location.name.en}: per FTE` }, role: 'perFte', estimate: location.costPerFte });
    for (const t of tasks) inputs.push({ id: `task.${t.id}.activityCost`, label: { da: `Aktiviteter: ${t.name.da}`, en: `Activities: ${t.name.en}` }, role: 'cost', estimate: t.activityCost });
    inputs.push({ id: 'assumptions.fixedOperatingCost', label: text('Licenser og bogholderi', 'Licences and bookkeeping'), role: 'cost', estimate: ws.assumptions.fixedOperatingCost });
    inputs.push({ id: `anchoring.${anchoring.id}.overhead`, label: { da: `Administration: ${anchoring.name.da}`, en: `Administration: ${anchoring.name.en}` }, role: 'cost', estimate: anchoring.adminOverhead });
    inputs.push({ id: `location.${location.id}.fixed`, label: { da: `${location.name.da}: faste udgifter`, en: `${location.name.en}: fixed costs` }, role: 'cost', estimate: location.fixedCost });
    inputs.push({ id: `scenario.${s.id}.baseGrant`, label: text('Grundbevilling BRN', 'BRN base grant'), role: 'funding', estimate: s.funding.baseGrant });
    inputs.push({ id: `scenario.${s.id}.region`, label: text('Regionens bidrag', 'Region contribution'), role: 'funding', estimate: s.funding.region });
    inputs.push({ id: `scenario.${s.id}.external`, label: text('Ekstern finansiering', 'External funding'), role: 'funding', estimate: s.funding.external });
    const typical = results.scenarios[i]!.typicalYear;
    return { scenarioId: s.id, inputs, fixedFunding: typical.funding.reserve.central, yearFraction: typical.yearFraction, population };
  });
}

/** Typical-year cost and supplement for given input values (by position in `inputs`). */
export function evaluateFormula(f: ScenarioFormula, value: (index: number) => number): { cost: number; supplement: number } {
  let fte = 0;
  let perFte = 0;
  let cost = 0;
  let funding = f.fixedFunding;
  f.inputs.forEach((input, i) => {
    const v = value(i);
    if (input.role === 'fte') fte += v;
    else if (input.role === 'perFte') perFte += v;
    else if (input.role === 'cost') cost += v;
    else funding += v;
  });
  cost = (cost + fte * perFte) * f.yearFraction;
  funding = f.fixedFunding + (funding - f.fixedFunding) * f.yearFraction;
  return { cost, supplement: Math.max(0, cost - funding) };
}

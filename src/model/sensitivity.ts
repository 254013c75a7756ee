/**
 * Sensitivity (the tornado): each uncertain input swung to its low and its high end with
 * every other input at its central value. Ranked by the swing in the supplement per
 * inhabitant (the directors' question), then by the swing in cost.
 */
import { evaluateFormula, type ScenarioFormula, type UncertainInput } from './uncertain-inputs';

export interface Swing {
  readonly input: UncertainInput;
  readonly cost: { readonly low: number; readonly high: number };
  readonly perInhabitant: { readonly low: number; readonly high: number };
}

export interface Tornado {
  readonly scenarioId: string;
  readonly centralCost: number;
  readonly centralPerInhabitant: number;
  readonly swings: readonly Swing[];
}

export function tornado(f: ScenarioFormula): Tornado {
  const central = (i: number) => f.inputs[i]!.estimate.central;
  const perInhabitant = (supplement: number) => (f.population > 0 ? supplement / f.population : 0);
  const base = evaluateFormula(f, central);
  const swings = f.inputs
    .map((input, j) => {
      if (input.estimate.low === input.estimate.high) return null;
      const at = (end: 'low' | 'high') => evaluateFormula(f, (i) => (i === j ? input.estimate[end] : central(i)));
      const low = at('low');
      const high = at('high');
      return {
        input,
        cost: { low: low.cost, high: high.cost },
        perInhabitant: { low: perInhabitant(low.supplement), high: perInhabitant(high.supplement) },
      };
    })
    .filter((s): s is Swing => s !== null)
    .sort(
      (a, b) =>
        Math.abs(b.perInhabitant.high - b.perInhabitant.low) - Math.abs(a.perInhabitant.high - a.perInhabitant.low) ||
        Math.abs(b.cost.high - b.cost.low) - Math.abs(a.cost.high - a.cost.low) ||
        a.input.id.localeCompare(b.input.id),
    );
  return { scenarioId: f.scenarioId, centralCost: base.cost, centralPerInhabitant: perInhabitant(base.supplement), swings };
}

/**
 * Splitting the municipal supplement between municipalities. Amounts are whole kroner that
 * sum exactly to the total (largest remainder method); ties go to the lower municipality code,
 * so the same input gives the same bill whatever order the municipalities are listed in.
 * The work is O(n log n) in the number of municipalities, whatever the amount.
 */
import type { AllocationKey, Municipality } from './types';

/** Each municipality's share under an allocation key; the shares sum to 1. */
export function allocationWeights(key: AllocationKey, municipalities: readonly Municipality[]): number[] {
  const count = municipalities.length;
  if (count === 0) return [];
  const totalPopulation = municipalities.reduce((s, m) => s + m.population, 0);
  const populationShares = municipalities.map((m) => (totalPopulation > 0 ? m.population / totalPopulation : 1 / count));
  switch (key.kind) {
    case 'population':
      return populationShares;
    case 'equal':
      return municipalities.map(() => 1 / count);
    case 'mixed': {
      const equalPart = key.equalPercent / 100;
      return populationShares.map((share) => equalPart / count + (1 - equalPart) * share);
    }
    case 'custom': {
      // With no weights entered yet nobody can be billed by weight: equal shares rather than
      // leaving the supplement unallocated.
      if (equalSplitReason(key, municipalities)) return municipalities.map(() => 1 / count);
      const raw = municipalities.map((m) => Math.max(0, key.weights[m.code] ?? 0));
      const total = raw.reduce((s, w) => s + w, 0);
      return raw.map((w) => w / total);
    }
  }
}

/**
 * Why a key that names another split gives equal shares: every own weight is 0 (`noWeights`), or
 * every population (`noPopulation`); null where it splits as it names. Said beside the key, as
 * Hvorfor? says it: eleven zeros gave every municipality 1/11 without a word (a fresh-eyes walk).
 */
export function equalSplitReason(key: AllocationKey, municipalities: readonly Municipality[]): 'noWeights' | 'noPopulation' | null {
  if (municipalities.length === 0 || key.kind === 'equal') return null;
  if (key.kind === 'custom') return municipalities.some((m) => (key.weights[m.code] ?? 0) > 0) ? null : 'noWeights';
  if (key.kind === 'mixed' && key.equalPercent >= 100) return null;
  return municipalities.some((m) => m.population > 0) ? null : 'noPopulation';
}

/**
 * Largest remainder: floor every exact share, then give one krone each to the largest
 * fractional remainders until the total is reached. Equal remainders go to the lower index.
 * The missing kroner are fewer than n, so this never loops on the amount.
 */
export function allocateByWeights(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const kroner = Math.round(total);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const amounts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let allocated = 0;
  for (let i = 0; i < n; i++) {
    const exact = weightSum > 0 ? (kroner * (weights[i] ?? 0)) / weightSum : kroner / n;
    const whole = Math.floor(exact);
    amounts[i] = whole;
    remainders[i] = exact - whole;
    allocated += whole;
  }
  const missing = Math.min(n, Math.max(0, kroner - allocated));
  if (missing > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let k = 0; k < missing; k++) amounts[order[k]!]! += 1;
  }
  // Floating-point shares can leave the floors a krone over the total; take it back from the smallest remainder.
  let excess = amounts.reduce((s, a) => s + a, 0) - kroner;
  for (let i = n - 1; excess > 0 && i >= 0; i--)
    if (amounts[i]! > 0) {
      amounts[i]! -= 1;
      excess--;
    }
  return amounts;
}

/**
 * An allocator for one set of weights: the code order is worked out once, and a total seen
 * before returns the same amounts (a horizon often repeats the same supplement year after year).
 * Callers must not mutate the returned arrays.
 */
export function createAllocator(weights: readonly number[], municipalities: readonly Municipality[]): (total: number) => number[] {
  const order = municipalities
    .map((m, i) => ({ code: m.code, i }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.i - b.i))
    .map(({ i }) => i);
  const orderedWeights = order.map((i) => weights[i] ?? 0);
  const cache = new Map<number, number[]>();
  return (total) => {
    const kroner = Math.round(total);
    let amounts = cache.get(kroner);
    if (!amounts) {
      const sorted = allocateByWeights(kroner, orderedWeights);
      amounts = new Array<number>(municipalities.length).fill(0);
      for (let k = 0; k < order.length; k++) amounts[order[k]!] = sorted[k] ?? 0;
      cache.set(kroner, amounts);
    }
    return amounts;
  };
}

/** Each municipality's whole-kroner share of `total` under a key, in the order given. */
export const allocateByKey = (total: number, key: AllocationKey, municipalities: readonly Municipality[]): number[] =>
  createAllocator(allocationWeights(key, municipalities), municipalities)(total);

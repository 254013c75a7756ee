/**
 * Splitting the municipal supplement between municipalities. Amounts are whole kroner that
 * sum exactly to the total (largest remainder method); ties go to the lower index so the same
 * input always gives the same bill, whatever the order the municipalities were listed in
 * (callers pass them in a canonical order: by municipality code).
 */
import type { AllocationKey, Municipality } from './types';

/** Each municipality's share under an allocation key; the shares sum to 1. */
export function allocationWeights(key: AllocationKey, municipalities: readonly Municipality[]): number[] {
  const count = municipalities.length;
  const totalPopulation = municipalities.reduce((s, m) => s + m.population, 0);
  const populationShares = municipalities.map((m) =>
    totalPopulation > 0 ? m.population / totalPopulation : 1 / count,
  );
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
      const raw = municipalities.map((m) => Math.max(0, key.weights[m.code] ?? 0));
      const total = raw.reduce((s, w) => s + w, 0);
      // With no weights entered yet, nobody can be billed by weight: fall back to equal shares
      // rather than leaving the supplement unallocated.
      return total > 0 ? raw.map((w) => w / total) : municipalities.map(() => 1 / count);
    }
  }
}

/**
 * Largest remainder: floor every exact share, then hand the missing kroner one each to the
 * largest fractional remainders. `total` is rounded to whole kroner first. Equal remainders
 * go to the lower index.
 */
export function allocateByWeights(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const kroner = Math.round(total);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const normalised = weightSum > 0 ? weights.map((w) => w / weightSum) : weights.map(() => 1 / n);
  const amounts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let allocated = 0;
  for (let i = 0; i < n; i++) {
    const exact = kroner * (normalised[i] ?? 0);
    const whole = Math.floor(exact);
    amounts[i] = whole;
    remainders[i] = exact - whole;
    allocated += whole;
  }
  let missing = kroner - allocated;
  if (missing > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b,
    );
    for (let k = 0; missing > 0; k = (k + 1) % n, missing--) {
      const i = order[k] ?? 0;
      amounts[i] = (amounts[i] ?? 0) + 1;
    }
  }
  return amounts;
}

/** Each municipality's whole-kroner share of `total`, in the order given. */
export function allocateByKey(
  total: number,
  key: AllocationKey,
  municipalities: readonly Municipality[],
): number[] {
  return allocateInCodeOrder(total, allocationWeights(key, municipalities), municipalities);
}

/**
 * Allocates in municipality-code order and maps back, so a tie for the last krone goes to the
 * same municipality however the list is sorted on screen.
 */
export function allocateInCodeOrder(
  total: number,
  weights: readonly number[],
  municipalities: readonly Municipality[],
): number[] {
  return createAllocator(weights, municipalities)(total);
}

/**
 * An allocator for one set of weights: the code order is worked out once, and a total seen
 * before returns the same amounts (a horizon repeats the same supplement year after year).
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByKey, allocateByWeights, allocationWeights, equalSplitReason } from './allocation';
import type { AllocationKey, Municipality } from './types';

const municipality = (code: string, population: number): Municipality => ({ code, name: code, population });

const arbMunicipalities = fc
  .uniqueArray(fc.integer({ min: 100, max: 999 }), { minLength: 1, maxLength: 40 })
  .chain((codes) =>
    fc.tuple(...codes.map((c) => fc.integer({ min: 0, max: 700_000 }).map((p) => municipality(String(c), p)))),
  );
const arbKey: fc.Arbitrary<AllocationKey> = fc.oneof(
  fc.constant({ kind: 'population' } as const),
  fc.constant({ kind: 'equal' } as const),
  fc.integer({ min: 0, max: 100 }).map((equalPercent) => ({ kind: 'mixed', equalPercent }) as const),
);
const arbTotal = fc.integer({ min: 0, max: 50_000_000 });

describe('allocateByKey', () => {
  it('always sums exactly to the total in whole, non-negative kroner', () => {
    fc.assert(
      fc.property(arbMunicipalities, arbKey, arbTotal, (ms, key, total) => {
        const amounts = allocateByKey(total, key, ms);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(amounts.every((a) => Number.isInteger(a) && a >= 0)).toBe(true);
      }),
    );
  });

  it('never bills a smaller municipality more than a larger one under the population key', () => {
    fc.assert(
      fc.property(arbMunicipalities, arbTotal, (ms, total) => {
        const amounts = allocateByKey(total, { kind: 'population' }, ms);
        ms.forEach((a, i) =>
          ms.forEach((b, j) => {
            if (a.population < b.population) expect(amounts[i]!).toBeLessThanOrEqual(amounts[j]!);
          }),
        );
      }),
    );
  });

  it('gives each municipality the same amount whatever order they are listed in', () => {
    fc.assert(
      fc.property(
        arbMunicipalities.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length }))),
        arbKey,
        arbTotal,
        ([ms, shuffled], key, total) => {
          const byCode = (list: Municipality[], amounts: number[]) =>
            Object.fromEntries(list.map((m, i) => [m.code, amounts[i]]));
          expect(byCode(shuffled, allocateByKey(total, key, shuffled))).toEqual(byCode(ms, allocateByKey(total, key, ms)));
        },
      ),
    );
  });

  it('stays within one krone of each exact share', () => {
    fc.assert(
      fc.property(arbMunicipalities, arbKey, arbTotal, (ms, key, total) => {
        const weights = allocationWeights(key, ms);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        allocateByKey(total, key, ms).forEach((amount, i) =>
          expect(Math.abs(amount - (total * weights[i]!) / weightSum)).toBeLessThan(1),
        );
      }),
    );
  });
});

describe('allocation keys', () => {
  const ms = [municipality('851', 226_033), municipality('825', 1_683)];

  it('equal shares split evenly, giving the odd krone by code order', () => {
    expect(allocateByKey(1001, { kind: 'equal' }, ms)).toEqual([500, 501]);
  });

  it('a 50 % equal mix lies halfway between equal and population shares', () => {
    const mixed = allocationWeights({ kind: 'mixed', equalPercent: 50 }, ms);
    const pop = allocationWeights({ kind: 'population' }, ms);
    expect(mixed[1]).toBeCloseTo((0.5 + pop[1]!) / 2, 12);
  });

  it('custom weights are used as given and unlisted municipalities pay nothing', () => {
    expect(allocateByKey(900, { kind: 'custom', weights: { '851': 2, '825': 1 } }, ms)).toEqual([600, 300]);
    expect(allocateByKey(900, { kind: 'custom', weights: { '851': 1 } }, ms)).toEqual([900, 0]);
  });

  it('says why a key gives equal shares where it names another split: no weight, no population', () => {
    expect(equalSplitReason({ kind: 'custom', weights: { '851': 0, '825': 0 } }, ms)).toBe('noWeights');
    expect(allocateByKey(1001, { kind: 'custom', weights: {} }, ms)).toEqual([500, 501]);
    expect(equalSplitReason({ kind: 'custom', weights: { '825': 1 } }, ms)).toBeNull();
    const nobody = ms.map((m) => ({ ...m, population: 0 }));
    expect(equalSplitReason({ kind: 'population' }, nobody)).toBe('noPopulation');
    expect(equalSplitReason({ kind: 'mixed', equalPercent: 40 }, nobody)).toBe('noPopulation');
    expect(equalSplitReason({ kind: 'mixed', equalPercent: 100 }, nobody)).toBeNull();
    expect(equalSplitReason({ kind: 'equal' }, nobody)).toBeNull();
    expect(equalSplitReason({ kind: 'population' }, ms)).toBeNull();
  });

  it('largest remainder hands out the missing kroner to the largest fractions', () => {
    expect(allocateByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateByWeights(100, [0.335, 0.33, 0.335])).toEqual([34, 33, 33]);
  });
});

describe('bounded work', () => {
  it('splits ten milliards between 98 municipalities at once (no krone-by-krone loop)', () => {
    const ms = Array.from({ length: 98 }, (_, i) => municipality(String(100 + i), 1000 + i * 7919));
    const started = performance.now();
    const amounts = allocateByKey(10_000_000_000, { kind: 'population' }, ms);
    expect(performance.now() - started).toBeLessThan(50);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(10_000_000_000);
  });
});

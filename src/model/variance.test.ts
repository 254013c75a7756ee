import { describe, expect, it } from 'vitest';
import { variance } from './variance';

describe('variance against the baseline', () => {
  it('gives the absolute and relative difference', () => {
    expect(variance(2_450_000, 1_830_000, 0.5)).toEqual({ absolute: 620_000, relative: 620_000 / 1_830_000 });
  });
  it('is nothing within the precision, and has no relative difference from a zero baseline', () => {
    expect(variance(100.3, 100, 0.5)).toBeNull();
    expect(variance(5, 0, 0.5)).toEqual({ absolute: 5, relative: null });
  });
  it('is the difference of the figures as shown: 1,23 → 1,41 is +0,18 (it said +0,19, of 1,2251 and 1,4149)', () => {
    expect(variance(1.4149, 1.2251, 0.005)).toEqual({ absolute: 0.18, relative: (1.4149 - 1.2251) / 1.2251 });
    // Both shown as 2,07: no difference, though 0,008 apart.
    expect(variance(2.074, 2.066, 0.005)).toBeNull();
  });
  it('gives kroner per inhabitant the supplement’s relative difference, the population being the same (it said −51,7 % of 1,00 and 2,07 beside −51,4 %)', () => {
    const population = 590_000;
    const supplement = variance(595_000, 1_225_000, 0.5)!;
    const perInhabitant = variance(595_000 / population, 1_225_000 / population, 0.005)!;
    expect(perInhabitant.relative).toBeCloseTo(supplement.relative!, 12);
  });
});

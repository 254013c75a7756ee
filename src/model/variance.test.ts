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
});

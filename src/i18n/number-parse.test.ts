import { describe, expect, it } from 'vitest';
import { parseEstimate, parseNumber } from './number-parse';
import { formatFte, formatKroner, formatMillions, formatNumber, formatPerInhabitant } from './number-format';

describe('Danish number entry', () => {
  it.each([
    ['1.250.000', 1_250_000],
    ['1250000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['1,25 mio.', 1_250_000],
    ['1,25 mio. kr.', 1_250_000],
    ['1,25 mio', 1_250_000],
    ['850 t.kr.', 850_000],
    ['850 tkr', 850_000],
    ['15.000 kr.', 15_000],
    ['12,5', 12.5],
    ['12,5 %', 12.5],
    ['0,2', 0.2],
    ['1.500', 1500],
    ['2', 2],
  ])('reads %s as %d', (text, value) => expect(parseNumber(text, 'da')).toBe(value));

  it('reads T11’s ranges with the unit written once', () => {
    expect(parseEstimate('1,2–1,5 mio.', 'da')).toEqual({ ok: true, value: { low: 1_200_000, central: 1_350_000, high: 1_500_000 } });
    expect(parseEstimate('1,2-1,5 mio', 'da')).toMatchObject({ ok: true, value: { low: 1_200_000, high: 1_500_000 } });
    expect(parseEstimate('450.000–575.000', 'da')).toMatchObject({ ok: true, value: { low: 450_000, high: 575_000 } });
  });

  it('reads English entry in the English UI', () => {
    expect(parseNumber('1,250,000', 'en')).toBe(1_250_000);
    expect(parseNumber('1.25m', 'en')).toBe(1_250_000);
    expect(parseNumber('12.5', 'en')).toBe(12.5);
  });

  it.each(['', 'abc', '1,2,3,4', '12.34.5', 'mio.', '1..2', '--5', '1e400'])('refuses %j', (text) =>
    expect(parseEstimate(text, 'da').ok).toBe(false),
  );

  it('reads a negative number as such, never as a range', () => {
    expect(parseNumber('-5', 'da')).toBe(-5);
  });
});

describe('Danish number formatting', () => {
  it('writes kroner, millions and per-inhabitant figures the Danish way', () => {
    expect(formatKroner(1_250_000, 'da')).toBe('1.250.000 kr.');
    expect(formatMillions(1_250_000, 'da')).toBe('1,25 mio. kr.');
    expect(formatPerInhabitant(0.978, 'da')).toBe('0,98 kr.');
    expect(formatKroner(1_250_000, 'en')).toBe('1,250,000 kr.');
  });
});

describe('the hand-written formatter matches Intl', () => {
  it.each([0, 1, -1, 0.5, 12.345, 999, 1000, 1234.5, -1234.5, 1_250_000, 2_450_000.4, 98_765_432.126, 0.004])('for %d', (value) => {
    for (const [lang, locale] of [['da', 'da-DK'], ['en', 'en-GB']] as const)
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
        expect(formatNumber(value, lang, digits)).toBe(intl.replace('−', '-'));
      }
    expect(formatFte(value, 'da')).toBe(new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(value).replace('−', '-'));
  });

  it('shows a small negative that rounds to zero as 0, where Intl would write -0', () => {
    expect(formatNumber(-0.004, 'da')).toBe('0');
    expect(formatNumber(-0.004, 'da', 2)).toBe('0,00');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatEstimate, formatMoment, formatFte, formatKr, formatNumber, formatPercent, formatPerInhabitant, formatYearMonth } from './number-format';
import { parseDate, parseEstimate, parsePercent, parseWhole, parseYearMonth } from './number-parse';

const kr = (text: string, lang: 'da' | 'en' = 'da') => parseEstimate(text, 'kr', lang);
const value = (low: number, high = low, central = Math.round((low + high) / 2)) => ({ ok: true, value: { low, central, high } });

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
    ['20 mia.', 20_000_000_000],
    ['1.500', 1500],
    ['2', 2],
  ])('reads %s as %d kroner', (text, expected) => {
    const r = kr(text);
    if (expected > 10_000_000_000) expect(r).toEqual({ ok: false, error: 'tooLarge' });
    else expect(r).toEqual(value(expected));
  });

  it.each([
    ['1–2 mio.', 1_000_000, 2_000_000],
    ['0–0,5 mio.', 0, 500_000],
    ['0-200.000', 0, 200_000],
    ['0 til 500.000', 0, 500_000],
    ['1,2 mio.–1,5 mio.', 1_200_000, 1_500_000],
    ['1.200.000 kr.–1.500.000 kr.', 1_200_000, 1_500_000],
    ['1,2–1,5 mio.', 1_200_000, 1_500_000],
    ['1,2-1,5 mio', 1_200_000, 1_500_000],
    ['50.000–200.000', 50_000, 200_000],
    ['450.000 - 575.000', 450_000, 575_000],
  ])('reads the range %s', (text, low, high) => expect(kr(text)).toEqual(value(low, high)));

  it('reads a range with its central value in brackets, a bare central taking the range’s unit', () => {
    expect(kr('450.000–575.000 (500.000)')).toEqual(value(450_000, 575_000, 500_000));
    expect(kr('1,2–1,5 mio. (1,3)')).toEqual(value(1_200_000, 1_500_000, 1_300_000));
    expect(kr('450.000–575.000 (600.000)')).toEqual({ ok: false, error: 'centralOutside' });
  });

  it('reads "ca. 200.000" as 200.000: an estimate said in words', () => {
    for (const text of ['ca. 200.000', 'ca 200.000', 'cirka 200.000', 'omkring 0,2 mio.']) expect(parseEstimate(text, 'kr', 'da')).toEqual(value(200_000));
    expect(parseEstimate('ca. 1,2–1,5 mio.', 'kr', 'da')).toEqual({ ok: true, value: { low: 1_200_000, central: 1_350_000, high: 1_500_000 } });
    expect(parseEstimate('ca.', 'kr', 'da').ok).toBe(false);
  });

  it('reads FTE in årsværk and keeps hundredths', () => {
    expect(parseEstimate('2–3', 'fte', 'da')).toEqual(value(200, 300));
    expect(parseEstimate('0,35', 'fte', 'da')).toEqual(value(35));
    expect(parseEstimate('2,25', 'fte', 'da')).toEqual(value(225));
    // The unit written out, as a director types it.
    expect(parseEstimate('2,5 årsværk', 'fte', 'da')).toEqual(value(250));
    expect(parseEstimate('2–3 årsværk', 'fte', 'da')).toEqual(value(200, 300));
    expect(parseEstimate('3 FTE', 'fte', 'en')).toEqual(value(300));
    expect(parseEstimate('2,5 årsværk', 'kr', 'da')).toEqual({ ok: false, error: 'notANumber' });
    expect(parseEstimate('3 kr.', 'fte', 'da')).toEqual({ ok: false, error: 'notANumber' });
  });

  it('reads English entry in the English UI', () => {
    expect(kr('1,250,000', 'en')).toEqual(value(1_250_000));
    expect(kr('1.25m', 'en')).toEqual(value(1_250_000));
  });

  it.each([
    ['', 'notANumber'],
    ['abc', 'notANumber'],
    ['1,2,3,4', 'notANumber'],
    ['12.34.5', 'notANumber'],
    ['mio.', 'notANumber'],
    ['--5', 'notANumber'],
    ['1e400', 'notANumber'],
    ['-5', 'negative'],
    ['1.000.000.000.000.000.000.000', 'tooLarge'],
    ['5–1', 'unordered'],
  ])('refuses %j, saying why', (text, error) => expect(kr(text)).toEqual({ ok: false, error }));

  it('reads percentages and whole numbers', () => {
    expect(parsePercent('12,5 %', 'da')).toEqual({ ok: true, value: 12.5 });
    expect(parsePercent('140', 'da')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseWhole('30.444', 'da')).toEqual({ ok: true, value: 30_444 });
    expect(parseWhole('1,5 mio.', 'da')).toEqual({ ok: true, value: 1_500_000 });
    // Læsø's 1.683 typed as "1,7" is not 2 inhabitants: refused, not rounded.
    expect(parseWhole('1,7', 'da')).toEqual({ ok: false, error: 'notWhole' });
  });

  it('reads dates and months in the forms people write them, and refuses impossible ones', () => {
    for (const text of ['1. januar 2023', '1 januar 2023', '1.1.2023', '01-01-2023', '2023-01-01', '1 January 2023']) expect(parseDate(text, 'da')).toEqual({ ok: true, value: '2023-01-01' });
    for (const text of ['2026-13-45', '0000-00-00', '2026-12-32', '30. februar 2026', 'i går']) expect(parseDate(text, 'da').ok).toBe(false);
    for (const text of ['juli 2023', 'jul. 2023', '7/2023', '07-2023', '2023-07', 'July 2023']) expect(parseYearMonth(text, 'da')).toEqual({ ok: true, value: { year: 2023, month: 7 } });
    expect(parseYearMonth('13/2023', 'da').ok).toBe(false);
    // A date typed where a month is asked gives its month.
    for (const text of ['1/7-2023', '1.7.2023', '01-07-2023', '15/7 2023', '2023-07-01']) expect(parseYearMonth(text, 'da')).toEqual({ ok: true, value: { year: 2023, month: 7 } });
    for (const text of ['32/7-2023', '0/7-2023', '1/13-2023']) expect(parseYearMonth(text, 'da').ok).toBe(false);
  });
});

describe('one text form per value: parse(format(x)) is x', () => {
  const estimate = (max: number) =>
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map(([a, b, c]) => {
      const [low, central, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { low, central, high };
    });
  const lang = fc.constantFrom('da' as const, 'en' as const);

  it('for every estimate of kroner, including a central value off the midpoint', () => {
    fc.assert(fc.property(estimate(10_000_000_000), lang, (e, l) => {
      expect(parseEstimate(formatEstimate(e, 'kr', l), 'kr', l)).toEqual({ ok: true, value: e });
    }), { numRuns: 2000 });
  });

  it('for every estimate of FTE', () => {
    fc.assert(fc.property(estimate(100_000), lang, (e, l) => {
      expect(parseEstimate(formatEstimate(e, 'fte', l), 'fte', l)).toEqual({ ok: true, value: e });
    }), { numRuns: 2000 });
  });

  it('for percentages, dates and months', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), lang, (n, l) => {
      expect(parsePercent(formatPercent(n / 100, l), l)).toEqual({ ok: true, value: n / 100 });
    }));
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), lang, (d, l) => {
        const isoDate = d.toISOString().slice(0, 10);
        expect(parseDate(formatDate(isoDate, l), l)).toEqual({ ok: true, value: isoDate });
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), lang, (year, month, l) => {
      expect(parseYearMonth(formatYearMonth({ year, month }, l), l)).toEqual({ ok: true, value: { year, month } });
    }));
  });

  it('keeps the default cost per FTE 500.000–625.000 (550.000) where it is when re-entered', () => {
    const e = { low: 500_000, central: 550_000, high: 625_000 };
    expect(formatEstimate(e, 'kr', 'da')).toBe('500.000–625.000 (550.000)');
    expect(kr('500.000–625.000 (550.000)')).toEqual({ ok: true, value: e });
  });
});

describe('Danish number formatting', () => {
  it('writes kroner, millions, FTE and per-inhabitant figures the Danish way', () => {
    expect(formatKr(1_250_000, 'da')).toBe('1.250.000 kr.');
    expect(formatPerInhabitant(0.978, 'da')).toBe('0,98 kr.');
    expect(formatKr(1_250_000, 'en')).toBe('1,250,000 kr.');
    expect(formatFte(225, 'da')).toBe('2,25');
    expect(formatDate('2026-01-01', 'da')).toBe('1. januar 2026');
  });

  it('dates a moment to the minute in local time, with the year only where it is not this one', () => {
    const now = new Date(2026, 11, 6, 12, 0).getTime();
    expect(formatMoment(new Date(2026, 11, 6, 9, 5).getTime(), 'da', now)).toBe('6. december kl. 09.05');
    expect(formatMoment(new Date(2025, 0, 31, 23, 59).getTime(), 'da', now)).toBe('31. januar 2025 kl. 23.59');
    expect(formatMoment(new Date(2026, 11, 6, 9, 5).getTime(), 'en', now)).toBe('6 December, 09:05');
  });

  it('never shows NaN, Infinity or exponent notation', () => {
    for (const v of [NaN, Infinity, -Infinity, 1e24]) expect(formatNumber(v, 'da')).toBe('–');
  });

  it.each([0, 1, -1, 0.5, 12.345, 999, 1000, 1234.5, -1234.5, 1_250_000, 2_450_000.4, 98_765_432.126, 0.004])('matches Intl for %d', (v) => {
    for (const [lang, locale] of [['da', 'da-DK'], ['en', 'en-GB']] as const)
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
        expect(formatNumber(v, lang, digits)).toBe(intl.replace('−', '-'));
      }
  });
});

import { describe, expect, it } from 'vitest';
import { safeFileName } from './download';

describe('a file name from a name', () => {
  it('keeps letters, digits, dashes, apostrophes, points, commas and parentheses, and never two spaces where a character went', () => {
    expect(safeFileName('KKR Midtjylland – klimasekretariat, møde 12. marts', 'xlsx')).toBe('KKR Midtjylland – klimasekretariat, møde 12. marts.xlsx');
    expect(safeFileName('Klimasekretariat (kopi 2)', 'json')).toBe('Klimasekretariat (kopi 2).json');
    expect(safeFileName('Budget 2027/2028: "udkast"', 'csv')).toBe('Budget 2027 2028 udkast.csv');
    expect(safeFileName('..skjult', 'csv')).toBe('skjult.csv');
    expect(safeFileName('///', 'csv')).toBe('forankring.csv');
    // An apostrophe stays (it went, and left a space); a letter written as two code points stays one.
    expect(safeFileName('Each municipality’s bill per scenario', 'png')).toBe('Each municipality’s bill per scenario.png');
    expect(safeFileName('Århus'.normalize('NFD'), 'csv')).toBe('Århus.csv');
  });
});

import { describe, expect, it } from 'vitest';
import { originText } from './explain-words';
import { loadLanguage } from './i18n';

describe('where an input comes from, in words', () => {
  it('says where an own entry was made, after its badge "Jeres eget tal" rather than repeating it (walkthrough: "Jeres eget tal  Jeres eget tal i Niveau 2")', () => {
    const name = () => 'Niveau 2';
    expect(originText({ kind: 'user', scenarioId: 'level-2' }, 'da', name).text).toBe('indtastet i Niveau 2');
    expect(originText({ kind: 'user', scenarioId: null }, 'da', name).text).toBe('indtastet fælles for alle scenarier');
    expect(originText({ kind: 'user', scenarioId: 'level-2' }, 'en', name).text).toBe('entered in Niveau 2');
  });
});

describe('months that follow from the period', () => {
  it('name the months a funder pays, where it pays in part of the period (the workbook and Hvorfor? said only "Følger af scenariets start og slut" beside its 9 months)', async () => {
    await loadLanguage('en');
    const name = () => 'Niveau 2';
    expect(originText({ kind: 'derived', scenarioId: 'level-2', paysIn: { from: { year: 2027, month: 7 }, to: { year: 2028, month: 6 } } }, 'da', name).text).toBe('Følger af scenariets start og slut og af, hvornår finansieringen betaler: fra juli 2027 til juni 2028');
    expect(originText({ kind: 'derived', scenarioId: 'level-2', paysIn: { from: null, to: { year: 2027, month: 9 } } }, 'da', name).text).toBe('Følger af scenariets start og slut og af, hvornår finansieringen betaler: til september 2027');
    expect(originText({ kind: 'derived', scenarioId: 'level-2', paysIn: { from: { year: 2027, month: 7 }, to: null } }, 'en', name).text).toBe('Follows from the scenario’s start and end, and from the months the funding pays: from July 2027');
    expect(originText({ kind: 'derived', scenarioId: 'level-2' }, 'da', name).text).toBe('Følger af scenariets start og slut');
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand, createWorkspace, explainFigure, populationSourceWords, populationsEdited } from './index';

describe('where the populations come from', () => {
  const ws = createWorkspace();
  const edit = (populations: Record<string, number>) => applyCommand(ws, { type: 'setPopulations', populations });

  it('names the release alone while every figure is its own', () => {
    expect(populationSourceWords(ws)).toEqual({ da: 'Danmarks Statistik, FOLK1A (2026K1)', en: 'Danmarks Statistik, FOLK1A (2026K1)' });
    expect(populationsEdited(ws)).toEqual([]);
  });

  it('says which figures were changed here, by name up to three, then by count', () => {
    expect(populationSourceWords(edit({ '851': 230_000 })).da).toBe('Danmarks Statistik, FOLK1A (2026K1), rettet her for Aalborg');
    expect(populationSourceWords(edit({ '851': 230_000, '825': 1_800 })).en).toBe('Danmarks Statistik, FOLK1A (2026K1), edited here for Læsø, Aalborg');
    expect(populationSourceWords(edit({ '851': 1, '825': 1, '787': 1, '773': 1 })).da).toBe('Danmarks Statistik, FOLK1A (2026K1), rettet her for 4 kommuner');
  });

  it('a source of the user’s own is theirs: nothing is called edited', () => {
    const own = applyCommand(edit({ '851': 230_000 }), { type: 'setPopulationReference', date: '2026-07-01', source: 'Aalborg Kommune, egen optælling' });
    expect(populationsEdited(own)).toEqual([]);
    expect(populationSourceWords(own).da).toBe('Aalborg Kommune, egen optælling');
  });

  it('"Hvorfor?" on an edited population says what the release says', () => {
    const edited = edit({ '851': 230_000 });
    const node = JSON.stringify(explainFigure(edited, { scenarioId: 'level-2', figure: `municipality:${edited.municipalities.findIndex((m) => m.code === '851')}`, year: 'typical' }));
    expect(node).toContain('Rettet her; Danmarks Statistik, FOLK1A (2026K1) siger 226.033');
  });
});

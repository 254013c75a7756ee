import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { applyCommand, computeWorkspace, createWorkspace, yearResult, type Command } from '../../model';
import { costChart, fundingChart, municipalitiesChart } from './chart-data';

const commands: Command[] = [
  { type: 'duplicateScenario', sourceId: 'level-1', scenarioId: 'copy-1', name: 'Niveau 1 (kopi)' },
  { type: 'addScenario', scenarioId: 'new-1', name: 'Niveau 2 (2)', preset: 'level-2' },
];
const ws = commands.reduce(applyCommand, createWorkspace());
const years = computeWorkspace(ws).scenarios.map((r) => yearResult(r, 'typical'));
const words = createI18n('da');

describe('the charts’ figures', () => {
  it('name each municipality’s bills by the scenarios’ whole names: "Niveau 1 (kopi)" is not a second "Niveau 1" (a fresh-eyes walk)', () => {
    const chart = municipalitiesChart(ws, years);
    expect(chart.series.map((s) => s.label)).toEqual(ws.scenarios.map((s) => s.name));
    expect(chart.series.map((s) => s.label)).toContain('Niveau 1 (kopi)');
    expect(chart.series.map((s) => s.label)).toContain('Niveau 2 (2)');
    // Aalborg's bill in the copy is the model's, in the place of Aalborg's name.
    const aalborg = chart.labels.indexOf('Aalborg');
    const index = ws.municipalities.findIndex((m) => m.name === 'Aalborg');
    const copy = ws.scenarios.findIndex((s) => s.id === 'copy-1');
    expect(chart.series[copy]!.data[aalborg]).toBe(years[copy]!.municipalAmounts[index]);
  });

  it('name the grid’s rows without their unit, and bars by the scenarios’ whole names', () => {
    const cost = costChart(ws, years, words);
    expect(cost.labels).toEqual(ws.scenarios.map((s) => s.name));
    expect(cost.series.every((s) => !s.label.endsWith(')'))).toBe(true);
    // A stacked bar's parts by their own names: the grid's "heraf løn" read oddly in a legend.
    expect(cost.series.map((s) => s.label)).toEqual(['Løn', 'Aktiviteter og konsulenter', 'Administration hos arbejdsgiveren', 'Husleje, IT, HR og transport']);
    const funding = fundingChart(ws, years, words);
    const total = funding.series.find((s) => s.stack === 'cost')!;
    expect(total.data).toEqual(years.map((y) => y!.cost.total.central));
    expect(total.label).toBe(words.t('rowTotalCost').replace(' (kr.)', ''));
  });
});

import { describe, expect, it } from 'vitest';
import { formatValue, rangedInputs, rangeText, soleInput } from './explain-format';
import { createWorkspace, explainFigure, type Explanation } from '../../model';
import { termText } from '../../i18n/explain-words';
import { say } from '../../i18n/reasoned-words';

describe('a factor in an explanation checks with a calculator', () => {
  it('shows six significant digits, so a share times the supplement gives the bill to the krone', () => {
    // Of North Jutland's 593.114 inhabitants, 1.225.000 kr.: Aalborg's bill 466.842, Læsø's 3.476
    // (the grid's, within the krone the largest remainder moves). 0,3811 gave 466.848.
    const aalborg = formatValue({ unit: 'factor', value: 226033 / 593114 }, 'da');
    expect(aalborg).toBe('0,381095');
    expect(Math.abs(Math.round(1_225_000 * Number(aalborg.replace(',', '.'))) - 466_842)).toBeLessThanOrEqual(1);
    const laeso = formatValue({ unit: 'factor', value: 1683 / 593114 }, 'da');
    expect(laeso).toBe('0,00283757');
    expect(Math.abs(Math.round(1_225_000 * Number(laeso.replace(',', '.'))) - 3_476)).toBeLessThanOrEqual(1);
    expect(formatValue({ unit: 'factor', value: 0.5 }, 'da')).toBe('0,5');
    expect(formatValue({ unit: 'factor', value: 2 }, 'en')).toBe('2');
  });
});

describe('term names', () => {
  it('does not bracket a name that has brackets of its own', () => {
    expect(termText({ term: 'host', name: { da: 'Aalborg (vederlagsfrit)', en: 'Aalborg (free of charge)' } }, 'da')).toBe('Værtsudgift, Aalborg (vederlagsfrit)');
    expect(termText({ term: 'host', name: { da: 'Aalborg', en: 'Aalborg' } }, 'da')).toBe('Værtsudgift (Aalborg)');
    expect(termText({ term: 'host' }, 'en')).toBe('Host cost');
  });
});

describe('reasoned words', () => {
  it('fills every placeholder it is given and leaves a missing one visible', () => {
    expect(say('reason_ownMoney', 'da', { body: 'BRN-bestyrelsen' })).toBe('BRN-bestyrelsen bevilger sine egne midler.');
    expect(say('reason_ownMoney', 'en', {})).toBe('{body} approves its own money.');
  });
});

describe('where a figure’s range comes from', () => {
  it('lists each input with a range once, however often the tree uses it, and no exact input', () => {
    const cost: Explanation = { id: 'ws|costPerFte', label: { term: 'costPerFte' }, unit: 'kr', value: 550_000, range: { low: 500_000, high: 625_000 }, origin: { kind: 'constant' } };
    const fte: Explanation = { id: 'level-2|fte', label: { term: 'fte' }, unit: 'fte', value: 2, origin: { kind: 'constant' } };
    const staff = (year: number): Explanation => ({ id: `level-2|${year}|staff`, label: { term: 'staff' }, unit: 'kr', value: 1_100_000, rule: 'product', terms: [fte, cost] });
    const total: Explanation = { id: 'level-2|total', label: { term: 'totalCost' }, unit: 'kr', value: 2_200_000, rule: 'sum', terms: [staff(2026), staff(2027)] };
    expect(rangedInputs(total)).toEqual([cost]);
    expect(rangeText(cost, 'da')).toMatch(/^.+ 500\.000 kr\.–625\.000 kr\.$/);
    expect(rangedInputs(fte)).toEqual([]);
  });
});

describe('the input a term comes down to', () => {
  it('the reserve drawn under the supplement is the year’s planned draw, with its place in the grid; the need and the reserve are no input', () => {
    const ws = createWorkspace('Nordjylland');
    const supplement = explainFigure(ws, { scenarioId: 'level-2', figure: 'supplement', year: '2026' })!;
    const find = (n: Explanation, term: string): Explanation | undefined => (n.label.term === term ? n : n.terms?.map((t) => find(t, term)).find(Boolean));
    const drawn = find(supplement, 'reserveDrawn')!;
    expect(soleInput(drawn)).toMatchObject({ label: { term: 'reservePlanned' }, value: 0, setAt: { view: 'grid', row: 'reserve-2026', scenarioId: 'level-2' } });
    // Planned beyond what the reserve holds: the reserve decides, and no field is named for it.
    expect(soleInput({ ...drawn, value: 5, terms: drawn.terms!.map((t) => (t.label.term === 'reservePlanned' ? { ...t, value: 9 } : t)) })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, point } from '../model';
import { flagShortText, flagText, levelText, sourceText } from './describe';
import { taskSourcesText } from './task-sources';
import { createI18n, loadLanguage } from './i18n';

describe('a source in words', () => {
  const brn = createWorkspace().funders.find((f) => f.id === 'brn')!;

  it('names the seed document briefly, quotes it word for word, and shows its list bullets as bullets', () => {
    expect(sourceText(brn.source, createI18n('da'))).toBe(
      'Kilde 001 (T11’s oplæg): ”Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være: • Ca. 1 kr. pr indbygger i Scenarie 2 • Ca 2 kr. pr indbygger i Scenarie 3”',
    );
  });

  it('a row of two values names each one’s source where they differ, without the units of their labels; one where they agree', () => {
    const ws = createWorkspace();
    const task = (w: typeof ws) => w.catalogue.find((t) => t.id === 'guidance-1to1-sparring')!;
    const da = createI18n('da');
    expect(taskSourcesText(ws, task(ws), da, true)).toMatch(/^Kilde 001 \(T11’s oplæg\)/);
    const typed = applyCommand(ws, { type: 'setCatalogueTask', taskId: 'guidance-1to1-sparring', activity: point(60_000) });
    expect(taskSourcesText(typed, task(typed), da, true)).toMatch(/^Årsværk: Kilde 001 \(T11’s oplæg\).* · Aktiviteter: Jeres eget tal$/);
    // A scenario's own value is the user's, whatever the catalogue's source.
    expect(taskSourcesText(ws, task(ws), da, true, { effort: true, activity: false })).toMatch(/^Årsværk: Jeres eget tal · Aktiviteter: Kilde 001/);
  });

  it('in a table row, the document without the quote', async () => {
    await loadLanguage('en');
    expect(sourceText(brn.source, createI18n('en'), true)).toBe('Source 001 (T11’s paper)');
  });
});

describe('a flag in words', () => {
  it('says the vulnerability limit in force (Antagelser), not "one employee", whatever it is set to', async () => {
    await loadLanguage('en');
    const at = (below: number) => applyCommand(createWorkspace(), { type: 'setAssumption', change: { key: 'vulnerableBelow', value: below } });
    const flagged = (ws: ReturnType<typeof at>) => computeWorkspace(ws).scenarios.filter((s) => s.flags.includes('singleEmployeeVulnerable')).map((s) => s.scenarioId);
    // Raised to 3 FTE, level 2 (2 FTE) is flagged too, and the words say 3.
    const raised = at(300);
    expect(flagged(raised)).toContain('level-2');
    expect(flagShortText('singleEmployeeVulnerable', createI18n('da'), raised.assumptions)).toBe('Sårbar: <\u00a03 årsværk'); // a no-break space: "<" never ends a line alone
    expect(flagText('singleEmployeeVulnerable', createI18n('da'), raised.assumptions)).toBe('Sårbar: under 3 årsværk');
    expect(flagText('singleEmployeeVulnerable', createI18n('en'), at(150).assumptions)).toBe('Vulnerable: fewer than 1.5 FTE');
  });

  it("names the years of a surplus: the flag is the scenario's, and a bare 'Overskud' beside a year with a supplement read as that year's", async () => {
    await loadLanguage('en');
    // Realdania's 1,5 mio. a year from September 2026 covers level 2's gap (595.000) from 2027 on: a surplus in 2027 and 2028.
    const ws = applyCommand(createWorkspace(), { type: 'addFunder', funder: { id: 'realdania', kind: 'external', name: { da: 'Realdania', en: 'Realdania' }, unit: 'kr', amount: { low: 1_500_000, central: 1_500_000, high: 1_500_000 }, from: { year: 2026, month: 9 }, to: null, approvedAmount: null, source: { kind: 'user' } } });
    const scenarios = computeWorkspace(ws).scenarios;
    const level2 = scenarios.find((s) => s.scenarioId === 'level-2')!;
    expect(level2.flags).toContain('fundingSurplus');
    expect(level2.years.map((y) => [y.year, y.surplus.central > 0])).toEqual([[2026, false], [2027, true], [2028, true]]);
    expect(flagShortText('fundingSurplus', createI18n('da'), ws.assumptions, level2)).toBe('Overskud 2027–2028');
    expect(flagText('fundingSurplus', createI18n('da'), ws.assumptions, level2)).toBe('Overskud i 2027–2028: finansieringen overstiger udgiften');
    expect(flagText('fundingSurplus', createI18n('en'), ws.assumptions, level2)).toBe('Surplus in 2027–2028: funding exceeds cost');
    // Years apart are listed as words are: "2026 og 2028".
    const apart = { years: [2026, 2027, 2028].map((year) => ({ ...level2.years[0]!, year, surplus: { low: 0, central: year === 2027 ? 0 : 1, high: 1 } })) };
    expect(flagShortText('fundingSurplus', createI18n('da'), ws.assumptions, apart)).toBe('Overskud 2026 og 2028');
    expect(flagShortText('fundingSurplus', createI18n('en'), ws.assumptions, apart)).toBe('Surplus 2026 and 2028');
    // Level 1's base grant exceeds its cost every year: nothing to tell apart.
    const level1 = scenarios.find((s) => s.scenarioId === 'level-1')!;
    expect(level1.flags).toContain('fundingSurplus');
    expect(level1.years.every((y) => y.surplus.central > 0)).toBe(true);
    expect(flagShortText('fundingSurplus', createI18n('da'), ws.assumptions, level1)).toBe('Overskud');
  });
});

describe('a level in words', () => {
  it('is adjusted where a task differs from what the level holds, not where a switch kept over a level change is what the level makes anyway', () => {
    const ws = createWorkspace();
    const t = createI18n('da').t;
    const level3 = ws.scenarios.find((s) => s.id === 'level-3')!;
    const off = applyCommand(ws, { type: 'setTaskOn', scenarioId: 'level-3', taskId: 'other-gen2040', on: false });
    const offAt3 = off.scenarios.find((s) => s.id === 'level-3')!;
    expect(levelText(level3, ws.catalogue, t)).toBe('Niveau 3');
    expect(levelText(offAt3, ws.catalogue, t)).toBe('Niveau 3 · tilpasset');
    // At level 2 GEN2040 is off anyway: the kept switch adjusts nothing.
    expect(levelText({ ...offAt3, ambitionLevel: 2 }, ws.catalogue, t)).toBe('Niveau 2');
  });
});

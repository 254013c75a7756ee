import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n, loadLanguage } from '../i18n/i18n';
import { applyCommand, createWorkspace, inverseOf, type Command } from '../model';
import { changedText } from './undo-notice';

const ws = createWorkspace('Nordjylland');
const da = createI18n('da');
const en = createI18n('en');
// The English strings load when first chosen, as in the app: without them, English falls back to Danish.
beforeAll(() => loadLanguage('en'));
/** What the notice says when `command` is done (the redo) and when it is taken back (the undo). */
function said(command: Command, i18n = da) {
  const after = applyCommand(ws, command);
  return { redo: changedText(ws, after, i18n, 'redo'), undo: changedText(after, applyCommand(after, inverseOf(ws, command)), i18n, 'undo') };
}

describe("an undo's and a redo's notice", () => {
  it('names a deleted scenario as deleted both ways: undone, it read "Fortrudt: Scenarie tilføjet: Niveau 4", as if an addition had been undone', () => {
    expect(said({ type: 'deleteScenario', scenarioId: 'level-4' })).toEqual({ redo: 'Scenarie fjernet: Niveau 4', undo: 'Scenarie fjernet: Niveau 4' });
    expect(said({ type: 'deleteScenario', scenarioId: 'level-4' }, en)).toEqual({ redo: 'Scenario removed: Niveau 4', undo: 'Scenario removed: Niveau 4' });
    expect(said({ type: 'removeFunder', funderId: 'brn' }, en)).toEqual({ redo: 'Funder removed: BRN base grant', undo: 'Funder removed: BRN base grant' });
  });

  it('names a quarter’s populations by their date and source first, both ways (it named two of eleven figures and "9 andre")', () => {
    const populations = Object.fromEntries(ws.municipalities.map((m) => [m.code, m.population + 100]));
    const pasted: Command = { type: 'setDatedPopulations', populations, date: '2026-04-01', source: 'Danmarks Statistik, Statistikbanken (2026K2)' };
    const { redo, undo } = said(pasted);
    expect(redo).toBe('Indbyggertallenes dato: 1. januar 2026 → 1. april 2026; Kilde til indbyggertal: Danmarks Statistik, FOLK1A (2026K1) → Danmarks Statistik, Statistikbanken (2026K2); og 11 andre ændringer');
    expect(undo).toMatch(/^Indbyggertallenes dato: 1\. april 2026 → 1\. januar 2026; /);
    expect(said(pasted, en).redo).toMatch(/^Date of the populations: 1 January 2026 → 1 April 2026; Source of the populations: .*; and 11 other changes$/);
  });

  it('says the baseline moved, both ways (its undo said nothing)', () => {
    expect(said({ type: 'setBaseline', scenarioId: 'level-4' })).toEqual({ redo: 'Basis for forskellene: Niveau 3 — som i dag → Niveau 4', undo: 'Basis for forskellene: Niveau 4 → Niveau 3 — som i dag' });
    expect(said({ type: 'setBaseline', scenarioId: null }, en).redo).toBe('Baseline for the differences: Niveau 3 — som i dag → none');
  });

  it('names a removed funder as removed both ways, without "ja → nej"', () => {
    const funder = ws.funders.find((f) => f.id === 'region')!;
    expect(said({ type: 'removeFunder', funderId: funder.id })).toEqual({ redo: `Finansieringskilde fjernet: ${funder.name.da}`, undo: `Finansieringskilde fjernet: ${funder.name.da}` });
  });

  it('counts the changes beyond two: "og 1 anden ændring", "og 2 andre ændringer" (it said "og 1 andre"; a bare "og 11 andre" after a source read as the source’s)', () => {
    const grants = (n: number): Command => ({ type: 'setPopulations', populations: Object.fromEntries(ws.municipalities.slice(0, n).map((m) => [m.code, m.population + 1])) });
    expect(said(grants(3)).redo).toMatch(/; og 1 anden ændring$/);
    expect(said(grants(4)).redo).toMatch(/; og 2 andre ændringer$/);
    expect(said(grants(3), en).redo).toMatch(/; and 1 other change$/);
  });

  it('says a task taken out was in by its level, not "–" (it read "– → uden")', () => {
    const out: Command = { type: 'setTaskOn', scenarioId: 'level-2', taskId: 'guidance-theme-groups', on: false };
    expect(said(out)).toEqual({ redo: 'Opgave med: Drift af temagrupper, Niveau 2: med → uden', undo: 'Opgave med: Drift af temagrupper, Niveau 2: uden → med' });
    expect(said(out, en).redo).toBe('Task included: Running theme groups, Niveau 2: in → out');
    // A level-3 task, not in Niveau 2 by its level, put in.
    const task = ws.catalogue.find((t) => t.level === 3)!;
    expect(said({ type: 'setTaskOn', scenarioId: 'level-2', taskId: task.id, on: true }).redo).toBe(`Opgave med: ${task.name.da}, Niveau 2: uden → med`);
    // A level raised over a task with an effort of its own names the level only, not that one
    // task of the nine it brings in.
    const withEffort = applyCommand(ws, { type: 'setTaskEffort', scenarioId: 'level-2', taskId: task.id, effort: { low: 20, central: 20, high: 20 } });
    expect(changedText(withEffort, applyCommand(withEffort, { type: 'setAmbitionLevel', scenarioId: 'level-2', level: 3 }), da, 'redo')).toBe('Ambitionsniveau, Niveau 2: Niveau 2 → Niveau 3');
  });

  it('shows a value the way it went now, with its arrow', () => {
    const command: Command = { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: { low: 1_500_000, central: 1_500_000, high: 1_500_000 } };
    const { redo, undo } = said(command);
    expect(redo).toMatch(/^Grundbevilling BRN, Niveau 2: .+ → 1\.500\.000$/);
    expect(undo).toMatch(/^Grundbevilling BRN, Niveau 2: 1\.500\.000 → /);
  });
});

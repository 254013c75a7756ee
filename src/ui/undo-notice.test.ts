import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { applyCommand, createWorkspace, inverseOf, type Command } from '../model';
import { changedText } from './undo-notice';

const ws = createWorkspace('Nordjylland');
const da = createI18n('da');
const en = createI18n('en');
/** What the notice says when `command` is done (the redo) and when it is taken back (the undo). */
function said(command: Command, i18n = da) {
  const after = applyCommand(ws, command);
  return { redo: changedText(ws, after, i18n, 'redo'), undo: changedText(after, applyCommand(after, inverseOf(ws, command)), i18n, 'undo') };
}

describe("an undo's and a redo's notice", () => {
  it('names a deleted scenario as deleted both ways: undone, it read "Fortrudt: Scenarie tilføjet: Niveau 4", as if an addition had been undone', () => {
    expect(said({ type: 'deleteScenario', scenarioId: 'level-4' })).toEqual({ redo: 'Scenarie fjernet: Niveau 4', undo: 'Scenarie fjernet: Niveau 4' });
    expect(said({ type: 'deleteScenario', scenarioId: 'level-4' }, en)).toEqual({ redo: 'Scenario removed: Niveau 4', undo: 'Scenario removed: Niveau 4' });
  });

  it('names a removed funder as removed both ways, without "ja → nej"', () => {
    const funder = ws.funders.find((f) => f.id === 'region')!;
    expect(said({ type: 'removeFunder', funderId: funder.id })).toEqual({ redo: `Finansieringskilde fjernet: ${funder.name.da}`, undo: `Finansieringskilde fjernet: ${funder.name.da}` });
  });

  it('shows a value the way it went now, with its arrow', () => {
    const command: Command = { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: { low: 1_500_000, central: 1_500_000, high: 1_500_000 } };
    const { redo, undo } = said(command);
    expect(redo).toMatch(/^Grundbevilling BRN, Niveau 2: .+ → 1\.500\.000$/);
    expect(undo).toMatch(/^Grundbevilling BRN, Niveau 2: 1\.500\.000 → /);
  });
});

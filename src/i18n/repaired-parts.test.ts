import { describe, expect, it } from 'vitest';
import { createWorkspace, restoreWorkspace } from '../model';
import { createI18n, loadLanguage } from './i18n';
import { repairedParts } from './repaired-parts';

describe('repairedParts', () => {
  // A stored workspace with a negative amount in Niveau 2's funding and a municipality that does
  // not read, restored as the app restores it.
  const hurt = () => {
    const raw = JSON.parse(JSON.stringify(createWorkspace('Nordjylland')));
    raw.scenarios[1].funding.brn = { low: -5, central: -5, high: -5 };
    raw.municipalities[3] = { code: 'x' };
    const restored = restoreWorkspace(raw);
    if (!restored.ok) throw new Error(restored.reason);
    return restored;
  };

  it('names the scenario by its name and each other part once, in Danish and English', async () => {
    const { workspace, repairs } = hurt();
    expect(repairs.length).toBeGreaterThanOrEqual(2);
    expect(repairedParts(repairs, workspace, createI18n('da').t)).toBe('kommunerne, Niveau 2');
    await loadLanguage('en');
    expect(repairedParts(repairs, workspace, createI18n('en').t)).toBe('the municipalities, Niveau 2');
  });

  it('calls a scenario that was dropped "et scenarie", and every other part by its word', () => {
    const ws = createWorkspace('Nordjylland');
    expect(repairedParts(['scenarios[7]', 'name', 'scenarios[9]'], ws, createI18n('da').t)).toBe('et scenarie, arbejdsområdets navn');
    // A file's decisions, scenarios beyond the limit, and what has no word of its own.
    expect(repairedParts(['decisions[0]', 'scenarios: 3', 'populationSource', 'somethingNew'], ws, createI18n('da').t)).toBe('beslutningerne, scenarierne, kommunerne, øvrige oplysninger');
  });
});

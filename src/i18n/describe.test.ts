import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace } from '../model';
import { flagShortText, flagText, sourceText } from './describe';
import { createI18n, loadLanguage } from './i18n';

describe('a source in words', () => {
  const brn = createWorkspace().funders.find((f) => f.id === 'brn')!;

  it('names the seed document briefly, quotes it word for word, and shows its list bullets as bullets', () => {
    expect(sourceText(brn.source, createI18n('da'))).toBe(
      'Kilde 001 (T11’s oplæg): ”Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være: • Ca. 1 kr. pr indbygger i Scenarie 2 • Ca 2 kr. pr indbygger i Scenarie 3”',
    );
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
});

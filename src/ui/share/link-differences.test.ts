import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n, loadLanguage } from '../../i18n/i18n';
import { applyCommand, createWorkspace } from '../../model';
import { linkDifferences } from './link-differences';

const here = createWorkspace('Nordjylland');
const da = createI18n('da');
const en = createI18n('en');
beforeAll(() => loadLanguage('en'));

describe("a link's shared inputs against this workspace's", () => {
  it('names nothing where they are the same, scenarios aside (those are what is added)', () => {
    const link = applyCommand(here, { type: 'deleteScenario', scenarioId: 'level-4' });
    expect(linkDifferences(here, link, da)).toBeNull();
  });

  it("says each difference with this workspace's value and the link's, in the language shown", () => {
    const link = applyCommand(here, { type: 'setFunder', funderId: 'external', patch: { from: { year: 2027, month: 7 }, to: { year: 2028, month: 6 } } });
    expect(linkDifferences(here, link, da)).toBe('Ekstern finansiering og projektmidler: betaler fra: periodens start her, juli 2027 i linket; Ekstern finansiering og projektmidler: betaler til: periodens slut her, juni 2028 i linket');
    expect(linkDifferences(here, link, en)).toBe('External and project funding: pays from: the period’s start here, July 2027 in the link; External and project funding: pays until: the period’s end here, June 2028 in the link');
  });

  it('names three and counts the rest; a funder on one side only is said to be there only', () => {
    const populations = applyCommand(here, { type: 'setPopulations', populations: Object.fromEntries(here.municipalities.slice(0, 4).map((m) => [m.code, m.population + 1])) });
    expect(linkDifferences(here, populations, da)).toMatch(/^Indbyggere: .*; Indbyggere: .*; Indbyggere: [^;]*; og 1 forskel mere$/);
    const without = applyCommand(here, { type: 'removeFunder', funderId: 'region' });
    expect(linkDifferences(here, without, da)).toBe('finansieringskilden Region Nordjylland findes kun her');
    expect(linkDifferences(without, here, en)).toBe('the funder North Denmark Region is only in the link');
  });
});

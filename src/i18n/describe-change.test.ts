import { describe, expect, it } from 'vitest';
import { point, type InputChange } from '../model';
import { changeLabel, changeValue } from './describe-change';
import { createI18n, loadLanguage } from './i18n';

describe('a changed input in words (undo notices, meeting memory)', () => {
  const cleared: InputChange = { field: 'staffing', scenarioId: 'level-2', scenarioName: 'Niveau 2', before: { kind: 'estimate', unit: 'fte', value: point(250) }, after: { kind: 'none' } };

  it('names staffing without its field hint, and a cleared staffing as the tasks’ sum it is then made of (it read "2,5 → –")', async () => {
    const da = createI18n('da');
    expect([changeLabel(cleared, da), changeValue(cleared.before, cleared, da), changeValue(cleared.after, cleared, da)]).toEqual(['Årsværk', '2,5', 'opgavernes sum']);
    await loadLanguage('en');
    const en = createI18n('en');
    expect([changeLabel(cleared, en), changeValue(cleared.after, cleared, en)]).toEqual(['FTE', 'sum of tasks']);
  });

  it('keeps "–" where nothing else is meant: a start month no longer set', () => {
    const start: InputChange = { field: 'start', scenarioId: 'level-2', scenarioName: 'Niveau 2', before: { kind: 'month', value: { year: 2027, month: 1 } }, after: { kind: 'none' } };
    expect(changeValue(start.after, start, createI18n('da'))).toBe('–');
  });
});

import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { createWorkspace } from '../../model';
import { buildRows, entryRules, loadEntryRules } from './rows';

// The entry rules load after the first figures (not before them, for the startup JavaScript): a
// cell typed into before they arrive says "not yet" and applies nothing, then reads as usual.
describe('the entry rules, loaded after the first figures', () => {
  it('refuse as "not yet" until loaded, then read the same text', async () => {
    const { rows, context } = createRoot((dispose) => {
      const i18n = createI18n('da');
      const ws = createWorkspace();
      dispose();
      return { rows: buildRows(ws, i18n), context: { ws, scenario: ws.scenarios[1]!, result: undefined, year: 'typical' as const, i18n } };
    });
    const grant = rows.find((r) => r.id === 'funder-brn')!.input!;
    expect(entryRules()).toBeUndefined();
    expect(grant.toCommand('1,4 mio.', context)).toEqual({ ok: false, refusal: { kind: 'notHere', reason: 'entryNotYet' } });
    await loadEntryRules();
    expect(grant.toCommand('1,4 mio.', context)).toMatchObject({ ok: true, value: { type: 'setFunding', amount: { central: 1_400_000 } } });
  });
});

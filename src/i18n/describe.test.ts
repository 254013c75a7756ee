import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model';
import { sourceText } from './describe';
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

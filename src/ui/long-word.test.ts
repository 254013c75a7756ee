import { describe, expect, it } from 'vitest';
import { longWord } from './long-word';

describe('a name’s long word', () => {
  it('is counted in letters where a word is longer than 10; a hyphen or a slash ends a word', () => {
    expect(longWord('Klimaalliance Nord med Region som medfinansierer')).toBe(14);
    expect(longWord('Hovedstadsmodel')).toBe(15);
    expect(longWord('Niveau 2 — T11’s anbefaling')).toBeNull();
    expect(longWord('BRN-bestyrelsen')).toBe(11);
    expect(longWord('Niveau 1 (kopi)')).toBeNull();
    expect(longWord('Øresundsregionen/København')).toBe(16);
    expect(longWord('')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { labelLines } from './label-lines';

describe('a chart label in upright lines', () => {
  it('breaks the scenario names between words, a dash staying with the word before it', () => {
    expect(labelLines('Niveau 3 — som i dag')).toEqual(['Niveau 3 —', 'som i dag']);
    expect(labelLines('Niveau 2 — T11’s anbefaling')).toEqual(['Niveau 2 —', 'T11’s', 'anbefaling']);
  });
  it('keeps a short name and a long single word whole', () => {
    expect(labelLines('Niveau 1')).toEqual(['Niveau 1']);
    expect(labelLines('Vesthimmerlands')).toEqual(['Vesthimmerlands']);
    expect(labelLines('')).toEqual(['']);
  });
});

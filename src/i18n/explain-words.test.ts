import { describe, expect, it } from 'vitest';
import { originText } from './explain-words';

describe('where an input comes from, in words', () => {
  it('says where an own entry was made, after its badge "Jeres eget tal" rather than repeating it (walkthrough: "Jeres eget tal  Jeres eget tal i Niveau 2")', () => {
    const name = () => 'Niveau 2';
    expect(originText({ kind: 'user', scenarioId: 'level-2' }, 'da', name).text).toBe('indtastet i Niveau 2');
    expect(originText({ kind: 'user', scenarioId: null }, 'da', name).text).toBe('indtastet fælles for alle scenarier');
    expect(originText({ kind: 'user', scenarioId: 'level-2' }, 'en', name).text).toBe('entered in Niveau 2');
  });
});

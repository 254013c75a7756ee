import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model';
import { parsePopulationColumn } from './population-paste';

const ms = createWorkspace('Sjælland').municipalities;

describe('pasting a population column', () => {
  it('reads numbers in table order from the row pasted into', () => {
    const r = parsePopulationColumn('37.344\r\n51507\r\n', ms, 0, 'da');
    expect(r.populations).toEqual({ [ms[0]!.code]: 37_344, [ms[1]!.code]: 51_507 });
  });

  it('reads a Statistics Denmark table with codes and names, in any order', () => {
    const r = parsePopulationColumn('340 Sorø 30.444\nNæstved\t84574\nRoskilde Kommune;90.446\nAtlantis 5\n', ms, 0, 'da');
    expect(r.populations).toEqual({ '340': 30_444, '370': 84_574, '265': 90_446 });
    expect(r.refused).toEqual(['Atlantis 5']);
  });
});

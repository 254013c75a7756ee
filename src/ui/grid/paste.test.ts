import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { computeWorkspace, createWorkspace, DEFAULT_BASE_GRANT } from '../../model';
import { buildRows } from './grid-rows';
import { applyBlock } from './paste';
import { parseTsv, toTsv } from './tsv';

describe('TSV', () => {
  it('reads an Excel block with CRLF rows and a trailing newline', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
  });
  it('reads quoted cells with tabs, newlines and quotes, and writes them back', () => {
    const block = [['a\tb', 'line\nbreak'], ['say "hi"', '']];
    expect(parseTsv(toTsv(block))).toEqual(block);
  });
});

describe('pasting a block into the grid', () => {
  const setup = () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const ws = createWorkspace();
      const rows = buildRows(ws, i18n);
      dispose();
      return { i18n, ws, rows, results: computeWorkspace(ws).scenarios };
    });

  it('applies a 3×2 block of base grants, region and external funding', () => {
    const { i18n, ws, rows, results } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'baseGrant'), col: 1 };
    const block = parseTsv('1.000.000\t1,5 mio.\n250.000\t0\n100 t.kr.\t0\n');
    const out = applyBlock(ws, rows, results, anchor, block, i18n);
    expect(out.refused).toEqual([]);
    expect(out.applied).toBe(6);
    const [, s2, s3] = out.workspace.scenarios;
    expect(s2!.funding.baseGrant.central).toBe(1_000_000);
    expect(s3!.funding.baseGrant.central).toBe(1_500_000);
    expect(s2!.funding.region.central).toBe(250_000);
    expect(s2!.funding.external.central).toBe(100_000);
  });

  it('refuses the cell that does not parse and applies the rest', () => {
    const { i18n, ws, rows, results } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'baseGrant'), col: 0 };
    const out = applyBlock(ws, rows, results, anchor, [['2 mio.', 'mange penge']], i18n);
    expect(out.applied).toBe(1);
    expect(out.refused).toEqual([{ row: 'Grundbevilling BRN (kr./år)', scenario: 'Scenarie 2', text: 'mange penge', reason: 'unparsable' }]);
    expect(out.workspace.scenarios[0]!.funding.baseGrant.central).toBe(2_000_000);
    expect(out.workspace.scenarios[1]!.funding.baseGrant.central).toBe(DEFAULT_BASE_GRANT);
  });

  it('refuses results and cells beyond the last scenario', () => {
    const { i18n, ws, rows, results } = setup();
    const out = applyBlock(ws, rows, results, { row: rows.findIndex((r) => r.id === 'totalCost'), col: 3 }, [['5', '6']], i18n);
    expect(out.refused.map((r) => r.reason)).toEqual(['readOnly', 'outside']);
    expect(out.workspace).toBe(ws);
  });

  it('chooses levels and models by their names', () => {
    const { i18n, ws, rows, results } = setup();
    const out = applyBlock(ws, rows, results, { row: rows.findIndex((r) => r.id === 'level'), col: 0 }, [['Niveau 3'], ['kkr']], i18n);
    expect(out.workspace.scenarios[0]).toMatchObject({ ambitionLevel: 3, anchoring: 'kkr' });
  });
});

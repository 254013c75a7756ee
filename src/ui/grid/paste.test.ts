import { createRoot } from 'solid-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { applyCommand, createWorkspace, inverseOf, changedSince, LIMITS, tryCommand, type Workspace } from '../../model';
import { readPercent, readWhole, refusalMessage } from './entry';
import { buildRows, loadEntryRules, type CellContext } from './rows';
import { applyBlock, pasteNotice } from './paste';
import { parseTsv, toTsv } from './tsv';

// The app loads them after its first figures (and before a paste); here, before any test types.
beforeAll(() => loadEntryRules());

const rules = { tryCommand, inverseOf, changedSince };

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
      const context = (w: Workspace, id: string): CellContext | undefined => {
        const scenario = w.scenarios.find((s) => s.id === id);
        return scenario && { ws: w, scenario, result: undefined, year: 'typical', i18n };
      };
      dispose();
      return { i18n, ws, rows, context, ids: ws.scenarios.map((s) => s.id) };
    });

  it('turns a 3×2 block into one command: base grants, region and external funding', () => {
    const { ws, rows, context, ids } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'funder-brn'), col: 1 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, parseTsv('1.000.000\t1,5 mio.\n250.000\t0\n100 t.kr.\t0\n'));
    expect(out.refused).toEqual([]);
    // Six cells, two of them already so (level 3's region and external 0): "4 celler blev ændret".
    expect(out.applied).toBe(4);
    const after = applyCommand(ws, out.command!);
    const [, s2, s3] = after.scenarios;
    expect(s2!.funding['brn']!.central).toBe(1_000_000);
    expect(s3!.funding['brn']!.central).toBe(1_500_000);
    expect(s2!.funding['region']!.central).toBe(250_000);
    expect(s2!.funding['external']!.central).toBe(100_000);
  });

  it('refuses a bad cell with a message and an example, keeps the rest, and counts values beyond the edge', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'funder-brn'), col: 3 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, [['ikke et tal', '1.000.000', '2', '3', '4', '5']]);
    expect(out.applied).toBe(1);
    expect(out.outside).toBe(4);
    expect(out.refused).toHaveLength(1);
    expect(refusalMessage(out.refused[0]!.refusal, out.refused[0]!.row, i18n)).toBe('”ikke et tal” er ikke et beløb. Skriv fx 1.250.000, 1,25 mio. eller et interval som 1,2–1,5 mio.');
  });

  it('says where and why for each refused cell, and the example of a valid entry once', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'funder-external'), col: 3 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, [['hej', 'med']]);
    expect(pasteNotice(out, i18n)).toBe(
      'Ingen celler blev ændret. Niveau 4, Ekstern finansiering og projektmidler: ”hej” er ikke et beløb. ' +
        'Niveau 2 — T11’s anbefaling, Ekstern finansiering og projektmidler: ”med” er ikke et beløb. ' +
        'Skriv fx 1.250.000, 1,25 mio. eller et interval som 1,2–1,5 mio.',
    );
    expect(pasteNotice(applyBlock(rules, ws, rows, ids, context, anchor, [['100.000']]), i18n)).toBeNull();
  });

  it('counts the refused cells it does not name: four refused read as three', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'funder-external'), col: 0 };
    const said = (cells: string[]) => pasteNotice(applyBlock(rules, ws, rows, ids, context, anchor, [cells]), i18n)!;
    expect(said(['a', 'b', 'c', 'd'])).toContain('”c” er ikke et beløb. Én celle mere kunne heller ikke bruges. Skriv fx');
    expect(said(['a', 'b', 'c', 'd', 'e'])).toContain('2 celler mere kunne heller ikke bruges.');
    expect(said(['a', 'b', 'c'])).not.toContain('mere');
  });

  it('says computed figures in the block once, with their rows, not in a sentence per cell', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'totalCost'), col: 0 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, [['1', '2', '3'], ['4', '5', '6']]);
    const said = pasteNotice(out, i18n)!;
    expect(said).toContain('6 celler er beregnede tal og kan ikke skrives i (Samlet udgift, Kommunalt tillæg).');
    expect(said).not.toContain('er et beregnet tal og kan ikke skrives i. Ret');
  });

  it('refuses an end before the start by the model’s rule, saying which rule with an example', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'end'), col: 0 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, [['juni 2025']]);
    expect(out.applied).toBe(0);
    expect(refusalMessage(out.refused[0]!.refusal, out.refused[0]!.row, i18n)).toBe('”Slut”: scenariet ville slutte, før det starter. Slutmåneden må ikke ligge før startmåneden, fx start januar 2026 og slut december 2027.');
  });

  it('a paste cannot be asked "Mente du …?": it says what was left out and how to enter it; an emptied start says it must have a value', () => {
    const { ws, rows, context, ids, i18n } = setup();
    const at = (id: string) => ({ row: rows.findIndex((r) => r.id === id), col: 0 });
    const message = (out: ReturnType<typeof applyBlock>) => refusalMessage(out.refused[0]!.refusal, out.refused[0]!.row, i18n);
    expect(message(applyBlock(rules, ws, rows, ids, context, at('costPerFte'), [['600']]))).toBe('600 kr. er usandsynligt lidt for ”Lønomkostning pr. årsværk” og er ikke sat ind. Skriv 600.000, hvis det er det, der menes.');
    expect(message(applyBlock(rules, ws, rows, ids, context, at('funder-brn'), [['2 mia.']]))).toContain('Det er ikke sat ind; skriv det i cellen og tryk Enter to gange');
    expect(message(applyBlock(rules, ws, rows, ids, context, at('start'), [['']]))).toBe('”Start” skal have en værdi og kan ikke tømmes.');
    // One figure over the shared range: its uncertainty is not dropped by a paste either.
    const overRange = applyBlock(rules, ws, rows, ids, context, at('costPerFte'), [['600.000']]);
    expect(overRange.command).toBeNull();
    expect(message(overRange)).toBe('600.000 kr. ville blive dette scenaries egen værdi, ét tal: her ville den fælles værdi 500.000–625.000 (550.000) kr. og dens usikkerhed forsvinde, men ikke i de andre scenarier (for dem alle rettes den fælles værdi under Antagelser). Det er ikke sat ind; skriv det i cellen og tryk Enter to gange for at bruge det.');
  });

  it('a year alone is the first month where a period starts and the last where it ends ("fra 2026 til 2028")', () => {
    const { ws, rows, context, ids } = setup();
    const at = (id: string) => ({ row: rows.findIndex((r) => r.id === id), col: 0 });
    const end = applyBlock(rules, ws, rows, ids, context, at('end'), [['2029']]);
    expect(applyCommand(ws, end.command!).scenarios[0]!.end).toEqual({ year: 2029, month: 12 });
    const start = applyBlock(rules, ws, rows, ids, context, at('start'), [['2027']]);
    expect(applyCommand(ws, start.command!).scenarios[0]!.start).toEqual({ year: 2027, month: 1 });
  });

  it('an empty cell on a value that is already the shared one is no change and no refusal (Delete on a base grant)', () => {
    const { ws, rows, context, ids } = setup();
    const anchor = { row: rows.findIndex((r) => r.id === 'funder-brn'), col: 0 };
    const out = applyBlock(rules, ws, rows, ids, context, anchor, [['', '']]);
    expect(out).toEqual({ command: null, applied: 0, refused: [], outside: 0 });
  });
});

describe('a refused number names the field’s own bound', () => {
  it('a population, a percentage and an amount each say their own limit', () => {
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const message = (entry: ReturnType<typeof readWhole>) => (entry.ok ? '' : refusalMessage(entry.refusal, 'Felt', i18n));
      expect(message(readWhole('20.000.000', i18n, LIMITS.population))).toContain('højst 10.000.000)');
      expect(message(readPercent('120', i18n))).toContain('højst 100 %)');
      expect(message(readWhole('20 mia.', i18n, LIMITS.kroner))).toContain('højst 10 mia.)');
      dispose();
    });
  });

  it('gives an example that fits the field: a yearly rate, a weight, a score (each said "fx 20 %")', () => {
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const message = (entry: ReturnType<typeof readWhole>) => (entry.ok ? '' : refusalMessage(entry.refusal, 'Felt', i18n));
      expect(message(readPercent('150', i18n, -50, 50, 'rate'))).toMatch(/højst 50 %\)\. Skriv fx 2,9 %\.$/);
      expect(message(readPercent('-3', i18n, 0, 100, 'weight'))).toMatch(/Skriv fx 25\.$/);
      expect(message(readPercent('god', i18n, 0, 100, 'score'))).toMatch(/Skriv en vurdering fra 1 til 5, fx 4\.$/);
      expect(message(readPercent('120', i18n))).toMatch(/Skriv fx 20 %\.$/);
      dispose();
    });
  });
});

import { createRoot } from 'solid-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { applyCommand, computeWorkspace, createWorkspace, type Workspace } from '../../model';
import { buildRows, loadEntryRules, type CellContext } from './rows';
import { refusalMessage } from './entry';

// The app loads them after its first figures (and before a paste); here, before any test types.
beforeAll(() => loadEntryRules());

describe('typing the shared value a cell shows keeps it following that value', () => {
  const setup = () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const ws = createWorkspace();
      const rows = buildRows(ws, i18n);
      dispose();
      const context = (w: Workspace, index: number): CellContext => ({ ws: w, scenario: w.scenarios[index]!, result: undefined, year: 'typical', i18n });
      const type = (w: Workspace, row: string, index: number, text: string, sure = false): Workspace => {
        const outcome = rows.find((r) => r.id === row)!.input!.toCommand(text, context(w, index), sure);
        if (!outcome.ok) throw new Error(JSON.stringify(outcome));
        return applyCommand(w, outcome.value);
      };
      return { ws, rows, context, type, i18n };
    });

  it('“550.000” over the shared 500.000–625.000 (550.000): Niveau 2 still moves when the assumption does', () => {
    const { ws, type } = setup();
    expect(ws.scenarios[1]!.costPerFte).toBeNull();
    const retyped = type(ws, 'costPerFte', 1, '550.000');
    expect(retyped.scenarios[1]!.costPerFte).toBeNull();
    // The shared assumption changes (Antagelser): Niveau 2's cost follows it.
    const raised = { ...retyped, assumptions: { ...retyped.assumptions, costPerFte: { low: 600_000, central: 600_000, high: 600_000 } } };
    const before = computeWorkspace(retyped).scenarios[1]!.years[0]!.cost.total.central;
    const after = computeWorkspace(raised).scenarios[1]!.years[0]!.cost.total.central;
    expect(after).toBeGreaterThan(before);
  });

  it('another amount, or another range, is the scenario’s own value (one figure over the range once asked about)', () => {
    const { ws, rows, context, type, i18n } = setup();
    // One figure where a range is shown would end the scenario's uncertainty: asked first.
    const asked = rows.find((r) => r.id === 'costPerFte')!.input!.toCommand('600.000', context(ws, 1), false);
    expect(asked.ok ? null : asked.refusal).toMatchObject({ kind: 'implausible', why: 'dropsRange', enter: '600.000' });
    // It says the figure is this scenario's alone: the others keep the shared range (a fresh-eyes
    // walk read "intervallet … forsvinder" as the assumption's range gone for all).
    expect(asked.ok ? '' : refusalMessage(asked.refusal, 'Lønomkostning pr. årsværk (kr.)', i18n, true)).toMatch(
      /^600\.000 kr\. ville blive dette scenaries egen værdi, ét tal: her ville den fælles værdi 500\.000–625\.000 \(550\.000\) kr\. og dens usikkerhed forsvinde, men ikke i de andre scenarier \(for dem alle rettes den fælles værdi under Antagelser\)\. Tryk Enter igen/,
    );
    // With its own range, it is its own range that goes.
    const own = type(ws, 'costPerFte', 1, '500.000–700.000');
    const again = rows.find((r) => r.id === 'costPerFte')!.input!.toCommand('600.000', context(own, 1), false);
    expect(again.ok ? '' : refusalMessage(again.refusal, 'Lønomkostning pr. årsværk (kr.)', i18n, true)).toMatch(/^600\.000 kr\. er ét tal: intervallet 500\.000–700\.000/);
    expect(type(ws, 'costPerFte', 1, '600.000', true).scenarios[1]!.costPerFte).toEqual({ low: 600_000, central: 600_000, high: 600_000 });
    expect(type(ws, 'costPerFte', 1, '500.000–700.000').scenarios[1]!.costPerFte?.high).toBe(700_000);
  });

  it('F2 on a shared cost per FTE starts from the shared value, and Enter unchanged keeps following it', () => {
    const { ws, rows, context, type } = setup();
    const row = rows.find((r) => r.id === 'costPerFte')!;
    const text = row.input!.editText(context(ws, 1));
    expect(text).toMatch(/^500\.000.+625\.000/);
    expect(type(ws, 'costPerFte', 1, text).scenarios[1]!.costPerFte).toBeNull();
  });

  it('an empty staffing field says what empty stands for: the tasks’ sum', () => {
    const { ws, rows, context } = setup();
    const row = rows.find((r) => r.id === 'staffing')!;
    const c = { ...context(ws, 1), result: computeWorkspace(ws).scenarios[1] };
    expect(row.input!.editText(c)).toBe('');
    expect(row.display(c).value).toMatch(/^\d/);
    expect(row.input!.placeholder?.(c)).toBe(`opgavernes sum: ${row.display(c).value}`);
  });
});

describe('a year outside a scenario’s period', () => {
  it('shows a dash where its figures would be, and the decision rows say when it runs; in its own years, figures', () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const ws = applyCommand(createWorkspace(), { type: 'setStart', scenarioId: 'level-2', start: { year: 2027, month: 1 } });
      const rows = buildRows(ws, i18n);
      const result = computeWorkspace(ws).scenarios.find((s) => s.scenarioId === 'level-2');
      const at = (row: string, year: CellContext['year']) => rows.find((r) => r.id === row)!.display({ ws, scenario: ws.scenarios[1]!, result, year, i18n });
      expect(at('supplement', '2026')).toEqual({ value: '–', detail: 'løber 2027–2028', spoken: 'uden for scenariets periode, 2027–2028' });
      expect(at('perInhabitant', '2026')).toMatchObject({ value: '–', detail: 'løber 2027–2028' });
      // A bill and the rows below: the dash alone.
      expect(at('municipality-851', '2026')).toEqual({ value: '–', spoken: 'uden for scenariets periode, 2027–2028' });
      expect(at('staffCost', '2026')).toMatchObject({ value: '–' });
      expect(at('staffCost', '2026').detail).toBeUndefined();
      expect(at('supplement', '2027').value).toMatch(/^\d{1,3}(\.\d{3})+$/);
      // Before the figures arrive, nothing at all (not a dash that would then turn into a figure).
      expect(rows.find((r) => r.id === 'supplement')!.display({ ws, scenario: ws.scenarios[1]!, result: undefined, year: '2026', i18n })).toEqual({ value: '' });
      dispose();
    }));
});

describe('Lønomkostning pr. årsværk in a later year', () => {
  it('says the indexed amount its year uses beside the price year’s input, as "heraf løn" reckons with it; not in the price year, nor without indexation', () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const base = createWorkspace();
      const ws = applyCommand(base, { type: 'setAssumption', change: { key: 'wageIndexation', value: 2 } });
      const rows = buildRows(ws, i18n);
      const at = (w: Workspace, row: string, year: CellContext['year']) => rows.find((r) => r.id === row)!.display({ ws: w, scenario: w.scenarios[1]!, result: computeWorkspace(w).scenarios[1], year, i18n });
      // 550.000 in 2026 kroner, 2 % a year: 561.000 in 2027, 572.220 in 2028.
      expect(at(ws, 'costPerFte', '2027')).toMatchObject({ value: '550.000', detail: '500.000–625.000 · i 2027: 561.000 med lønfremskrivningen · fælles antagelse' });
      expect(at(ws, 'costPerFte', '2028').detail).toContain('i 2028: 572.220');
      const fte = computeWorkspace(ws).scenarios[1]!.years.find((y) => y.year === 2027)!.fte.central;
      expect(computeWorkspace(ws).scenarios[1]!.years.find((y) => y.year === 2027)!.cost.staff.central).toBe(Math.round((fte / 100) * 561_000)); // FTE in hundredths
      expect(at(ws, 'costPerFte', '2026').detail).toBe('500.000–625.000 · fælles antagelse');
      // The whole period: its last year's.
      expect(at(ws, 'costPerFte', 'horizon').detail).toBe('500.000–625.000 · i 2028: 572.220 med lønfremskrivningen · fælles antagelse');
      expect(at(base, 'costPerFte', '2027').detail).toBe('500.000–625.000 · fælles antagelse');
      dispose();
    }));
});

describe('a reserve drawdown drawn short of its plan', () => {
  it('says why under the planned figure: the reserve used up (a region with none), or a year that needed no more', () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const detail = (ws: Workspace, id: string) => {
        const index = ws.scenarios.findIndex((s) => s.id === id);
        const row = buildRows(ws, i18n).find((r) => r.id === 'reserve-2026')!;
        return row.display({ ws, scenario: ws.scenarios[index]!, result: computeWorkspace(ws).scenarios[index], year: 'typical', i18n }).detail;
      };
      // Sjælland has no reserve (no T11): 200.000 planned in Niveau 3, none drawn.
      const sjaelland = createWorkspace('Sjælland');
      expect(sjaelland.assumptions.openingReserve).toBe(0);
      expect(detail(applyCommand(sjaelland, { type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2026, amount: 200_000 }), 'level-3')).toBe('trukket: 0, opsparingen er brugt');
      // Nordjylland's 850.000: Niveau 1 needs nothing beyond the BRN grant, so nothing is drawn.
      const nord = createWorkspace();
      expect(detail(applyCommand(nord, { type: 'setReserveDrawdown', scenarioId: 'level-1', year: 2026, amount: 200_000 }), 'level-1')).toBe('trukket: 0, året behøvede ikke mere');
      // As much as planned: nothing to say.
      expect(detail(applyCommand(nord, { type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2026, amount: 200_000 }), 'level-3')).toBeUndefined();
      dispose();
    }));
});

describe('a scenario’s own cost per FTE', () => {
  it('says it lies outside the shared assumed range where it does (goal seek’s “Brug” set 141.666 kr., read as any own value)', () =>
    createRoot((dispose) => {
      const i18n = createI18n('da');
      const ws = createWorkspace();
      const detail = (cost: number) => {
        const w = applyCommand(ws, { type: 'setScenarioCostPerFte', scenarioId: 'level-2', cost: { low: cost, central: cost, high: cost } });
        const row = buildRows(w, i18n).find((r) => r.id === 'costPerFte')!;
        return row.display({ ws: w, scenario: w.scenarios[1]!, result: undefined, year: 'typical', i18n }).detail;
      };
      expect(detail(141_666)).toBe('egen værdi, uden for det antagne 500.000–625.000');
      expect(detail(700_000)).toBe('egen værdi, uden for det antagne 500.000–625.000');
      expect(detail(600_000)).toBe('egen værdi (fælles: 550.000)');
      dispose();
    }));
});

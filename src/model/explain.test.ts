import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, figure, point, yearResult, type FigureId, type Workspace } from './index';
import { evaluate, explainFigure, inputsOf, type Explanation } from './explain';
import { randomWorkspace } from './testing/random-workspace';

const base = createWorkspace('Nordjylland');

function figureIds(ws: Workspace): FigureId[] {
  return ['fte', 'totalCost', 'staff', 'activities', 'administration', 'host', 'funding', 'reserveDrawn', 'supplement', 'perInhabitant', 'surplus', 'reserveLeft', ...ws.funders.map((f) => `funder:${f.id}` as const), ...ws.municipalities.map((_, i) => `municipality:${i}` as const)];
}

/**
 * Every figure of every scenario and year: the tree's value is the computed one, and every node
 * (each checked once: trees share nodes as the model shares values) follows from its terms.
 */
function expectExplanationsMatch(ws: Workspace): void {
  const result = computeWorkspace(ws);
  const wrong: string[] = [];
  const seen = new Set<string>();
  const visit = (n: Explanation) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    if (evaluate(n) !== n.value) wrong.push(`${n.id}: ${evaluate(n)} from its terms, ${n.value} shown`);
    n.terms?.forEach(visit);
  };
  for (const r of result.scenarios) {
    const years = [...r.years.map((y) => String(y.year) as `${number}`), 'horizon' as const];
    for (const key of years) {
      const y = yearResult(r, key)!;
      for (const id of figureIds(ws)) {
        const tree = explainFigure(ws, { scenarioId: r.scenarioId, figure: id, year: key })!;
        // FTE: the result counts hundredths, the explanation FTE (as the workbook shows them).
        const computed = id === 'fte' ? figure(y, id) / 100 : figure(y, id);
        if (tree.value !== computed) wrong.push(`${r.scenarioId} ${key} ${id}: ${tree.value} explained, ${computed} computed`);
        visit(tree);
      }
    }
  }
  expect(wrong).toEqual([]);
}

describe('explanations', () => {
  it('level 2’s supplement: total cost less the base grant, the region, external money and the reserve (seed 001 for the grant)', () => {
    const tree = explainFigure(base, { scenarioId: 'level-2', figure: 'supplement', year: 'typical' })!;
    expect(tree.rule).toBe('atLeastZero');
    expect(tree.terms!.map((t) => [t.label.term, t.label.name?.da, t.value])).toEqual([
      ['totalCost', undefined, 1_845_000],
      ['funder', 'Grundbevilling BRN', 1_250_000],
      ['funder', 'Region Nordjylland', 0],
      ['funder', 'Ekstern finansiering og projektmidler', 0],
      ['reserveDrawn', undefined, 0],
    ]);
    expect(tree.value).toBe(595_000);
    const grant = inputsOf(tree).find((n) => n.label.term === 'funderAmount' && n.label.name?.da === 'Grundbevilling BRN')!;
    // Seed 001: "Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være …"
    expect(grant.origin).toMatchObject({ kind: 'seed', document: '001' });
    expect(grant.origin?.kind === 'seed' && grant.origin.quote).toContain('basisbevilling på 1,25 mio');
    expect(grant.setAt).toEqual({ view: 'grid', row: 'funder-brn', scenarioId: 'level-2' });
  });

  it('a funder’s months in a year follow from the period and, where it pays in part of it, from its own months, which the origin carries', () => {
    const ws = applyCommand(base, { type: 'setFunder', funderId: 'external', patch: { amount: point(1_200_000), from: { year: 2027, month: 7 } } });
    const months = (w: Workspace) => inputsOf(explainFigure(w, { scenarioId: 'level-2', figure: 'funder:external', year: '2027' })!).find((n) => n.label.term === 'funderMonths')!;
    expect(months(ws).value).toBe(6);
    expect(months(ws).origin).toEqual({ kind: 'derived', scenarioId: 'level-2', paysIn: { from: { year: 2027, month: 7 }, to: null } });
    expect(months(base).origin).toEqual({ kind: 'derived', scenarioId: 'level-2' });
  });

  it('a scenario’s own entry is the user’s, with the cell that sets it', () => {
    const ws = applyCommand(base, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_500_000) });
    const tree = explainFigure(ws, { scenarioId: 'level-2', figure: 'supplement', year: 'typical' })!;
    const grant = inputsOf(tree).find((n) => n.label.term === 'funderAmount' && n.label.name?.da === 'Grundbevilling BRN')!;
    expect(grant.origin).toEqual({ kind: 'user', scenarioId: 'level-2' });
    expect(grant.setAt).toEqual({ view: 'grid', row: 'funder-brn', scenarioId: 'level-2' });
    expect(tree.value).toBe(345_000);
  });

  it('a year nobody planned a reserve draw for is an assumption, not the user’s entry; a planned one is theirs', () => {
    const planned = (ws: Workspace) => {
      const tree = explainFigure(ws, { scenarioId: 'level-3', figure: 'reserveDrawn', year: '2027' })!;
      return inputsOf(tree).find((n) => n.label.term === 'reservePlanned')!;
    };
    expect(planned(base).origin?.kind).toBe('assumption');
    const drawn = applyCommand(base, { type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2027, amount: 100_000 });
    expect(planned(drawn)).toMatchObject({ value: 100_000, origin: { kind: 'user', scenarioId: 'level-3' } });
  });

  it('a municipality’s bill shows its share, its whole kroner and where the remainder kroner went', () => {
    const ws = applyCommand(base, { type: 'setFunding', scenarioId: 'level-2', funderId: 'brn', amount: point(1_250_001) });
    const r = computeWorkspace(ws).scenarios.find((s) => s.scenarioId === 'level-2')!;
    const typical = r.years[r.typicalIndex]!;
    const aalborg = ws.municipalities.findIndex((m) => m.code === '851');
    const tree = explainFigure(ws, { scenarioId: 'level-2', figure: `municipality:${aalborg}`, year: 'typical' })!;
    expect(tree.value).toBe(typical.municipalAmounts[aalborg]);
    const a = tree.allocation!;
    expect(a.whole + (a.extraKrone ? 1 : 0)).toBe(tree.value);
    expect(a.left).toBe(typical.supplement.central - ws.municipalities.reduce((s, _, i) => s + (explainFigure(ws, { scenarioId: 'level-2', figure: `municipality:${i}`, year: 'typical' })!.allocation!.whole), 0));
    expect(a.extraKrone).toBe(a.rank <= a.left);
  });

  it('a bill split equally because every custom weight is 0 says why (it showed 1 ÷ 11 under a key of weights)', () => {
    const ws = applyCommand(base, { type: 'setAllocation', scenarioId: 'level-2', allocation: { kind: 'custom', weights: {} } });
    const tree = explainFigure(ws, { scenarioId: 'level-2', figure: 'municipality:0', year: 'typical' })!;
    const reasons: string[] = [];
    const visit = (n: Explanation) => {
      if (n.origin?.kind === 'assumption') reasons.push(n.origin.reason.da);
      n.terms?.forEach(visit);
    };
    visit(tree);
    expect(reasons).toContain('Alle egne vægte er 0, så tillægget deles ligeligt. Giv vægte under Kommuner');
    // So too with every population 0, under a key of populations.
    const empty = applyCommand(base, { type: 'setPopulations', populations: Object.fromEntries(base.municipalities.map((m) => [m.code, 0])) });
    reasons.length = 0;
    visit(explainFigure(empty, { scenarioId: 'level-2', figure: 'municipality:0', year: 'typical' })!);
    expect(reasons).toContain('Alle indbyggertal er 0, så tillægget deles ligeligt. Ret indbyggertallene under Kommuner');
  });

  it('every node of every figure follows from its terms and equals the computed figure (default workspaces)', () => {
    for (const region of ['Nordjylland', 'Sjælland', 'Midtjylland'] as const) expectExplanationsMatch(createWorkspace(region));
  });

  it('every node of every figure follows from its terms and equals the computed figure (random workspaces, property)', () => {
    fc.assert(fc.property(randomWorkspace(), (ws) => expectExplanationsMatch(ws)), { numRuns: 40 });
  });
});

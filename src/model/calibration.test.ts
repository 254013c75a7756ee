// The defaults must reproduce the seeds: ../shared/domain.md, "Calibration targets".
import { describe, expect, it } from 'vitest';
import { computeWorkspace, createWorkspace, type ScenarioResult } from './index';

const ws = createWorkspace('Nordjylland');
const result = computeWorkspace(ws);
const scenario = (id: string): ScenarioResult => {
  const found = result.scenarios.find((s) => s.scenarioId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const typical = (id: string) => {
  const r = scenario(id);
  return r.years[r.typicalIndex]!;
};
const yearlyCost = (level: number) => typical(`level-${level}`).cost.total.central;

describe('North Jutland defaults', () => {
  it('hold the 11 municipalities with their 1 January 2026 populations (about 590.000)', () => {
    expect(ws.municipalities).toHaveLength(11);
    expect(result.totalPopulation).toBe(593_114);
    expect(ws.municipalities.find((m) => m.name === 'Læsø')?.population).toBe(1683);
    expect(ws.populationDate).toBe('2026-01-01');
  });

  it('are named in the language they are made in, with the same figures', () => {
    const english = createWorkspace('Nordjylland', 'ws-en', 'en');
    expect(english.name).toBe('Climate secretariat Nordjylland');
    expect(english.scenarios.map((s) => s.name)).toEqual(['Level 1', 'Level 2', 'Level 3 — as today', 'Level 4', 'Level 2 — T11’s recommendation']);
    expect(ws.scenarios.map((s) => s.name)).toEqual(['Niveau 1', 'Niveau 2', 'Niveau 3 — som i dag', 'Niveau 4', 'Niveau 2 — T11’s anbefaling']);
    expect(computeWorkspace(english).scenarios.map((r) => r.years[0]!.supplement)).toEqual(result.scenarios.map((r) => r.years[0]!.supplement));
    expect(createWorkspace('Sjælland', 'ws-sj', 'en').scenarios[0]!.customTasks[0]!.name).toBe('Activities and analyses (Region Sjælland’s DKK 2 million)');
  });

  // Seed 001: "Scenarie 1. (1,2-1,5 mio) Scenarie 2. (1,5-2,0 mio) Scenarie 3. (2,0-2,5 mio) Scenarie 4. 2,5 mio+"
  it('price the level presets inside T11’s budget ranges', () => {
    expect(yearlyCost(1)).toBeGreaterThanOrEqual(1_200_000);
    expect(yearlyCost(1)).toBeLessThanOrEqual(1_500_000);
    expect(yearlyCost(2)).toBeGreaterThanOrEqual(1_500_000);
    expect(yearlyCost(2)).toBeLessThanOrEqual(2_000_000);
    expect(yearlyCost(3)).toBeGreaterThanOrEqual(2_000_000);
    expect(yearlyCost(3)).toBeLessThanOrEqual(2_500_000);
    expect(yearlyCost(4)).toBeGreaterThan(2_500_000);
  });

  // Seed 001: "Budget og aktivitetsmæssigt svarer scenarie 3 til den nuværende situation" and
  // "Bemanding: • Tre Fuldtidsmedarbejdere"; "én ressource (scenarie 1)".
  it('staff level 1 with exactly one FTE and level 3 with today’s three', () => {
    expect(typical('level-1').fte.central).toBe(100);
    expect(typical('level-3').fte.central).toBe(300);
    expect(ws.scenarios.find((s) => s.id === 'level-3')?.name).toBe('Niveau 3 — som i dag');
  });

  // Seed 001: "Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være:
  // o Ca. 1 kr. pr indbygger i Scenarie 2 o Ca 2 kr. pr indbygger i Scenarie 3"
  it('need about 1 kr. per inhabitant at level 2 and 2 kr. at level 3 with a 1,25 mio. base grant', () => {
    expect(Math.round(typical('level-2').supplementPerInhabitant.central)).toBe(1);
    expect(Math.round(typical('level-3').supplementPerInhabitant.central)).toBe(2);
    expect(typical('level-1').supplement.central).toBe(0);
  });

  // Seed 001: "I anerkendelse af behov for budgetmæssig reduktion anbefales en løsning med afsæt i Scenarie 2"
  // with "intensivering af 1:1 sparring" and "neddrosling af … GEN2040, Nordjysk Klimaambition,
  // Facilitering af Klimapolitisk dialogforum og projektudvikling/funding-aktiviteter".
  it('price T11’s recommendation between plain level 2 and today, at about 1 kr. per inhabitant', () => {
    const t11 = typical('t11-recommendation');
    expect(t11.cost.total.central).toBeGreaterThan(yearlyCost(2));
    expect(t11.cost.total.central).toBeLessThan(yearlyCost(3));
    expect(t11.cost.total.central).toBeLessThanOrEqual(2_000_000);
    expect(Math.round(t11.supplementPerInhabitant.central)).toBe(1);
    const tasks = scenario('t11-recommendation').activeTaskIds;
    expect(tasks).toEqual(expect.arrayContaining(['guidance-1to1-sparring', 'other-gen2040', 'other-climate-ambition', 'other-project-development', 'sec-dialogforum']));
    expect(tasks).not.toContain('guidance-onboarding');
  });

  it('flag level 1 as resting on a single employee, and only level 1', () => {
    expect(scenario('level-1').flags).toContain('singleEmployeeVulnerable');
    for (const id of ['level-2', 'level-3', 'level-4', 't11-recommendation']) expect(scenario(id).flags).not.toContain('singleEmployeeVulnerable');
  });

  it('split every supplement into whole kroner that sum exactly to it, every year', () => {
    for (const s of result.scenarios)
      for (const y of [...s.years, s.horizon]) {
        expect(y.municipalAmounts.every(Number.isInteger)).toBe(true);
        expect(y.municipalAmounts.reduce((a, b) => a + b, 0)).toBe(y.supplement.central);
      }
  });

  it('shows cost ranges from the cost-per-FTE range (bounds arithmetic)', () => {
    const cost = typical('level-3').cost.total;
    // 3 FTE × (625.000 − 550.000) above and 3 × 50.000 below the central estimate
    expect(cost.high - cost.central).toBe(225_000);
    expect(cost.central - cost.low).toBe(150_000);
  });
});

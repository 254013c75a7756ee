/** The benchmark workloads: the default workspace, and large ones that stress every loop. */
import { applyCommand, createWorkspace, span, type Command, type RegionName, type Workspace } from '../../src/model';
import { municipalitiesOf } from '../../src/model/municipalities';
import { REGIONS } from '../../src/model';

export const defaultWorkspace = (): Workspace => createWorkspace('Nordjylland');

/**
 * `count` scenarios over 10 years with ranges on staffing and the base grant, a reserve drawn in
 * different amounts each year (so no two years are alike), on the municipalities of `regions`.
 */
export function largeWorkspace(regions: readonly RegionName[] = REGIONS, count = 50): Workspace {
  // North Jutland's funders and presets (so every workload has the BRN base-grant row), on the
  // municipalities of `regions`.
  const base = createWorkspace('Nordjylland', 'ws-large');
  const name = `Bench ${regions.length === REGIONS.length ? 'Danmark' : regions.join(' + ')} ${count} × 10`;
  // Start from one default scenario (a workspace is never empty) and drop it once the first
  // large scenario exists: the workspace limit is 50 scenarios, so it must go before the 50th.
  let ws: Workspace = { ...base, name, municipalities: regions.flatMap((r) => municipalitiesOf(r)), scenarios: base.scenarios.slice(0, 1), baselineScenarioId: base.scenarios[0]!.id };
  const commands: Command[] = [];
  for (let i = 0; i < count; i++) {
    const id = `large-${i}`;
    commands.push({ type: 'insertScenarios', scenarios: [{ ...base.scenarios[i % 4]!, id, name: `Scenarie ${i + 1}` }] });
    if (i === 0) commands.push({ type: 'deleteScenario', scenarioId: base.scenarios[0]!.id });
    commands.push({ type: 'setStart', scenarioId: id, start: { year: 2026, month: (i % 12) + 1 } });
    commands.push({ type: 'setEnd', scenarioId: id, end: { year: 2035, month: 12 } });
    commands.push({ type: 'applyAnchoringPreset', scenarioId: id, presetId: (['brn', 'kkr', 'crossMunicipal'] as const)[i % 3]! });
    if (i % 2) commands.push({ type: 'setEqualPercent', scenarioId: id, percent: 25 });
    commands.push({ type: 'setStaffing', scenarioId: id, staffing: span(100 * ((i % 4) + 1), 100 * ((i % 4) + 2)) });
    commands.push({ type: 'setFunding', scenarioId: id, funderId: 'brn', amount: span(1_000_000, 1_500_000, 1_250_000) });
    for (let y = 0; y < 10; y++) commands.push({ type: 'setReserveDrawdown', scenarioId: id, year: 2026 + y, amount: 10_000 * (y + 1) + i });
  }
  ws = commands.reduce(applyCommand, ws);
  ws = { ...ws, baselineScenarioId: 'large-0' };
  // A refused command (a limit) would silently shrink the workload: refuse to bench that.
  if (ws.scenarios.length !== count || ws.scenarios.some((s, i) => s.id !== `large-${i}`)) throw new Error(`largeWorkspace: expected ${count} scenarios, got ${ws.scenarios.length}`);
  return ws;
}

export function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

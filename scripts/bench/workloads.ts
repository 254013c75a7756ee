/** The benchmark workloads: the default workspace, and a large one that stresses every loop. */
import { createWorkspace, presetScenario, referenceMunicipalities, span, type Workspace } from '../../src/model';

export const defaultWorkspace = (): Workspace => createWorkspace('Nordjylland');

/** 98 municipalities × 50 scenarios × 10 years, with ranges on funding and staffing. */
export function largeWorkspace(): Workspace {
  const base = createWorkspace('Nordjylland');
  const scenarios = Array.from({ length: 50 }, (_, i) => {
    const level = ((i % 4) + 1) as 1 | 2 | 3 | 4;
    const s = presetScenario(level, `large-${i}`);
    return {
      ...s,
      name: `Scenarie ${i + 1}`,
      years: 10,
      startMonth: (i % 12) + 1,
      anchoring: (['brn', 'kkr', 'crossMunicipal'] as const)[i % 3]!,
      allocation: i % 2 ? ({ kind: 'mixed', equalPercent: 25 } as const) : ({ kind: 'population' } as const),
      staffingFte: span(level, level + 1),
      funding: { ...s.funding, baseGrant: span(1_000_000, 1_500_000, 1_250_000), reserveDrawdown: Array.from({ length: 10 }, () => 50_000) },
    };
  });
  return { ...base, municipalities: [...referenceMunicipalities()], scenarios };
}

export function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

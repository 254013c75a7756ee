/**
 * One set of limits for everything a workspace may hold. A cell, a paste, a duplicate, the
 * file import and the share link all accept exactly this, so whatever the app produces it can
 * also share, export and import again.
 */
export const LIMITS = {
  scenarios: 50,
  /** Calendar years one scenario may span. */
  years: 30,
  firstYear: 2000,
  lastYear: 2100,
  catalogueTasks: 100,
  customTasks: 40,
  municipalities: 120,
  funders: 20,
  parts: 40,
  scenarioName: 80,
  workspaceName: 120,
  taskName: 120,
  partName: 120,
  /** Whole kroner: ten milliards is far beyond any secretariat, and far from floating-point trouble. */
  kroner: 10_000_000_000,
  /** Hundredths of an FTE: 1.000 årsværk. */
  effort: 100_000,
  population: 10_000_000,
  weight: 1_000_000_000,
  percent: 100,
  /** Yearly indexation, percent. */
  indexation: 50,
  score: { min: 1, max: 5 },
} as const;

/** A name that fits its limit with a suffix such as " (kopi 2)": the name is shortened, not the suffix. */
export function withSuffix(name: string, suffix: string, max: number): string {
  const room = Math.max(0, max - suffix.length - 1);
  const base = name.length > room ? name.slice(0, room).trimEnd() : name;
  return suffix ? `${base} ${suffix}` : base.slice(0, max);
}

/** "Navn (kopi)", then "Navn (kopi 2)", … — the first one no other name uses. */
export function uniqueName(base: string, taken: readonly string[], suffix: (n: number) => string, max: number): string {
  const used = new Set(taken);
  for (let n = 1; n < 1000; n++) {
    const candidate = withSuffix(base, suffix(n), max);
    if (!used.has(candidate)) return candidate;
  }
  return withSuffix(base, suffix(1000), max);
}

/** Room for one more funder: the edit adds none past the limit, and the add button says so. */
export const roomForFunder = (ws: { readonly funders: readonly unknown[] }): boolean => ws.funders.length < LIMITS.funders;

/** Room for one more own task in a scenario (none in a scenario that is not there). */
export const roomForOwnTask = (scenario: { readonly customTasks: readonly unknown[] } | undefined): boolean => !!scenario && scenario.customTasks.length < LIMITS.customTasks;

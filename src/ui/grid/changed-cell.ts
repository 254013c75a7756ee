/**
 * The grid cell an undo or a redo changed, so that the selection goes there as in a
 * spreadsheet and the room sees what was taken back: one scenario's own input that the grid
 * shows as a row. Null for anything the grid has no cell for (an assumption, a task, a
 * population, a scenario added, removed or moved) or when several scenarios changed.
 */
import type { Scenario, Workspace } from '../../model';

export interface ChangedCell {
  readonly row: string;
  readonly scenarioId: string;
}

export function changedCell(before: Workspace, after: Workspace): ChangedCell | null {
  if (before.scenarios.length !== after.scenarios.length) return null;
  const was = new Map(before.scenarios.map((s) => [s.id, s]));
  const changed = after.scenarios.filter((s) => was.get(s.id) !== s);
  const now = changed[0];
  const then = now && was.get(now.id);
  if (changed.length !== 1 || !now || !then) return null;
  const row = changedRow(then, now);
  return row ? { row, scenarioId: now.id } : null;
}

const differs = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
const changedKey = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): string | undefined =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].find((k) => differs(a[k], b[k]));

/** The first row, top to bottom, whose input differs; the grid's row ids (rows.ts). */
function changedRow(b: Scenario, a: Scenario): string | null {
  if (b.name !== a.name) return 'name';
  if (b.ambitionLevel !== a.ambitionLevel) return 'level';
  const parts = (['political', 'employer', 'host'] as const).filter((p) => b.anchoring[p] !== a.anchoring[p]);
  // A preset sets the parts together: its own row says which.
  if (parts.length > 1) return 'preset';
  if (parts[0]) return parts[0];
  if (b.allocation.kind !== a.allocation.kind) return 'allocation';
  if (b.allocation.kind === 'mixed' && a.allocation.kind === 'mixed' && b.allocation.equalPercent !== a.allocation.equalPercent) return 'equalPercent';
  if (differs(b.start, a.start)) return 'start';
  if (differs(b.end, a.end)) return 'end';
  if (differs(b.staffing, a.staffing)) return 'staffing';
  if (differs(b.costPerFte, a.costPerFte)) return 'costPerFte';
  const funder = changedKey(b.funding, a.funding);
  if (funder) return `funder-${funder}`;
  const year = changedKey(b.reserveDrawdown, a.reserveDrawdown);
  return year ? `reserve-${year}` : null;
}

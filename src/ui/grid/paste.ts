/**
 * Applying a block of text to the grid from an anchor cell, as one edit. A cell whose text
 * cannot be used (wrong number, a result row, outside the grid) is refused on its own; the
 * rest of the block still applies.
 */
import type { I18n } from '../../i18n/i18n';
import type { ScenarioResult, Workspace } from '../../model';
import type { GridRow } from './grid-rows';

export interface RefusedCell {
  readonly row: string;
  readonly scenario: string;
  readonly text: string;
  readonly reason: 'unparsable' | 'readOnly' | 'outside';
}

export interface PasteOutcome {
  readonly workspace: Workspace;
  readonly applied: number;
  readonly refused: readonly RefusedCell[];
}

export function applyBlock(
  ws: Workspace,
  rows: readonly GridRow[],
  results: readonly ScenarioResult[] | undefined,
  anchor: { readonly row: number; readonly col: number },
  block: readonly (readonly string[])[],
  i18n: I18n,
): PasteOutcome {
  let scenarios = [...ws.scenarios];
  let applied = 0;
  const refused: RefusedCell[] = [];
  block.forEach((line, dr) => {
    line.forEach((text, dc) => {
      const row = rows[anchor.row + dr];
      const scenario = scenarios[anchor.col + dc];
      if (!row || !scenario) {
        if (text.trim() !== '') refused.push({ row: row?.label ?? '', scenario: scenario?.name ?? '', text, reason: 'outside' });
        return;
      }
      if (!row.input) {
        refused.push({ row: row.label, scenario: scenario.name, text, reason: 'readOnly' });
        return;
      }
      const result = results?.find((r) => r.scenarioId === scenario.id);
      const next = row.input.apply(text, { ws: { ...ws, scenarios }, scenario, result, i18n });
      if (!next) {
        refused.push({ row: row.label, scenario: scenario.name, text, reason: 'unparsable' });
        return;
      }
      scenarios = scenarios.map((s) => (s.id === scenario.id ? next : s));
      applied++;
    });
  });
  return { workspace: applied > 0 ? { ...ws, scenarios } : ws, applied, refused };
}

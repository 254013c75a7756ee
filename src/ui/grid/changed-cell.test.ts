import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { applyCommand, createWorkspace, type Command } from '../../model';
import { changedCell } from './changed-cell';
import { buildRows } from './rows';

const ws = createWorkspace();
const after = (command: Command) => applyCommand(ws, command);

describe('the cell an undo or a redo changed', () => {
  it('is the row of the one input that changed, in that scenario', () => {
    const cases: [Command, string][] = [
      [{ type: 'renameScenario', scenarioId: 'level-3', name: 'Mellemniveau' }, 'name'],
      [{ type: 'setAmbitionLevel', scenarioId: 'level-3', level: 4 }, 'level'],
      [{ type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: ws.hosts.at(-1)!.id }, 'host'],
      [{ type: 'setAllocationKind', scenarioId: 'level-3', kind: 'equal' }, 'allocation'],
      [{ type: 'setStart', scenarioId: 'level-3', start: { year: 2026, month: 7 } }, 'start'],
      [{ type: 'setStaffing', scenarioId: 'level-3', staffing: { low: 3, central: 3, high: 3 } }, 'staffing'],
      [{ type: 'setScenarioCostPerFte', scenarioId: 'level-3', cost: { low: 600_000, central: 600_000, high: 600_000 } }, 'costPerFte'],
      [{ type: 'setFunding', scenarioId: 'level-3', funderId: 'brn', amount: { low: 1_100_000, central: 1_100_000, high: 1_100_000 } }, 'funder-brn'],
      [{ type: 'setReserveDrawdown', scenarioId: 'level-3', year: 2027, amount: 200_000 }, 'reserve-2027'],
    ];
    for (const [command, row] of cases) expect({ command: command.type, cell: changedCell(ws, after(command)) }).toEqual({ command: command.type, cell: { row, scenarioId: 'level-3' } });
  });

  it('names only rows the grid has', () => {
    const ids = createRoot((dispose) => {
      const rows = buildRows(ws, createI18n('da'));
      dispose();
      return new Set(rows.map((r) => r.id));
    });
    for (const row of ['name', 'level', 'preset', 'political', 'employer', 'host', 'allocation', 'equalPercent', 'start', 'end', 'staffing', 'costPerFte', 'funder-brn', 'reserve-2027']) expect({ row, inGrid: ids.has(row) }).toEqual({ row, inGrid: true });
  });

  it('is none for what the grid has no cell for, or for several scenarios at once', () => {
    expect(changedCell(ws, after({ type: 'setTaskOn', scenarioId: 'level-3', taskId: ws.catalogue[0]!.id, on: false }))).toBeNull();
    expect(changedCell(ws, after({ type: 'setAssumption', change: { key: 'costPerFte', value: { low: 600_000, central: 600_000, high: 600_000 } } }))).toBeNull();
    expect(changedCell(ws, after({ type: 'deleteScenario', scenarioId: 'level-3' }))).toBeNull();
    expect(changedCell(ws, after({ type: 'moveScenario', scenarioId: 'level-3', offset: 1 }))).toBeNull();
    const both: Command = { type: 'batch', commands: ['level-1', 'level-2'].map((scenarioId): Command => ({ type: 'setStaffing', scenarioId, staffing: { low: 2, central: 2, high: 2 } })) };
    expect(changedCell(ws, after(both))).toBeNull();
  });
});

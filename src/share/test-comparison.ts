/** A comparison with ten typical edits, shared by the share tests and the benchmark. */
import { createWorkspace, edits, point, span, type Workspace } from '../model';

export function tenEditComparison(): Workspace {
  let ws = createWorkspace('Nordjylland');
  const s = (id: string, patch: (sc: Workspace['scenarios'][number]) => Workspace['scenarios'][number]) => (ws = edits.updateScenario(ws, id, patch));
  s('level-2', (sc) => ({ ...sc, funding: { ...sc.funding, baseGrant: point(1_400_000) } })); // 1
  s('level-3', (sc) => ({ ...sc, anchoring: 'kkr' })); // 2
  s('level-3', (sc) => ({ ...sc, funding: { ...sc.funding, reserveDrawdown: [300_000, 300_000, 250_000] } })); // 3
  s('level-4', (sc) => ({ ...sc, location: 'otherMunicipality' })); // 4
  s('level-1', (sc) => ({ ...sc, name: 'Minimum' })); // 5
  ws = edits.switchTask(ws, 'level-2', 'other-gen2040', true); // 6
  ws = edits.switchTask(ws, 'level-3', 'guidance-onboarding', false); // 7
  s('level-2', (sc) => ({ ...sc, allocation: { kind: 'mixed', equalPercent: 20 } })); // 8
  ws = edits.updateAssumptions(ws, { costPerFte: span(480_000, 600_000, 520_000) }); // 9
  ws = edits.setPopulation(ws, '825', 1_700); // 10
  return ws;
}

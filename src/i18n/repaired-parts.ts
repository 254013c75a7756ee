/**
 * Where a restore repaired a workspace, in words: "kommunerne, Niveau 2". A count alone ("havde
 * 2 fejl") left a director to guess which figures to check. Each repair is a path the restore
 * reported (restore.ts: "scenarios[level-2].funding.brn", "municipalities[3]"); a scenario is
 * named by its name where it is still there, a dropped one as "et scenarie".
 */
import type { Workspace } from '../model';
import type { I18n, MessageKey } from './i18n';
import './strings-da-later';

const PART_WORDS: Readonly<Record<string, MessageKey>> = {
  municipalities: 'repairedMunicipalities',
  populationDate: 'repairedMunicipalities',
  populationSource: 'repairedMunicipalities',
  catalogue: 'repairedCatalogue',
  political: 'repairedAnchoring',
  employers: 'repairedAnchoring',
  hosts: 'repairedAnchoring',
  presets: 'repairedAnchoring',
  funders: 'repairedFunders',
  criteria: 'repairedCriteria',
  assumptions: 'repairedAssumptions',
  baselineScenarioId: 'repairedBaseline',
  // A file's decisions (workspace-file.ts), and scenarios beyond the limit ("scenarios: 3").
  decisions: 'repairedDecisions',
  scenarios: 'repairedScenarios',
  id: 'repairedId',
  name: 'repairedName',
  schemaVersion: 'repairedVersion',
};

export function repairedParts(repairs: readonly string[], ws: Workspace, t: (key: MessageKey) => string): string {
  const parts = new Set<string>();
  for (const repair of repairs) {
    const scenario = /^scenarios\[([^\]]+)\]/.exec(repair);
    if (scenario) parts.add(ws.scenarios.find((s) => s.id === scenario[1])?.name ?? t('repairedScenario'));
    else parts.add(t(PART_WORDS[/^\w+/.exec(repair)?.[0] ?? ''] ?? 'repairedOther'));
  }
  return [...parts].join(', ');
}

/** The notice for a workspace repaired on load: what it had wrong, where, and where its original is. */
export const workspaceRepairedText = (ws: Workspace, repairs: readonly string[], { t }: Pick<I18n, 't'>): string =>
  t(repairs.length === 1 ? 'workspaceRepairedOne' : 'workspaceRepaired', { name: ws.name, count: repairs.length, parts: repairedParts(repairs, ws, t) });

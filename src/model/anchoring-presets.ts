/** The seed's anchoring models as presets: which parts a preset picks, and which preset a choice matches. */
import type { Anchoring, AnchoringPreset, Workspace } from './types';

/** The parts a preset stands for, if the workspace still has all of them. */
export function anchoringOf(ws: Workspace, presetId: string): Anchoring | null {
  const p = ws.presets.find((x) => x.id === presetId);
  if (!p) return null;
  const ok = ws.political.some((x) => x.id === p.political) && ws.employers.some((x) => x.id === p.employer) && ws.hosts.some((x) => x.id === p.host);
  return ok ? { political: p.political, employer: p.employer, host: p.host } : null;
}

/** The preset whose political anchoring and employer a scenario has (any host), or null when composed otherwise. */
export const presetOf = (ws: Workspace, a: Anchoring): AnchoringPreset | null =>
  ws.presets.find((p) => p.political === a.political && p.employer === a.employer) ?? null;

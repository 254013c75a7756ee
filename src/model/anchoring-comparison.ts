/**
 * One scenario under each of the seed's anchoring presets: every cost that differs (the
 * employer's administration, the host's rent and travel), the supplement, the approval path,
 * the separation of management and location, and the break-even administration — the
 * administration at which the alternative would cost exactly what the scenario costs now.
 */
import { computeWorkspace } from './compute';
import { applyAnchoringPreset } from './edits';
import type { ApprovalPath, FlagId } from './results';
import type { Workspace } from './types';

export interface AnchoringAlternative {
  readonly presetId: string;
  /** Differences from the scenario as it is, typical year (kr.). */
  readonly administration: number;
  readonly host: number;
  readonly totalCost: number;
  readonly supplement: number;
  readonly approval: ApprovalPath;
  /** The path if the high estimate comes true, where it asks more (as ScenarioResult's). */
  readonly approvalIfHigh?: ApprovalPath;
  readonly flags: readonly FlagId[];
  /** The yearly administration at which the alternative costs what the scenario costs now; null if no administration can (its other costs alone are higher). */
  readonly breakEvenAdministration: number | null;
  readonly currentAdministration: number;
}

export function compareAnchorings(ws: Workspace, scenarioId: string): AnchoringAlternative[] {
  const now = computeWorkspace(ws).scenarios.find((r) => r.scenarioId === scenarioId);
  if (!now) return [];
  const base = now.years[now.typicalIndex]!;
  return ws.presets.flatMap((preset) => {
    const alt = applyAnchoringPreset(ws, scenarioId, preset.id);
    const r = computeWorkspace(alt).scenarios.find((x) => x.scenarioId === scenarioId)!;
    const y = r.years[r.typicalIndex]!;
    const scenario = alt.scenarios.find((s) => s.id === scenarioId)!;
    const employer = alt.employers.find((e) => e.id === scenario.anchoring.employer)!;
    // Administration scales with the share of the year and the price index, as computed.
    const factor = employer.adminCost.central > 0 ? y.cost.administration.central / employer.adminCost.central : y.months / 12;
    const otherCosts = y.cost.total.central - y.cost.administration.central;
    const room = base.cost.total.central - otherCosts;
    return [
      {
        presetId: preset.id,
        administration: y.cost.administration.central - base.cost.administration.central,
        host: y.cost.host.central - base.cost.host.central,
        totalCost: y.cost.total.central - base.cost.total.central,
        supplement: y.supplement.central - base.supplement.central,
        approval: r.approval,
        ...(r.approvalIfHigh && { approvalIfHigh: r.approvalIfHigh }),
        flags: r.flags,
        breakEvenAdministration: room >= 0 && factor > 0 ? Math.round(room / factor) : null,
        currentAdministration: employer.adminCost.central,
      },
    ];
  });
}

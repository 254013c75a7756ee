import type { Estimate } from './estimate';
import type { Scenario, Workspace } from './types';

/**
 * The cost per FTE a scenario's staff cost is made with: its own, else the shared assumption.
 * One rule for the compute, the simulation's inputs, the grid and the exported tables.
 */
export const costPerFteOf = (ws: Workspace, s: Scenario): Estimate => s.costPerFte ?? ws.assumptions.costPerFte;

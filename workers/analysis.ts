/**
 * What the compute worker does on request rather than on every edit: simulation, sensitivity,
 * goal seek, the anchoring comparison, explanations, decision records and meeting memory.
 * It loads into the worker the first time one is asked for, so the recompute that puts the
 * first figures on screen starts with the smallest script.
 */
export { compareAnchorings, explainFigure, figureByYear, goalSeek, meetingMemory, monteCarlo, recordDecision, scenarioFormulas, tornado } from '../src/model';

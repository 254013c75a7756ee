// The model's public surface: what the worker, the store and the share codec use.
export * from './types';
export * from './estimate';
export * from './results';
export { computeWorkspace, computeScenario, yearFraction } from './compute';
export { allocateByKey, allocateByWeights, allocationWeights } from './allocation';
export { createWorkspace, presetScenario, DEFAULT_START_YEAR, DEFAULT_YEARS } from './defaults';
export { activeTasks, isTaskActive } from './portfolio';
export { validateWorkspace, ModelValidationError, type ValidationIssue, type ValidationCode } from './validate';
export { ASSUMPTION_SOURCES, DEFAULT_ASSUMPTIONS, DEFAULT_BASE_GRANT, REGION_CONTRIBUTION_BEFORE_EXIT, type AssumptionKey } from './assumptions';
export { referenceMunicipalities, municipalitiesOf, parseMunicipalityCsv, POPULATION_DATE } from './municipalities';
export { DIALOGFORUM_TASK_ID } from './task-catalogue';
export * as edits from './edits';
export { scenarioFormulas, evaluateFormula, type ScenarioFormula, type UncertainInput } from './uncertain-inputs';
export { monteCarlo, seededRandom, draw, rangeSampler, quantile, type MonteCarloOptions, type MonteCarloScenario, type RangeShape, type Percentiles } from './monte-carlo';
export { tornado, type Tornado, type Swing } from './sensitivity';
export { goalSeek, breakEvenOverheads, SEEK_RANGES, type SeekRequest, type SeekResult, type SeekInput, type SeekOutput, type BreakEven } from './goal-seek';
export { variance, type Variance } from './variance';

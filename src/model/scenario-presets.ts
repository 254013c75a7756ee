/**
 * The templates a new scenario starts from ("Tilføj scenarie"): the four ambition levels, and in
 * North Jutland T11's recommendation (T11 is the circle of its eleven municipalities' technical
 * directors, seed 001; elsewhere its recommendation is another region's). A module of its own,
 * so the grid's menu takes the list without the edits into the JavaScript before the first figures.
 */
import { AMBITION_LEVELS, hasT11AndBrn, type AmbitionLevel, type RegionName } from './types';

export type ScenarioPreset = `level-${AmbitionLevel}` | 't11-recommendation';

/** A template as the menu offers it: a level's carries its level, T11's recommendation none. */
export interface ScenarioPresetChoice {
  readonly preset: ScenarioPreset;
  readonly level: AmbitionLevel | null;
}

export const scenarioPresetsIn = (region: RegionName): readonly ScenarioPresetChoice[] => [
  ...AMBITION_LEVELS.map((level): ScenarioPresetChoice => ({ preset: `level-${level}`, level })),
  ...(hasT11AndBrn(region) ? [{ preset: 't11-recommendation', level: null } as const] : []),
];

/** The level a level template starts from; T11's recommendation is level 2 with its own tasks. */
export const presetLevel = (preset: ScenarioPreset): AmbitionLevel => (preset === 't11-recommendation' ? 2 : (Number(preset.slice('level-'.length)) as AmbitionLevel));

/**
 * Where the populations come from, in words: the release the workspace names, and which figures
 * were changed here. Apart from municipalities.ts, whose reference data the first figures need:
 * only the views, "Hvorfor?" and the outputs say this.
 */
import { POPULATION_RELEASES, referencePopulation } from './municipalities';
import type { LocalText, Municipality, Workspace } from './types';

type PopulationReference = Pick<Workspace, 'populationDate' | 'populationSource' | 'municipalities'>;

/**
 * The municipalities whose population is not that of the shipped release the workspace names:
 * entered or pasted here. None when it names no shipped release (its source is the user's own).
 */
export function populationsEdited(ws: PopulationReference): readonly Municipality[] {
  const release = POPULATION_RELEASES.find((r) => r.date === ws.populationDate && r.source === ws.populationSource);
  if (!release) return [];
  return ws.municipalities.filter((m) => {
    const shipped = referencePopulation(m.code, release.date);
    return shipped !== undefined && shipped !== m.population;
  });
}

/**
 * Where the populations come from, in words, wherever it is said (Kommuner, Hvorfor?, the
 * handout, the exports): an edited figure is not Statistics Denmark's, and the source says so.
 */
export function populationSourceWords(ws: PopulationReference): LocalText {
  const edited = populationsEdited(ws);
  if (edited.length === 0) return { da: ws.populationSource, en: ws.populationSource };
  const names = edited.length <= 3 ? edited.map((m) => m.name).join(', ') : null;
  return {
    da: `${ws.populationSource}, rettet her for ${names ?? `${edited.length} kommuner`}`,
    en: `${ws.populationSource}, edited here for ${names ?? `${edited.length} municipalities`}`,
  };
}

/** Where one municipality's population comes from, in words ("Hvorfor?"): an edited one says what the release says. */
export function populationOrigin(ws: PopulationReference, code: string): LocalText {
  const shipped = populationsEdited(ws).some((m) => m.code === code) ? referencePopulation(code, ws.populationDate) : undefined;
  if (shipped === undefined) return { da: ws.populationSource, en: ws.populationSource };
  return {
    da: `Rettet her; ${ws.populationSource} siger ${shipped.toLocaleString('da-DK')}`,
    en: `Edited here; ${ws.populationSource} says ${shipped.toLocaleString('en-GB')}`,
  };
}

/**
 * What an undo or a redo changed, in words: "Grundbevilling BRN, Niveau 2: 1.000.000 →
 * 1.250.000". The same words as the decision record's list of edited inputs.
 */
import { changeLabel, changeValue } from '../i18n/describe-change';
import type { I18n } from '../i18n/i18n';
import type { Workspace } from '../model';
import { changedInputs, type InputChange } from '../model/meeting-memory';
import '../i18n/strings-da-later';

/**
 * A scenario or a funder that came or went, and the opposite: an undo says what it takes back, so
 * a deletion undone reads "Fortrudt: Scenarie fjernet: Niveau 4", not "… tilføjet" (what the
 * undo itself did, read as if an addition had been undone). Values keep their arrow, which says
 * which way they went.
 */
const OPPOSITE: Partial<Record<InputChange['field'], InputChange['field']>> = { scenarioAdded: 'scenarioRemoved', scenarioRemoved: 'scenarioAdded', funderAdded: 'funderRemoved', funderRemoved: 'funderAdded' };

/** Up to two changes an undo or a redo made, in words, and how many more; null when no input changed. */
export function changedText(before: Workspace, after: Workspace, i18n: I18n, way: 'undo' | 'redo'): string | null {
  const changes = changedInputs(before, after);
  if (changes.length === 0) return null;
  const words = changes.slice(0, 2).map((c) => {
    const opposite = OPPOSITE[c.field];
    // A scenario or funder that came or went is named, not shown as "– → Niveau 4" or "nej → ja".
    if (opposite) {
      const label = changeLabel(way === 'undo' ? { ...c, field: opposite } : c, i18n);
      return c.scenarioName ? `${label}: ${c.scenarioName}` : label;
    }
    return `${changeLabel(c, i18n)}${c.scenarioName ? `, ${c.scenarioName}` : ''}: ${changeValue(c.before, c, i18n)} → ${changeValue(c.after, c, i18n)}`;
  });
  const more = changes.length - 2;
  // "; og 11 andre ændringer": after a source's text a bare "og 11 andre" read as the source's.
  return words.join('; ') + (more > 1 ? `; ${i18n.t('changedMore', { count: more })}` : more === 1 ? `; ${i18n.t('changedOneMore')}` : '');
}

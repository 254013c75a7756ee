/**
 * What an undo or a redo changed, in words: "Grundbevilling BRN, Niveau 2: 1.000.000 →
 * 1.250.000". The same words as the decision record's list of edited inputs.
 */
import { changeLabel, changeValue } from '../i18n/describe-change';
import type { I18n } from '../i18n/i18n';
import type { Workspace } from '../model';
import { changedInputs } from '../model/meeting-memory';

/** Up to two changes in words, and how many more; null when no input changed. */
export function changedText(before: Workspace, after: Workspace, i18n: I18n): string | null {
  const changes = changedInputs(before, after);
  if (changes.length === 0) return null;
  const words = changes.slice(0, 2).map((c) =>
    // A scenario that came or went is named, not shown as "– → Niveau 4".
    c.field === 'scenarioAdded' || c.field === 'scenarioRemoved'
      ? `${changeLabel(c, i18n)}: ${c.scenarioName}`
      : `${changeLabel(c, i18n)}${c.scenarioName ? `, ${c.scenarioName}` : ''}: ${changeValue(c.before, c, i18n)} → ${changeValue(c.after, c, i18n)}`,
  );
  return words.join('; ') + (changes.length > 2 ? ` ${i18n.t('changedMore', { count: changes.length - 2 })}` : '');
}

/** Where a catalogue task's two values come from, in words: for the task tables (later views). */
import { catalogueSource, OWN_ENTRY, type CatalogueTask, type Workspace } from '../model';
import { sourcesText } from './describe';
import type { I18n } from './i18n';
import './strings-da-later';

/**
 * A catalogue task's FTE and activity amount: where each comes from (one source where they
 * agree). `own`: the values a scenario has its own of, which are the user's (its task list cited
 * the catalogue's seed beside them, where Hvorfor? said "Jeres eget tal").
 */
export const taskSourcesText = (ws: Workspace, task: CatalogueTask, i18n: I18n, short = false, own?: { readonly effort: boolean; readonly activity: boolean }): string =>
  sourcesText(
    [
      { label: i18n.t('taskFte'), source: own?.effort ? OWN_ENTRY : catalogueSource(ws, task, 'effort') },
      { label: i18n.t('taskCost'), source: own?.activity ? OWN_ENTRY : catalogueSource(ws, task, 'activity') },
    ],
    i18n,
    short,
  );

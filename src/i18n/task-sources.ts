/** Where a catalogue task's two values come from, in words: for the task tables (later views). */
import { catalogueSource, type CatalogueTask, type Workspace } from '../model';
import { sourcesText } from './describe';
import type { I18n } from './i18n';
import './strings-da-later';

/** A catalogue task's FTE and activity amount: where each comes from (one source where they agree). */
export const taskSourcesText = (ws: Workspace, task: CatalogueTask, i18n: I18n, short = false): string =>
  sourcesText(
    [
      { label: i18n.t('taskFte'), source: catalogueSource(ws, task, 'effort') },
      { label: i18n.t('taskCost'), source: catalogueSource(ws, task, 'activity') },
    ],
    i18n,
    short,
  );

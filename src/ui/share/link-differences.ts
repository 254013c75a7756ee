/**
 * Where a link's shared inputs (assumptions, funders, populations, the catalogue, the parts'
 * costs) differ from this workspace's. Scenarios added from a link are computed with this
 * workspace's, so there their figures are not the sender's: an English walk added a scenario
 * whose supplement was 657.500 here and 1.057.500 for the sender (the link's funder months stayed
 * behind), and nothing said which input made the difference.
 */
import { changeLabel, changeValue } from '../../i18n/describe-change';
import type { I18n } from '../../i18n/i18n';
import type { Workspace } from '../../model';
import { sharedInputChanges } from '../../model/meeting-memory';
import '../../i18n/strings-da-later';

/** How many differences are named; the rest are counted. */
const NAMED = 3;

/** The differences in words ("Lønomkostning pr. årsværk: 550.000 her, 600.000 i linket"), or null where there are none. */
export function linkDifferences(here: Workspace, link: Workspace, i18n: I18n): string | null {
  const { t } = i18n;
  const changes = sharedInputChanges(here, link);
  if (changes.length === 0) return null;
  const words = changes.slice(0, NAMED).map((c) => {
    const name = c.name?.[i18n.lang()] ?? '';
    if (c.field === 'funderAdded') return t('linkOnlyThere', { name });
    if (c.field === 'funderRemoved') return t('linkOnlyHere', { name });
    return t('linkDiffersItem', { label: changeLabel(c, i18n), here: changeValue(c.before, c, i18n), link: changeValue(c.after, c, i18n) });
  });
  const more = changes.length - NAMED;
  // Its own item: "og 1 anden" after "… i linket" read as "in the link and one other".
  if (more > 0) words.push(more === 1 ? t('linkOneMoreDifference') : t('linkMoreDifferences', { count: more }));
  return words.join('; ');
}

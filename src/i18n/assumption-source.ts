/**
 * Where a workspace's assumption comes from now, in words: the region's source, or the user's own
 * entry once changed. Its own module, for the views and exports that load later: describe.ts is
 * in the code before the first figures, and the assumptions' sources are 2 KiB of words.
 */
import { assumptionSource, type AssumptionKey, type Workspace } from '../model';
import { sourceText } from './describe';
import type { I18n } from './i18n';

export const assumptionSourceText = (ws: Workspace, key: AssumptionKey, i18n: I18n): string => sourceText(assumptionSource(ws, key), i18n);

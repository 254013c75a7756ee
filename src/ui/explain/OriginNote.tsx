/** Where a value comes from: a badge for its kind, the source in words, a seed's own words quoted. */
import { Show } from 'solid-js';
import { originText } from '../../i18n/explain-words';
import type { Origin } from '../../model';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

export function OriginNote(props: { origin: Origin }) {
  const { chrome, session } = useApp();
  const { t, lang } = chrome.i18n;
  const scenarioName = (id: string) => session.workspace().scenarios.find((s) => s.id === id)?.name ?? id;
  const o = () => originText(props.origin, lang(), scenarioName);
  return (
    <div class="explain-origin" data-origin={props.origin.kind} data-document={o().document}>
      <span class="badge">{t(`origin_${props.origin.kind}`)}</span> {o().text}
      <Show when={o().quote}>
        {(quote) => (
          <blockquote lang="da" aria-label={t('explainQuote', { n: o().document ?? '' })}>
            ”{quote()}”
          </blockquote>
        )}
      </Show>
    </div>
  );
}

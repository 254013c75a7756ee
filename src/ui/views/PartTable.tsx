/**
 * The parts anchoring is composed of — political options, employers, hosts — with their costs
 * and the users' 1–5 scores on the criteria each part speaks to.
 */
import { For, Show } from 'solid-js';
import { sourcesText, sourceText } from '../../i18n/describe';
import type { MessageKey } from '../../i18n/i18n';
import { formatEstimate, formatNumber } from '../../i18n/number-format';
import { employerSource, hostSource, type AnchoringPart, type CriterionId, type CriterionScores, type Estimate } from '../../model';
import { readEstimate, readPercent } from '../grid/entry';
import { EntryField } from '../EntryField';
import { ForById } from '../for-by-id';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

const PART_CRITERIA: Record<AnchoringPart, readonly CriterionId[]> = {
  political: ['steeringGroup'],
  employer: ['synergy', 'robustness', 'coreTaskProtection', 'adminSimplicity', 'localPresence'],
  host: ['professionalCommunity', 'localPresence'],
};

/** A part's 1–5 scores on the criteria its kind speaks to; "–" where it gives none. */
function ScoreCells(props: { part: AnchoringPart; id: string; name: string; scores: CriterionScores }) {
  const { chrome, commands } = useApp();
  const { t, lang } = chrome.i18n;
  return (
    <For each={PART_CRITERIA[props.part]}>
      {(c) => (
        <td>
          <Show when={props.scores[c] !== undefined} fallback={<span class="detail">–</span>}>
            <EntryField
              label={`${t(`criterion_${c}`)}: ${props.name}`}
              text={formatNumber(props.scores[c]!, lang())}
              read={(text) => {
                const r = readPercent(text, chrome.i18n, 0, 100, 'score');
                return r.ok && (r.value < 1 || r.value > 5) ? { ok: false, refusal: { kind: 'rule', reason: 'entryScore' } } : r;
              }}
              commit={(score) => commands.setPartScore({ part: props.part, partId: props.id, criterion: c, score })}
            />
          </Show>
        </td>
      )}
    </For>
  );
}

function PartHead(props: { part: AnchoringPart; extra: readonly MessageKey[] }) {
  const { t } = useApp().chrome.i18n;
  return (
    <thead>
      <tr>
        <th scope="col">{t('partName')}</th>
        <For each={props.extra}>{(key) => <th scope="col">{t(key)}</th>}</For>
        {/* A score, not an amount: the scale says so where the number is typed. */}
        <For each={PART_CRITERIA[props.part]}>{(c) => <th scope="col">{t('criterionScored', { criterion: t(`criterion_${c}`) })}</th>}</For>
      </tr>
    </thead>
  );
}

export function PartTable(props: { part: AnchoringPart; title: MessageKey }) {
  const { chrome, session, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  // Read as the row shows them: the row stays as its part changes (ForById).
  const kr = (label: () => string, value: () => Estimate, commit: (v: Estimate) => unknown) => (
    <td>
      <EntryField label={label()} text={formatEstimate(value(), 'kr', lang())} read={(text, sure) => readEstimate(text, 'kr', chrome.i18n, undefined, sure, value())} commit={(v) => void commit(v)} />
    </td>
  );
  return (
    <table class="data-table parts">
      <caption>{t(props.title)}</caption>
      <Show when={props.part === 'political'}>
        <PartHead part="political" extra={[]} />
        <tbody>
          <ForById each={ws().political}>
            {(p, id) => (
              <tr>
                <th scope="row">{local(p().name)}</th>
                <ScoreCells part="political" id={id} name={local(p().name)} scores={p().scores} />
              </tr>
            )}
          </ForById>
        </tbody>
      </Show>
      <Show when={props.part === 'employer'}>
        <PartHead part="employer" extra={['adminCost', 'source']} />
        <tbody>
          <ForById each={ws().employers}>
            {(e, id) => (
              <tr>
                <th scope="row">{local(e().name)}</th>
                {kr(() => `${t('adminCost')}: ${local(e().name)}`, () => e().adminCost, (cost) => commands.setEmployerAdminCost({ employerId: id, cost }))}
                <td class="source">{sourceText(employerSource(ws(), e()), chrome.i18n, true)}</td>
                <ScoreCells part="employer" id={id} name={local(e().name)} scores={e().scores} />
              </tr>
            )}
          </ForById>
        </tbody>
      </Show>
      <Show when={props.part === 'host'}>
        <PartHead part="host" extra={['hostCostPerFte', 'hostFixedCost', 'source']} />
        <tbody>
          <ForById each={ws().hosts}>
            {(h, id) => (
              <tr>
                <th scope="row">{local(h().name)}</th>
                {kr(() => `${t('hostCostPerFte')}: ${local(h().name)}`, () => h().costPerFte, (value) => commands.setHostCost({ hostId: id, key: 'costPerFte', value }))}
                {kr(() => `${t('hostFixedCost')}: ${local(h().name)}`, () => h().fixedCost, (value) => commands.setHostCost({ hostId: id, key: 'fixedCost', value }))}
                <td class="source">
                  {sourcesText(
                    (['costPerFte', 'fixedCost'] as const).map((key) => ({ label: t(key === 'costPerFte' ? 'hostCostPerFte' : 'hostFixedCost'), source: hostSource(ws(), h(), key) })),
                    chrome.i18n,
                    true,
                  )}
                </td>
                <ScoreCells part="host" id={id} name={local(h().name)} scores={h().scores} />
              </tr>
            )}
          </ForById>
        </tbody>
      </Show>
    </table>
  );
}


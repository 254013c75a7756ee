/**
 * "Forankring": the seed's three anchoring models side by side with the seed's own texts, and
 * the parts they are made of — political anchoring, employer and daily management, host — with
 * their costs and the users' 1–5 scores, the criteria's weights, and each scenario's score.
 */
import { createSignal, For, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatEstimate, formatNumber } from '../../i18n/number-format';
import type { AnchoringPart, CriterionId, CriterionScores, Estimate, LocalText } from '../../model';
import { readEstimate, readPercent } from '../grid/entry';
import { EntryField } from '../EntryField';
import { useApp } from '../state/app-store';
import { sourceText } from '../../i18n/describe';

export default function AnchoringComparison() {
  const { chrome, session, results, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  const name = (list: readonly { id: string; name: LocalText }[], id: string) => local(list.find((p) => p.id === id)?.name ?? { da: '?', en: '?' });
  const criterion = (id: CriterionId) => t(`criterion_${id}`);

  return (
    <section class="panel" aria-labelledby="anchoring-title">
      <h2 id="anchoring-title">{t('tabAnchoring')}</h2>
      <table class="data-table anchoring">
        <caption>{t('presetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('anchoringAspect')}</th>
            <For each={ws().presets}>{(p) => <th scope="col">{local(p.name)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('rowPolitical')}</th>
            <For each={ws().presets}>{(p) => <td>{name(ws().political, p.political)}</td>}</For>
          </tr>
          <tr>
            <th scope="row">{t('aspectProfessionalLead')}</th>
            <For each={ws().presets}>{(p) => <td>{local(ws().political.find((x) => x.id === p.political)?.professionalLead ?? { da: '', en: '' })}</td>}</For>
          </tr>
          <tr>
            <th scope="row">{t('rowEmployer')}</th>
            <For each={ws().presets}>{(p) => <td>{name(ws().employers, p.employer)}</td>}</For>
          </tr>
          <tr>
            <th scope="row">{t('aspectEconomy')}</th>
            <For each={ws().presets}>{(p) => <td>{local(p.economy)}</td>}</For>
          </tr>
          <tr>
            <th scope="row">{t('aspectNotes')}</th>
            <For each={ws().presets}>{(p) => <td>{local(p.notes)}</td>}</For>
          </tr>
          <tr>
            <th scope="row">{t('source')}</th>
            <For each={ws().presets}>{(p) => <td class="source">{sourceText(p.source, chrome.i18n)}</td>}</For>
          </tr>
        </tbody>
      </table>

      <PartTable part="political" title="partsPolitical" />
      <PartTable part="employer" title="partsEmployers" />
      <PartTable part="host" title="partsHosts" />
      <AddPart />

      <table class="data-table criteria">
        <caption>{t('criteriaWeights')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criterion')}</th>
            <th scope="col">{t('weight')}</th>
            <For each={ws().scenarios}>{(s) => <th scope="col">{s.name}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={ws().criteria}>
            {(c) => (
              <tr>
                <th scope="row">{criterion(c.id)}</th>
                <td>
                  <EntryField label={`${t('weight')}: ${criterion(c.id)}`} text={formatNumber(c.weight, lang())} read={(text) => readPercent(text, chrome.i18n)} commit={(weight) => commands.setCriterionWeight({ criterion: c.id, weight })} />
                </td>
                <For each={ws().scenarios}>
                  {(s) => {
                    const part = () => results.scenario(s.id)?.criteria.parts.find((p) => p.id === c.id);
                    return <td class="num">{part() ? formatNumber(part()!.score, lang(), 1) : '–'}</td>;
                  }}
                </For>
              </tr>
            )}
          </For>
          <tr class="total">
            <th scope="row" colSpan={2}>
              {t('weightedScore')}
            </th>
            <For each={ws().scenarios}>{(s) => <td class="num" data-score={s.id}>{formatNumber(results.scenario(s.id)?.criteria.score ?? 0, lang(), 2)}</td>}</For>
          </tr>
        </tbody>
      </table>
      <p class="hint">{t('scoreNote')}</p>
    </section>
  );
}

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
                const r = readPercent(text, chrome.i18n);
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
        <For each={PART_CRITERIA[props.part]}>{(c) => <th scope="col">{t(`criterion_${c}`)}</th>}</For>
      </tr>
    </thead>
  );
}

function PartTable(props: { part: AnchoringPart; title: MessageKey }) {
  const { chrome, session, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  const kr = (label: string, value: Estimate, commit: (v: Estimate) => unknown) => (
    <td>
      <EntryField label={label} text={formatEstimate(value, 'kr', lang())} read={(text) => readEstimate(text, 'kr', chrome.i18n)} commit={(v) => void commit(v)} />
    </td>
  );
  return (
    <table class="data-table parts">
      <caption>{t(props.title)}</caption>
      <Show when={props.part === 'political'}>
        <PartHead part="political" extra={[]} />
        <tbody>
          <For each={ws().political}>
            {(p) => (
              <tr>
                <th scope="row">{local(p.name)}</th>
                <ScoreCells part="political" id={p.id} name={local(p.name)} scores={p.scores} />
              </tr>
            )}
          </For>
        </tbody>
      </Show>
      <Show when={props.part === 'employer'}>
        <PartHead part="employer" extra={['adminCost', 'source']} />
        <tbody>
          <For each={ws().employers}>
            {(e) => (
              <tr>
                <th scope="row">{local(e.name)}</th>
                {kr(`${t('adminCost')}: ${local(e.name)}`, e.adminCost, (cost) => commands.setEmployerAdminCost({ employerId: e.id, cost }))}
                <td class="source">{sourceText(e.adminSource, chrome.i18n, true)}</td>
                <ScoreCells part="employer" id={e.id} name={local(e.name)} scores={e.scores} />
              </tr>
            )}
          </For>
        </tbody>
      </Show>
      <Show when={props.part === 'host'}>
        <PartHead part="host" extra={['hostCostPerFte', 'hostFixedCost', 'source']} />
        <tbody>
          <For each={ws().hosts}>
            {(h) => (
              <tr>
                <th scope="row">{local(h.name)}</th>
                {kr(`${t('hostCostPerFte')}: ${local(h.name)}`, h.costPerFte, (value) => commands.setHostCost({ hostId: h.id, key: 'costPerFte', value }))}
                {kr(`${t('hostFixedCost')}: ${local(h.name)}`, h.fixedCost, (value) => commands.setHostCost({ hostId: h.id, key: 'fixedCost', value }))}
                <td class="source">{sourceText(h.source, chrome.i18n, true)}</td>
                <ScoreCells part="host" id={h.id} name={local(h.name)} scores={h.scores} />
              </tr>
            )}
          </For>
        </tbody>
      </Show>
    </table>
  );
}

function AddPart() {
  const { chrome, session, commands } = useApp();
  const { t } = chrome.i18n;
  const [code, setCode] = createSignal(session.workspace().municipalities[0]?.code ?? '');
  return (
    <div class="add-part">
      <label class="field">
        <span>{t('municipality')}</span>
        <select value={code()} onChange={(e) => setCode(e.currentTarget.value)}>
          <For each={session.workspace().municipalities}>{(m) => <option value={m.code}>{m.name}</option>}</For>
        </select>
      </label>
      <button type="button" onClick={() => commands.addMunicipalityEmployer({ code: code() })}>
        {t('addEmployer')}
      </button>
      <button type="button" onClick={() => commands.addMunicipalityHost({ code: code() })}>
        {t('addHost')}
      </button>
    </div>
  );
}

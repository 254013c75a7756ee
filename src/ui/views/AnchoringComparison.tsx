/**
 * "Forankring": the seed's three anchoring models side by side with the seed's own texts, and
 * the parts they are made of — political anchoring, employer and daily management, host — with
 * their costs and the users' 1–5 scores, the criteria's weights, and each scenario's score.
 */
import { createEffect, createMemo, createSignal, For, on } from 'solid-js';
import { formatNumber, formatScore } from '../../i18n/number-format';
import { byName, hasT11AndBrn, LIMITS, municipalityEmployerId, municipalityHostId, type CriterionId, type LocalText } from '../../model';
import type { MessageKey } from '../../i18n/i18n';
import { readPercent } from '../grid/entry';
import { EntryField } from '../EntryField';
import { ForById } from '../for-by-id';
import { useApp } from '../state/app-store';
import { PartTable } from './PartTable';
import { sourceText } from '../../i18n/describe';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

export default function AnchoringComparison() {
  const { chrome, session, results, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  const name = (list: readonly { id: string; name: LocalText }[], id: string) => local(list.find((p) => p.id === id)?.name ?? { da: '?', en: '?' });
  const criterion = (id: CriterionId) => t(`criterion_${id}`);

  return (
    <section class="panel" aria-labelledby="anchoring-title">
      <h2 id="anchoring-title">{t('tabAnchoring')}</h2>
      <table ref={createFocusableWhileScrolling} class="data-table anchoring">
        {/* The models are T11's: elsewhere said as the paper's they come from, not the region's own body's. */}
        <caption>{t(hasT11AndBrn(ws().region) ? 'presetsCaption' : 'presetsCaptionElsewhere')}</caption>
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

      <table ref={createFocusableWhileScrolling} class="data-table criteria" style={{ '--scenarios': String(ws().scenarios.length) }}>
        <caption>{t('criteriaWeights')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criterion')}</th>
            <th scope="col">{t('weight')}</th>
            <For each={ws().scenarios}>
              {(s) => (
                <th scope="col" class="num">
                  {s.name}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <ForById each={ws().criteria}>
            {(c, id) => (
              <tr>
                <th scope="row">{criterion(id)}</th>
                <td>
                  <EntryField label={`${t('weight')}: ${criterion(id)}`} text={formatNumber(c().weight, lang())} read={(text) => readPercent(text, chrome.i18n, 0, 100, 'weight')} commit={(weight) => commands.setCriterionWeight({ criterion: id, weight })} />
                </td>
                <For each={ws().scenarios}>
                  {(s) => {
                    const part = () => results.scenario(s.id)?.criteria.parts.find((p) => p.id === id);
                    return <td class="num">{part() ? formatNumber(part()!.score, lang(), 1) : '–'}</td>;
                  }}
                </For>
              </tr>
            )}
          </ForById>
          <tr class="total">
            <th scope="row" colSpan={2}>
              {t('weightedScore')}
            </th>
            <For each={ws().scenarios}>{(s) => <td class="num" data-score={s.id}>{formatScore(results.scenario(s.id)?.criteria.score ?? null, lang())}</td>}</For>
          </tr>
        </tbody>
      </table>
      <p class="hint">{t('scoreNote')}</p>
    </section>
  );
}

function AddPart() {
  const { chrome, session, commands } = useApp();
  const { t, local } = chrome.i18n;
  const listed = () => byName(session.workspace().municipalities).map(({ municipality }) => municipality);
  const [code, setCode] = createSignal(listed()[0]?.code ?? '');
  // Said where it was asked, in the language of the moment (it added "Holbæk Kommune" above
  // without a word, or nothing when it was there already or the list was full); another
  // workspace opened, it is no longer so.
  const [said, setSaid] = createSignal<{ key: MessageKey; name: LocalText } | null>(null);
  // A memo, so that only another workspace clears it, not each edit of this one.
  const workspaceId = createMemo(() => session.workspace().id);
  createEffect(on(workspaceId, () => setSaid(null), { defer: true }));
  const add = (role: 'employer' | 'host') =>
    session.withRules(() => {
      const id = role === 'employer' ? municipalityEmployerId(code()) : municipalityHostId(code());
      const parts = (): readonly { id: string; name: LocalText }[] => (role === 'employer' ? session.latest().employers : session.latest().hosts);
      const there = parts().some((p) => p.id === id);
      if (!there) (role === 'employer' ? commands.addMunicipalityEmployer : commands.addMunicipalityHost)({ code: code() });
      const part = parts().find((p) => p.id === id);
      const key: MessageKey = !part ? 'partsFull' : there ? (role === 'employer' ? 'employerThere' : 'hostThere') : role === 'employer' ? 'employerAdded' : 'hostAdded';
      setSaid({ key, name: part?.name ?? { da: '', en: '' } });
    });
  return (
    <div class="add-part">
      <label class="field">
        <span>{t('municipality')}</span>
        <select value={code()} onChange={(e) => setCode(e.currentTarget.value)}>
          <For each={listed()}>{(m) => <option value={m.code}>{m.name}</option>}</For>
        </select>
      </label>
      <button type="button" onClick={() => add('employer')}>
        {t('addEmployer')}
      </button>
      <button type="button" onClick={() => add('host')}>
        {t('addHost')}
      </button>
      <span role="status" class="hint">
        {said() ? t(said()!.key, { name: local(said()!.name), max: LIMITS.parts }) : ''}
      </span>
    </div>
  );
}

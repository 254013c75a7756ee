/**
 * "Antagelser": every shared assumption as an editable input labelled with its source — the
 * cost per FTE, the reserve, indexation, the catalogue's default efforts and amounts — and the
 * funders: who pays besides the municipalities, how much, in which months.
 */
import { createSignal, For, Show } from 'solid-js';
import { formatEstimate, formatFte, formatKroner, formatPercent, formatYearMonth } from '../../i18n/number-format';
import { assumptionSources, FUNDER_KINDS, LIMITS, type Funder, type FunderKind, type FunderPatch, type YearMonth } from '../../model';
import { readEstimate, readMonth, readPercent, readWhole, type Entry } from '../grid/entry';
import { EntryField } from '../EntryField';
import { sourceText } from '../../i18n/describe';
import { useApp } from '../state/app-store';

export default function AssumptionsPanel() {
  const { chrome, session, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  const a = () => ws().assumptions;
  const sources = () => assumptionSources(ws().region);

  return (
    <section class="panel" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('tabAssumptions')}</h2>
      <p class="hint">{t('assumptionsIntro')}</p>
      <table class="data-table assumptions">
        <thead>
          <tr>
            <th scope="col">{t('assumption')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('assumption_costPerFte')}</th>
            <td>
              <EntryField label={t('assumption_costPerFte')} text={formatEstimate(a().costPerFte, 'kr', lang())} read={(text) => readEstimate(text, 'kr', chrome.i18n, 10_000)} commit={(value) => commands.setAssumption({ change: { key: 'costPerFte', value } })} />
            </td>
            <td class="source">{sourceText(sources().costPerFte, chrome.i18n)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_openingReserve')}</th>
            <td>
              <EntryField label={t('assumption_openingReserve')} text={formatKroner(a().openingReserve, lang())} read={(text) => readWhole(text, chrome.i18n, LIMITS.kroner)} commit={(value) => commands.setAssumption({ change: { key: 'openingReserve', value } })} />
            </td>
            <td class="source">{sourceText(sources().openingReserve, chrome.i18n)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_vulnerableBelow')}</th>
            <td>
              <EntryField
                label={t('assumption_vulnerableBelow')}
                text={formatFte(a().vulnerableBelow, lang())}
                read={(text) => {
                  const r = readEstimate(text, 'fte', chrome.i18n);
                  return r.ok ? (r.value.low === r.value.high ? { ok: true, value: r.value.central } : { ok: false, refusal: { kind: 'rule', reason: 'entryNoRange' } }) : r;
                }}
                commit={(value) => commands.setAssumption({ change: { key: 'vulnerableBelow', value } })}
              />
            </td>
            <td class="source">{sourceText(sources().vulnerableBelow, chrome.i18n)}</td>
          </tr>
          <For each={['wageIndexation', 'priceIndexation'] as const}>
            {(key) => (
              <tr>
                <th scope="row">{t(`assumption_${key}`)}</th>
                <td>
                  <EntryField label={t(`assumption_${key}`)} text={formatPercent(a()[key], lang())} read={(text) => readPercent(text, chrome.i18n, -LIMITS.indexation, LIMITS.indexation)} commit={(value) => commands.setAssumption({ change: { key, value } })} />
                </td>
                <td class="source">{sourceText(sources()[key], chrome.i18n)}</td>
              </tr>
            )}
          </For>
          <tr>
            <th scope="row">{t('assumption_priceYear')}</th>
            <td>
              <EntryField
                label={t('assumption_priceYear')}
                text={String(a().priceYear)}
                read={(text) => {
                  const r = readWhole(text.replace(/\./g, ''), chrome.i18n, LIMITS.lastYear);
                  return r.ok && r.value < LIMITS.firstYear ? { ok: false, refusal: { kind: 'rule', reason: 'entryYear' } } : r;
                }}
                commit={(value) => commands.setAssumption({ change: { key: 'priceYear', value } })}
              />
            </td>
            <td class="source">{sourceText(sources().priceYear, chrome.i18n)}</td>
          </tr>
        </tbody>
      </table>

      <Funders />

      <table class="data-table catalogue">
        <caption>{t('catalogueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('taskName')}</th>
            <th scope="col">{t('taskLevel')}</th>
            <th scope="col">{t('taskFte')}</th>
            <th scope="col">{t('taskCost')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={ws().catalogue}>
            {(task) => (
              <tr>
                <th scope="row">{local(task.name)}</th>
                <td class="num">{task.level}</td>
                <td>
                  <EntryField label={`${t('taskFte')}: ${local(task.name)}`} text={formatEstimate(task.effort, 'fte', lang())} read={(text) => readEstimate(text, 'fte', chrome.i18n)} commit={(effort) => commands.setCatalogueTask({ taskId: task.id, effort })} />
                </td>
                <td>
                  <EntryField label={`${t('taskCost')}: ${local(task.name)}`} text={formatEstimate(task.activity, 'kr', lang())} read={(text) => readEstimate(text, 'kr', chrome.i18n)} commit={(activity) => commands.setCatalogueTask({ taskId: task.id, activity })} />
                </td>
                <td class="source">{sourceText(task.source, chrome.i18n)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

const KIND_LABELS: Record<FunderKind, 'funderKind_brn' | 'funderKind_region' | 'funderKind_kkr' | 'funderKind_kl' | 'funderKind_external'> = {
  brn: 'funderKind_brn',
  region: 'funderKind_region',
  kkr: 'funderKind_kkr',
  kl: 'funderKind_kl',
  external: 'funderKind_external',
};

function Funders() {
  const { chrome, session, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const set = (id: string, patch: FunderPatch) => commands.setFunder({ funderId: id, patch });
  const month = (value: YearMonth | null) => (value ? formatYearMonth(value, lang()) : '');
  const readOptionalMonth = (text: string): Entry<YearMonth | null> => (text.trim() === '' ? { ok: true, value: null } : readMonth(text, chrome.i18n));
  const [added, setAdded] = createSignal('');
  return (
    <section aria-labelledby="funders-title">
      <h3 id="funders-title">{t('fundersCaption')}</h3>
      <p class="hint">{t('fundersIntro')}</p>
      <table class="data-table funders">
        <thead>
          <tr>
            <th scope="col">{t('funderName')}</th>
            <th scope="col">{t('funderKind')}</th>
            <th scope="col">{t('funderUnit')}</th>
            <th scope="col">{t('funderAmount')}</th>
            <th scope="col">{t('funderFrom')}</th>
            <th scope="col">{t('funderTo')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('taskActions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={session.workspace().funders}>
            {(f: Funder) => (
              <tr>
                <th scope="row">
                  <EntryField label={t('funderName')} numeric={false} text={local(f.name)} read={(text) => (text.trim() ? { ok: true, value: text.trim().slice(0, LIMITS.partName) } : { ok: false, refusal: { kind: 'rule', reason: 'entryNameEmpty' } })} commit={(name) => set(f.id, { name: { da: name, en: name } })} />
                </th>
                <td>
                  <select aria-label={`${t('funderKind')}: ${local(f.name)}`} value={f.kind} onChange={(e) => set(f.id, { kind: e.currentTarget.value as FunderKind })}>
                    <For each={FUNDER_KINDS}>
                      {(k) => (
                        <option value={k} selected={k === f.kind}>
                          {t(KIND_LABELS[k])}
                        </option>
                      )}
                    </For>
                  </select>
                </td>
                <td>
                  <select aria-label={`${t('funderUnit')}: ${local(f.name)}`} value={f.unit} onChange={(e) => set(f.id, { unit: e.currentTarget.value as 'kr' | 'fte', amount: { low: 0, central: 0, high: 0 } })}>
                    <option value="kr">{t('unitKrPerYear')}</option>
                    <option value="fte">{t('unitFtePerYear')}</option>
                  </select>
                </td>
                <td>
                  <EntryField label={`${t('funderAmount')}: ${local(f.name)}`} text={formatEstimate(f.amount, f.unit === 'fte' ? 'fte' : 'kr', lang())} read={(text) => readEstimate(text, f.unit === 'fte' ? 'fte' : 'kr', chrome.i18n, 10_000)} commit={(amount) => set(f.id, { amount })} />
                </td>
                <td>
                  <EntryField label={`${t('funderFrom')}: ${local(f.name)}`} numeric={false} text={month(f.from)} read={readOptionalMonth} commit={(from) => set(f.id, { from })} />
                </td>
                <td>
                  <EntryField label={`${t('funderTo')}: ${local(f.name)}`} numeric={false} text={month(f.to)} read={readOptionalMonth} commit={(to) => set(f.id, { to })} />
                </td>
                <td class="source">{sourceText(f.source, chrome.i18n, true)}</td>
                <td>
                  <button type="button" onClick={() => commands.removeFunder({ funderId: f.id })} aria-label={`${t('delete')}: ${local(f.name)}`}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          const id = `funder-${crypto.randomUUID().slice(0, 8)}`;
          commands.addFunder({ funder: { id, kind: 'external', name: { da: t('newFunder'), en: t('newFunder') }, unit: 'kr', amount: { low: 0, central: 0, high: 0 }, from: null, to: null, approvedAmount: null, source: { kind: 'user' } } });
          setAdded(t('funderAdded'));
        }}
      >
        + {t('addFunder')}
      </button>
      <Show when={added()}>
        <span role="status" class="hint">
          {added()}
        </span>
      </Show>
    </section>
  );
}

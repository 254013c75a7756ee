/**
 * "Antagelser": every shared assumption as an editable input labelled with its source — the
 * cost per FTE, the reserve, indexation, the catalogue's default efforts and amounts — and the
 * funders: who pays besides the municipalities, how much, in which months.
 */
import { For } from 'solid-js';
import { formatEstimate, formatFte, formatKroner, formatPercent } from '../../i18n/number-format';
import { LIMITS } from '../../model';
import { readEstimate, readPoint, readRate, readWhole } from '../grid/entry';
import { PLAUSIBLE_ACTIVITY_KR, PLAUSIBLE_COST_PER_FTE, PLAUSIBLE_FTE, PLAUSIBLE_FUNDING_KR, PLAUSIBLE_RATE } from '../grid/plausible';
import { EntryField } from '../EntryField';
import { ForById } from '../for-by-id';
import { assumptionSourceText } from '../../i18n/assumption-source';
import { taskSourcesText } from '../../i18n/task-sources';
import { useApp } from '../state/app-store';
import { Funders } from './FundersTable';
import '../../i18n/strings-da-later';

export default function AssumptionsPanel() {
  const { chrome, session, commands } = useApp();
  const { t, local, lang } = chrome.i18n;
  const ws = session.workspace;
  const a = () => ws().assumptions;

  return (
    <section class="panel" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('tabAssumptions')}</h2>
      <p class="hint">{t('assumptionsIntro')}</p>
      <table class="data-table assumptions cards">
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
              <EntryField label={t('assumption_costPerFte')} text={formatEstimate(a().costPerFte, 'kr', lang())} read={(text, sure) => readEstimate(text, 'kr', chrome.i18n, PLAUSIBLE_COST_PER_FTE, sure, a().costPerFte)} commit={(value) => commands.setAssumption({ change: { key: 'costPerFte', value } })} />
            </td>
            <td class="source" data-label={t('source')}>{assumptionSourceText(ws(), 'costPerFte', chrome.i18n)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_openingReserve')}</th>
            <td>
              <EntryField label={t('assumption_openingReserve')} text={formatKroner(a().openingReserve, lang())} read={(text, sure) => readPoint(text, 'kr', chrome.i18n, PLAUSIBLE_FUNDING_KR, sure)} commit={(value) => commands.setAssumption({ change: { key: 'openingReserve', value } })} />
            </td>
            <td class="source" data-label={t('source')}>{assumptionSourceText(ws(), 'openingReserve', chrome.i18n)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_vulnerableBelow')}</th>
            <td>
              <EntryField
                label={t('assumption_vulnerableBelow')}
                text={formatFte(a().vulnerableBelow, lang())}
                read={(text) => readPoint(text, 'fte', chrome.i18n)}
                commit={(value) => commands.setAssumption({ change: { key: 'vulnerableBelow', value } })}
              />
            </td>
            <td class="source" data-label={t('source')}>{assumptionSourceText(ws(), 'vulnerableBelow', chrome.i18n)}</td>
          </tr>
          <For each={['wageIndexation', 'priceIndexation'] as const}>
            {(key) => (
              <tr>
                <th scope="row">{t(`assumption_${key}`)}</th>
                <td>
                  <EntryField label={t(`assumption_${key}`)} text={formatPercent(a()[key], lang())} read={(text, sure) => readRate(text, chrome.i18n, -LIMITS.indexation, LIMITS.indexation, PLAUSIBLE_RATE, sure)} commit={(value) => commands.setAssumption({ change: { key, value } })} />
                </td>
                <td class="source" data-label={t('source')}>{assumptionSourceText(ws(), key, chrome.i18n)}</td>
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
            <td class="source" data-label={t('source')}>{assumptionSourceText(ws(), 'priceYear', chrome.i18n)}</td>
          </tr>
        </tbody>
      </table>

      <Funders />

      <table class="data-table catalogue cards">
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
          <ForById each={ws().catalogue}>
            {(task, id) => (
              <tr>
                <th scope="row">{local(task().name)}</th>
                <td class="num" data-label={t('taskLevel')}>{task().level}</td>
                <td data-label={t('taskFte')}>
                  <EntryField label={`${t('taskFte')}: ${local(task().name)}`} text={formatEstimate(task().effort, 'fte', lang())} read={(text, sure) => readEstimate(text, 'fte', chrome.i18n, PLAUSIBLE_FTE, sure, task().effort)} commit={(effort) => commands.setCatalogueTask({ taskId: id, effort })} />
                </td>
                <td data-label={t('taskCost')}>
                  <EntryField label={`${t('taskCost')}: ${local(task().name)}`} text={formatEstimate(task().activity, 'kr', lang())} read={(text, sure) => readEstimate(text, 'kr', chrome.i18n, PLAUSIBLE_ACTIVITY_KR, sure, task().activity)} commit={(activity) => commands.setCatalogueTask({ taskId: id, activity })} />
                </td>
                <td class="source" data-label={t('source')}>
                  {taskSourcesText(ws(), task(), chrome.i18n)}
                </td>
              </tr>
            )}
          </ForById>
        </tbody>
      </table>
    </section>
  );
}

/**
 * Each municipality's population (with its date, editable), its population share, and what it
 * pays in each scenario. The allocation key can be switched per scenario right here.
 */
import { For } from 'solid-js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/number-format';
import { edits, point, type AllocationKey } from '../../model';
import { EstimateField } from '../EstimateField';
import { useApp } from '../state/app-store';

const KINDS: readonly AllocationKey['kind'][] = ['population', 'equal', 'mixed', 'custom'];
const KIND_LABELS = { population: 'allocPopulation', equal: 'allocEqual', mixed: 'allocMixed', custom: 'allocCustom' } as const;

export default function MunicipalityTable() {
  const { i18n, workspace, results, actions } = useApp();
  const { t, lang } = i18n;
  const resultFor = (id: string) => results()?.scenarios.find((r) => r.scenarioId === id);

  const setKind = (scenarioId: string, kind: AllocationKey['kind']) =>
    actions.edit((ws) =>
      edits.updateScenario(ws, scenarioId, (s) => ({
        ...s,
        allocation:
          kind === 'mixed'
            ? { kind, equalPercent: 50 }
            : kind === 'custom'
              ? { kind, weights: Object.fromEntries(ws.municipalities.map((m) => [m.code, m.population])) }
              : { kind },
      })),
    );

  return (
    <section class="panel" aria-labelledby="municipalities-title">
      <h2 id="municipalities-title">{t('tabMunicipalities')}</h2>
      <p class="hint">
        {t('populationSource', { source: workspace().populationSource })} · {t('resultsYear', { year: resultFor(workspace().scenarios[0]!.id)?.typicalYear.year ?? '' })}
      </p>
      <div class="grid-scroll">
        <table class="data-table municipalities">
          <thead>
            <tr>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('populationAt', { date: formatDate(workspace().populationDate, lang()) })}</th>
              <th scope="col">{t('share')}</th>
              <For each={workspace().scenarios}>
                {(s) => (
                  <th scope="col">
                    <div>{s.name}</div>
                    <select aria-label={`${t('rowAllocation')}: ${s.name}`} value={s.allocation.kind} onChange={(e) => setKind(s.id, e.currentTarget.value as AllocationKey['kind'])}>
                      <For each={KINDS}>{(k) => <option value={k} selected={k === s.allocation.kind}>{t(KIND_LABELS[k])}</option>}</For>
                    </select>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={workspace().municipalities}>
              {(m, index) => (
                <tr data-municipality={m.code}>
                  <th scope="row">{m.name}</th>
                  <td>
                    <EstimateField label={`${t('population')}: ${m.name}`} value={point(m.population)} allowRange={false} onChange={(v) => actions.edit((ws) => edits.setPopulation(ws, m.code, Math.round(v.central)))} />
                  </td>
                  <td class="num">{formatPercent(results()?.populationShares[index()] ?? 0, lang(), 2)}</td>
                  <For each={workspace().scenarios}>
                    {(s) => {
                      const year = () => resultFor(s.id)?.typicalYear;
                      return (
                        <td class="num" data-scenario={s.id}>
                          <span class="value">{formatNumber(year()?.municipalAmounts.central[index()] ?? 0, lang())}</span>
                          <span class="detail">
                            {formatNumber(year()?.municipalPerInhabitant[index()] ?? 0, lang(), 2)} {t('perInhabitant')}
                          </span>
                          {s.allocation.kind === 'custom' ? (
                            <EstimateField
                              label={`${t('allocCustom')}: ${m.name}, ${s.name}`}
                              value={point(s.allocation.weights[m.code] ?? 0)}
                              allowRange={false}
                              onChange={(v) =>
                                actions.edit((ws) =>
                                  edits.updateScenario(ws, s.id, (sc) =>
                                    sc.allocation.kind === 'custom' ? { ...sc, allocation: { kind: 'custom', weights: { ...sc.allocation.weights, [m.code]: v.central } } } : sc,
                                  ),
                                )
                              }
                            />
                          ) : null}
                        </td>
                      );
                    }}
                  </For>
                </tr>
              )}
            </For>
            <tr class="total">
              <th scope="row">{t('total')}</th>
              <td class="num">{formatNumber(results()?.totalPopulation ?? 0, lang())}</td>
              <td class="num">{formatPercent(1, lang(), 0)}</td>
              <For each={workspace().scenarios}>{(s) => <td class="num">{formatNumber(resultFor(s.id)?.typicalYear.supplement.central ?? 0, lang())}</td>}</For>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

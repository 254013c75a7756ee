/**
 * "Kommuner": each municipality's population (with its date and source, editable, or a whole
 * column pasted from Excel or Statistics Denmark), its share, and what it pays in each scenario
 * in the chosen year — part years included — with totals that equal the supplement. Sortable by
 * name, population or a scenario's amount; the allocation key is chosen per scenario here too.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { formatDate, formatKroner, formatNumber, formatPercent, formatShare, formatYears } from '../../i18n/number-format';
import { parseDate } from '../../i18n/number-parse';
import { ALLOCATION_KINDS, equalSplitReason, LIMITS, POPULATION_RELEASES, populationsEdited, populationSourceWords, yearResult, type AllocationKey, type AllocationKind, type YearResult } from '../../model';
import { readDecimal, readPopulation, readShare } from '../grid/entry';
import { YearPicker } from '../grid/ComparisonGrid';
import { EntryField } from '../EntryField';
import { parsePopulationColumn, populationPasteText } from '../population-paste';
import { latest } from '../latest';
import { useApp } from '../state/app-store';
import { yearShownNote } from '../../i18n/describe';
import { createChosenScenario, ScenarioPicker } from './ScenarioPicker';
import '../../i18n/strings-da-later';

const KIND_LABELS = { population: 'allocPopulation', equal: 'allocEqual', mixed: 'allocMixed', custom: 'allocCustom' } as const;
type SortKey = { by: 'name' } | { by: 'population' } | { by: 'scenario'; id: string };
type Sort = (SortKey & { descending: boolean });

const equalPercent = (key: AllocationKey): number => (key.kind === 'mixed' ? key.equalPercent : 0);
const customWeight = (key: AllocationKey, code: string): number => (key.kind === 'custom' ? (key.weights[code] ?? 0) : 0);

export default function MunicipalityTable() {
  const { chrome, session, results, commands, notices } = useApp();
  const { t, lang } = chrome.i18n;
  const ws = session.workspace;
  const chosen = createChosenScenario();
  const [sort, setSort] = createSignal<Sort>({ by: 'name', descending: false });
  const year = (id: string) => {
    const r = results.scenario(id);
    return r ? yearResult(r, chrome.year()) : undefined;
  };
  /**
   * A scenario's amount in the year shown, or "–" where it does not run then (as the grid shows
   * it): a year outside its period read "0" and "0,00 kr. pr. indb.", as if the bills were nothing.
   */
  const amountIn = (id: string, pick: (y: YearResult) => number): string => {
    const y = year(id);
    return y ? formatKroner(pick(y), lang()) : '–';
  };
  const outsideText = (id: string): string => {
    const s = ws().scenarios.find((x) => x.id === id);
    return s ? t('outsidePeriodSpoken', { period: formatYears(s.start.year, s.end.year) }) : '';
  };
  // Under "Første hele år", each column's year where they differ or one has no whole year, as the
  // grid's headers say it: Sjælland's alliance (2024) stood beside 2026's bills unsaid (a fresh-eyes
  // walk). Under a chosen year, the months of a column that runs only part of it.
  const yearNote = (id: string) => yearShownNote(chrome.year(), year(id), scenarioIds().map((x) => year(x)?.year), t);
  const rows = createMemo(() => {
    const list = ws().municipalities.map((m, index) => ({ m, index }));
    const s = sort();
    const value = (x: (typeof list)[number]): number | string => {
      if (s.by === 'name') return x.m.name;
      if (s.by === 'population') return x.m.population;
      return year(s.id)?.municipalAmounts[x.index] ?? 0;
    };
    list.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === 'string' ? va.localeCompare(vb as string, 'da') : va - (vb as number);
      // Equal figures (a column of 0s) by name, either way: they came in an order that looked
      // random, the same under ▲ and ▼ (a fresh-eyes walk).
      return (s.descending ? -c : c) || a.m.name.localeCompare(b.m.name, 'da');
    });
    return list;
  });
  // Rows and columns by code and id, not by object: every edit makes the objects anew, and rows
  // made anew took the focus from the population, list or weight just entered.
  const rowCodes = () => rows().map((r) => r.m.code);
  const rowOf = createMemo(() => new Map(rows().map((r) => [r.m.code, r])));
  const scenarioIds = () => ws().scenarios.map((s) => s.id);
  const sortButton = (key: SortKey, label: string) => {
    const active = () => {
      const s = sort();
      return s.by === key.by && (key.by !== 'scenario' || (s.by === 'scenario' && s.id === key.id));
    };
    return (
      <button type="button" class="sort" onClick={() => setSort({ ...key, descending: active() ? !sort().descending : key.by !== 'name' })}>
        {label}
        <span aria-hidden="true">{active() ? (sort().descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    );
  };
  const ariaSort = (key: SortKey) => {
    const s = sort();
    const active = s.by === key.by && (key.by !== 'scenario' || (s.by === 'scenario' && s.id === key.id));
    return active ? (s.descending ? 'descending' : 'ascending') : undefined;
  };

  function pasteColumn(e: ClipboardEvent, from: number): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    // One bare value: the field takes it as typed (and asks where it is far from the last). One
    // line that names its municipality ("Aalborg<Tab>220000") is a column of one: it was refused
    // as "not a number" while the hint invites such lines.
    if (!/\n|\t|;|\p{L}/u.test(text.trim())) return;
    e.preventDefault();
    const paste = parsePopulationColumn(text, rows().map((r) => r.m), from, lang());
    const before = session.lastEdit();
    // A whole table with its quarter states its date and source too, in one step to undo.
    const { reference } = paste;
    if (reference) commands.setDatedPopulations({ populations: paste.populations, ...reference });
    else if (Object.keys(paste.populations).length > 0) commands.setPopulations({ populations: paste.populations });
    // Said while the paste stands and this view is open (as a grid paste's): its lines stay in view
    // while typed in one by one, and do not follow to the charts, over the bills.
    const kind = paste.refused.length > 0 || paste.jumps.length > 0 ? 'error' : 'info';
    const stands = session.whileStands(before);
    notices.show({ kind, key: 'populations', text: () => populationPasteText(paste, chrome.i18n), while: () => stands() && chrome.view() === 'municipalities' });
  }

  return (
    <section class="panel" aria-labelledby="municipalities-title">
      <div class="panel-head">
        <h2 id="municipalities-title">{t('tabMunicipalities')}</h2>
        <YearPicker />
        {/* A phone shows one scenario's bills, the one chosen here or in the comparison. */}
        <span class="scenario-picker-narrow">
          <ScenarioPicker label={t('chooseScenario')} value={chosen.scenario().id} onChange={chosen.choose} />
        </span>
      </div>
      <div class="population-reference">
        <EntryField
          visibleLabel
          label={t('populationDate')}
          numeric={false}
          text={formatDate(ws().populationDate, lang())}
          read={(text) => {
            const r = parseDate(text, lang());
            return r.ok ? r : { ok: false, refusal: { kind: 'parse', error: r.error, unit: 'date', text } };
          }}
          commit={(date) => commands.setPopulationReference({ date, source: ws().populationSource })}
        />
        <EntryField visibleLabel label={t('populationSourceLabel')} numeric={false} prose text={ws().populationSource} read={(text) => ({ ok: true, value: text.trim() })} commit={(source) => commands.setPopulationReference({ date: ws().populationDate, source })} />
        <For each={POPULATION_RELEASES}>
          {(release) => {
            // In use while every figure is the release's: after an edit it fetches them again.
            const inUse = () => ws().populationDate === release.date && ws().populationSource === release.source && populationsEdited(ws()).length === 0;
            // aria-disabled, not disabled: the button just used would drop the focus to the page.
            return (
              <button type="button" onClick={() => inUse() || commands.usePopulationRelease({ date: release.date, source: release.source })} aria-disabled={inUse() ? 'true' : undefined}>
                {t('useRelease', { date: formatDate(release.date, lang()) })}
              </button>
            );
          }}
        </For>
      </div>
      <Show when={populationsEdited(ws()).length > 0}>
        <p class="hint" data-testid="populations-edited">{chrome.i18n.local(populationSourceWords(ws()))}</p>
      </Show>
      <p class="hint">{t('populationPasteHint')}</p>
      <div class="table-scroll">
        <table class="data-table municipalities">
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort({ by: 'name' })}>
                {sortButton({ by: 'name' }, t('municipality'))}
              </th>
              <th scope="col" aria-sort={ariaSort({ by: 'population' })}>
                {sortButton({ by: 'population' }, t('populationAt', { date: formatDate(ws().populationDate, lang()) }))}
              </th>
              <th scope="col" class="share">{t('share')}</th>
              <For each={scenarioIds()}>
                {(id) => {
                  const s = latest(() => ws().scenarios.find((x) => x.id === id));
                  return (
                    <th scope="col" aria-sort={ariaSort({ by: 'scenario', id })} classList={{ 'not-chosen': id !== chosen.scenario().id }}>
                      {sortButton({ by: 'scenario', id }, s().name)}
                      <Show when={yearNote(id)}>{(note) => <span class="detail year-note">{note()}</span>}</Show>
                      <select aria-label={`${t('rowAllocation')}: ${s().name}`} value={s().allocation.kind} onChange={(e) => commands.setAllocationKind({ scenarioId: id, kind: e.currentTarget.value as AllocationKind })}>
                        <For each={ALLOCATION_KINDS}>
                          {(k) => (
                            <option value={k} selected={k === s().allocation.kind}>
                              {t(KIND_LABELS[k])}
                            </option>
                          )}
                        </For>
                      </select>
                      <Show when={equalSplitReason(s().allocation, ws().municipalities)}>{(why) => <span class="detail equal-split">{t(why() === 'noWeights' ? 'allocNoWeights' : 'allocNoPopulation')}</span>}</Show>
                      <Show when={s().allocation.kind === 'mixed'}>
                        <EntryField label={`${t('rowEqualPercent')}: ${s().name}`} text={formatPercent(equalPercent(s().allocation), lang())} read={(text, sure) => readShare(text, chrome.i18n, sure)} commit={(percent) => commands.setEqualPercent({ scenarioId: id, percent })} />
                      </Show>
                    </th>
                  );
                }}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={rowCodes()}>
              {(code, position) => {
                const row = latest(() => rowOf().get(code));
                const m = () => row().m;
                return (
                  <tr data-municipality={code}>
                    <th scope="row">{m().name}</th>
                    <td onPaste={(e) => pasteColumn(e, position())}>
                      <EntryField
                        label={`${t('population')}: ${m().name}`}
                        text={formatNumber(m().population, lang())}
                        read={(text, sure) => readPopulation(text, chrome.i18n, LIMITS.population, m().population, sure)}
                        commit={(population) => commands.setPopulations({ populations: { [code]: population } })}
                      />
                    </td>
                    <td class="num share">{formatShare(results.state.populationShares[row().index] ?? 0, lang())}</td>
                    <For each={scenarioIds()}>
                      {(id) => {
                        const s = latest(() => ws().scenarios.find((x) => x.id === id));
                        return (
                          <td class="num" data-scenario={id} classList={{ 'not-chosen': id !== chosen.scenario().id }}>
                            <span class="value">{amountIn(id, (y) => y.municipalAmounts[row().index] ?? 0)}</span>{' '}
                            <button type="button" class="explain-inline" aria-label={t('explainButton', { figure: m().name, scenario: s().name })} title={t('explainTitle')} onClick={() => chrome.explain({ figure: `municipality:${row().index}`, label: m().name, scenarioId: id })}>
                              ?
                            </button>
                            <Show when={year(id)} fallback={<span class="visually-hidden">{outsideText(id)}</span>}>
                              {(y) => (
                                <span class="detail">
                                  {formatNumber(y().municipalPerInhabitant[row().index] ?? 0, lang(), 2)} {t('perInhabitant')}
                                </span>
                              )}
                            </Show>
                            <Show when={s().allocation.kind === 'custom'}>
                              <EntryField
                                label={`${t('allocCustom')}: ${m().name}, ${s().name}`}
                                text={formatNumber(customWeight(s().allocation, code), lang(), 0)}
                                read={(text) => readDecimal(text, chrome.i18n, LIMITS.weight)}
                                commit={(weight) => commands.setCustomWeight({ scenarioId: id, code, weight })}
                              />
                            </Show>
                          </td>
                        );
                      }}
                    </For>
                  </tr>
                );
              }}
            </For>
          </tbody>
          <tfoot>
            <tr class="total">
              <th scope="row">{t('total')}</th>
              <td class="num">{formatNumber(results.state.totalPopulation, lang())}</td>
              <td class="num share">{formatShare(1, lang(), 0)}</td>
              <For each={ws().scenarios}>{(s) => <td class="num" data-total={s.id} classList={{ 'not-chosen': s.id !== chosen.scenario().id }}>{amountIn(s.id, (y) => y.supplement.central)}</td>}</For>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

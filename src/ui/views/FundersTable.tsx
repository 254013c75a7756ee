/**
 * The funders: who pays besides the municipalities, how much a year (kroner, or FTE paid at the
 * year's cost per FTE), and in which months. The supplement covers the rest.
 */
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { sourceText } from '../../i18n/describe';
import { inBothLanguages, translate } from '../../i18n/i18n';
import { formatEstimate, formatYearMonth } from '../../i18n/number-format';
import { funderKindsIn, funderSource, LIMITS, roomForFunder, type FunderKind, type FunderPatch, type YearMonth } from '../../model';
import { readEstimate, readMonth, type Entry } from '../grid/entry';
import { PLAUSIBLE_FTE, PLAUSIBLE_FUNDING_KR } from '../grid/plausible';
import { EntryField } from '../EntryField';
import { readName } from '../name-entry';
import { focusAfterRowRemoval, focusWhenShown, showWhenRendered } from '../focus';
import { ForById } from '../for-by-id';
import { createSaidWhileThere } from '../said-while-there';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

const KIND_LABELS: Record<FunderKind, 'funderKind_brn' | 'funderKind_region' | 'funderKind_kkr' | 'funderKind_kl' | 'funderKind_external'> = {
  brn: 'funderKind_brn',
  region: 'funderKind_region',
  kkr: 'funderKind_kkr',
  kl: 'funderKind_kl',
  external: 'funderKind_external',
};

export function Funders() {
  const { chrome, session, commands, actions } = useApp();
  const { t, local, lang } = chrome.i18n;
  const set = (id: string, patch: FunderPatch) => commands.setFunder({ funderId: id, patch });
  const month = (value: YearMonth | null) => (value ? formatYearMonth(value, lang()) : '');
  const readOptionalMonth = (bareYear: 1 | 12) => (text: string): Entry<YearMonth | null> => (text.trim() === '' ? { ok: true, value: null } : readMonth(text, chrome.i18n, bareYear));
  // The funder just added: "Finansieringskilden er tilføjet." goes with it (deleted, or its
  // addition undone) and does not come back with a Fortryd; read when shown, in the language of
  // the moment.
  const [added, setAdded] = createSignal<string | null>(null);
  createSaidWhileThere(added, (id) => session.workspace().funders.some((f) => f.id === id), () => setAdded(null));
  // A click at the limit says so (it did nothing, without a word), until there is room again or
  // another workspace is open: not back by itself after an undo of the deletion that made room.
  const [refusedFull, setRefusedFull] = createSignal(false);
  const full = createMemo(() => !roomForFunder(session.workspace()));
  const workspaceId = createMemo(() => session.workspace().id);
  createEffect(on(full, (isFull) => isFull || setRefusedFull(false), { defer: true }));
  createEffect(on(workspaceId, () => setRefusedFull(false), { defer: true }));
  const saysFull = () => refusedFull() && full();
  let line: HTMLSpanElement | undefined;
  const refuseFull = () => {
    setAdded(null);
    setRefusedFull(true);
    showWhenRendered(() => line);
  };
  let addButton: HTMLButtonElement | undefined;
  return (
    <section aria-labelledby="funders-title">
      <h3 id="funders-title">{t('fundersCaption')}</h3>
      <p class="hint">{t('fundersIntro')}</p>
      <table class="data-table funders cards">
        <thead>
          <tr>
            <th scope="col">{t('funderName')}</th>
            <th scope="col">{t('funderKind')}</th>
            <th scope="col">{t('funderUnit')}</th>
            <th scope="col">{t('funderAmount')}</th>
            <th scope="col">{t('funderPeriod')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('taskActions')}</th>
          </tr>
        </thead>
        <tbody>
          <ForById each={session.workspace().funders}>
            {(f, id) => (
              <tr data-funder={id}>
                <th scope="row">
                  <EntryField label={`${t('funderName')}: ${local(f().name)}`} messageLabel={t('funderName')} numeric={false} prose text={local(f().name)} read={(text) => readName(text, LIMITS.partName)} commit={(name) => set(id, { name: { da: name, en: name } })} />
                </th>
                <td data-label={t('funderKind')}>
                  <select aria-label={`${t('funderKind')}: ${local(f().name)}`} value={f().kind} onChange={(e) => set(id, { kind: e.currentTarget.value as FunderKind })}>
                    <For each={funderKindsIn(session.workspace().region, f().kind)}>
                      {(k) => (
                        <option value={k} selected={k === f().kind}>
                          {t(KIND_LABELS[k])}
                        </option>
                      )}
                    </For>
                  </select>
                </td>
                <td data-label={t('funderUnit')}>
                  <select aria-label={`${t('funderUnit')}: ${local(f().name)}`} value={f().unit} onChange={(e) => set(id, { unit: e.currentTarget.value as 'kr' | 'fte', amount: { low: 0, central: 0, high: 0 } })}>
                    <option value="kr">{t('unitKrPerYear')}</option>
                    <option value="fte">{t('unitFtePerYear')}</option>
                  </select>
                </td>
                <td data-label={t('funderAmount')}>
                  <EntryField label={`${t('funderAmount')}: ${local(f().name)}`} messageLabel={t('funderAmount')} text={formatEstimate(f().amount, f().unit === 'fte' ? 'fte' : 'kr', lang())} read={(text, sure) => readEstimate(text, f().unit === 'fte' ? 'fte' : 'kr', chrome.i18n, f().unit === 'fte' ? PLAUSIBLE_FTE : PLAUSIBLE_FUNDING_KR, sure, f().amount)} commit={(amount) => set(id, { amount })} />
                </td>
                {/* From over to, in one column: side by side they took the table past 1280 px
                    and squeezed the sources to a word's width. The words are the fields' own labels;
                    a message names its field as the row shows it ("”Fra måned: Region Nordjylland”:" read as a quote). */}
                <td data-label={t('funderPeriod')}>
                  <div class="funder-months">
                    <span aria-hidden="true">{t('funderFromShort')}</span>
                    <EntryField class="month" label={`${t('funderFrom')}: ${local(f().name)}`} messageLabel={t('funderFrom')} numeric={false} text={month(f().from)} read={readOptionalMonth(1)} commit={(from) => set(id, { from })} />
                    <span aria-hidden="true">{t('funderToShort')}</span>
                    <EntryField class="month" label={`${t('funderTo')}: ${local(f().name)}`} messageLabel={t('funderTo')} numeric={false} text={month(f().to)} read={readOptionalMonth(12)} commit={(to) => set(id, { to })} />
                  </div>
                </td>
                <td class="source" data-label={t('source')}>{sourceText(funderSource(session.workspace(), f()), chrome.i18n, true)}</td>
                <td>
                  <button
                    type="button"
                    onClick={(e) => {
                      focusAfterRowRemoval(e.currentTarget, () => addButton, session.settling);
                      actions.deleteFunder(id);
                    }}
                    aria-label={`${t('delete')}: ${local(f().name)}`}
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            )}
          </ForById>
        </tbody>
      </table>
      <button
        type="button"
        ref={addButton}
        onClick={async () => {
          // The workspace as edited (an edit may not be on screen yet), before and after the wait
          // for the name: two quick clicks at 19 funders added one, the second without a word.
          if (!roomForFunder(session.latest())) return refuseFull();
          setRefusedFull(false);
          const id = `funder-${crypto.randomUUID().slice(0, 8)}`;
          // Offline before the English words were ever loaded, the name is the Danish one in both.
          const name = await inBothLanguages('newFunder').catch(() => ({ da: translate('da', 'newFunder'), en: translate('da', 'newFunder') }));
          if (!roomForFunder(session.latest())) return refuseFull();
          const refused = commands.addFunder({ funder: { id, kind: 'external', name, unit: 'kr', amount: { low: 0, central: 0, high: 0 }, from: null, to: null, approvedAmount: null, source: { kind: 'user' } } });
          if (refused.length > 0) return;
          setAdded(id);
          // Into the new row's name, to type it: focus stayed on this button below the row, and
          // the next Tab went on into the task catalogue.
          focusWhenShown(`.funders tr[data-funder="${id}"] input`, { select: true });
        }}
      >
        + {t('addFunder')}
      </button>
      <Show when={added() || saysFull()}>
        <span role="status" ref={line} class={saysFull() ? 'field-error' : 'hint'}>
          {saysFull() ? t('fundersFull', { max: LIMITS.funders }) : t('funderAdded')}
        </span>
      </Show>
    </section>
  );
}

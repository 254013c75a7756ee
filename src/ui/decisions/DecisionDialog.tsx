/**
 * "Registrér beslutning": the chosen scenario, who decided, the meeting's date, the rationale
 * and who proposed it. The record keeps an unchangeable snapshot of the whole workspace; a
 * problem with the entry is said in the dialog and nothing typed is lost.
 */
import { createSignal, For, Show } from 'solid-js';
import { checkDecisionEntry, DECISION_LIMITS, hasT11AndBrn, type DecisionEntry, type RegionName } from '../../model';
import { Dialog } from '../Dialog';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

// The bodies a decision is suggested as taken by; T11 and BRN's board are North Jutland's.
const bodiesIn = (region: RegionName) => (hasT11AndBrn(region) ? ['KDK', 'T11', 'KKR', 'BRN-bestyrelsen', 'Byrådene'] : ['KDK', 'KKR', 'Byrådene']);

export function DecisionDialog(props: { onClose: () => void; onRecorded: () => void }) {
  const { chrome, session, decisions } = useApp();
  const { t } = chrome.i18n;
  let dialog!: HTMLDialogElement;
  const ws = session.workspace;
  const [entry, setEntry] = createSignal<DecisionEntry>({
    scenarioId: ws().baselineScenarioId ?? ws().scenarios[0]!.id,
    body: '',
    meetingDate: new Date().toISOString().slice(0, 10),
    rationale: '',
    proposedBy: '',
  });
  const [problem, setProblem] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const set = (patch: Partial<DecisionEntry>) => setEntry({ ...entry(), ...patch });

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const wrong = checkDecisionEntry(ws(), entry());
    if (wrong) return void setProblem(t(`decisionProblem_${wrong}`, { ...DECISION_LIMITS }));
    setSaving(true);
    try {
      await decisions.record(entry());
      props.onRecorded();
      dialog.close();
    } catch (error) {
      setProblem(t('decisionsFailed', { reason: String((error as Error)?.message ?? error) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={t('recordDecision')} titleId="decision-title" class="decision-dialog" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <form class="decision-form" onSubmit={(e) => void save(e)}>
        <label>
          {t('decisionScenario')}
          <select value={entry().scenarioId} onChange={(e) => set({ scenarioId: e.currentTarget.value })}>
            <For each={ws().scenarios}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </label>
        <label>
          {t('decisionBody')}
          <input list="decision-bodies" maxLength={DECISION_LIMITS.body} value={entry().body} onInput={(e) => set({ body: e.currentTarget.value })} autofocus />
          <datalist id="decision-bodies">
            <For each={bodiesIn(ws().region)}>{(b) => <option value={b} />}</For>
          </datalist>
        </label>
        <label>
          {t('decisionDate')}
          <input type="date" value={entry().meetingDate} onInput={(e) => set({ meetingDate: e.currentTarget.value })} />
        </label>
        <label>
          {t('decisionRationale')}
          <textarea rows={4} maxLength={DECISION_LIMITS.rationale} value={entry().rationale} onInput={(e) => set({ rationale: e.currentTarget.value })} />
        </label>
        <label>
          {t('decisionProposedBy')}
          <input maxLength={DECISION_LIMITS.proposedBy} value={entry().proposedBy} onInput={(e) => set({ proposedBy: e.currentTarget.value })} />
        </label>
        <p role="status" class="dialog-status error-text">
          <Show when={problem()}>{problem()}</Show>
        </p>
        <div class="dialog-actions">
          <button type="submit" class="primary" disabled={saving()}>
            {t('decisionSave')}
          </button>
          <button type="button" onClick={() => dialog.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

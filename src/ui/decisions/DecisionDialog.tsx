/**
 * "Registrér beslutning": the chosen scenario, who decided, the meeting's date, the rationale
 * and who proposed it. The record keeps an unchangeable snapshot of the whole workspace; a
 * problem with the entry is said in the dialog and nothing typed is lost.
 */
import { createSignal, For, onMount, Show } from 'solid-js';
import { checkDecisionEntry, DECISION_LIMITS, hasT11AndBrn, type DecisionEntry, type RegionName } from '../../model';
import { Dialog } from '../Dialog';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

// The bodies a decision is suggested as taken by, in the language shown; T11 and BRN's board are North Jutland's.
const bodiesIn = (region: RegionName, t: (key: 'approval_brnBoard' | 'decisionBodyCouncils') => string) =>
  hasT11AndBrn(region) ? ['KDK', 'T11', 'KKR', t('approval_brnBoard'), t('decisionBodyCouncils')] : ['KDK', 'KKR', t('decisionBodyCouncils')];

/**
 * What was typed and not recorded, by workspace: closed by Esc (meant for the "Besluttet af"
 * list, say) or Annullér, the dialog threw the rationale away (a fresh-eyes walk). It opens again
 * with it, until recorded or cleared. Kept while the app is open, as a field's text is.
 */
const drafts = new Map<string, DecisionEntry>();

export function DecisionDialog(props: { onClose: () => void; onRecorded: () => void }) {
  const { chrome, session, decisions } = useApp();
  const { t } = chrome.i18n;
  let dialog!: HTMLDialogElement;
  const ws = session.workspace;
  const workspaceId = ws().id;
  const blank = (): DecisionEntry => ({
    scenarioId: ws().baselineScenarioId ?? ws().scenarios[0]!.id,
    body: '',
    meetingDate: new Date().toISOString().slice(0, 10),
    rationale: '',
    proposedBy: '',
  });
  const kept = drafts.get(workspaceId);
  // A draft's scenario deleted meanwhile: the one a new entry starts with.
  const [entry, setEntry] = createSignal<DecisionEntry>(kept ? { ...kept, scenarioId: ws().scenarios.some((s) => s.id === kept.scenarioId) ? kept.scenarioId : blank().scenarioId } : blank());
  const [restored, setRestored] = createSignal(kept !== undefined);
  const [problem, setProblem] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  // A draft is what was written: a scenario chosen and nothing typed is no draft to bring back.
  const set = (patch: Partial<DecisionEntry>) => {
    const e = { ...entry(), ...patch };
    setEntry(e);
    if (e.body.trim() || e.rationale.trim() || e.proposedBy.trim()) drafts.set(workspaceId, e);
    else drafts.delete(workspaceId);
  };
  let bodyField!: HTMLInputElement;
  // Brought back, "Besluttet af" opens selected: typed again, it is replaced, not added to (the
  // caret stood after "KDK", and "KDKKDK" was recorded). After showModal has focused it.
  onMount(() => kept?.body && queueMicrotask(() => document.activeElement === bodyField && bodyField.select()));
  const startOver = () => {
    drafts.delete(workspaceId);
    setEntry(blank());
    setRestored(false);
    setProblem('');
    // The button goes with its note: focus to the first field, not out of the dialog.
    bodyField.focus();
  };

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const wrong = checkDecisionEntry(ws(), entry());
    if (wrong) return void setProblem(t(`decisionProblem_${wrong}`, { ...DECISION_LIMITS }));
    setSaving(true);
    try {
      await decisions.record(entry());
      drafts.delete(workspaceId);
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
        <Show when={restored()}>
          <p class="hint decision-draft" id="decision-draft">
            {t('decisionDraftKept')}{' '}
            <button type="button" class="link-button" onClick={startOver}>
              {t('decisionDraftClear')}
            </button>
          </p>
        </Show>
        <label>
          {t('decisionScenario')}
          <select value={entry().scenarioId} onChange={(e) => set({ scenarioId: e.currentTarget.value })}>
            <For each={ws().scenarios}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </label>
        <label>
          {t('decisionBody')}
          <input ref={bodyField} list="decision-bodies" maxLength={DECISION_LIMITS.body} value={entry().body} onInput={(e) => set({ body: e.currentTarget.value })} autofocus aria-describedby={restored() ? 'decision-draft' : undefined} />
          <datalist id="decision-bodies">
            <For each={bodiesIn(ws().region, t)}>{(b) => <option value={b} />}</For>
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

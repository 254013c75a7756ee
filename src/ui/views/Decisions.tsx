/**
 * "Beslutninger": the decisions recorded for the open workspace, newest first. Each keeps what
 * the meeting saw; it can be reopened read-only or as a new workspace, compared with the
 * workspace now, and shared as a link that carries it.
 */
import { createSignal, For, Show, Suspense } from 'solid-js';
import { formatDate, formatMoment, formatNumber } from '../../i18n/number-format';
import { supersededBy, type DecisionRecord } from '../../model';
import { DecisionDialog } from '../decisions/DecisionDialog';
import { MeetingMemory } from '../decisions/MeetingMemory';
import { SnapshotFigures } from '../decisions/SnapshotFigures';
import { useApp } from '../state/app-store';
import '../../i18n/strings-da-later';

type Panel = 'memory' | 'snapshot' | null;

function DecisionCard(props: { record: DecisionRecord; latest: boolean; supersededBy: DecisionRecord | undefined; supersedes: DecisionRecord | undefined }) {
  const { chrome, actions } = useApp();
  const { t, lang } = chrome.i18n;
  const [panel, setPanel] = createSignal<Panel>(null);
  const r = () => props.record;
  const heading = (d: DecisionRecord) => t('decisionHeading', { body: d.body, date: formatDate(d.meetingDate, lang()), scenario: d.scenarioName });
  const toggle = (p: Panel) => setPanel(panel() === p ? null : p);
  return (
    <article class="decision-card" classList={{ superseded: !!props.supersededBy }} data-decision={r().id}>
      <h3>
        {heading(r())} <Show when={props.latest}><span class="badge">{t('decisionLatest')}</span></Show>
      </h3>
      <Show when={props.supersededBy}>{(later) => <p class="hint">{t('decisionSupersededBy', { body: later().body, date: formatDate(later().meetingDate, lang()) })}</p>}</Show>
      <Show when={props.supersedes}>{(earlier) => <p class="hint">{t('decisionSupersedes', { body: earlier().body, date: formatDate(earlier().meetingDate, lang()) })}</p>}</Show>
      <dl class="decision-figures">
        <div>
          <dt>{t('rowTotalCost')}</dt>
          <dd>{formatNumber(r().figures.totalCost, lang())}</dd>
        </div>
        <div>
          <dt>{t('rowSupplement')}</dt>
          <dd data-testid="decided-supplement">{formatNumber(r().figures.supplement, lang())}</dd>
        </div>
        <div>
          <dt>{t('rowPerInhabitant')}</dt>
          <dd>{formatNumber(r().figures.perInhabitant, lang(), 2)} kr.</dd>
        </div>
        <div>
          <dt>{t('memoryHorizon')}</dt>
          <dd>{formatNumber(r().figures.horizonSupplement, lang())}</dd>
        </div>
      </dl>
      <p class="hint">{t('decisionFigures', { year: r().figures.year })}</p>
      <Show when={r().rationale}>
        <p class="rationale">{r().rationale}</p>
      </Show>
      <p class="hint">
        <Show when={r().proposedBy}>{t('decisionProposedByText', { name: r().proposedBy })} · </Show>
        {t('decisionRecordedAt', { time: formatMoment(Date.parse(r().recordedAt), lang()) })}
      </p>
      <div class="dialog-actions">
        <button type="button" aria-expanded={panel() === 'memory'} onClick={() => toggle('memory')}>
          {t('decisionCompare')}
        </button>
        <button type="button" aria-expanded={panel() === 'snapshot'} onClick={() => toggle('snapshot')}>
          {t('decisionShowSnapshot')}
        </button>
        <button type="button" onClick={() => void actions.importWorkspace(r().snapshot, t('decisionSuffix', { date: formatDate(r().meetingDate, lang()) }), [r()])}>
          {t('decisionOpenAsNew')}
        </button>
        <button type="button" onClick={() => chrome.shareDecision(r())}>
          {t('decisionShare')}
        </button>
      </div>
      {/* Each panel waits for its figures in its own boundary: the view's would take the whole
          view off screen meanwhile, and the focus on the button just pressed with it. */}
      <Show when={panel() === 'memory'}>
        <Suspense fallback={<p class="hint">{t('loading')}</p>}>
          <MeetingMemory record={r()} />
        </Suspense>
      </Show>
      <Show when={panel() === 'snapshot'}>
        <Suspense fallback={<p class="hint">{t('loading')}</p>}>
          <SnapshotFigures record={r()} />
        </Suspense>
      </Show>
    </article>
  );
}

export default function Decisions() {
  const { chrome, decisions, notices } = useApp();
  const { t } = chrome.i18n;
  const [recording, setRecording] = createSignal(false);
  const later = () => supersededBy(decisions.list().records);
  const byId = (id: string | null) => decisions.list().records.find((d) => d.id === id);
  return (
    <section class="panel decisions" aria-labelledby="decisions-title">
      <div class="panel-head">
        <h2 id="decisions-title">{t('decisionsTitle')}</h2>
        <button type="button" class="primary" onClick={() => setRecording(true)}>
          {t('recordDecision')}
        </button>
      </div>
      <p class="hint">{t('decisionsIntro')}</p>
      <Show when={decisions.list().unreadable > 0}>
        <p class="notice error" role="alert">
          {t('decisionsUnreadable', { count: decisions.list().unreadable })}
        </p>
      </Show>
      <Show when={decisions.list().records.length > 0} fallback={<p data-testid="no-decisions">{t('decisionsNone')}</p>}>
        <For each={decisions.list().records}>{(record) => <DecisionCard record={record} latest={record === decisions.latest()} supersededBy={later().get(record.id)} supersedes={byId(record.supersedes) ?? undefined} />}</For>
      </Show>
      <Show when={recording()}>
        <DecisionDialog onClose={() => setRecording(false)} onRecorded={() => notices.show({ kind: 'info', key: 'decision', text: () => t('decisionSaved') })} />
      </Show>
    </section>
  );
}

/**
 * "Hvorfor?" for the decision rows that are reasoned rather than summed: the approval path (who
 * must say yes and why, with the seed's own words), the flags (the rule behind each) and the
 * overall score (the weighted mean, criterion by criterion). Everything is read from the
 * scenario's result as the worker computed it; nothing is recomputed here.
 */
import { For, Show } from 'solid-js';
import { approvalText, flagText } from '../../i18n/describe';
import { formatFte, formatKroner, formatNumber } from '../../i18n/number-format';
import { say, type ReasonedKey } from '../../i18n/reasoned-words';
import { approvalSourcesIn, reserveShortfall, type ApprovalReason, type ApprovalStep, type FlagId, type ScenarioResult } from '../../model';
import { useApp } from '../state/app-store';
import type { Reasoning } from '../state/chrome';
import { OriginNote } from './OriginNote';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

const REASON_KEYS: Readonly<Record<ApprovalReason, ReasonedKey>> = {
  ownMoney: 'reason_ownMoney',
  supplement: 'reason_supplement',
  raisedBaseGrant: 'reason_raisedBaseGrant',
  reprioritisedBrn: 'reason_reprioritisedBrn',
};

const FLAG_RULES: Readonly<Record<FlagId, ReasonedKey>> = {
  singleEmployeeVulnerable: 'flagRule_singleEmployeeVulnerable',
  reserveExhausted: 'flagRule_reserveExhausted',
  fundingSurplus: 'flagRule_fundingSurplus',
  managementSeparatedFromLocation: 'flagRule_managementSeparatedFromLocation',
  newPoliticalBody: 'flagRule_newPoliticalBody',
};

/** The year with the largest value of a figure, and that value. */
function largest(result: ScenarioResult, value: (y: ScenarioResult['years'][number]) => number): { year: number; amount: number } {
  let best = { year: result.years[0]?.year ?? 0, amount: 0 };
  for (const y of result.years) if (value(y) > best.amount) best = { year: y.year, amount: value(y) };
  return best;
}

export function ReasonedExplanation(props: { reasoning: Reasoning; scenarioId: string; openAnchoring: () => void }) {
  const { chrome, session, results } = useApp();
  const { t, lang } = chrome.i18n;
  const result = () => results.scenario(props.scenarioId);
  /** The figures each flag's rule names, for this scenario. */
  const flagFigures = (r: ScenarioResult) => {
    const ws = session.workspace();
    const surplus = largest(r, (y) => y.surplus.central);
    const short = reserveShortfall(r.years, ws.assumptions.openingReserve) ?? { year: 0, planned: 0, left: 0 };
    return {
      below: formatFte(ws.assumptions.vulnerableBelow, lang()),
      fte: formatFte(r.years[r.typicalIndex]?.fte.central ?? 0, lang()),
      amount: formatKroner(surplus.amount, lang()),
      surplusYear: surplus.year,
      reserveYear: short.year,
      planned: formatKroner(short.planned, lang()),
      left: formatKroner(short.left, lang()),
    };
  };
  return (
    <Show when={result()} fallback={<p class="hint">{t('loading')}</p>}>
      {(r) => (
        <div data-testid="explanation" data-reasoning={props.reasoning}>
          <Show when={props.reasoning === 'approval'}>
            <Approval result={r()} scenarioId={props.scenarioId} />
          </Show>
          <Show when={props.reasoning === 'flags'}>
            <Show when={r().flags.length > 0} fallback={<p>{say('explainNoFlags', lang())}</p>}>
              <p>{say('explainFlagsLead', lang())}</p>
              <ul class="explain-reasons">
                <For each={r().flags}>
                  {(flag) => (
                    <li data-flag={flag}>
                      <strong>{flagText(flag, chrome.i18n, session.workspace().assumptions, r())}</strong>: {say(FLAG_RULES[flag], lang(), flagFigures(r()))}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Show>
          <Show when={props.reasoning === 'score'}>
            <p>{say('explainScoreLead', lang())}</p>
            <table ref={createFocusableWhileScrolling} class="data-table explain-score">
              <thead>
                <tr>
                  <th scope="col">{t('criterion')}</th>
                  <th scope="col">{say('explainScoreFrom', lang())}</th>
                  <th scope="col">{t('weight')}</th>
                  <th scope="col">{say('explainScoreValue', lang())}</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().criteria.parts}>
                  {(p) => (
                    <tr data-criterion={p.id}>
                      <th scope="row">{t(`criterion_${p.id}`)}</th>
                      <td>{p.from.map((f) => say(`scoreFrom_${f}`, lang())).join(', ')}</td>
                      <td class="num">{formatNumber(p.weight, lang())}</td>
                      <td class="num">{formatNumber(p.score, lang(), 1)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={r().criteria.score !== null} fallback={<p data-testid="explain-formula">{say('explainNoWeights', lang())}</p>}>
              <p class="explain-formula" data-testid="explain-formula">
                ({r().criteria.parts.map((p) => `${formatNumber(p.score, lang(), 1)} × ${formatNumber(p.weight, lang())}`).join(' + ')}) / {formatNumber(r().criteria.parts.reduce((s, p) => s + p.weight, 0), lang())} ={' '}
                {formatNumber(r().criteria.score ?? 0, lang(), 2)}
              </p>
            </Show>
            <button type="button" class="link-button" onClick={() => props.openAnchoring()}>
              {say('explainScoreEdit', lang())}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** Who must say yes, each for its reasons, with the words each reason rests on. */
function Approval(p: { result: ScenarioResult; scenarioId: string }) {
  const { chrome, session } = useApp();
  const { t, lang, local } = chrome.i18n;
  const ws = session.workspace;
  const scenario = () => ws().scenarios.find((s) => s.id === p.scenarioId);
  const councils = () => p.result.approval.steps.find((s) => s.body === 'cityCouncils')?.count ?? ws().municipalities.length;
  const body = (step: ApprovalStep) => approvalText({ steps: [step], count: step.count }, t);
  const reason = (why: ApprovalReason, step: ApprovalStep) => {
    const supplement = largest(p.result, (y) => y.supplement.central);
    const approved = ws().funders.find((f) => f.approvedAmount !== null);
    const employer = ws().employers.find((e) => e.id === scenario()?.anchoring.employer);
    return say(REASON_KEYS[why], lang(), {
      body: body(step),
      count: step.count,
      amount: formatKroner(supplement.amount, lang()),
      high: formatKroner(largest(p.result, (y) => y.supplement.high).amount, lang()),
      year: supplement.year,
      approved: formatKroner(approved?.approvedAmount ?? 0, lang()),
      employer: employer ? local(employer.name) : '',
    });
  };
  // Each reason once, its source the first time it is cited (two reasons may rest on one quote).
  const reasons = () => {
    const cited = new Set<string>();
    return p.result.approval.steps.flatMap((step) =>
      step.reasons.map((why) => {
        const key = JSON.stringify(approvalSourcesIn(ws().region)[why]);
        const first = !cited.has(key);
        cited.add(key);
        return { step, why, cited: first };
      }),
    );
  };
  // The path follows the central estimate; the high one may still reach the councils.
  // The model's path for the high estimate says whether it asks more (approvalIfHigh); this says how much and when.
  const highSupplement = () => (p.result.approvalIfHigh ? largest(p.result, (y) => y.supplement.high) : null);
  const score = () => p.result.criteria.parts.find((c) => c.id === 'approvalPath')?.score;
  return (
    <>
      <p data-testid="explain-approval">{p.result.approval.steps.length > 0 ? say('explainApprovalLead', lang(), { path: approvalText(p.result.approval, t) }) : say('explainApprovalNone', lang())}</p>
      <ul class="explain-reasons">
        <For each={reasons()}>
          {({ step, why, cited }) => (
            <li data-reason={why}>
              {reason(why, step)}
              <Show when={cited}>
                <OriginNote origin={approvalSourcesIn(ws().region)[why]} />
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={highSupplement()?.amount}>
        <p data-testid="explain-approval-high">{say('explainApprovalHigh', lang(), { amount: formatKroner(highSupplement()!.amount, lang()), year: highSupplement()!.year, count: councils() })}</p>
      </Show>
      <Show when={score() !== undefined}>
        <p>{say('explainApprovalScore', lang(), { score: formatNumber(score()!, lang(), 1) })}</p>
      </Show>
    </>
  );
}

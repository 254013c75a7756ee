/**
 * Goal seek: the value of one input that brings a result to a target — the base grant that
 * keeps the supplement at 0, the most staffing affordable within 2 mio.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { labelInSentence, type MessageKey } from '../../i18n/i18n';
import { formatFte, formatKr, formatNumber, formatPerInhabitant } from '../../i18n/number-format';
import { parseDecimal } from '../../i18n/number-parse';
import { seekCommand, seekInputs, yearResult, type Scenario, type SeekInput, type SeekOutput, type SeekRequest } from '../../model';
import { sameDocument } from '../../model/same-document';
import { useApp } from '../state/app-store';
import { createBackgroundAction } from './background-resource';
import '../../i18n/strings-da-later';

const OUTPUTS: readonly SeekOutput[] = ['supplement', 'supplementPerInhabitant', 'totalCost'];
const OUTPUT_LABELS: Record<SeekOutput, MessageKey> = { supplement: 'seekOutput_supplement', supplementPerInhabitant: 'seekOutput_supplementPerInhabitant', totalCost: 'seekOutput_totalCost' };

export function GoalSeekCard(props: { scenario: Scenario }) {
  const { chrome, session, results, background } = useApp();
  const { t, local, lang } = chrome.i18n;
  let runButton!: HTMLButtonElement;
  // The first question asked: where the scenario's money besides the supplement (BRN's grant)
  // covers more than its activities and administration, how much staffing it pays for with no
  // supplement; where it does not, no staffing has 0 in supplement (a region without a grant),
  // so the most staffing within 2 mio. kr. in all. Read as the card opens: then it is the user's.
  const typical = untrack(() => {
    const r = results.scenario(props.scenario.id);
    return r ? yearResult(r, 'typical') : undefined;
  });
  const funded = !typical || typical.funding.total.central >= typical.cost.activities.central + typical.cost.administration.central;
  const [input, setInput] = createSignal<SeekInput>('staffing');
  const [output, setOutput] = createSignal<SeekOutput>(funded ? 'supplement' : 'totalCost');
  const [target, setTarget] = createSignal(funded ? '0' : formatNumber(2_000_000, lang()));
  const [refused, setRefused] = createSignal('');
  /** What "Brug" put into the scenario, said once the answer has gone with the workspace it was found in. */
  const [used, setUsed] = createSignal('');
  const seek = createBackgroundAction((signal, request: SeekRequest) => {
    const asked = session.workspace();
    return background.seek(signal, asked, request).then((result) => ({ request, result, asked }));
  });
  const inputLabel = (i: SeekInput) => {
    if (i === 'staffing') return t('seekInput_staffing');
    if (i === 'costPerFte') return t('seekInput_costPerFte');
    const funder = session.workspace().funders.find((f) => `funding:${f.id}` === i);
    return funder ? local(funder.name) : i;
  };
  const outputText = (o: SeekOutput, v: number) => (o === 'supplementPerInhabitant' ? formatPerInhabitant(v, lang()) : formatKr(v, lang()));
  // The label names the unit of staffing ("Årsværk = 0,77"); the amounts say "kr." themselves.
  const inputText = (i: SeekInput, v: number) => (i === 'staffing' ? formatFte(v, lang()) : formatKr(v, lang()));
  // Another scenario's answer is not this one's: it stayed under the new one's heading, a wrong
  // figure read as right (a fresh-eyes walk). Back on its own scenario, it shows again while the
  // workspace is the one it was found in (an undo, or another tab's edit, makes it another's;
  // a redo after the undo makes it the same again, though not the same object).
  const current = () => {
    const answer = seek.value();
    return answer && answer.request.scenarioId === props.scenario.id && sameDocument(answer.asked, session.workspace()) ? answer : null;
  };
  /** The value found for the answer on screen, if one was. */
  const found = () => {
    const answer = current();
    return !refused() && answer?.result.ok ? { request: answer.request, value: answer.result.value } : null;
  };
  const message = () => {
    const answer = current();
    if (!answer) return null;
    const { request, result } = answer;
    const i = inputLabel(request.input);
    // "Kommunalt tillæg = 0 kr.", not "Kommunalt tillæg (kr./år) = 0 kr.".
    const o = labelInSentence(t(OUTPUT_LABELS[request.output]));
    if (!result.ok) return t('seekNoSolution', { output: o, input: i, min: outputText(request.output, result.reachable.min), max: outputText(request.output, result.reachable.max) });
    const said = t('seekAnswer', { input: i, value: inputText(request.input, result.value), output: o, achieved: outputText(request.output, result.achieved) });
    const outside = result.outsideRange;
    if (!outside) return said;
    // "500.000–625.000 kr.": the sentence ends with the range's own "kr.".
    const range = `${formatNumber(outside.low, lang())}–${formatKr(outside.high, lang())}`;
    return `${said} ${t(outside.side === 'below' ? 'seekBelowRange' : 'seekAboveRange', { range })}`;
  };
  function run(): void {
    if (seek.running()) return;
    const r = parseDecimal(target(), lang(), 10_000_000_000);
    if (!r.ok) return void setRefused(t('entryNotANumber', { text: target(), row: t('seekTarget') }) + ' ' + t('exampleKr'));
    setRefused('');
    setUsed('');
    void seek.start({ scenarioId: props.scenario.id, input: input(), output: output(), target: r.value });
  }
  return (
    <section aria-labelledby="seek-title" class="card">
      <h3 id="seek-title">
        {t('seekHeading')}: {props.scenario.name}
      </h3>
      <p class="hint">{t('seekIntro')}</p>
      {/* A form: Enter in the target field seeks, as the button does (it did nothing). */}
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label class="field">
          <span>{t('seekInput')}</span>
          <select value={input()} onChange={(e) => setInput(e.currentTarget.value as SeekInput)}>
            <For each={seekInputs(session.workspace())}>{(i) => <option value={i}>{inputLabel(i)}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>{t('seekOutput')}</span>
          <select value={output()} onChange={(e) => setOutput(e.currentTarget.value as SeekOutput)}>
            <For each={OUTPUTS}>{(o) => <option value={o}>{t(OUTPUT_LABELS[o])}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>{t('seekTarget')}</span>
          <input inputMode="decimal" enterkeyhint="search" value={target()} onInput={(e) => setTarget(e.currentTarget.value)} />
        </label>
        {/* aria-disabled, not disabled: a button disabled while it has focus drops it to the page. */}
        <button ref={runButton} type="submit" class="primary" aria-disabled={seek.running() ? 'true' : undefined}>
          {t('seekRun')}
        </button>
      </form>
      <p class="seek-result" role="status" data-testid="seek-result">
        {refused() || message() || used()}
      </p>
      {/* The value found, put into the scenario in one step (undoable); the answer then goes,
          its workspace no longer the one on screen, what was used is said in its place, and the
          focus goes back to Find værdi. */}
      <Show when={found()}>
        {(f) => (
          <button
            type="button"
            onClick={() => {
              session.dispatch(seekCommand(f().request.scenarioId, f().request.input, f().value));
              setUsed(t('seekUsed', { scenario: props.scenario.name, input: inputLabel(f().request.input), value: inputText(f().request.input, f().value) }));
              runButton.focus();
            }}
          >
            {t('seekApply', { input: inputLabel(f().request.input), value: inputText(f().request.input, f().value) })}
          </button>
        )}
      </Show>
      <Show when={seek.error()}>
        <p class="field-error" role="alert">
          {t('analysisFailed')}
        </p>
      </Show>
    </section>
  );
}

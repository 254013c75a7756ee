/** Monte Carlo over every range in the workspace: P10/P50/P90 and the chance of exceeding a threshold. */
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatDecimal, formatNumber, formatShare } from '../../i18n/number-format';
import { parseDecimal, parseWhole, type Parsed } from '../../i18n/number-parse';
import type { Lang, Percentiles, RangeShape, Tornado } from '../../model';
import { EntryField } from '../EntryField';
import type { Entry, EntryUnit } from '../grid/entry';
import { useApp } from '../state/app-store';
import { when } from '../state/when';
import { createBackgroundAction } from './background-resource';
import { createFocusableWhileScrolling } from '../create-focusable-while-scrolling';
import '../../i18n/strings-da-later';

/** Fewer draws than this say little about a 10th or 90th percentile; more take minutes. */
const MIN_SAMPLES = 100;
const MAX_SAMPLES = 1_000_000;
const SHAPES: readonly RangeShape[] = ['uniform', 'triangular', 'pert'];
const SHAPE_LABELS: Record<RangeShape, MessageKey> = { uniform: 'shape_uniform', triangular: 'shape_triangular', pert: 'shape_pert' };

export function SimulationCard(props: { tornadoes: () => readonly Tornado[] | undefined }) {
  const { chrome, session, background } = useApp();
  const { t, local, lang } = chrome.i18n;
  const [shape, setShape] = createSignal<RangeShape>('pert');
  const [shapes, setShapes] = createSignal<Record<string, RangeShape>>({});
  const [samples, setSamples] = createSignal(10_000);
  const [seed, setSeed] = createSignal(1);
  const [threshold, setThreshold] = createSignal(2);
  const name = (id: string) => session.workspace().scenarios.find((s) => s.id === id)?.name ?? id;
  // The ranges come from the worker's sensitivity answer: every uncertain input, once, with the
  // scenarios it is in (a director who chose one scenario above must not take another's range for its own).
  const ranges = createMemo(() => {
    const tornadoes = props.tornadoes() ?? [];
    const seen = new Map<string, { label: string; low: number; high: number; fte: boolean; scenarioIds: string[] }>();
    for (const tor of tornadoes)
      for (const { input } of tor.swings) {
        const known = seen.get(input.id);
        if (known) known.scenarioIds.push(tor.scenarioId);
        else seen.set(input.id, { label: local(input.label), low: input.estimate.low, high: input.estimate.high, fte: input.role === 'fte' || input.role === 'fundedFte', scenarioIds: [tor.scenarioId] });
      }
    return [...seen.entries()].map(([id, r]) => [id, { ...r, scenarios: r.scenarioIds.length === tornadoes.length && tornadoes.length > 1 ? t('mcAllScenarios') : r.scenarioIds.map(name).join(', ') }] as const);
  });
  // The results keep the samples, seed and threshold they were drawn with: after a cancelled run
  // the table showed seed 1's figures beside a Seed field saying 7, and its threshold column
  // followed the field, not the run (a fresh-eyes walk).
  const simulation = createBackgroundAction(async (signal, _: null) => {
    const used = { samples: samples(), seed: seed(), threshold: threshold() };
    const rows = await background.simulate(signal, session.workspace(), { samples: used.samples, seed: used.seed, shape: shape(), shapes: shapes(), thresholdPerInhabitant: used.threshold });
    return { rows, used };
  });

  const reader =
    (parse: (text: string, lang: Lang, max: number) => Parsed<number>, unit: EntryUnit, max: number, min = 0) =>
    (text: string): Entry<number> => {
      const r = parse(text, lang(), max);
      if (!r.ok) return { ok: false, refusal: { kind: 'parse', error: r.error, unit, text, max } };
      return r.value < min ? { ok: false, refusal: { kind: 'rule', reason: 'mcTooFewSamples', unit } } : r;
    };
  const triple = (p: Percentiles, digits = 0) => [p.p10, p.p50, p.p90].map((v) => formatNumber(v, lang(), digits)).join(' / ');
  let runButton: HTMLButtonElement | undefined;

  return (
    <section aria-labelledby="mc-title" class="card">
      <h3 id="mc-title">{t('mcHeading')}</h3>
      <p class="hint">{t('mcIntro')}</p>
      <Show when={ranges().length > 0} fallback={<p class="hint">{t('mcNoRanges')}</p>}>
        <table ref={createFocusableWhileScrolling} class="data-table compact">
          <caption>{t('mcInputs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mcInput')}</th>
              <th scope="col">{t('mcRange')}</th>
              <th scope="col">{t('mcScenarios')}</th>
              <th scope="col">{t('mcShape')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={ranges()}>
              {([id, r]) => (
                <tr>
                  <th scope="row">{r.label}</th>
                  <td class="num">{r.fte ? `${formatDecimal(r.low / 100, lang())}–${formatDecimal(r.high / 100, lang())}` : `${formatNumber(r.low, lang())}–${formatNumber(r.high, lang())}`}</td>
                  <td>{r.scenarios}</td>
                  <td>
                    <select aria-label={`${t('mcShape')}: ${r.label}`} value={shapes()[id] ?? shape()} onChange={(e) => setShapes({ ...shapes(), [id]: e.currentTarget.value as RangeShape })}>
                      <For each={SHAPES}>{(s) => <option value={s}>{t(SHAPE_LABELS[s])}</option>}</For>
                    </select>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <div class="form-row">
        <label class="field">
          <span>{t('mcShapeDefault')}</span>
          <select value={shape()} onChange={(e) => setShape(e.currentTarget.value as RangeShape)}>
            <For each={SHAPES}>{(s) => <option value={s}>{t(SHAPE_LABELS[s])}</option>}</For>
          </select>
        </label>
        {/* Read as every field is: a refusal is said with an example and keeps the last good
            value ("-1,5" or "mange" went back to a default without a word). */}
        <EntryField visibleLabel local label={t('mcSamples')} text={formatNumber(samples(), lang())} read={reader(parseWhole, 'samples', MAX_SAMPLES, MIN_SAMPLES)} commit={setSamples} />
        <EntryField visibleLabel local label={t('mcSeed')} text={formatNumber(seed(), lang())} read={reader(parseWhole, 'count', 2 ** 31)} commit={setSeed} />
        <EntryField visibleLabel local label={t('mcThreshold')} text={formatNumber(threshold(), lang(), 2)} read={reader(parseDecimal, 'perInhabitant', 1_000)} commit={setThreshold} />
        <Show
          when={simulation.running()}
          fallback={
            <button ref={runButton} type="button" class="primary" onClick={() => void simulation.start(null)}>
              {t('mcRun')}
            </button>
          }
        >
          <span class="running" role="status">
            <progress aria-label={t('mcRunning')} /> {t('mcRunning')}{' '}
            <button
              type="button"
              ref={(el) => queueMicrotask(() => el.focus())}
              onClick={() => {
                simulation.cancel();
                // Once the run has ended and its button is back (a microtask or two after the abort).
                void when(() => !simulation.running()).then(() => runButton?.focus());
              }}
            >
              {t('mcCancel')}
            </button>
          </span>
        </Show>
      </div>
      <p role="status" class="hint">
        {simulation.cancelled() ? t('mcCancelled') : ''}
      </p>
      <Show when={simulation.error()}>
        <p class="field-error" role="alert">
          {t('analysisFailed')}
        </p>
      </Show>
      <Show when={simulation.value()}>
        {(result) => (
          <table class="data-table" data-testid="simulation" tabIndex={-1} ref={(el) => (createFocusableWhileScrolling(el), queueMicrotask(() => !simulation.running() && document.activeElement === document.body && el.focus()))}>
            <caption>{t('mcResultsOf', { samples: formatNumber(result().used.samples, lang()), seed: formatNumber(result().used.seed, lang()) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('seekScenario')}</th>
                <th scope="col">{t('mcCost')}</th>
                <th scope="col">{t('mcPerInhabitant')}</th>
                <th scope="col">{t('mcProbability', { threshold: formatNumber(result().used.threshold, lang(), 2) })}</th>
              </tr>
            </thead>
            <tbody>
              <For each={result().rows}>
                {(r) => (
                  <tr data-scenario={r.scenarioId}>
                    <th scope="row">{name(r.scenarioId)}</th>
                    <td class="num">{triple(r.cost)}</td>
                    <td class="num">{triple(r.perInhabitant, 2)}</td>
                    <td class="num">{formatShare(r.probabilityAboveThreshold, lang(), 1)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

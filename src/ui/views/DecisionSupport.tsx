/**
 * Decision support: Monte Carlo over the ranges, a tornado of what matters most, goal seek and
 * the break-even overhead between anchoring models. Everything runs in a worker of its own,
 * so cancelling a long simulation never stops the grid's recompute.
 */
import { createMemo, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatFte, formatNumber, formatPercent } from '../../i18n/number-format';
import { parseNumber } from '../../i18n/number-parse';
import { SEEK_RANGES, type MonteCarloScenario, type Percentiles, type RangeShape, type SeekInput, type SeekOutput, type SeekRequest, type SeekResult } from '../../model';
import { ComputeAborted, createComputeClient } from '../../../workers/compute-client';
import { useApp } from '../state/app-store';
import { ScenarioPicker } from './ScenarioPicker';
import { TornadoChart } from './TornadoChart';

const SHAPES: readonly RangeShape[] = ['uniform', 'triangular', 'pert'];
const SEEK_INPUTS = Object.keys(SEEK_RANGES) as SeekInput[];
const SEEK_OUTPUTS: readonly SeekOutput[] = ['supplement', 'supplementPerInhabitant', 'totalCost'];

export default function DecisionSupport() {
  const { i18n, workspace, notices } = useApp();
  const { t, local, lang } = i18n;
  const client = createComputeClient();
  onCleanup(client.stop);

  const [scenarioId, setScenarioId] = createSignal(workspace().scenarios[0]?.id ?? '');
  const scenario = () => workspace().scenarios.find((s) => s.id === scenarioId()) ?? workspace().scenarios[0]!;
  const name = (id: string) => workspace().scenarios.find((s) => s.id === id)?.name ?? id;

  // Sensitivity: recomputed whenever the workspace changes.
  const [tornadoes] = createResource(workspace, (ws) => client.sensitivity(ws));
  const ranges = createMemo(() => {
    const seen = new Map<string, { label: string; low: number; high: number }>();
    for (const tor of tornadoes() ?? [])
      for (const swing of tor.swings) seen.set(swing.input.id, { label: local(swing.input.label), low: swing.input.estimate.low, high: swing.input.estimate.high });
    return [...seen.entries()];
  });
  const tornadoFor = () => tornadoes()?.find((x) => x.scenarioId === scenario().id);

  // Monte Carlo
  const [shape, setShape] = createSignal<RangeShape>('pert');
  const [shapes, setShapes] = createSignal<Record<string, RangeShape>>({});
  const [samples, setSamples] = createSignal(10_000);
  const [seed, setSeed] = createSignal(1);
  const [threshold, setThreshold] = createSignal(2);
  const [simulation, setSimulation] = createSignal<MonteCarloScenario[] | null>(null);
  const [running, setRunning] = createSignal<AbortController | null>(null);
  async function simulate(): Promise<void> {
    const controller = new AbortController();
    setRunning(controller);
    try {
      setSimulation(await client.simulate(workspace(), { samples: samples(), seed: seed(), shape: shape(), shapes: shapes(), thresholdPerInhabitant: threshold() }, controller.signal));
    } catch (error) {
      if (error instanceof ComputeAborted) notices.show({ kind: 'info', text: t('mcCancelled') });
      else throw error;
    } finally {
      setRunning(null);
    }
  }
  const triple = (p: Percentiles, digits = 0) => [p.p10, p.p50, p.p90].map((v) => formatNumber(v, lang(), digits)).join(' / ');

  // Goal seek
  const [seekInput, setSeekInput] = createSignal<SeekInput>('baseGrant');
  const [seekOutput, setSeekOutput] = createSignal<SeekOutput>('supplement');
  const [seekTarget, setSeekTarget] = createSignal('0');
  // The answer keeps the question it answers, so changing the form does not relabel it.
  const [seekAnswer, setSeekAnswer] = createSignal<{ request: SeekRequest; result: SeekResult } | null>(null);
  const outputText = (output: SeekOutput, value: number) => (output === 'supplementPerInhabitant' ? `${formatNumber(value, lang(), 2)} kr.` : `${formatNumber(value, lang())} kr.`);
  const inputText = (input: SeekInput, value: number) => (input === 'staffingFte' ? formatFte(value, lang()) : `${formatNumber(value, lang())} kr.`);
  async function seek(): Promise<void> {
    const target = parseNumber(seekTarget(), lang());
    if (target === null) {
      notices.show({ kind: 'error', text: t('cellRefused', { text: seekTarget(), row: t('seekTarget') }), key: 'seek' });
      return;
    }
    const request = { scenarioId: scenario().id, input: seekInput(), output: seekOutput(), target };
    setSeekAnswer({ request, result: await client.seek(workspace(), request) });
  }
  const seekMessage = () => {
    const answer = seekAnswer();
    if (!answer) return null;
    const { request, result } = answer;
    const input = t(`seekInput_${request.input}` as MessageKey);
    const output = t(`seekOutput_${request.output}` as MessageKey);
    return result.ok
      ? t('seekAnswer', { input, value: inputText(request.input, result.value), output, achieved: outputText(request.output, result.achieved) })
      : t('seekNoSolution', { output, input, min: outputText(request.output, result.reachable.min), max: outputText(request.output, result.reachable.max) });
  };

  const [breakEven] = createResource(() => [workspace(), scenario().id] as const, ([ws, id]) => client.breakEven(ws, id));
  const modelName = (id: string) => local(workspace().anchoringModels.find((m) => m.id === id)!.name);

  return (
    <section class="panel decision" aria-labelledby="decision-title">
      <div class="panel-head">
        <h2 id="decision-title">{t('tabDecision')}</h2>
        <ScenarioPicker label={t('tornadoFor')} value={scenario().id} onChange={setScenarioId} />
      </div>

      <section aria-labelledby="mc-title" class="card">
        <h3 id="mc-title">{t('mcHeading')}</h3>
        <p class="hint">{t('mcIntro')}</p>
        <Show when={ranges().length > 0} fallback={<p class="hint">{t('mcNoRanges')}</p>}>
          <table class="data-table compact">
            <caption>{t('mcInputs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mcInput')}</th>
                <th scope="col">{t('mcRange')}</th>
                <th scope="col">{t('mcShape')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={ranges()}>
                {([id, r]) => (
                  <tr>
                    <th scope="row">{r.label}</th>
                    <td class="num">
                      {formatNumber(r.low, lang(), r.high < 100 ? 2 : 0)}–{formatNumber(r.high, lang(), r.high < 100 ? 2 : 0)}
                    </td>
                    <td>
                      <select aria-label={`${t('mcShape')}: ${r.label}`} value={shapes()[id] ?? shape()} onChange={(e) => setShapes({ ...shapes(), [id]: e.currentTarget.value as RangeShape })}>
                        <For each={SHAPES}>{(s) => <option value={s}>{t(`shape_${s}` as MessageKey)}</option>}</For>
                      </select>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <div class="form-row">
          <label>
            {t('mcShape')}{' '}
            <select value={shape()} onChange={(e) => setShape(e.currentTarget.value as RangeShape)}>
              <For each={SHAPES}>{(s) => <option value={s}>{t(`shape_${s}` as MessageKey)}</option>}</For>
            </select>
          </label>
          <label>
            {t('mcSamples')} <input inputMode="numeric" value={formatNumber(samples(), lang())} onChange={(e) => setSamples(Math.min(1_000_000, Math.max(100, parseNumber(e.currentTarget.value, lang()) ?? 10_000)))} />
          </label>
          <label>
            {t('mcSeed')} <input inputMode="numeric" value={seed()} onChange={(e) => setSeed(Math.abs(Math.round(parseNumber(e.currentTarget.value, lang()) ?? 1)))} />
          </label>
          <label>
            {t('mcThreshold')} <input inputMode="decimal" value={formatNumber(threshold(), lang(), 2)} onChange={(e) => setThreshold(Math.max(0, parseNumber(e.currentTarget.value, lang()) ?? 2))} />
          </label>
          <Show
            when={running()}
            fallback={
              <button type="button" class="primary" onClick={() => void simulate()}>
                {t('mcRun')}
              </button>
            }
          >
            {(controller) => (
              <span class="running" role="status">
                <progress aria-label={t('mcRunning')} /> {t('mcRunning')}{' '}
                <button type="button" onClick={() => controller().abort()}>
                  {t('mcCancel')}
                </button>
              </span>
            )}
          </Show>
        </div>
        <Show when={simulation()}>
          {(rows) => (
            <table class="data-table" data-testid="simulation">
              <thead>
                <tr>
                  <th scope="col">{t('seekScenario')}</th>
                  <th scope="col">{t('mcCost')}</th>
                  <th scope="col">{t('mcPerInhabitant')}</th>
                  <th scope="col">{t('mcProbability', { threshold: formatNumber(threshold(), lang(), 2) })}</th>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(r) => (
                    <tr data-scenario={r.scenarioId}>
                      <th scope="row">{name(r.scenarioId)}</th>
                      <td class="num">{triple(r.cost)}</td>
                      <td class="num">{triple(r.perInhabitant, 2)}</td>
                      <td class="num">{formatPercent(r.probabilityAboveThreshold, lang(), 1)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Show>
      </section>

      <section aria-labelledby="tornado-title" class="card">
        <h3 id="tornado-title">
          {t('tornadoHeading')}: {scenario().name}
        </h3>
        <p class="hint">{t('tornadoIntro')}</p>
        <Show when={tornadoFor()}>
          {(tor) => (
            <Show when={tor().swings.length > 0} fallback={<p class="hint">{t('tornadoNone')}</p>}>
              <TornadoChart tornado={tor()} />
              <table class="data-table compact" data-testid="tornado">
                <thead>
                  <tr>
                    <th scope="col">{t('mcInput')}</th>
                    <th scope="col">{t('tornadoLow')}</th>
                    <th scope="col">{t('tornadoHigh')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={tor().swings}>
                    {(s) => (
                      <tr>
                        <th scope="row">{local(s.input.label)}</th>
                        <td class="num">{formatNumber(s.perInhabitant.low, lang(), 2)} kr.</td>
                        <td class="num">{formatNumber(s.perInhabitant.high, lang(), 2)} kr.</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </section>

      <section aria-labelledby="seek-title" class="card">
        <h3 id="seek-title">
          {t('seekHeading')}: {scenario().name}
        </h3>
        <p class="hint">{t('seekIntro')}</p>
        <div class="form-row">
          <label>
            {t('seekInput')}{' '}
            <select value={seekInput()} onChange={(e) => setSeekInput(e.currentTarget.value as SeekInput)}>
              <For each={SEEK_INPUTS}>{(i) => <option value={i}>{t(`seekInput_${i}` as MessageKey)}</option>}</For>
            </select>
          </label>
          <label>
            {t('seekOutput')}{' '}
            <select value={seekOutput()} onChange={(e) => setSeekOutput(e.currentTarget.value as SeekOutput)}>
              <For each={SEEK_OUTPUTS}>{(o) => <option value={o}>{t(`seekOutput_${o}` as MessageKey)}</option>}</For>
            </select>
          </label>
          <label>
            {t('seekTarget')} <input inputMode="decimal" value={seekTarget()} onChange={(e) => setSeekTarget(e.currentTarget.value)} />
          </label>
          <button type="button" class="primary" onClick={() => void seek()}>
            {t('seekRun')}
          </button>
        </div>
        <Show when={seekMessage()}>
          {(message) => (
            <p class="seek-result" role="status" data-testid="seek-result">
              {message()}
            </p>
          )}
        </Show>
      </section>

      <section aria-labelledby="breakeven-title" class="card">
        <h3 id="breakeven-title">
          {t('breakEvenHeading')}: {scenario().name}
        </h3>
        <p class="hint">{t('breakEvenIntro')}</p>
        <table class="data-table compact" data-testid="break-even">
          <thead>
            <tr>
              <th scope="col">{t('breakEvenModel')}</th>
              <th scope="col">{t('breakEvenCurrent')}</th>
              <th scope="col">{t('breakEvenValue')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={breakEven() ?? []}>
              {(b) => (
                <tr>
                  <th scope="row">{modelName(b.model)}</th>
                  <td class="num">{formatNumber(b.currentOverhead, lang())}</td>
                  <td class="num">{formatNumber(b.overhead, lang())}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  );
}

/**
 * Where an edit's time goes: a Chromium trace (and a V8 CPU profile taken at the same time) cut
 * at the probe's marks, bench:enter → bench:painted, per edit. Medians over the traced edits.
 *
 * The main thread's tasks inside the window are classed by what they hold:
 *   enter     the task that ran the Enter keydown (commit, dispatch, the renders it triggers)
 *   result    the task in which the figure changed (bench:dom), if not the Enter task: for the
 *             app, the worker's answer arriving and being rendered
 *   frames    rendering updates (rAF, style, layout, paint, commit), with the style/layout/paint
 *             split across all of them
 *   other     anything else (IndexedDB callbacks, timers, messages that are not the answer)
 *   idle      nothing runs on the main thread: waiting for the worker or for the next vsync
 * and the worker thread's busy time in the window is given beside them.
 *
 * JavaScript is attributed with a V8 CPU profile (200 µs sampling) whose positions are mapped to
 * the sources through the build's hidden source maps.
 */
import { readFileSync } from 'node:fs';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Breakdown {
  edits: number;
  total: number;
  enterTask: number;
  resultTask: number;
  frames: { count: number; ms: number; style: number; layout: number; paint: number; script: number };
  other: number;
  idle: number;
  workerBusy: number;
  /** Main-thread self time by kind (script, gc, style, layout, paint, other). */
  kinds: Record<string, number>;
  /** Main-thread self time by kind within each class of task (enter, result, frames, other). */
  classKinds: Record<string, Record<string, number>>;
  /**
   * Per class of main-thread task: the costliest JavaScript by self time, and the app function
   * (src/) innermost on the stack of each sample, i.e. the app code whose call led to the work
   * (V8 CPU profile, mapped to the sources; mean ms per edit).
   */
  hot: Record<string, { self: { where: string; ms: number }[]; app: { where: string; ms: number }[] }>;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const KINDS: [string, RegExp][] = [
  ['gc', /GC|Scavenge|Sweep|^Mark|Finalize/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|Document::updateStyle)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserver)/],
  ['paint', /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage|Decode|HitTest|BeginMainThreadFrame|ProxyMain::BeginMainFrame)/],
  ['script', /^(EventDispatch|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|EvaluateScript|V8\.|v8\.|ParseHTML|XHR|HandlePostMessage|RunTask$)/],
];
const kindOf = (name: string) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

const complete = (events: readonly TraceEvent[]) => events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

/** Self time by event name on one thread, clipped to [from, to] (µs). */
function selfTimes(events: readonly TraceEvent[], from: number, to: number): Map<string, number> {
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const clip = (e: TraceEvent) => Math.max(0, Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts));
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.e.name, (self.get(top.e.name) ?? 0) + Math.max(0, clip(top.e) - top.child));
    if (stack.length) stack[stack.length - 1]!.child += clip(top.e);
  };
  for (const e of events) {
    if (e.ts >= to || e.ts + e.dur! <= from) continue;
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  while (stack.length) pop();
  return self;
}

/** The outermost complete events (the tasks) of a thread, each with the events inside it. */
function tasksOf(events: readonly TraceEvent[]): { task: TraceEvent; inside: TraceEvent[] }[] {
  const out: { task: TraceEvent; inside: TraceEvent[] }[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (last && e.ts < last.task.ts + last.task.dur!) last.inside.push(e);
    else out.push({ task: e, inside: [] });
  }
  return out;
}

// ——— Source maps: just enough to name a profiled function's place in the sources ———

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  lines: number[][][];
}
function decodeMap(json: { sources: string[]; sourcesContent?: (string | null)[]; names: string[]; mappings: string }): SourceMap {
  const lines: number[][][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of json.mappings.split(';')) {
    const segments: number[][] = [];
    let col = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of seg) {
        const digit = B64.get(c)!;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        line += values[2]!;
        column += values[3]!;
        if (values.length >= 5) name += values[4]!;
        segments.push([col, source, line, column, values.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return { sources: json.sources, sourcesContent: json.sourcesContent, names: json.names, lines };
}

/** Names `url:line:col` of the production build by its place in the sources, via dist's hidden .map files. */
export function sourceNamer(distDir: string) {
  const maps = new Map<string, SourceMap | null>();
  const cache = new Map<string, string>();
  return (url: string, functionName: string, line: number, column: number): string => {
    const key = `${url}:${line}:${column}`;
    const known = cache.get(key);
    if (known) return known;
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return functionName || '(native)';
    }
    if (!maps.has(path)) {
      try {
        maps.set(path, decodeMap(JSON.parse(readFileSync(`${distDir}${path}.map`, 'utf8'))));
      } catch {
        maps.set(path, null);
      }
    }
    const map = maps.get(path);
    let named = `${path.split('/').pop()}:${line + 1} ${functionName || '(anonymous)'}`;
    const segments = map?.lines[line];
    if (map && segments) {
      let hit: number[] | undefined;
      for (const s of segments) if (s[0]! <= column) hit = s;
      if (hit) {
        const file = map.sources[hit[1]!]!.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
        const text = map.sourcesContent?.[hit[1]!]?.split('\n')[hit[2]!]?.trim().slice(0, 70) ?? '';
        named = `${file}:${hit[2]! + 1} ${text}`;
      }
    }
    cache.set(key, named);
    return named;
  };
}

export function analyse(trace: { traceEvents: TraceEvent[] }, profile: CpuProfile | null, name: (url: string, fn: string, line: number, col: number) => string): Breakdown {
  const events = trace.traceEvents;
  const marks = events.filter((e) => e.name.startsWith('bench:') && e.cat.includes('blink.user_timing'));
  const enters = marks.filter((e) => e.name === 'bench:enter').sort((a, b) => a.ts - b.ts);
  if (enters.length === 0) throw new Error('the trace holds no bench:enter mark');
  const { pid, tid } = enters[0]!;
  const workerTids = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'DedicatedWorker thread').map((e) => e.tid));
  const main = complete(events.filter((e) => e.pid === pid && e.tid === tid));
  const mainTasks = tasksOf(main);
  const workerTasks = tasksOf(complete(events.filter((e) => e.pid === pid && workerTids.has(e.tid)))).map((t) => t.task);
  const next = (mark: string, from: number) => marks.filter((e) => e.name === mark && e.ts >= from).sort((a, b) => a.ts - b.ts)[0]?.ts;

  // Profile samples as (time, node); the profiler's clock is the trace's (µs).
  const samples: { ts: number; node: number }[] = [];
  const nodes = new Map((profile?.nodes ?? []).map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of (profile?.nodes ?? []) as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parents.set(c, n.id);
  const where = (id: number) => {
    const n = nodes.get(id)!;
    return n.callFrame.url ? name(n.callFrame.url, n.callFrame.functionName, n.callFrame.lineNumber, n.callFrame.columnNumber) : n.callFrame.functionName || '(anonymous)';
  };
  if (profile) {
    let ts = profile.startTime;
    profile.samples.forEach((node, i) => {
      ts += profile.timeDeltas[i] ?? 0;
      samples.push({ ts, node });
    });
  }

  const rows: Record<string, number>[] = [];
  const selfBy = new Map<string, Map<string, number>>();
  const appBy = new Map<string, Map<string, number>>();
  const add = (by: Map<string, Map<string, number>>, cls: string, key: string, us: number) => {
    const m = by.get(cls) ?? new Map<string, number>();
    by.set(cls, m);
    m.set(key, (m.get(key) ?? 0) + us);
  };
  for (const enterMark of enters) {
    const enter = enterMark.ts;
    const dom = next('bench:dom', enter);
    const raf = dom === undefined ? undefined : next('bench:raf', dom);
    const painted = raf === undefined ? undefined : next('bench:painted', raf);
    if (dom === undefined || raf === undefined || painted === undefined) continue;
    const spans: { from: number; to: number; cls: string }[] = [];
    const classKinds: Record<string, Record<string, number>> = {};
    const row: Record<string, number> = { total: painted - enter, enterTask: 0, resultTask: 0, frames: 0, frameCount: 0, frameStyle: 0, frameLayout: 0, framePaint: 0, frameScript: 0, other: 0, busy: 0 };
    for (const { task, inside } of mainTasks) {
      const start = Math.max(enter, task.ts);
      const end = Math.min(painted, task.ts + task.dur!);
      if (end <= start) continue;
      const ms = end - start;
      row['busy']! += ms;
      const contains = (ts: number) => task.ts <= ts && ts <= task.ts + task.dur!;
      // A rendering update: it paints (a forced style or layout inside a script is not a frame).
      const isFrame = inside.some((e) => /^(PrePaint|Paint|Layerize|Commit|FireAnimationFrame)$/.test(e.name));
      const cls = contains(enter) ? 'enter' : contains(dom) ? 'result' : isFrame ? 'frames' : 'other';
      spans.push({ from: start, to: end, cls });
      const kinds = (classKinds[cls] ??= { script: 0, gc: 0, style: 0, layout: 0, paint: 0, other: 0 });
      for (const [n, us] of selfTimes([task, ...inside], start, end)) kinds[kindOf(n)]! += us;
      if (cls === 'enter') row['enterTask']! += ms;
      else if (cls === 'result') row['resultTask']! += ms;
      else if (cls === 'frames') {
        row['frames']! += ms;
        row['frameCount']! += 1;
        const self = selfTimes([task, ...inside], start, end);
        for (const [n, us] of self) {
          const k = kindOf(n);
          if (k === 'style') row['frameStyle']! += us;
          else if (k === 'layout') row['frameLayout']! += us;
          else if (k === 'paint') row['framePaint']! += us;
          else if (k === 'script') row['frameScript']! += us;
        }
      } else row['other']! += ms;
    }
    row['idle'] = row['total']! - row['busy']!;
    row['workerBusy'] = workerTasks.reduce((s, t) => s + Math.max(0, Math.min(painted, t.ts + t.dur!) - Math.max(enter, t.ts)), 0);
    const self = selfTimes(main, enter, painted);
    for (const k of ['script', 'gc', 'style', 'layout', 'paint', 'other']) row[`kind-${k}`] = 0;
    for (const [n, us] of self) row[`kind-${kindOf(n)}`]! += us;
    for (const cls of ['enter', 'result', 'frames', 'other']) for (const k of ['script', 'gc', 'style', 'layout', 'paint', 'other']) row[`${cls}-${k}`] = classKinds[cls]?.[k] ?? 0;
    rows.push(row);
    // JavaScript by function, main thread only (the profile is the page's isolate), per task class.
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      if (sample.ts < enter || sample.ts > painted) continue;
      const cls = spans.find((x) => x.from <= sample.ts && sample.ts <= x.to)?.cls;
      const n = nodes.get(sample.node);
      if (!cls || !n || ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue;
      const dt = Math.min((samples[i + 1]?.ts ?? sample.ts) - sample.ts, 2_000);
      add(selfBy, cls, where(sample.node), dt);
      // The innermost app function (src/) on the stack: the app code that caused this sample's work.
      for (let id: number | undefined = sample.node; id !== undefined; id = parents.get(id)) {
        const w = nodes.get(id)?.callFrame.url ? where(id) : '';
        if (w.startsWith('src/') || w.startsWith('workers/')) {
          add(appBy, cls, w, dt);
          break;
        }
      }
    }
  }
  if (rows.length === 0) throw new Error('no complete edit in the trace');
  const m = (k: string) => round(median(rows.map((r) => r[k] ?? 0)) / 1000, 1);
  const n = rows.length;
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([where, us]) => ({ where, ms: round(us / n / 1000, 1) }));
  return {
    edits: n,
    total: m('total'),
    enterTask: m('enterTask'),
    resultTask: m('resultTask'),
    frames: { count: round(median(rows.map((r) => r['frameCount']!)), 1), ms: m('frames'), style: m('frameStyle'), layout: m('frameLayout'), paint: m('framePaint'), script: m('frameScript') },
    other: m('other'),
    idle: m('idle'),
    workerBusy: m('workerBusy'),
    kinds: Object.fromEntries(['script', 'gc', 'style', 'layout', 'paint', 'other'].map((k) => [k, m(`kind-${k}`)])),
    classKinds: Object.fromEntries(['enter', 'result', 'frames', 'other'].map((cls) => [cls, Object.fromEntries(['script', 'gc', 'style', 'layout', 'paint', 'other'].map((k) => [k, m(`${cls}-${k}`)]))])),
    hot: Object.fromEntries(['enter', 'result', 'frames', 'other'].map((cls) => [cls, { self: top(selfBy.get(cls) ?? new Map(), Number(process.env["BENCH_HOT"] ?? 4)), app: top(appBy.get(cls) ?? new Map(), Number(process.env["BENCH_HOT"] ?? 4)) }])),
  };
}

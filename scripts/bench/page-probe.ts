/** What the probe says on the console once the first result is painted (see below). */
export const FIRST_RESULT_SIGNAL = 'bench:first-result';

/**
 * The probe the browser bench puts into every page it measures (context.addInitScript), as
 * plain JavaScript text so that no build step rewrites it. It adds nothing to the app's own code.
 *
 * Enter → frame. `__bench.arm(cell)` waits two quiet frames, then listens for the Enter keydown
 * (capture phase, on window, so before any app handler) and watches the target cell with a
 * MutationObserver. Four instants are recorded with performance.now() and as performance marks
 * (so a Chromium trace can be cut at the same instants):
 *   enter    the Enter keydown reaches the page
 *   first    the first requestAnimationFrame callback after Enter, whatever the page did: if the
 *            change came before it (dom < first), the new figure is in the first frame after Enter
 *   dom      the cell's text has changed: the MutationObserver callback, i.e. the end of the
 *            script task that changed it (all synchronous work of that task is before it)
 *   raf      the first requestAnimationFrame callback after the change: the frame that will
 *            contain the new text has begun
 *   painted  a MessageChannel message posted from that rAF callback: it runs after the frame's
 *            style, layout, paint and commit on the main thread, i.e. when the new figure has
 *            been handed to the compositor. This is the "next painted frame" of the table.
 * `nextRaf` (one whole frame later, the double-rAF idiom) is recorded too, but not used as the
 * end point: it adds a vsync interval that no code can remove, and would hide the difference
 * between "in the first frame" and "in the second".
 *
 * Mutations (the traced pass only): `__bench.countMutations(true)` makes every armed edit also
 * count, from Enter to the painted frame, the grid's DOM mutations per delivery (one delivery is
 * roughly one task that changed the DOM) and the distinct cells whose content changed.
 *
 * First result. A MutationObserver on the document records when `.grid-scroll` first carries
 * data-status="current" (the figures of the open workspace are on screen), and the painted frame
 * after it, relative to the navigation's timeOrigin; then it says FIRST_RESULT_SIGNAL on the
 * console, so a reload can be waited for without polling the page (see frame-bench.ts).
 */

export const PAGE_PROBE = String.raw`(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const afterPaint = (done) => requestAnimationFrame(() => {
    const raf = now();
    performance.mark('bench:raf');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { performance.mark('bench:painted'); done(raf, now()); };
    channel.port2.postMessage(null);
  });
  const bench = (window.__bench = { firstResult: null, pending: null });

  const current = () => document.querySelector('.grid-scroll[data-status="current"]');
  const watch = new MutationObserver(() => {
    if (!current()) return;
    watch.disconnect();
    const dom = now();
    performance.mark('bench:first-result');
    afterPaint((raf, painted) => { bench.firstResult = { dom, raf, painted }; console.debug(${JSON.stringify(FIRST_RESULT_SIGNAL)}); });
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });

  let counting = false;
  bench.countMutations = (on) => { counting = on; };

  bench.arm = (cellSelector, timeoutMs) => new Promise((ready, fail) => {
    const cell = document.querySelector(cellSelector);
    if (!cell) { fail(new Error('no element ' + cellSelector)); return; }
    const text = () => { const v = cell.querySelector('.value'); return (v ? v.textContent : cell.textContent) || ''; };
    const before = text();
    let enter = null;
    let first = null;
    let timer = 0;
    const onKey = (event) => {
      if (event.key !== 'Enter' || enter !== null) return;
      enter = now();
      performance.mark('bench:enter');
      requestAnimationFrame(() => { first = now(); });
    };
    const deliveries = [];
    const cells = new Set();
    const grid = counting ? document.querySelector('table.grid') || document.body : null;
    const counter = grid && new MutationObserver((records) => {
      if (enter === null) return;
      let n = 0;
      for (const r of records) {
        n += r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const td = el && el.closest('td');
        if (td && r.type !== 'attributes') cells.add(td);
      }
      deliveries.push({ at: now() - enter, records: records.length, nodes: n });
    });
    if (counter) counter.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true });
    const mutations = () => { if (counter) counter.disconnect(); return counter ? { deliveries: deliveries.slice(), cells: cells.size } : null; };
    const observer = new MutationObserver(() => {
      const after = text();
      if (enter === null || after === before) return;
      const dom = now();
      performance.mark('bench:dom');
      observer.disconnect();
      removeEventListener('keydown', onKey, true);
      clearTimeout(timer);
      afterPaint((raf, painted) => { const m = mutations(); requestAnimationFrame(() => resolve({ enter, first, dom, raf, painted, nextRaf: now(), before, after, mutations: m })); });
    });
    let resolve, reject;
    bench.pending = new Promise((res, rej) => { resolve = res; reject = rej; });
    bench.pending.catch(() => {});
    addEventListener('keydown', onKey, true);
    observer.observe(cell, { subtree: true, childList: true, characterData: true });
    timer = setTimeout(() => {
      observer.disconnect();
      mutations();
      removeEventListener('keydown', onKey, true);
      reject(new Error('the figure ' + cellSelector + ' stayed "' + before + '" for ' + timeoutMs + ' ms (Enter seen: ' + (enter !== null) + ')'));
    }, timeoutMs);
    requestAnimationFrame(() => requestAnimationFrame(() => ready(null)));
  });

  /** The smallest step performance.now() takes here, in ms. */
  bench.timerStep = () => {
    let step = Infinity;
    for (let i = 0; i < 200; i++) {
      const a = now();
      let b = now();
      while (b === a) b = now();
      step = Math.min(step, b - a);
    }
    return step;
  };
  bench.idle = () => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 1000 }));
})();`;

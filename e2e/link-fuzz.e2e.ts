// The link fuzz in Chromium: over two thousand links — links the app makes from random
// workspaces, the same links mutated, hostile snapshots (impossible dates, prototype keys,
// script in names, absurd numbers, a zip bomb) and noise — each opened through the app's own
// path (the address's #s=…, decoded with Chromium's DecompressionStream) over stored work.
// Every one ends in the dialog or a message; nothing the model would refuse is offered; no
// script runs; no error escapes; the stored work is byte-identical afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applyCommand, REGIONS, type Workspace } from '../src/model';
import { randomWorkspace } from '../src/model/testing/random-workspace';
import { decodePayload, encodeWorkspace, FORMAT_VERSION } from '../src/share/codec';
import { editCell, launch, newContext, openApp, storedRecords } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const snapshotLink = async (snapshot: unknown) => `${FORMAT_VERSION}.${base64url(await deflate(JSON.stringify(snapshot)))}`;

/** Links of every kind, reproducibly (a fixed seed). */
async function fuzzLinks(): Promise<{ kind: string; payload: string }[]> {
  const links: { kind: string; payload: string }[] = [];
  const seed = 20261123;
  // 1. What the app itself makes, from random workspaces (some with script in their names).
  const workspaces = fc.sample(randomWorkspace(), { seed, numRuns: 300 });
  for (const [i, ws] of workspaces.entries()) {
    const named: Workspace = i % 5 === 0 ? applyCommand(ws, { type: 'renameScenario', scenarioId: ws.scenarios[0]!.id, name: XSS }) : ws;
    links.push({ kind: 'made', payload: await encodeWorkspace(named) });
  }
  // 2. The same links, mutated: a character changed, cut short, garbage appended, another version.
  const made = links.map((l) => l.payload);
  const mutations = fc.sample(
    fc.tuple(fc.nat(made.length - 1), fc.nat(10_000), fc.constantFrom('flip', 'cut', 'append', 'version', 'double'), fc.string({ minLength: 1, maxLength: 40 })),
    { seed: seed + 1, numRuns: 700 },
  );
  for (const [which, at, how, noise] of mutations) {
    const p = made[which]!;
    const i = 2 + (at % Math.max(1, p.length - 2));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutated =
      how === 'flip' ? p.slice(0, i) + alphabet[at % alphabet.length] + p.slice(i + 1)
      : how === 'cut' ? p.slice(0, i)
      : how === 'append' ? p + encodeURIComponent(noise)
      : how === 'version' ? `${at % 5}.${p.slice(2)}`
      : p + p.slice(2);
    links.push({ kind: `mutated-${how}`, payload: mutated });
  }
  // 3. Hostile snapshots: impossible dates, prototype keys, script, absurd numbers, random JSON.
  const dates = ['2026-13-45', '0000-00-00', '2026-12-32', '2026-02-30', '99999-01-01', '', 'i dag'];
  const hostile = fc.sample(
    fc.record({
      r: fc.oneof(fc.constantFrom(...REGIONS), fc.string({ maxLength: 12 })),
      d: fc.oneof(fc.constantFrom(...dates), fc.constant('2026-11-23')),
      p: fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constant({ name: XSS, scenarios: [{ name: XSS }] }),
        fc.constant({ assumptions: { costPerFte: { low: 1e300, central: 1e308, high: Infinity } } }),
        fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
        fc.constant({ scenarios: Array.from({ length: 60 }, (_, k) => ({ id: `s${k}` })) }),
      ),
    }),
    { seed: seed + 2, numRuns: 600 },
  );
  for (const snapshot of hostile) links.push({ kind: 'hostile', payload: await snapshotLink(snapshot) });
  // A real link with an impossible date: the one thing wrong is the date.
  for (const d of dates) links.push({ kind: 'bad-date', payload: await snapshotLink({ r: 'Nordjylland', d }) });
  // A zip bomb: a megabyte of spaces in a short link.
  links.push({ kind: 'bomb', payload: `${FORMAT_VERSION}.${base64url(await deflate(' '.repeat(2_000_000)))}` });
  // 4. Noise.
  for (const noise of fc.sample(fc.stringMatching(/^[A-Za-z0-9_.-]{0,600}$/), { seed: seed + 3, numRuns: 400 })) links.push({ kind: 'noise', payload: noise });
  return links;
}

describe('the link fuzz in Chromium', () => {
  it('opens every link through the app’s own path: a dialog or a message each time, no script, stored work unchanged', { timeout: 600_000 }, async () => {
    const links = await fuzzLinks();
    expect(links.length).toBeGreaterThanOrEqual(2000);
    // What the model accepts, decided in node: Chromium must never offer more.
    const acceptedInNode = new Set<number>();
    for (const [i, l] of links.entries()) if ((await decodePayload(l.payload)).ok) acceptedInNode.add(i);

    const context = await newContext(browser);
    const page = await openApp(context);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Stored work: an edit, saved.
    await editCell(page, 'funder-brn', 'level-2', '1,4 mio.');
    const stored = async () => JSON.stringify(await storedRecords(page));
    // The write comes after the edit's frame is painted, and the edit's journal entry is marked
    // applied in a second write after it (a fresh clone's run took "before" between the two, and
    // found revision 2 afterwards): wait until the record holds the edit and stays as it is.
    let last = '';
    await expect
      .poll(async () => {
        const now = await stored();
        const settled = now === last && now.includes('"brn":{"low":1400000,"central":1400000,"high":1400000}');
        last = now;
        return settled;
      }, { timeout: 10_000, interval: 500 })
      .toBe(true);
    const before = await stored();

    const outcomes: string[] = await page.evaluate(async (payloads) => {
      const results: string[] = [];
      const outcome = () => document.documentElement.dataset['linkOutcome'] ?? '0:';
      const wait = (until: () => boolean, ms: number) =>
        new Promise<boolean>((resolve) => {
          const end = performance.now() + ms;
          const tick = () => (until() ? resolve(true) : performance.now() > end ? resolve(false) : setTimeout(tick, 2));
          tick();
        });
      for (const payload of payloads) {
        const n = Number(outcome().split(':')[0]) + 1;
        location.hash = `#s=${payload}`;
        // A hash the app does not read as a link (empty after #s=) changes nothing: no outcome comes.
        const read = await wait(() => outcome().startsWith(`${n}:`), 3_000);
        if (!read) {
          results.push(location.hash === '' ? 'ignored' : 'timeout');
          history.replaceState(null, '', location.pathname);
          continue;
        }
        const result = outcome().split(':')[1]!;
        if (result === 'opened') {
          const shown = await wait(() => !!document.querySelector('dialog[open] #link-title'), 3_000);
          const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
          dialog?.close();
          await wait(() => !document.querySelector('dialog[open]'), 3_000);
          results.push(shown ? 'opened' : 'no-dialog');
        } else results.push(result);
      }
      return results;
    }, links.map((l) => l.payload));

    const count = (what: string) => outcomes.filter((o) => o === what).length;
    const byKind = new Map<string, Map<string, number>>();
    outcomes.forEach((o, i) => {
      const kind = links[i]!.kind.replace(/-.*/, '');
      const m = byKind.get(kind) ?? new Map<string, number>();
      m.set(o, (m.get(o) ?? 0) + 1);
      byKind.set(kind, m);
    });
    console.log(`link fuzz in Chromium: ${links.length} links, ${count('opened')} opened the dialog, ${outcomes.length - count('opened') - count('ignored')} refused with a message, ${count('ignored')} not a link`);
    for (const [kind, m] of byKind) console.log(`  ${kind}: ${[...m].map(([o, n]) => `${o} ${n}`).join(', ')}`);

    expect(errors).toEqual([]);
    expect(count('timeout') + count('no-dialog')).toBe(0);
    // Every link the app made from a workspace opens.
    outcomes.forEach((o, i) => links[i]!.kind === 'made' && expect(o, `made link ${i}`).toBe('opened'));
    // Impossible dates and the bomb are refused.
    outcomes.forEach((o, i) => ['bad-date', 'bomb'].includes(links[i]!.kind) && expect(o, `${links[i]!.kind} ${i}`).not.toBe('opened'));
    // Chromium offers nothing the model refuses.
    const offeredButRefused = outcomes.map((o, i) => (o === 'opened' && !acceptedInNode.has(i) ? i : -1)).filter((i) => i >= 0);
    expect(offeredButRefused).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
    expect(await stored()).toBe(before);
    await context.close();
  });
});

import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeWorkspace, createWorkspace, edits, point, REGIONS, span, type Workspace } from '../model';
import { decodePayload, encodeSnapshot, encodeWorkspace, LINK_BUDGET } from './codec';
import fixtureV1 from './fixtures/link-v1.json';
import { fromSnapshot, toSnapshot } from './snapshot';
import { tenEditComparison } from './test-comparison';

/** Ids are not part of a snapshot: compare workspaces without them. */
const withoutIds = (ws: Workspace) => {
  const baselineIndex = ws.scenarios.findIndex((s) => s.id === ws.baselineScenarioId);
  return { ...ws, id: '', baselineScenarioId: baselineIndex, scenarios: ws.scenarios.map((s) => ({ ...s, id: '' })) };
};

async function roundTrip(ws: Workspace): Promise<Workspace> {
  const decoded = await decodePayload(await encodeWorkspace(ws));
  if (!decoded.ok) throw new Error(`decode failed: ${decoded.reason}`);
  return fromSnapshot(decoded.snapshot, ws.id);
}

describe('share links', () => {
  it('round-trip the default workspace of every region', async () => {
    for (const region of REGIONS) {
      const ws = createWorkspace(region);
      expect(withoutIds(await roundTrip(ws))).toEqual(withoutIds(ws));
    }
  });

  it('keep the default comparison with ten edits within 300 characters', async () => {
    const payload = await encodeWorkspace(tenEditComparison());
    expect(payload.length).toBeLessThanOrEqual(300);
    expect(withoutIds(await roundTrip(tenEditComparison()))).toEqual(withoutIds(tenEditComparison()));
  });

  it('round-trip generated workspaces (property)', async () => {
    const edit = fc.oneof(
      fc.tuple(fc.constantFrom('level-1', 'level-2', 'level-3', 'level-4'), fc.integer({ min: 0, max: 5_000_000 })).map(
        ([id, grant]) => (ws: Workspace) => edits.updateScenario(ws, id, (s) => ({ ...s, funding: { ...s.funding, baseGrant: point(grant) } })),
      ),
      fc.tuple(fc.constantFrom('level-1', 'level-3'), fc.constantFrom('brn', 'kkr', 'crossMunicipal') as fc.Arbitrary<'brn' | 'kkr' | 'crossMunicipal'>).map(
        ([id, a]) => (ws: Workspace) => edits.updateScenario(ws, id, (s) => ({ ...s, anchoring: a })),
      ),
      fc.tuple(fc.constantFrom('level-2', 'level-4'), fc.constantFrom('other-gen2040', 'guidance-1to1-sparring', 'other-consultancy'), fc.boolean()).map(
        ([id, task, on]) => (ws: Workspace) => edits.switchTask(ws, id, task, on),
      ),
      fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 400_000 })).map(
        ([a, b]) => (ws: Workspace) => edits.updateAssumptions(ws, { costPerFte: span(Math.min(a, b) + 200_000, Math.max(a, b) + 200_000) }),
      ),
      fc.tuple(fc.constantFrom('851', '825', '773'), fc.integer({ min: 0, max: 300_000 })).map(([code, pop]) => (ws: Workspace) => edits.setPopulation(ws, code, pop)),
      fc.string({ maxLength: 80 }).map((name) => (ws: Workspace) => edits.updateScenario(ws, 'level-1', (s) => ({ ...s, name }))),
      fc.integer({ min: 0, max: 100 }).map((p) => (ws: Workspace) => edits.updateScenario(ws, 'level-2', (s) => ({ ...s, allocation: { kind: 'mixed', equalPercent: p } }))),
      fc.integer({ min: 1, max: 12 }).map((m) => (ws: Workspace) => edits.updateScenario(ws, 'level-3', (s) => ({ ...s, startMonth: m }))),
      fc.constantFrom('level-1', 'level-4').map((id) => (ws: Workspace) => edits.deleteScenario(ws, id)),
      fc.constantFrom('level-2', 'level-3').map((id) => (ws: Workspace) => edits.duplicateScenario(ws, id, (n) => `${n} kopi`)),
      fc.constantFrom('level-1', 'level-3').map((id) => (ws: Workspace) => edits.setBaseline(ws, id)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REGIONS), fc.array(edit, { maxLength: 12 }), async (region, changes) => {
        const ws = changes.reduce((w, change) => change(w), createWorkspace(region));
        expect(withoutIds(await roundTrip(ws))).toEqual(withoutIds(ws));
      }),
      { numRuns: 150 },
    );
  });

  it('can share chosen scenarios only', async () => {
    const ws = createWorkspace();
    const decoded = await decodePayload(await encodeWorkspace(ws, ['level-3']));
    expect(decoded.ok && decoded.snapshot.s).toEqual([{ l: 3 }]);
  });

  it('a whole comparison of 50 scenarios stays far under the link budget', async () => {
    let ws = createWorkspace('Hovedstaden');
    for (let i = 0; i < 46; i++) ws = edits.duplicateScenario(ws, 'level-3', (n) => `${n} ${i}`);
    expect((await encodeWorkspace(ws)).length).toBeLessThan(LINK_BUDGET);
  });
});

describe('format 1', () => {
  it('links made by format 1 keep opening with the same figures', async () => {
    const decoded = await decodePayload(fixtureV1.payload);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const ws = fromSnapshot(decoded.snapshot, 'fixture');
    const r = computeWorkspace(ws);
    const laesoe = ws.municipalities.findIndex((m) => m.code === '825');
    expect(r.scenarios.map((s, i) => ({ name: ws.scenarios[i]!.name, cost: s.typicalYear.cost.total.central, supplement: s.typicalYear.supplement.central, laesoe: s.typicalYear.municipalAmounts.central[laesoe] }))).toEqual(fixtureV1.figures);
  });

  it('format 1’s baseline (today’s defaults) has not changed — freeze it before changing defaults', () => {
    const digest = createHash('sha256')
      .update(JSON.stringify(REGIONS.map((r) => createWorkspace(r, 'x'))))
      .digest('hex')
      .slice(0, 16);
    expect(digest).toBe('f2200722f900c795');
  });
});

describe('hostile and broken links', () => {
  const valid = fixtureV1.payload;

  it.each([
    ['empty', '', 'corrupt'],
    ['no version', 'abc', 'corrupt'],
    ['a future version', `2.${valid.slice(2)}`, 'unsupportedVersion'],
    ['not base64url', '1.@@@@', 'corrupt'],
    ['truncated', valid.slice(0, 60), 'corrupt'],
    ['oversized', `1.${'A'.repeat(20_000)}`, 'tooLong'],
  ])('refuses %s', async (_, payload, reason) => {
    expect(await decodePayload(payload)).toEqual({ ok: false, reason });
  });

  const encodeJson = async (json: string) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return `1.${Buffer.from(bytes).toString('base64url')}`;
  };

  it('refuses prototype-pollution keys and leaves Object.prototype alone', async () => {
    const payload = await encodeJson('{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1}],"__proto__":{"polluted":true}}');
    expect(await decodePayload(payload)).toEqual({ ok: false, reason: 'corrupt' });
    const nested = await encodeJson('{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"t":{"constructor":1}}]}');
    expect(await decodePayload(nested)).toEqual({ ok: false, reason: 'corrupt' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a zip bomb without inflating it all', async () => {
    const payload = await encodeJson(`{"r":"Nordjylland","d":"2026-11-22","n":"${'x'.repeat(5_000_000)}","s":[{"l":1}]}`);
    expect(payload.length).toBeLessThan(16_000);
    expect(await decodePayload(payload)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it.each([
    ['huge numbers', '{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"g":1e308}]}'],
    ['negative amounts', '{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"g":-5}]}'],
    ['an unknown region', '{"r":"Atlantis","d":"2026-11-22","s":[{"l":1}]}'],
    ['an unknown task', '{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"t":{"nope":1}}]}'],
    ['too many scenarios', `{"r":"Nordjylland","d":"2026-11-22","s":[${Array(51).fill('{"l":1}').join(',')}]}`],
    ['an unordered range', '{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"g":[5,1,3]}]}'],
    ['a long name', `{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"n":"${'a'.repeat(81)}"}]}`],
    ['deep nesting', `{"r":"Nordjylland","d":"2026-11-22","s":[{"l":1,"n":${'['.repeat(5000)}${']'.repeat(5000)}}]}`],
    ['no scenarios', '{"r":"Nordjylland","d":"2026-11-22","s":[]}'],
    ['not JSON', 'this is not json'],
  ])('refuses %s', async (_, json) => {
    const result = await decodePayload(await encodeJson(json));
    expect(result.ok).toBe(false);
  });

  it('survives 10.000 random and mutated links: every one resolves to a result, none throws', async () => {
    const mutate = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'), maxLength: 400 }).map((s) => `1.${s}`),
      fc.tuple(fc.nat(valid.length - 1), fc.nat(63)).map(([i, bit]) => {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        return valid.slice(0, i) + alphabet[bit] + valid.slice(i + 1);
      }),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 20 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
      fc.integer({ min: 0, max: 999 }).map((version) => `${version}${valid.slice(1)}`),
    );
    const samples = fc.sample(mutate, { numRuns: 10_000, seed: 20261122 });
    let ok = 0;
    for (const payload of samples) {
      const result = await decodePayload(payload);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) {
        ok++;
        // Anything accepted restores to a workspace the model can compute.
        expect(() => computeWorkspace(fromSnapshot(result.snapshot, 'fuzz'))).not.toThrow();
      }
    }
    expect(samples).toHaveLength(10_000);
    expect(ok).toBeLessThan(10_000);
  }, 120_000);
});

describe('snapshots', () => {
  it('record only what differs from the defaults', () => {
    expect(toSnapshot(createWorkspace(), undefined, '2026-11-22')).toEqual({ r: 'Nordjylland', d: '2026-11-22', s: [{ l: 1 }, { l: 2 }, { l: 3 }, { l: 4 }] });
  });

  it('encode deterministically', async () => {
    const snap = toSnapshot(tenEditComparison(), undefined, '2026-11-22');
    expect(await encodeSnapshot(snap)).toBe(fixtureV1.payload);
  });
});


describe('reading the fragment', () => {
  it('takes the payload after #s= and ignores other fragments', async () => {
    const { payloadFromHash } = await import('./codec');
    expect(payloadFromHash('#s=1.abc')).toBe('1.abc');
    expect(payloadFromHash('#other')).toBeNull();
    expect(payloadFromHash('')).toBeNull();
  });
});

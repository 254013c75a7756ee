import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyCommand, computeWorkspace, createWorkspace, point, REGIONS, span, type Command, type Workspace } from '../model';
import baselineV2 from './baselines/v2.json';
import baselineV3FromV2 from './baselines/v3-from-v2.json';
import baselineV4FromV3 from './baselines/v4-from-v3.json';
import baselineV5FromV4 from './baselines/v5-from-v4.json';
import { decodePayload, encodeWorkspace, LINK_BUDGET } from './codec';
import { SNAPSHOT_FORMAT } from './snapshot';
import fixtureV1 from './fixtures/link-v1.json';
import fixtureV2 from './fixtures/link-v2.json';
import fixtureV3 from './fixtures/link-v3.json';
import { TEN_EDITS } from './fixtures/ten-edits';
import { readWorkspaceFile, workspaceFile } from './workspace-file';
import fileV1 from '../model/migrations/fixtures/v1-file.json';
import fileV1Figures from '../model/migrations/fixtures/v1-file-figures.json';

const withoutId = (ws: Workspace) => ({ ...ws, id: '' });
const figures = (ws: Workspace) =>
  computeWorkspace(ws).scenarios.map((s) => s.years.map((y) => [y.year, y.cost.total.central, y.supplement.central, ...y.municipalAmounts]));

async function roundTrip(ws: Workspace, ids?: readonly string[]): Promise<Workspace> {
  const decoded = await decodePayload(await encodeWorkspace(ws, ids), ws.id);
  if (!decoded.ok) throw new Error(`decode failed: ${decoded.reason}`);
  return decoded.workspace;
}

describe('share links, format 2', () => {
  it('round-trip the default workspace of every region', async () => {
    for (const region of REGIONS) {
      const ws = createWorkspace(region);
      expect(withoutId(await roundTrip(ws))).toEqual(withoutId(ws));
    }
  });

  it('keep the default comparison within 120 characters, and with ten edits within 500', async () => {
    const ws = createWorkspace();
    expect((await encodeWorkspace(ws)).length).toBeLessThanOrEqual(120);
    const edited = TEN_EDITS.reduce(applyCommand, ws);
    const payload = await encodeWorkspace(edited);
    expect(payload.length).toBeLessThanOrEqual(500);
    expect(await roundTrip(edited)).toEqual(edited);
  });

  it('can share chosen scenarios only', async () => {
    const ws = await roundTrip(createWorkspace(), ['level-3']);
    expect(ws.scenarios.map((s) => s.id)).toEqual(['level-3']);
    expect(ws.baselineScenarioId).toBe('level-3');
  });

  it('a comparison of 50 scenarios stays under the link budget', async () => {
    let ws = createWorkspace('Hovedstaden');
    for (let i = 0; i < 46; i++) ws = applyCommand(ws, { type: 'duplicateScenario', sourceId: 'level-3', scenarioId: `copy-${i}`, name: `Kopi ${i}` });
    expect(ws.scenarios).toHaveLength(50);
    expect((await encodeWorkspace(ws)).length).toBeLessThan(LINK_BUDGET);
  });

  it('formats 2 to 5 have frozen baselines: changing the app’s defaults never changes a link', () => {
    const digest = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
    expect(digest(baselineV2)).toBe(BASELINE_DIGEST.v2);
    expect(digest(baselineV3FromV2)).toBe(BASELINE_DIGEST.v3FromV2);
    expect(digest(baselineV4FromV3)).toBe(BASELINE_DIGEST.v4FromV3);
    expect(digest(baselineV5FromV4)).toBe(BASELINE_DIGEST.v5FromV4);
  });

  it('an unedited comparison of any region is a short link (its baseline is today’s defaults), in format 3 where the region’s defaults are format 3’s, so an app not yet updated opens it', async () => {
    // North Jutland's defaults are format 3's, Hovedstaden's format 5's, the other regions' format 4's.
    const written = (region: string) => (region === 'Nordjylland' ? 3 : region === 'Hovedstaden' ? 5 : 4);
    for (const region of REGIONS) expect(await encodeWorkspace(createWorkspace(region)), region).toMatch(new RegExp(`^${written(region)}\\.[\\w-]{1,80}$`));
    const edited = TEN_EDITS.reduce(applyCommand, createWorkspace());
    const link = await encodeWorkspace(edited);
    expect(link).toMatch(/^3\./);
    // The same snapshot read as format 4 is the same workspace: North Jutland's baselines agree.
    const asFour = await decodePayload(`4${link.slice(1)}`, edited.id);
    expect(asFour.ok && withoutId(asFour.workspace)).toEqual(withoutId(edited));
  });

  it('a format-3 link opens against format 3’s baseline: an unedited Syddanmark reads as it did when the link was made', async () => {
    const unedited = (format: number) => `${format}.${deflateRawSync(Buffer.from(JSON.stringify({ r: 'Syddanmark', d: '2026-12-01' }))).toString('base64url')}`;
    const economy = async (payload: string) => {
      const decoded = await decodePayload(payload, 'old');
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.workspace.presets.find((p) => p.id === 'kkr')!.economy.da;
    };
    expect(await economy(unedited(3))).toBe('Ny driftsbevilling eller omprioritering fra BRN skal bevilges af alle byråd');
    expect(await economy(unedited(4))).toBe('Ny driftsbevilling skal bevilges af alle byråd');
  });

  it('a format-4 Hovedstaden link keeps the employer it was made with; format 5 names Københavns Kommune, as a new workspace does', async () => {
    const unedited = (format: number) => `${format}.${deflateRawSync(Buffer.from(JSON.stringify({ r: 'Hovedstaden', d: '2026-12-06' }))).toString('base64url')}`;
    const employer = async (payload: string) => {
      const decoded = await decodePayload(payload, 'old');
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.workspace.employers.find((e) => e.id === 'municipality-101')!.name;
    };
    expect(await employer(unedited(4))).toEqual({ da: 'København Kommune', en: 'København Municipality' });
    expect(await employer(unedited(5))).toEqual({ da: 'Københavns Kommune', en: 'City of Copenhagen' });
    expect(createWorkspace('Hovedstaden').employers.find((e) => e.id === 'municipality-101')!.name.da).toBe('Københavns Kommune');
  });
});

/** Written down the day each format was made; a new baseline needs a new format. */
const BASELINE_DIGEST = { v2: 'aa895386cc750eb8', v3FromV2: '6bd8bc9341878f90', v4FromV3: '6d918313bf6e8cba', v5FromV4: '84642d384d91f179' };

describe('everything the app can make, it can share and import again (property)', () => {
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ id: fc.constantFrom('level-1', 'level-2', 'level-3', 'level-4', 't11-recommendation'), g: fc.integer({ min: 0, max: 10_000_000_000 }) }).map(({ id, g }): Command => ({ type: 'setFunding', scenarioId: id, funderId: 'brn', amount: point(g) })),
    fc.record({ id: fc.constantFrom('level-1', 'level-3'), p: fc.constantFrom('brn', 'kkr', 'crossMunicipal') }).map(({ id, p }): Command => ({ type: 'applyAnchoringPreset', scenarioId: id, presetId: p })),
    fc.record({ id: fc.constantFrom('level-2', 'level-4'), t: fc.constantFrom('other-gen2040', 'guidance-1to1-sparring', 'other-consultancy'), on: fc.boolean() }).map(({ id, t, on }): Command => ({ type: 'setTaskOn', scenarioId: id, taskId: t, on })),
    fc.record({ id: fc.constantFrom('level-2', 'level-3'), e: fc.integer({ min: 0, max: 100_000 }) }).map(({ id, e }): Command => ({ type: 'setTaskEffort', scenarioId: id, taskId: 'guidance-1to1-sparring', effort: point(e) })),
    fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })).map(([a, b]): Command => ({ type: 'setAssumption', change: { key: 'costPerFte', value: span(Math.min(a, b), Math.max(a, b)) } })),
    fc.record({ code: fc.constantFrom('851', '825', '773'), p: fc.integer({ min: 0, max: 10_000_000 }) }).map(({ code, p }): Command => ({ type: 'setPopulations', populations: { [code]: p } })),
    fc.string({ maxLength: 200 }).map((name): Command => ({ type: 'renameScenario', scenarioId: 'level-1', name })),
    fc.string({ maxLength: 200 }).map((name): Command => ({ type: 'renameWorkspace', name })),
    fc.integer({ min: 0, max: 100 }).map((p): Command => ({ type: 'setEqualPercent', scenarioId: 'level-2', percent: p })),
    fc.integer({ min: 1, max: 12 }).map((m): Command => ({ type: 'setStart', scenarioId: 'level-3', start: { year: 2026, month: m } })),
    fc.integer({ min: 2026, max: 2055 }).map((y): Command => ({ type: 'setEnd', scenarioId: 'level-3', end: { year: y, month: 6 } })),
    fc.constantFrom('level-1', 'level-4').map((id): Command => ({ type: 'deleteScenario', scenarioId: id })),
    fc.nat(60).map((n): Command => ({ type: 'duplicateScenario', sourceId: 'level-2', scenarioId: `copy-${n}`, name: `${'Et meget langt scenarienavn '.repeat(3)} (kopi ${n})` })),
    fc.constantFrom('level-1', 'level-3').map((id): Command => ({ type: 'setBaseline', scenarioId: id })),
    fc.constant<Command>({ type: 'addMunicipalityHost', code: '813' }),
    fc.constant<Command>({ type: 'removeFunder', funderId: 'region' }),
  );

  it('as a link, or as a file beyond the link budget, with identical figures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REGIONS), fc.array(command, { maxLength: 14 }), async (region, commands) => {
        const ws = commands.reduce(applyCommand, createWorkspace(region, 'ws-test'));
        const payload = await encodeWorkspace(ws);
        if (payload.length <= LINK_BUDGET) {
          const decoded = await decodePayload(payload, 'ws-test');
          expect(decoded.ok && decoded.workspace).toEqual(ws);
        }
        const file = readWorkspaceFile(workspaceFile(ws), 'ws-test');
        expect(file.ok && file.workspace).toEqual(ws);
        if (file.ok) expect(figures(file.workspace)).toEqual(figures(ws));
      }),
      { numRuns: 120 },
    );
  });
});

/** A fixture link's typical-year figures as recorded beside it: name, cost, supplement, Læsø's bill. */
async function openedFigures(payload: string) {
  const decoded = await decodePayload(payload, 'fixture');
  if (!decoded.ok) throw new Error(`decode failed: ${decoded.reason}`);
  const r = computeWorkspace(decoded.workspace);
  const laesoe = decoded.workspace.municipalities.findIndex((m) => m.code === '825');
  const figures = r.scenarios.map((s, i) => {
    const y = s.years[s.typicalIndex]!;
    return { name: decoded.workspace.scenarios[i]!.name, cost: y.cost.total.central, supplement: y.supplement.central, laesoe: y.municipalAmounts[laesoe] };
  });
  return { workspace: decoded.workspace, figures };
}

describe('format 2 keeps opening with the figures it showed', () => {
  // Made by the app at format 2 (commit 501d26c) from the ten typical edits, before format 3.
  it('a format-2 link, with edits, and the notes it was made with', async () => {
    const { workspace, figures } = await openedFigures(fixtureV2.payload);
    expect(figures).toEqual(fixtureV2.figures);
    // Against format 2's own baseline: the notes read as they did then.
    expect(JSON.stringify(workspace.employers.find((e) => e.id === 'kl')?.adminSource)).toContain('(seed 001:');
  });
});

describe('format 3 keeps opening with the figures and the words it showed', () => {
  // Made by the app at format 3 (commit 429e612): Syddanmark with six edits, before format 4
  // changed that region's anchoring words.
  it('a format-3 link of Syddanmark, with edits', async () => {
    const decoded = await decodePayload(fixtureV3.payload, 'fixture');
    if (!decoded.ok) throw new Error(decoded.reason);
    const r = computeWorkspace(decoded.workspace);
    const fanoe = decoded.workspace.municipalities.findIndex((m) => m.code === '563');
    const figures = r.scenarios.map((s, i) => {
      const y = s.years[s.typicalIndex]!;
      return { name: decoded.workspace.scenarios[i]!.name, cost: y.cost.total.central, supplement: y.supplement.central, fanoe: y.municipalAmounts[fanoe] };
    });
    expect(figures).toEqual(fixtureV3.figures);
    expect(decoded.workspace.presets.find((p) => p.id === 'kkr')!.economy.da).toBe(fixtureV3.texts.economy);
    expect(decoded.workspace.political.find((p) => p.id === 'kkr')!.professionalLead.da).toBe(fixtureV3.texts.lead);
  });
});

describe('format 1 keeps opening with the figures it showed', () => {
  it('a format-1 link, with edits', async () => {
    expect((await openedFigures(fixtureV1.payload)).figures).toEqual(fixtureV1.figures);
  });

  it('a format-1 file', () => {
    const file = readWorkspaceFile(JSON.stringify(fileV1), 'from-file');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const now = computeWorkspace(file.workspace).scenarios;
    (fileV1Figures as { years: { cost: { central: number }; supplement: { central: number } }[] }[]).forEach((old, i) =>
      old.years.forEach((y, j) => {
        expect(Math.abs(now[i]!.years[j]!.cost.total.central - y.cost.central)).toBeLessThanOrEqual(2);
        expect(Math.abs(now[i]!.years[j]!.supplement.central - y.supplement.central)).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('hostile and broken links', () => {
  const encodeJson = (version: number, json: string) => `${version}.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

  it.each([
    ['empty', '', 'corrupt'],
    ['no version', 'abc', 'corrupt'],
    ['a future version', `${SNAPSHOT_FORMAT + 1}.${fixtureV1.payload.slice(2)}`, 'unsupportedVersion'],
    ['not base64url', '2.@@@@', 'corrupt'],
    ['truncated', fixtureV1.payload.slice(0, 60), 'corrupt'],
    ['oversized', `2.${'A'.repeat(20_000)}`, 'tooLong'],
  ])('refuses %s', async (_, payload, reason) => {
    expect(await decodePayload(payload)).toEqual({ ok: false, reason });
  });

  it('refuses prototype-pollution keys and leaves Object.prototype alone', async () => {
    expect(await decodePayload(encodeJson(2, '{"r":"Nordjylland","d":"2026-11-22","__proto__":{"polluted":true}}'))).toEqual({ ok: false, reason: 'corrupt' });
    expect(await decodePayload(encodeJson(2, '{"r":"Nordjylland","d":"2026-11-22","p":{"scenarios":{"#":[{"=":"level-1","constructor":{"x":1}}]}}}'))).toEqual({ ok: false, reason: 'corrupt' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a zip bomb quickly, without inflating it all', async () => {
    const payload = encodeJson(2, `{"r":"Nordjylland","d":"2026-11-22","p":{"name":"${'x'.repeat(5_000_000)}"}}`);
    expect(payload.length).toBeLessThan(16_000);
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(await decodePayload(payload)).toEqual({ ok: false, reason: 'corrupt' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ['an impossible date', '{"r":"Nordjylland","d":"2026-13-45"}'],
    ['a zero date', '{"r":"Nordjylland","d":"0000-00-00"}'],
    ['an unknown region', '{"r":"Atlantis","d":"2026-11-22"}'],
    ['a huge amount', '{"r":"Nordjylland","d":"2026-11-22","p":{"assumptions":{"openingReserve":1e24}}}'],
    ['a negative population', '{"r":"Nordjylland","d":"2026-11-22","p":{"municipalities":{"#":[{"=":"x"}]}}}'],
    ['a name too long', `{"r":"Nordjylland","d":"2026-11-22","p":{"name":"${'a'.repeat(121)}"}}`],
    ['a dangling reference', '{"r":"Nordjylland","d":"2026-11-22","p":{"scenarios":{"#":[{"=":"level-1","anchoring":{"employer":"nobody"}}]}}}'],
    ['no scenarios', '{"r":"Nordjylland","d":"2026-11-22","p":{"scenarios":{"#":[]}}}'],
    ['deep nesting', `{"r":"Nordjylland","d":"2026-11-22","p":${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['not JSON', 'this is not json'],
  ])('refuses %s', async (_, json) => {
    expect((await decodePayload(encodeJson(2, json))).ok).toBe(false);
  });

  it('never throws on 10.000 random and mutated links; whatever it accepts is a workspace the model computes', async () => {
    const valid = await encodeWorkspace(TEN_EDITS.reduce(applyCommand, createWorkspace()));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutate = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.tuple(fc.nat(valid.length - 1), fc.nat(63)).map(([i, bit]) => valid.slice(0, i) + alphabet[bit] + valid.slice(i + 1)),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 20 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
      fc.constantFrom(valid, fixtureV1.payload),
    );
    let accepted = 0;
    for (const payload of fc.sample(mutate, { numRuns: 10_000, seed: 20261123 })) {
      const result = await decodePayload(payload);
      if (result.ok) {
        accepted++;
        expect(() => computeWorkspace(result.workspace)).not.toThrow();
      } else expect(['tooLong', 'unsupportedVersion', 'corrupt', 'invalid']).toContain(result.reason);
    }
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(10_000);
  }, 120_000);
});

describe('reading the fragment', () => {
  it('takes the payload after #s= and ignores other fragments', async () => {
    const { payloadFromHash, linkLanguage } = await import('./codec');
    expect(payloadFromHash('#s=2.abc')).toBe('2.abc');
    // The language the link was shared in follows the payload; it is not part of it.
    expect(payloadFromHash('#s=2.abc&l=en')).toBe('2.abc');
    expect([linkLanguage('#s=2.abc&l=en'), linkLanguage('#s=2.abc'), linkLanguage('#s=2.abc&l=fr'), linkLanguage('#other&l=en')]).toEqual(['en', null, null, null]);
    expect(payloadFromHash('#other')).toBeNull();
    expect(payloadFromHash('')).toBeNull();
  });
});

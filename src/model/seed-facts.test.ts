// Each seed fact the model rests on, quoted from the seeds (seeds/, copies of ../shared/seeds), with the behaviour it demands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand, approvalSourcesIn, assumptionSources, funderKindsIn, REGIONS, scenarioPresetsIn, computeWorkspace, createWorkspace, goalSeek, compareAnchorings, point, type Command, type ScenarioResult, type Workspace } from './index';

const seedText = (n: string) => {
  const dir = new URL('../../seeds/', import.meta.url);
  const file = ['000_42a17f0d16df9f95', '001_4afeb59fc6376006', '002_5edaf33b3a4d3849'].find((f) => f.startsWith(n))!;
  return readFileSync(new URL(`${file}.txt`, dir), 'utf8').replace(/\s+/g, ' ');
};
/** The quote must really be in the seed (whitespace normalised), so a test cannot cite words the seed lacks. */
const quoted = (n: string, quote: string) => {
  expect(seedText(n)).toContain(quote.replace(/\s+/g, ' '));
  return quote;
};

const nj = createWorkspace('Nordjylland');
const run = (...commands: Command[]) => commands.reduce(applyCommand, nj);
const result = (ws: Workspace, id: string): ScenarioResult => computeWorkspace(ws).scenarios.find((s) => s.scenarioId === id)!;
const typical = (r: ScenarioResult) => r.years[r.typicalIndex]!;

describe('seed 001: what the secretariat costs today', () => {
  it('charges no BRN administration overhead: accounts and audit are a BRN project, HR is free', () => {
    quoted('001', 'Klima Nords regnskab/revision er et projekt under BRN og derfor ingen direkte udgifter hertil.');
    quoted('001', 'Aalborg kommune stiller følgende vederlagsfrit til rådighed for KlimaNord: husleje, IT udstyr/mobilitefoner osv, adgang toæ HR-funktioner');
    quoted('001', 'et lille bidrag til bogholderi og regningshåndtering hos Business Aalborg (ca. 15.000 p.a.)');
    const level3 = typical(result(nj, 'level-3'));
    // The only administration under BRN is the 15.000 at Business Aalborg; the host costs nothing.
    expect(level3.cost.administration.central).toBe(15_000);
    expect(level3.cost.host.central).toBe(0);
    expect(level3.cost.total.central).toBe(level3.cost.staff.central + level3.cost.activities.central + 15_000);
  });

  it('charges the 15.000 at Business Aalborg only to the BRN secretariat, not on top of another employer’s administration', () => {
    const kkr = typical(result(run({ type: 'applyAnchoringPreset', scenarioId: 'level-3', presetId: 'kkr' }), 'level-3'));
    expect(kkr.cost.administration.central).toBe(250_000);
    const cross = typical(result(run({ type: 'applyAnchoringPreset', scenarioId: 'level-3', presetId: 'crossMunicipal' }), 'level-3'));
    expect(cross.cost.administration.central).toBe(200_000);
  });

  it('charges the dialogue forum’s framework amount from 2025, not before', () => {
    quoted('001', 'Det er tidligere besluttet at tidligere rammebeløb til Klimapolitisk dialogforum fra 2025 dækkes af Klimaalliancens/ KlimaNords budget.');
    const ws = run({ type: 'setStart', scenarioId: 'level-2', start: { year: 2024, month: 1 } });
    const [y2024, y2025] = result(ws, 'level-2').years;
    expect(y2024!.year).toBe(2024);
    expect(y2025!.cost.activities.central - y2024!.cost.activities.central).toBe(30_000);
  });
});

describe('seed 001: who must approve the money', () => {
  it('cites the seed’s own words for every council approval "Hvorfor?" explains', () => {
    for (const source of Object.values(approvalSourcesIn('Nordjylland'))) if (source.kind === 'seed') quoted(source.document, source.quote);
    expect(approvalSourcesIn('Nordjylland').supplement).toMatchObject({ kind: 'seed', document: '001' });
  });

  it('needs only the BRN board while BRN funds the secretariat within today’s grant', () => {
    quoted('001', 'Det økonomiske mandat til at prioritere i BRN, gør modellen nem og skalerbar uden de respektive byråd (med mindre grundbevilling skal øges)');
    expect(result(nj, 'level-1').approval.steps).toEqual([{ body: 'brnBoard', count: 1, reasons: ['ownMoney'] }]);
  });

  it('says what the high estimate adds: a supplement only there (level 1: 0–50.000) brings every council in; a path that has them already adds nothing', () => {
    const level1 = result(nj, 'level-1');
    expect(typical(level1).supplement.central).toBe(0);
    expect(typical(level1).supplement.high).toBeGreaterThan(0);
    expect(level1.approvalIfHigh?.steps.map((s) => [s.body, s.count])).toEqual([['brnBoard', 1], ['cityCouncils', 11]]);
    expect(result(nj, 'level-2').approvalIfHigh).toBeUndefined();
    // The other anchorings of Beslutningsstøtte say it too: BRN's own (Niveau 1 as it is) said "BRN-bestyrelsen" alone.
    expect(compareAnchorings(nj, 'level-1').find((a) => a.presetId === 'brn')?.approvalIfHigh).toEqual(level1.approvalIfHigh);
  });

  it('needs every city council once the base grant is raised above 1,25 mio., even with no supplement', () => {
    const ws = run({ type: 'setFunding', scenarioId: 'level-1', funderId: 'brn', amount: point(1_500_000) });
    const r = result(ws, 'level-1');
    expect(typical(r).supplement.central).toBe(0);
    expect(r.approval.steps.map((s) => [s.body, s.count])).toEqual([['brnBoard', 1], ['cityCouncils', 11]]);
    expect(r.approval.steps[1]!.reasons).toEqual(['raisedBaseGrant']);
  });

  it('KKR or a cross-municipal model that still relies on BRN money needs the BRN board and every council', () => {
    quoted('001', 'Ny driftsbevilling eller omprioritering fra BRN vil skulle bevilges af alle byråd');
    for (const presetId of ['kkr', 'crossMunicipal']) {
      const r = result(run({ type: 'applyAnchoringPreset', scenarioId: 'level-1', presetId }), 'level-1');
      expect(r.approval.steps.map((s) => s.body)).toEqual(['brnBoard', 'cityCouncils']);
      expect(r.approval.steps[1]!.reasons).toContain('reprioritisedBrn');
    }
  });
});

describe('seed 001: the anchoring parts', () => {
  it('scores BRN’s local anchoring above a single member municipality’s', () => {
    quoted('001', 'God synergi i forhold til regionalt perspektiv og lokal forankring/øvrige aktiviteter');
    quoted('001', 'Risiko for at blive for forankret i den kommune, hvor ledelse og fysisk placering er.');
    const brn = nj.employers.find((e) => e.id === 'brnSecretariat')!;
    const municipality = nj.employers.find((e) => e.kind === 'municipality')!;
    expect(brn.scores.localPresence!).toBeGreaterThan(municipality.scores.localPresence!);
    // The core task is protected less under BRN: it "kan blive presset af andre bestillinger fra bestyrelsen".
    quoted('001', 'Kerneopgaven i forhold til Klimaalliancen kan blive presset af andre bestillinger fra bestyrelsen');
    expect(brn.scores.coreTaskProtection!).toBeLessThan(municipality.scores.coreTaskProtection!);
  });

  it('flags management separated from location by who employs and who hosts, not by model type', () => {
    quoted('001', 'At personaleledelse og fysisk placering ikke adskilles');
    const flags = (...commands: Command[]) => result(run(...commands), 'level-3').flags;
    // BRN employs in Aalborg; a flyverordning based in Aalborg keeps them together.
    expect(flags({ type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'rotating' })).not.toContain('managementSeparatedFromLocation');
    // Hjørring hosts, BRN (Aalborg) employs: separated.
    expect(flags({ type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'host-860' })).toContain('managementSeparatedFromLocation');
    // A member municipality that employs and hosts: together; KL employs from Copenhagen: separated.
    expect(flags({ type: 'addMunicipalityEmployer', code: '860' }, { type: 'setAnchoring', scenarioId: 'level-3', part: 'employer', partId: 'municipality-860' }, { type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'host-860' })).not.toContain(
      'managementSeparatedFromLocation',
    );
    expect(flags({ type: 'applyAnchoringPreset', scenarioId: 'level-3', presetId: 'kkr' })).toContain('managementSeparatedFromLocation');
  });

  it('has criteria for the professional community and the cross-municipal steering group, and a larger municipality as host', () => {
    quoted('001', 'At være en del af et arbejdsfællesskab – et fagligt miljø');
    quoted('001', 'At fastholde en faglig tværgående styregruppe');
    quoted('001', 'Umiddelbart vurderes det bedste alternativ til den nuværende fysiske og faglige forankring at være i en større kommune');
    expect(nj.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(['professionalCommunity', 'steeringGroup', 'coreTaskProtection']));
    // Hjørring is North Jutland's second-largest municipality.
    expect(nj.hosts.map((h) => h.id)).toContain('host-860');
  });
});

describe('seed 001: the task portfolio', () => {
  it('lists the three steering groups, the grid advocacy, the theme days, and a GEN2040 employee', () => {
    quoted('001', 'Sekretariatsfunktion: • Politisk styregruppe • Administrativ styregruppe • Faglig/Projektstyregruppe');
    quoted('001', 'Interessevaretagelsesopgave omkring fremtidens el-infrastruktur (BRN)');
    quoted('001', 'Faglige temadage / faglige temagrupper for kommunale medarbejdere');
    quoted('001', 'GEN-2040 Medarbejder: Integreres i Det Fælles Klimasekretariat');
    const ids = nj.catalogue.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['sec-political-steering', 'sec-administrative-steering', 'sec-project-steering', 'other-grid-advocacy', 'guidance-theme-days']));
    expect(nj.catalogue.find((t) => t.id === 'other-gen2040')!.effort.central).toBeGreaterThanOrEqual(50);
  });

  it('scores level 1 (one person, "for sårbart") below level 2, and flags it at exactly one FTE', () => {
    quoted('001', 'T11 vurderer samlet at Scenarie 1 vil være for sårbart for den fremtidige (koordinerede) klimaindsats.');
    expect(result(nj, 'level-1').criteria.score).toBeLessThan(result(nj, 'level-2').criteria.score!);
    // Efforts are whole hundredths: level 1 sums to exactly 100, so a threshold of 1,00 FTE does not flag it.
    const atOne = applyCommand(nj, { type: 'setAssumption', change: { key: 'vulnerableBelow', value: 100 } });
    expect(result(atOne, 'level-1').flags).not.toContain('singleEmployeeVulnerable');
  });

  it('lets one scenario re-prioritise a task without touching the others', () => {
    const ws = run({ type: 'setTaskEffort', scenarioId: 'level-2', taskId: 'guidance-1to1-sparring', effort: point(70) });
    const before = computeWorkspace(nj);
    const after = computeWorkspace(ws);
    after.scenarios.forEach((r, i) => {
      if (r.scenarioId === 'level-2') expect(typical(r).fte.central).toBe(240);
      else expect(r).toEqual(before.scenarios[i]);
    });
  });
});

describe('seed 001: the reserve', () => {
  it('draws only what a year needs, never creating a surplus that nobody gets back', () => {
    quoted('001', 'Det budgetmæssige mindreforbrug for 2023 (opstart) og 2024 (3 mdr. vacance) udgør akkumuleret ca. 850.000');
    // Level 2's supplement is 595.000: drawing the whole 850.000 in 2026 draws 595.000 and keeps 255.000.
    const r = result(run({ type: 'setReserveDrawdown', scenarioId: 'level-2', year: 2026, amount: 850_000 }), 'level-2');
    expect(r.years[0]!.funding.reserve.central).toBe(595_000);
    expect(r.years[0]!.surplus.central).toBe(0);
    expect(r.years[0]!.reserveBalanceEnd).toBe(255_000);
    // Asking for 900.000 (more than exists) is flagged and draws no more than exists.
    const over = result(run({ type: 'setReserveDrawdown', scenarioId: 'level-4', year: 2026, amount: 900_000 }), 'level-4');
    expect(over.years[0]!.funding.reserve.central).toBe(850_000);
    expect(over.flags).toContain('reserveExhausted');
  });
});

describe('seed 001: decision support on the new shape', () => {
  it('goal seek on staffing returns the largest FTE that meets the target, not zero', () => {
    // Level 3, supplement at most 0: base grant 1.250.000 must cover 15.000 + 810.000 activities + FTE × 550.000.
    const r = goalSeek(nj, { scenarioId: 'level-3', input: 'staffing', output: 'supplement', target: 0 });
    expect(r).toEqual({ ok: true, value: 77, achieved: 0 });
  });

  it('break-even compares every cost that differs, so a paid host moves it away from the administration alone', () => {
    const plain = compareAnchorings(nj, 'level-3').find((a) => a.presetId === 'kkr')!;
    // Only the administration differs: KKR breaks even at BRN's own 15.000.
    expect(plain.breakEvenAdministration).toBe(15_000);
    // With BRN employing and Hjørring hosting at 75.000 per FTE, the KKR preset (Aalborg in kind)
    // saves the rent, so it breaks even at 15.000 + 3 × 75.000 of administration.
    const ws = run({ type: 'setAnchoring', scenarioId: 'level-3', part: 'host', partId: 'host-860' });
    const kkr = compareAnchorings(ws, 'level-3').find((a) => a.presetId === 'kkr')!;
    expect(kkr.host).toBe(-225_000);
    expect(kkr.breakEvenAdministration).toBe(240_000);
  });
});

describe('seed 002: Sjællands Klimaalliance', () => {
  const populations2023 = Object.fromEntries(
    readFileSync(new URL('../../e2e/fixtures/sjaelland-populations-2023.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map(([code, , population]) => [code!, Number(population)]),
  );

  it('bills Sorø 13.075 for the second half of 2023 and 26.150 a year from 2024, by population share', () => {
    quoted('002', 'Sorø Kommunes andel udgør dermed 13.075 i andet halvår af 2023, og 26.150 kr. årligt fra og med 2024.');
    quoted('002', 'hvor begge parter bidrager med ét årsværk om året. KKR-Sjællands årsværk bliver varetaget af Gate21. Udgiften fordeles med afsæt i befolkningsandel.');
    const ws = applyCommand(createWorkspace('Sjælland'), { type: 'setPopulations', populations: populations2023 });
    expect(ws.municipalities.reduce((s, m) => s + m.population, 0)).toBe(849_857);
    const r = result(ws, 'sjaellands-klimaalliance');
    const soroe = ws.municipalities.findIndex((m) => m.name === 'Sorø');
    const [h2023, y2024] = r.years;
    expect(h2023!.months).toBe(6);
    expect(h2023!.supplement.central).toBe(365_000);
    expect(h2023!.municipalAmounts[soroe]).toBe(13_075);
    expect(y2024!.municipalAmounts[soroe]).toBe(26_150);
    expect(r.years.at(-1)!.year).toBe(2028);
    expect(r.years.at(-1)!.months).toBe(6);
  });

  it('funds one FTE from the region and the region’s 2 mio. kr. for activities, and names nothing North Jutland’s', () => {
    quoted('002', 'Region Sjælland bidrager desuden med 2 mio. kr. der kan laves aktiviteter/analyser for.');
    const ws = createWorkspace('Sjælland');
    expect(ws.funders.map((f) => f.id)).toEqual(['region-fte', 'region-activities', 'external']);
    const text = JSON.stringify({ catalogue: ws.catalogue.map((t) => t.name), political: ws.political, employers: ws.employers.map((e) => e.name), funders: ws.funders.map((f) => f.name) });
    expect(text).not.toMatch(/nordjy|Nordjylland|BRN|GEN2040/i);
    const r = result(ws, 'sjaellands-klimaalliance');
    expect(r.approval.steps.map((s) => [s.body, s.count])).toEqual([['regionCouncil', 1], ['cityCouncils', 17]]);
  });
});

describe('seed 001 is North Jutland’s: the other regions are offered none of its bodies', () => {
  it('names T11 and BRN in North Jutland only, where the seed does', () => {
    quoted('001', 'Administrativ Styregruppe: Kredsen af tekniske direktører og regionens udviklingsdirektør (T11+)');
    quoted('001', 'Faglig ledelse Via T11/styregruppe');
    expect(nj.political[0]!.professionalLead.da).toBe('Via T11/styregruppe (og sammenhæng til KDK)');
    expect(nj.presets.map((p) => p.economy.da)).toContain('Ny driftsbevilling eller omprioritering fra BRN skal bevilges af alle byråd');
    expect(scenarioPresetsIn('Nordjylland').map((c) => c.preset)).toContain('t11-recommendation');
    expect(funderKindsIn('Nordjylland')).toContain('brn');
    for (const region of REGIONS.filter((r) => r !== 'Nordjylland')) {
      const ws = createWorkspace(region);
      // The presets' notes and sources quote T11, below and as the seed's.
      const own = JSON.stringify({ political: ws.political, economy: ws.presets.map((p) => p.economy), employers: ws.employers.map((e) => e.name), hosts: ws.hosts.map((h) => h.name), funders: ws.funders.map((f) => [f.kind, f.name]), scenarios: ws.scenarios.map((s) => s.name) });
      expect(own, region).not.toMatch(/T11|BRN|nordjy/i);
      expect(scenarioPresetsIn(region).map((c) => c.preset), region).toEqual(['level-1', 'level-2', 'level-3', 'level-4']);
      // T11's judgement quoted in a preset's notes is said to be North Jutland's.
      expect(ws.presets.map((p) => p.notes.da).join(' '), region).not.toMatch(/T11(?! i Nordjylland|’s oplæg)/);
      expect(funderKindsIn(region), region).not.toContain('brn');
      expect(funderKindsIn(region, 'brn'), 'a funder that is BRN’s keeps its kind').toContain('brn');
      // The cost of an FTE is calibrated on T11's paper: said as North Jutland's, with no claim about BRN here.
      const fte = assumptionSources(region).costPerFte;
      expect(JSON.stringify(fte), region).not.toMatch(/BRN/);
      if (region !== 'Sjælland') expect(fte.kind === 'assumption' && fte.reason.da, region).toContain('T11’s oplæg i Nordjylland');
      // Why a scenario needs every council, or a funder's own body: in the region's terms, not BRN's.
      const approval = approvalSourcesIn(region);
      expect(JSON.stringify([approval.ownMoney, approval.supplement]), region).not.toMatch(/BRN/);
    }
  });
});

/**
 * Anchoring composed of T11's parts (seed 001): political anchoring, employer and daily
 * management, and the physical host. The seed's three models — BRN, KKR, pure cross-municipal —
 * are presets of these parts and keep the seed's table texts.
 *
 * Administration costs, host costs and criterion scores are assumptions the users can edit.
 * Each part scores only the criteria it speaks to; see criteria.ts for how they combine.
 */
import { point } from './estimate';
import { assumption, seed } from './sources';
import { hasT11AndBrn, type AnchoringPreset, type Employer, type Host, type LocalText, type Municipality, type PoliticalOption, type RegionName } from './types';

const t = (da: string, en: string): LocalText => ({ da, en });

/** A place outside the workspace's municipalities: KL's offices in Copenhagen. */
export const KL_SITE = 'kl';

/**
 * Who leads professionally. T11 is North Jutland's "Kredsen af tekniske direktører" (seed 001);
 * other regions have no body called T11, so their circle is described instead.
 */
function professionalLeads(region: RegionName): { lead: LocalText; leadIfNewBody: LocalText } {
  const circle = hasT11AndBrn(region) ? t('T11', 'T11') : t('kredsen af tekniske direktører', 'the technical directors’ circle');
  return {
    lead: t(`Via ${circle.da}/styregruppe (og sammenhæng til KDK)`, `Via ${circle.en}/steering group (tie to KDK)`),
    leadIfNewBody: t(`Via ${circle.da}/styregruppe (sammenhæng til KDK, hvis politisk organ etableres)`, `Via ${circle.en}/steering group (tie to KDK only if a political body is formed)`),
  };
}

/** T11 judging as a source: outside North Jutland its words are said to be North Jutland's. */
const t11Said = (region: RegionName): LocalText => (hasT11AndBrn(region) ? t('T11', 'T11') : t('T11 i Nordjylland', 'T11 in North Jutland'));

export function defaultPolitical(region: RegionName): PoliticalOption[] {
  const leads = professionalLeads(region);
  const options: PoliticalOption[] = [
    { id: 'kkr', name: t('KKR', 'KKR'), professionalLead: leads.lead, scores: { steeringGroup: 4 } },
    { id: 'newBody', name: t('Nyt politisk organ (tværkommunalt)', 'A new political body (cross-municipal)'), professionalLead: leads.leadIfNewBody, scores: { steeringGroup: 3 } },
  ];
  if (hasT11AndBrn(region))
    options.unshift({ id: 'brnAndKkr', name: t('BRN samt KKR (som i dag)', 'BRN and KKR (as today)'), professionalLead: leads.lead, scores: { steeringGroup: 5 } });
  else options.push({ id: 'kkrAndRegion', name: t('KKR og regionen i partnerskab', 'KKR and the region in partnership'), professionalLead: leads.lead, scores: { steeringGroup: 4 } });
  return options;
}

const MUNICIPALITY_ADMIN = assumption(
  'Antagelse: en medlemskommune skal opbygge nyt administrativt grundlag (løn, HR, økonomi); T11’s oplæg: ”Kræver nyt adm.grundlag”',
  'Assumption: a member municipality must build a new administrative basis (payroll, HR, finance); T11’s paper: “needs a new administrative basis”',
);

/** The ids a member municipality has as employer and as host: one of each at the most. */
export const municipalityEmployerId = (code: string): string => `municipality-${code}`;
export const municipalityHostId = (code: string): string => `host-${code}`;

/** Two municipalities whose own name is not "<navn> Kommune" ("København Kommune" read wrong to a director). */
const OWN_NAMES: Readonly<Record<string, LocalText>> = {
  '101': t('Københavns Kommune', 'City of Copenhagen'),
  '400': t('Bornholms Regionskommune', 'Bornholm Regional Municipality'),
};

/** A member municipality as employer and daily manager ("personaleledelse fra en af medlemskommunerne"). */
export function municipalityEmployer(m: Municipality): Employer {
  return {
    id: municipalityEmployerId(m.code),
    kind: 'municipality',
    name: OWN_NAMES[m.code] ?? t(`${m.name} Kommune`, `${m.name} Municipality`),
    site: m.code,
    adminCost: point(200_000),
    adminSource: MUNICIPALITY_ADMIN,
    scores: { synergy: 2, robustness: 3, coreTaskProtection: 4, adminSimplicity: 2, localPresence: 2 },
  };
}

export function defaultEmployers(region: RegionName, largest: Municipality): Employer[] {
  const kl: Employer = {
    id: 'kl',
    kind: 'kl',
    name: t('KL', 'KL'),
    site: KL_SITE,
    adminCost: point(250_000),
    adminSource: assumption(
      'Antagelse: KL skal udbygge organisationen til administration og økonomi (T11’s oplæg: ”KL vil skulle udbygge organisation”)',
      'Assumption: KL must build up administration and finance (T11’s paper)',
    ),
    scores: { synergy: 3, robustness: 3, coreTaskProtection: 4, adminSimplicity: 2, localPresence: 2 },
  };
  if (!hasT11AndBrn(region)) return [municipalityEmployer(largest), kl];
  return [
    {
      id: 'brnSecretariat',
      kind: 'brnSecretariat',
      name: t('BRN-sekretariatet', 'The BRN secretariat'),
      site: '851',
      // Seed 001: accounts and audit run as a BRN project at no direct cost, Aalborg provides HR in
      // kind; the only administration cost named is licences and bookkeeping at Business Aalborg.
      adminCost: point(15_000),
      adminSource: seed(
        '001',
        'Dog betales licenser til IT osv. samt et lille bidrag til bogholderi og regningshåndtering hos Business Aalborg (ca. 15.000 p.a.) · Klima Nords regnskab/revision er et projekt under BRN og derfor ingen direkte udgifter hertil.',
      ),
      scores: { synergy: 5, robustness: 4, coreTaskProtection: 2, adminSimplicity: 5, localPresence: 4 },
    },
    kl,
    municipalityEmployer(largest),
  ];
}

const IN_KIND = seed('001', 'Aalborg kommune stiller følgende vederlagsfrit til rådighed for KlimaNord: husleje, IT udstyr/mobilitefoner osv, adgang toæ HR-funktioner, rekrutteringshjælp');
const HOST_COST = assumption(
  'Antagelse: husleje, IT og HR pr. årsværk, når værten ikke stiller dem vederlagsfrit',
  'Assumption: rent, IT and HR per FTE where the host does not provide them in kind',
);

/** A municipality hosting the secretariat against payment for rent, IT and HR. */
export function municipalityHost(m: Municipality): Host {
  return {
    id: municipalityHostId(m.code),
    name: t(m.name, m.name),
    site: m.code,
    rotation: [],
    costPerFte: point(75_000),
    fixedCost: point(0),
    source: HOST_COST,
    scores: { professionalCommunity: 4, localPresence: 3 },
  };
}

/** "Flyverordning": staff rotate between municipalities, based at the first. */
export function rotatingHost(base: Municipality, others: readonly Municipality[]): Host {
  return {
    id: 'rotating',
    name: t(`Flyverordning (${[base, ...others].map((m) => m.name).join(', ')})`, `Rotating host (${[base, ...others].map((m) => m.name).join(', ')})`),
    site: base.code,
    rotation: others.map((m) => m.code),
    costPerFte: point(75_000),
    fixedCost: point(40_000),
    source: assumption(
      'Antagelse: husleje, IT og HR pr. årsværk hos basiskommunen og 40.000 kr./år til transport mellem kommunerne',
      'Assumption: rent, IT and HR per FTE at the base municipality and 40,000 kr. a year for travel between municipalities',
    ),
    scores: { professionalCommunity: 2, localPresence: 5 },
  };
}

/** Today's host in North Jutland is Aalborg, in kind; elsewhere the largest municipality hosts. */
export function defaultHosts(region: RegionName, byPopulation: readonly Municipality[]): Host[] {
  const [first, second, third] = byPopulation;
  if (!first) return [];
  const hosts: Host[] = [];
  if (hasT11AndBrn(region))
    hosts.push({
      id: 'inKind',
      name: t(`${first.name} (vederlagsfrit)`, `${first.name} (in kind)`),
      site: first.code,
      rotation: [],
      costPerFte: point(0),
      fixedCost: point(0),
      source: IN_KIND,
      scores: { professionalCommunity: 5, localPresence: 3 },
    });
  else hosts.push(municipalityHost(first));
  if (second) hosts.push(municipalityHost(second));
  hosts.push(rotatingHost(first, [second, third].filter((m): m is Municipality => !!m)));
  return hosts;
}

/** The seed's "Økonomi" row for KKR and the cross-municipal model; BRN's money is North Jutland's only. */
const allCouncils = (region: RegionName): LocalText =>
  hasT11AndBrn(region)
    ? t('Ny driftsbevilling eller omprioritering fra BRN skal bevilges af alle byråd', 'A new operating grant or reprioritisation from BRN must be approved by every city council')
    : t('Ny driftsbevilling skal bevilges af alle byråd', 'A new operating grant must be approved by every city council');

/** The seed's table "Modeller for politisk/ledelsesmæssig forankring", as presets of the parts. */
export function defaultPresets(region: RegionName, largest: Municipality, hostId: string): AnchoringPreset[] {
  const economy = allCouncils(region);
  const said = t11Said(region);
  const table = seed('001', 'Modeller for politisk/ledelsesmæssig forankring: BRN · KKR · Ren tværkommunal');
  const presets: AnchoringPreset[] = [
    {
      id: 'kkr',
      name: t('KKR', 'KKR'),
      political: 'kkr',
      employer: 'kl',
      host: hostId,
      economy,
      notes: t(
        `KL skal udbygge organisationen til administration og økonomi. KL ønsker formentlig ikke rollen, men vil gerne bevare de regionale kontorer. ${said.da}: ingen ledelsesmæssig reference i regionen.`,
        `KL would have to build up administration and finance. KL probably does not want the role, though it wants the regional offices kept. ${said.en}: no managerial reference in the region.`,
      ),
      source: table,
    },
    {
      id: 'crossMunicipal',
      name: t('Ren tværkommunal', 'Pure cross-municipal'),
      political: 'newBody',
      employer: municipalityEmployerId(largest.code),
      host: hostId,
      economy,
      notes: t(
        'Kræver nyt administrativt grundlag og struktur kommunerne imellem. Risiko for at blive for forankret i den kommune, hvor ledelse og fysisk placering er. Kræver opmærksomhed for at knytte dagsordenen til øvrige regionale dagsordener.',
        'Needs a new administrative basis and structure between the municipalities. Risk of being anchored too much in the municipality that manages and hosts it. Needs care to tie the agenda to the other regional agendas.',
      ),
      source: table,
    },
  ];
  if (!hasT11AndBrn(region))
    presets.unshift({
      id: 'kkrTemplate',
      name: t(`KKR med ${largest.name} som vært`, `KKR with ${largest.name} as host`),
      political: 'kkr',
      employer: municipalityEmployerId(largest.code),
      host: hostId,
      economy,
      notes: t(
        `Neutral skabelon: KKR som politisk forankring, den største kommune ansætter og huser sekretariatet (${said.da}: det bedste alternativ er en større kommune). Tilpas delene til regionens egne aftaler.`,
        `Neutral template: KKR anchors politically, the largest municipality employs and hosts the secretariat (${said.en}: the best alternative is a larger municipality). Adjust the parts to the region’s own arrangements.`,
      ),
      source: assumption('Antagelse: neutral skabelon uden for Nordjylland', 'Assumption: a neutral template outside North Jutland'),
    });
  if (hasT11AndBrn(region))
    presets.unshift({
      id: 'brn',
      name: t('BRN', 'BRN'),
      political: 'brnAndKkr',
      employer: 'brnSecretariat',
      host: hostId,
      economy: t('Via BRN', 'Via BRN'),
      notes: t(
        'BRN’s økonomiske mandat gør modellen nem og skalerbar uden byrådene (medmindre grundbevillingen skal øges). Kerneopgaven kan presses af andre bestillinger fra bestyrelsen. God synergi med regionalt perspektiv og lokal forankring; effektiv drift gennem fælles ledelse.',
        'BRN’s financial mandate makes the model easy and scalable without the city councils (unless the base grant must grow). The core task can be squeezed by other orders from the board. Good synergy with the regional perspective and local anchoring; efficient shared management.',
      ),
      source: table,
    });
  return presets;
}

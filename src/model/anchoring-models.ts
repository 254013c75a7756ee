/**
 * The three anchoring models from seed 001 ("Modeller for politisk/ledelsesmæssig forankring").
 * Texts are the seed's; overheads and criterion scores are assumptions the users can edit.
 */
import { point } from './estimate';
import type { AnchoringModel, Criterion, CriterionId } from './types';

const CITY_COUNCILS = {
  da: 'Ny driftsbevilling eller omprioritering fra BRN skal bevilges af alle byråd',
  en: 'A new operating grant or reprioritisation from BRN must be approved by every city council',
};
const T11_LEAD = { da: 'Via T11/styregruppe (og sammenhæng til KDK)', en: 'Via T11/steering group (tie to KDK)' };

export const DEFAULT_ANCHORING_MODELS: readonly AnchoringModel[] = [
  {
    id: 'brn',
    name: { da: 'BRN', en: 'BRN' },
    political: { da: 'BRN samt KKR (som i dag)', en: 'BRN and KKR (as today)' },
    professionalLead: T11_LEAD,
    personnel: { da: 'BRN-sekretariatsleder', en: 'BRN secretariat head' },
    economy: { da: 'Via BRN', en: 'Via BRN' },
    notes: {
      da: 'BRN’s mandat gør modellen nem og skalerbar uden byrådene (medmindre grundbevillingen skal øges). Kerneopgaven kan presses af andre bestillinger fra bestyrelsen. God synergi med regionalt perspektiv; effektiv drift gennem fælles ledelse.',
      en: 'BRN’s mandate makes the model easy and scalable without the city councils (unless the base grant must grow). The core task can be squeezed by other orders from the board. Good synergy with the regional perspective; efficient shared management.',
    },
    fundedWithinBrnMandate: true,
    managementSite: 'hostInKind',
    adminOverhead: point(100_000),
    scores: { approvalPath: 5, synergy: 5, robustness: 4, coreTaskIndependence: 2, adminSimplicity: 5, localPresence: 3 },
  },
  {
    id: 'kkr',
    name: { da: 'KKR', en: 'KKR' },
    political: { da: 'KKR', en: 'KKR' },
    professionalLead: T11_LEAD,
    personnel: { da: 'KL', en: 'KL' },
    economy: CITY_COUNCILS,
    notes: {
      da: 'KL skal udbygge organisationen til administration og økonomi. KL ønsker formentlig ikke rollen, men vil gerne bevare de regionale kontorer. Ingen ledelsesmæssig reference i regionen (T11).',
      en: 'KL would have to build up administration and finance. KL probably does not want the role, though it wants the regional offices kept. No managerial reference in the region (T11).',
    },
    fundedWithinBrnMandate: false,
    managementSite: 'kl',
    adminOverhead: point(250_000),
    scores: { approvalPath: 1, synergy: 3, robustness: 3, coreTaskIndependence: 4, adminSimplicity: 2, localPresence: 2 },
  },
  {
    id: 'crossMunicipal',
    name: { da: 'Ren tværkommunal', en: 'Pure cross-municipal' },
    political: {
      da: 'Nyt politisk organ skal dannes, hvis der skal være politisk forankring; alternativt KKR',
      en: 'A new political body must be formed for political anchoring; alternatively KKR',
    },
    professionalLead: {
      da: 'Via T11/styregruppe (sammenhæng til KDK, hvis politisk organ etableres)',
      en: 'Via T11/steering group (tie to KDK only if a political body is formed)',
    },
    personnel: { da: 'En af medlemskommunerne', en: 'One of the member municipalities' },
    economy: CITY_COUNCILS,
    notes: {
      da: 'Kræver nyt administrativt grundlag og struktur kommunerne imellem. Risiko for at blive for forankret i værtskommunen. Kræver opmærksomhed for at knytte dagsordenen til øvrige regionale dagsordener.',
      en: 'Needs a new administrative basis and structure between the municipalities. Risk of being anchored too much in the host municipality. Needs care to tie the agenda to the other regional agendas.',
    },
    fundedWithinBrnMandate: false,
    managementSite: 'hostMunicipality',
    adminOverhead: point(200_000),
    scores: { approvalPath: 1, synergy: 2, robustness: 3, coreTaskIndependence: 4, adminSimplicity: 2, localPresence: 4 },
  },
];

const weight = (id: CriterionId, value: number): Criterion => ({ id, weight: value });

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  weight('approvalPath', 20),
  weight('synergy', 20),
  weight('robustness', 20),
  weight('coreTaskIndependence', 15),
  weight('adminSimplicity', 15),
  weight('localPresence', 10),
];

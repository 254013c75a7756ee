/**
 * T11's task portfolio (seed 001, "Scenarier for ambitionsniveau"), one task per bullet, plus
 * the tasks the seed lists under "KlimaNord-Sekretariatets opgave i dag". The catalogue is the
 * default: each scenario keeps its own efforts and amounts (see Scenario.tasks).
 *
 * Efforts and activity amounts are assumptions, calibrated so the level presets land inside
 * T11's budget ranges with the default cost per FTE: level 1 = 1,00 FTE, +1,00 at level 2,
 * +1,00 at level 3 (3 FTE = today's staffing), +1,50 at level 4.
 */
import { point } from './estimate';
import { seed, type Source } from './sources';
import { hasT11AndBrn, type AmbitionLevel, type CatalogueTask, type LocalText, type RegionName, type TaskCategory } from './types';

const CALIBRATED: LocalText = {
  da: 'Årsværk og aktivitetsbeløb er antagelser, kalibreret til T11’s budgetniveauer',
  en: 'Effort and activity amount are assumptions, calibrated to T11’s budget levels',
};

interface TaskDefinition {
  readonly id: string;
  readonly category: TaskCategory;
  readonly level: AmbitionLevel;
  /** Hundredths of an FTE. */
  readonly effort: number;
  readonly activity: number;
  /** The name in North Jutland, and the region-neutral name used elsewhere when it differs. */
  readonly name: LocalText;
  readonly neutral?: LocalText;
  readonly quote: string;
  readonly firstYear?: number;
  readonly note?: LocalText;
  /** A task only North Jutland has (GEN2040). */
  readonly northJutlandOnly?: boolean;
}

const t = (da: string, en: string): LocalText => ({ da, en });

/** The dialogforum's framework amount, paid by the secretariat from 2025 (seed 001). */
export const DIALOGFORUM_AMOUNT_TASK = 'sec-dialogforum-amount';

const DEFINITIONS: readonly TaskDefinition[] = [
  // Level 1: 1,00 FTE, 660.000 kr.
  { id: 'contact-national-meetings', category: 'contact', level: 1, effort: 15, activity: 50_000, name: t('Deltagelse i nationale møder og info-screening', 'National meetings and information screening'), quote: 'Deltagelse i nationale møder og info-screening' },
  { id: 'contact-knowledge-sharing', category: 'contact', level: 1, effort: 15, activity: 100_000, name: t('(Digital) videnformidling regionalt', '(Digital) regional knowledge sharing'), quote: '(Digital) Videnformidling regionalt' },
  { id: 'guidance-joint-meetings', category: 'guidance', level: 1, effort: 15, activity: 150_000, name: t('Generelle fællesmøder med klimakoordinatorer', 'Joint meetings with climate coordinators'), quote: 'Generelle fællesmøder med klimakoordantorer' },
  { id: 'guidance-overall-1to1', category: 'guidance', level: 1, effort: 20, activity: 35_000, name: t('Overordnet 1:1 vejledning', 'Overall 1:1 guidance'), quote: 'Overordnet 1:1 vejledning' },
  { id: 'sec-political-steering', category: 'secretariat', level: 1, effort: 10, activity: 40_000, name: t('Sekretariat for politisk styregruppe', 'Secretariat for the political steering group'), quote: 'Sekretariatsfunktion: • Politisk styregruppe' },
  { id: 'sec-administrative-steering', category: 'secretariat', level: 1, effort: 8, activity: 30_000, name: t('Sekretariat for administrativ styregruppe', 'Secretariat for the administrative steering group'), quote: '• Administrativ styregruppe' },
  { id: 'sec-project-steering', category: 'secretariat', level: 1, effort: 7, activity: 30_000, name: t('Sekretariat for faglig styregruppe/projektstyregruppe', 'Secretariat for the professional/project steering group'), quote: '• Faglig/Projektstyregruppe' },
  { id: 'other-ad-hoc', category: 'other', level: 1, effort: 10, activity: 225_000, name: t('Mindre enkeltstående ad hoc-opgaver (notater mv.)', 'Small ad hoc tasks (memos etc.)'), quote: 'Mindre enkeltstående ad-hoc opgaver (notat etc.)' },
  // Level 2: +1,00 FTE, +70.000 kr.
  { id: 'contact-national-fora', category: 'contact', level: 2, effort: 10, activity: 0, name: t('Understøtte nordjyske perspektiver i nationale fora', 'Promote North Jutland perspectives in national fora'), neutral: t('Understøtte regionale perspektiver i nationale fora', 'Promote the region’s perspectives in national fora'), quote: 'Understøtte nordjyske perspektivers formidling i nationale fora.' },
  { id: 'contact-selective-communication', category: 'contact', level: 2, effort: 10, activity: 10_000, name: t('Selektiv formidling (konferencer)', 'Selective communication (conferences)'), quote: 'Selektiv formidling (konf.)' },
  { id: 'guidance-1to1-sparring', category: 'guidance', level: 2, effort: 30, activity: 0, name: t('1:1 faglig sparring med de enkelte kommuner', '1:1 professional sparring with each municipality'), quote: '1:1 faglig sparring med de enkelte kommuner' },
  { id: 'guidance-concito-dialogue', category: 'guidance', level: 2, effort: 10, activity: 0, name: t('Dialogpartner mellem kommuner og CONCITO', 'Dialogue partner between municipalities and CONCITO'), quote: 'Dialogpartner mellem kommuner og Consito' },
  { id: 'guidance-theme-groups', category: 'guidance', level: 2, effort: 10, activity: 10_000, name: t('Drift af temagrupper', 'Running theme groups'), quote: 'Drift af temagrupper' },
  { id: 'guidance-theme-days', category: 'guidance', level: 2, effort: 5, activity: 10_000, name: t('Faglige temadage for kommunale medarbejdere', 'Professional theme days for municipal staff'), quote: 'Faglige temadage / faglige temagrupper for kommunale medarbejdere' },
  { id: 'sec-dialogforum', category: 'secretariat', level: 2, effort: 10, activity: 0, name: t('Facilitere Klimapolitisk dialogforum', 'Facilitate the climate policy dialogue forum'), neutral: t('Facilitere et klimapolitisk dialogforum', 'Facilitate a climate policy dialogue forum'), quote: 'Facilitere Klimapolitisk Dialogforum' },
  {
    id: DIALOGFORUM_AMOUNT_TASK,
    category: 'secretariat',
    level: 2,
    effort: 0,
    activity: 30_000,
    firstYear: 2025,
    name: t('Rammebeløb til Klimapolitisk dialogforum (fra 2025)', 'Framework amount for the climate policy dialogue forum (from 2025)'),
    neutral: t('Rammebeløb til et klimapolitisk dialogforum', 'Framework amount for a climate policy dialogue forum'),
    quote: 'Det er tidligere besluttet at tidligere rammebeløb til Klimapolitisk dialogforum fra 2025 dækkes af Klimaalliancens/ KlimaNords budget.',
    note: t('Beløbets størrelse er en antagelse; T11’s oplæg nævner ikke beløbet', 'The amount is an assumption; T11’s paper does not state it'),
  },
  { id: 'other-analyses', category: 'other', level: 2, effort: 15, activity: 10_000, name: t('Enkeltstående nordjyske analyser, dataindsamling', 'One-off North Jutland analyses, data collection'), neutral: t('Enkeltstående regionale analyser, dataindsamling', 'One-off regional analyses, data collection'), quote: 'Enkeltstående, nordjyske analyser, dataindsamling' },
  // Level 3: +1,00 FTE, +80.000 kr. (= today's portfolio and staffing)
  { id: 'contact-conferences', category: 'contact', level: 3, effort: 5, activity: 40_000, name: t('National og international formidling på konferencer', 'National and international communication at conferences'), quote: 'National og international deltagelse i formidling på konferencer mv.' },
  { id: 'contact-partners', category: 'contact', level: 3, effort: 5, activity: 0, name: t('Afsøgning af samarbejdspartnere til Nordjylland', 'Seeking partners for North Jutland'), neutral: t('Afsøgning af samarbejdspartnere til regionen', 'Seeking partners for the region'), quote: 'Afsøgning af samarbejdspartnere til Nordjylland' },
  { id: 'guidance-competence', category: 'guidance', level: 3, effort: 5, activity: 20_000, name: t('Kompetenceudvikling af klimakoordinatorer', 'Competence development of climate coordinators'), quote: 'Kompetenceudvikling af klimakoordinatorer' },
  { id: 'guidance-onboarding', category: 'guidance', level: 3, effort: 5, activity: 10_000, name: t('Evt. onboardingprogram for nye koordinatorer', 'Onboarding programme for new coordinators'), quote: 'Evt onboardingprogram for nye koordinatorer' },
  { id: 'sec-project-groups', category: 'secretariat', level: 3, effort: 5, activity: 0, name: t('Facilitering af kommunale samarbejdsprojektgrupper', 'Facilitate cross-municipal project groups'), quote: 'Facilitering af kommunale samarbejdsprojektgrupper' },
  {
    id: 'other-gen2040',
    category: 'other',
    level: 3,
    effort: 60,
    activity: 10_000,
    name: t('GEN2040 (Grøn Energi Nordjylland)', 'GEN2040 (Green Energy North Jutland)'),
    quote: 'GEN-2040 Medarbejder: Integreres i Det Fælles Klimasekretariat for at skabe synergi',
    note: t('Sekretariatets bemanding omfatter en GEN-2040-medarbejder; 0,60 årsværk går til GEN2040, resten til tværgående opgaver (antagelse)', 'The staffing includes a GEN-2040 employee; 0.60 FTE goes to GEN2040, the rest to shared tasks (assumption)'),
    northJutlandOnly: true,
  },
  { id: 'other-climate-ambition', category: 'other', level: 3, effort: 5, activity: 0, name: t('Nordjysk Klimaambition', 'North Jutland climate ambition'), neutral: t('Fælles regional klimaambition', 'Joint regional climate ambition'), quote: 'Nordjysk Klimaambition' },
  { id: 'other-project-development', category: 'other', level: 3, effort: 5, activity: 0, name: t('Projektudvikling og ansøgning (fx Biokul)', 'Project development and funding applications (e.g. Biokul)'), neutral: t('Projektudvikling og ansøgninger', 'Project development and funding applications'), quote: 'Projektudvikling og ansøgning (ex Biokul)' },
  { id: 'other-grid-advocacy', category: 'other', level: 3, effort: 5, activity: 0, name: t('Interessevaretagelse om fremtidens el-infrastruktur', 'Advocacy on the future electricity grid'), quote: 'Interessevaretagelsesopgave omkring fremtidens el-infrastruktur (BRN)' },
  // Level 4: +1,50 FTE, only in a very ambitious strategy
  { id: 'guidance-coordinator-work', category: 'guidance', level: 4, effort: 50, activity: 0, name: t('Klimakoordinatoropgaver for enkelte kommuner', 'Climate-coordinator work for single municipalities'), quote: 'Udførelse af klimakoordinator-opgaver for enkelstående kommuner' },
  { id: 'other-consultancy', category: 'other', level: 4, effort: 25, activity: 0, name: t('Øvrige konsulentydelser', 'Other consultancy'), quote: 'Øvrige konsulentydelser.' },
  { id: 'other-project-administration', category: 'other', level: 4, effort: 25, activity: 0, name: t('Projektadministration for fællesprojekter', 'Project administration of joint projects'), quote: 'Projektadministration for fællesprojekter' },
  { id: 'other-project-execution', category: 'other', level: 4, effort: 50, activity: 150_000, name: t('Projektudførelse i Nordjylland', 'Project execution in North Jutland'), neutral: t('Projektudførelse i regionen', 'Project execution in the region'), quote: 'Projektudførelse i Nordjylland' },
];

/** The catalogue for a region: North Jutland's names there, region-neutral names elsewhere. */
export function defaultCatalogue(region: RegionName): CatalogueTask[] {
  const northJutland = hasT11AndBrn(region);
  return DEFINITIONS.filter((d) => northJutland || !d.northJutlandOnly).map((d) => {
    const source: Source = seed('001', d.quote, d.note ?? CALIBRATED);
    return {
      id: d.id,
      name: northJutland ? d.name : (d.neutral ?? d.name),
      category: d.category,
      level: d.level,
      effort: point(d.effort),
      activity: point(d.activity),
      firstYear: d.firstYear ?? null,
      source,
    };
  });
}

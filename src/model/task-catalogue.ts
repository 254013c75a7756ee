/**
 * T11's task portfolio (seed 001, "Scenarier for ambitionsniveau"), one task per bullet.
 * Efforts and activity amounts are assumptions calibrated so the presets land inside T11's
 * budget ranges with the default cost per FTE: level 1 = 1 FTE, +1 FTE at level 2, +1 at
 * level 3 (3 FTE = today's staffing), +1,5 at level 4.
 */
import { point } from './estimate';
import type { AmbitionLevel, LocalText, Task, TaskCategory } from './types';

const ASSUMED: LocalText = {
  da: 'Antagelse, kalibreret til T11’s budgetniveauer (diskussionsoplæg til KDK)',
  en: 'Assumption, calibrated to T11’s budget levels (discussion paper to KDK)',
};

function task(
  id: string,
  category: TaskCategory,
  level: AmbitionLevel,
  fte: number,
  activityCost: number,
  da: string,
  en: string,
  source: LocalText = ASSUMED,
): Task {
  return { id, category, level, fte: point(fte), activityCost: point(activityCost), name: { da, en }, source };
}

export const DIALOGFORUM_TASK_ID = 'sec-dialogforum';

export const DEFAULT_TASKS: readonly Task[] = [
  // Level 1: 1,0 FTE, 635.000 kr. activities
  task('contact-national-meetings', 'contact', 1, 0.15, 50_000, 'Deltagelse i nationale møder og info-screening', 'National meetings and information screening'),
  task('contact-knowledge-sharing', 'contact', 1, 0.15, 100_000, '(Digital) videnformidling regionalt', '(Digital) regional knowledge sharing'),
  task('guidance-joint-meetings', 'guidance', 1, 0.15, 150_000, 'Generelle fællesmøder med klimakoordinatorer', 'Joint meetings with climate coordinators'),
  task('guidance-overall-1to1', 'guidance', 1, 0.2, 35_000, 'Overordnet 1:1 vejledning', 'Overall 1:1 guidance'),
  task('sec-steering-groups', 'secretariat', 1, 0.25, 100_000, 'Sekretariat for politisk, administrativ og faglig styregruppe', 'Secretariat for the political, administrative and project steering groups'),
  task('other-ad-hoc', 'other', 1, 0.1, 200_000, 'Mindre enkeltstående ad hoc-opgaver (notater mv.)', 'Small ad hoc tasks (memos etc.)'),
  // Level 2: +1,0 FTE, +80.000 kr.
  task('contact-national-fora', 'contact', 2, 0.1, 0, 'Understøtte nordjyske perspektiver i nationale fora', 'Promote North Jutland perspectives in national fora'),
  task('contact-selective-communication', 'contact', 2, 0.1, 10_000, 'Selektiv formidling (konferencer)', 'Selective communication (conferences)'),
  task('guidance-1to1-sparring', 'guidance', 2, 0.35, 0, '1:1 faglig sparring med de enkelte kommuner', '1:1 professional sparring with each municipality'),
  task('guidance-concito-dialogue', 'guidance', 2, 0.1, 0, 'Dialogpartner mellem kommuner og CONCITO', 'Dialogue partner between municipalities and CONCITO'),
  task('guidance-theme-groups', 'guidance', 2, 0.15, 10_000, 'Drift af temagrupper', 'Running theme groups'),
  task(DIALOGFORUM_TASK_ID, 'secretariat', 2, 0.1, 40_000, 'Facilitere Klimapolitisk dialogforum', 'Facilitate the climate policy dialogue forum', {
    da: 'Rammebeløb til Klimapolitisk dialogforum dækkes af KlimaNord fra 2025 (T11); beløbet er en antagelse',
    en: 'KlimaNord pays the dialogue forum’s framework amount from 2025 (T11); the amount is an assumption',
  }),
  task('other-analyses', 'other', 2, 0.1, 20_000, 'Enkeltstående nordjyske analyser, dataindsamling', 'One-off North Jutland analyses, data collection'),
  // Level 3: +1,0 FTE, +120.000 kr. (= today's portfolio)
  task('contact-conferences', 'contact', 3, 0.1, 40_000, 'National og international formidling på konferencer', 'National and international communication at conferences'),
  task('contact-partners', 'contact', 3, 0.1, 0, 'Afsøgning af samarbejdspartnere til Nordjylland', 'Seeking partners for North Jutland'),
  task('guidance-competence', 'guidance', 3, 0.15, 30_000, 'Kompetenceudvikling af klimakoordinatorer', 'Competence development of climate coordinators'),
  task('guidance-onboarding', 'guidance', 3, 0.1, 20_000, 'Evt. onboardingprogram for nye koordinatorer', 'Onboarding programme for new coordinators'),
  task('sec-project-groups', 'secretariat', 3, 0.15, 0, 'Facilitering af kommunale samarbejdsprojektgrupper', 'Facilitate cross-municipal project groups'),
  task('other-gen2040', 'other', 3, 0.2, 10_000, 'GEN2040 (Grøn Energi Nordjylland)', 'GEN2040 (Green Energy North Jutland)'),
  task('other-climate-ambition', 'other', 3, 0.1, 10_000, 'Nordjysk Klimaambition', 'North Jutland climate ambition'),
  task('other-project-development', 'other', 3, 0.1, 10_000, 'Projektudvikling og ansøgning (fx Biokul)', 'Project development and funding applications (e.g. Biokul)'),
  // Level 4: +1,5 FTE, only in a very ambitious strategy
  task('guidance-coordinator-work', 'guidance', 4, 0.5, 0, 'Klimakoordinatoropgaver for enkelte kommuner', 'Climate-coordinator work for single municipalities'),
  task('other-consultancy', 'other', 4, 0.25, 0, 'Øvrige konsulentydelser', 'Other consultancy'),
  task('other-project-administration', 'other', 4, 0.25, 0, 'Projektadministration for fællesprojekter', 'Project administration of joint projects'),
  task('other-project-execution', 'other', 4, 0.5, 150_000, 'Projektudførelse i Nordjylland', 'Project execution in North Jutland'),
];

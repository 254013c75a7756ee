/**
 * Workspace-wide assumptions and where each comes from. The app shows every one as an editable
 * input labelled with its source; none is a hidden constant.
 */
import { point, sameEstimate, span, type Estimate } from './estimate';
import { assumption, seed, type Source } from './sources';
import { hasT11AndBrn, type Assumptions, type Criterion, type CriterionId, type RegionName, type Workspace } from './types';

/** Sjælland: KKR's FTE, run by Gate21, priced so Sorø's share is the seed's 26.150 kr. a year. */
export const SJAELLAND_COST_PER_FTE = 730_000;

export function defaultAssumptions(region: RegionName): Assumptions {
  return {
    costPerFte: region === 'Sjælland' ? point(SJAELLAND_COST_PER_FTE) : span(500_000, 625_000, 550_000),
    openingReserve: hasT11AndBrn(region) ? 850_000 : 0,
    vulnerableBelow: 150,
    wageIndexation: 0,
    priceIndexation: 0,
    priceYear: region === 'Sjælland' ? 2023 : 2026,
  };
}

export type AssumptionKey = keyof Assumptions;

/**
 * Where a workspace's assumption comes from now: the region's source while it holds the
 * region's default, the user's own entry once changed. The default's source had gone on saying
 * "Antagelse: 0 % – … ingen har besluttet en fremskrivning" beside 2,9 % (a fresh-eyes walk).
 */
export function assumptionSource(ws: Workspace, key: AssumptionKey): Source {
  const original = defaultAssumptions(ws.region)[key];
  const now = ws.assumptions[key];
  const same = typeof now === 'number' ? now === original : sameEstimate(now, original as Estimate);
  return same ? assumptionSources(ws.region)[key] : { kind: 'user' };
}

export function assumptionSources(region: RegionName): Readonly<Record<AssumptionKey, Source>> {
  return {
    costPerFte:
      region === 'Sjælland'
        ? seed(
            '002',
            'Sorø Kommunes andel udgør dermed 13.075 i andet halvår af 2023, og 26.150 kr. årligt fra og med 2024.',
            {
              da: 'KKR’s årsværk (Gate21) sat til 730.000 kr., så Sorøs andel efter befolkning pr. 1. januar 2023 (30.444 af 849.857) bliver 26.150 kr. (antagelse)',
              en: 'KKR’s FTE (Gate21) set at 730,000 kr. so that Sorø’s population share on 1 January 2023 (30,444 of 849,857) gives 26,150 kr. (assumption)',
            },
          )
        : hasT11AndBrn(region)
          ? assumption(
              'Antagelse: fuldt omkostningsbelagt årsværk (løn inkl. pension, kompetenceudvikling, rejser) for en akademisk medarbejder, 500.000–625.000 kr. Med midtværdien 550.000 kr. rammer niveau 1–4 T11’s budgetniveauer uden udgifter til administration og husleje, som oplægget siger ikke findes under BRN i dag',
              'Assumption: a fully loaded academic FTE (salary incl. pension, training, travel), 500,000–625,000 kr. With the central 550,000 kr., levels 1–4 land in T11’s budget levels without administration or rent costs, which the paper says do not exist under BRN today',
            )
          : // Calibrated on North Jutland's paper: said as that paper's, not as a fact of this region.
            assumption(
              'Antagelse: fuldt omkostningsbelagt årsværk (løn inkl. pension, kompetenceudvikling, rejser) for en akademisk medarbejder, 500.000–625.000 kr. Midtværdien 550.000 kr. er sat efter T11’s oplæg i Nordjylland, hvor den rammer budgetniveauerne for niveau 1–4 uden udgifter til administration og husleje; ret den til denne regions lønniveau',
              'Assumption: a fully loaded academic FTE (salary incl. pension, training, travel), 500,000–625,000 kr. The central 550,000 kr. is set from T11’s paper in North Jutland, where it matches the budget levels of levels 1–4 without administration or rent; adjust it to this region’s pay',
            ),
    openingReserve:
      hasT11AndBrn(region)
        ? seed('001', 'Det budgetmæssige mindreforbrug for 2023 (opstart) og 2024 (3 mdr. vacance) udgør akkumuleret ca. 850.000 – hvorfra ca. 450.000 hidrører fra 2024.')
        : assumption('Antagelse: ingen opsparing i denne region', 'Assumption: no reserve in this region'),
    vulnerableBelow: seed('001', 'T11 vurderer samlet at Scenarie 1 vil være for sårbart for den fremtidige (koordinerede) klimaindsats.', {
      da: 'Grænsen 1,5 årsværk er en antagelse: scenarie 1 har ét årsværk',
      en: 'The 1.5 FTE threshold is an assumption: scenario 1 has one FTE',
    }),
    wageIndexation: assumption(
      'Antagelse: 0 % – T11’s budgetniveauer er i årets priser, og ingen har besluttet en fremskrivning; skriv fx 2,9 % (OK24: 8,8 % over tre år) for at se lønudviklingen',
      'Assumption: 0 % – T11’s budget levels are in current prices and no indexation is decided; enter e.g. 2.9 % (OK24: 8.8 % over three years) to see wage growth',
    ),
    priceIndexation: assumption(
      'Antagelse: 0 % – beløbene er i årets priser; skriv fx 2 % for at fremskrive aktiviteter, administration og husleje',
      'Assumption: 0 % – amounts are in current prices; enter e.g. 2 % to index activities, administration and rent',
    ),
    priceYear: assumption('Det år, beløbene er opgjort i; fremskrivningen regnes fra dette år', 'The year the amounts are stated in; indexation counts from this year'),
  };
}

const weight = (id: CriterionId, value: number): Criterion => ({ id, weight: value });

/** Robustness weighs most: T11 finds a one-person secretariat not sustainable. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  weight('approvalPath', 15),
  weight('synergy', 15),
  weight('robustness', 25),
  weight('coreTaskProtection', 10),
  weight('adminSimplicity', 10),
  weight('localPresence', 10),
  weight('professionalCommunity', 10),
  weight('steeringGroup', 5),
];

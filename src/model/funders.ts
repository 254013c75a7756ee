/**
 * Who pays besides the municipalities, per region. The municipal supplement closes whatever
 * gap the funders leave; it is not a funder.
 */
import { point } from './estimate';
import { assumption, seed } from './sources';
import { FUNDER_KINDS, hasT11AndBrn, type Funder, type FunderKind, type LocalText, type RegionName } from './types';

const t = (da: string, en: string): LocalText => ({ da, en });

export const BRN_BASE_GRANT = 1_250_000;

/**
 * The kinds a funder in a region can be: BRN (Business Region North Denmark) is North Jutland's,
 * so its base grant is no choice elsewhere, unless the funder already is one.
 */
export const funderKindsIn = (region: RegionName, current?: FunderKind): readonly FunderKind[] =>
  FUNDER_KINDS.filter((k) => k !== 'brn' || hasT11AndBrn(region) || current === 'brn');

const external = (): Funder => ({
  id: 'external',
  kind: 'external',
  name: t('Ekstern finansiering og projektmidler', 'External and project funding'),
  unit: 'kr',
  amount: point(0),
  from: null,
  to: null,
  approvedAmount: null,
  source: assumption('Antagelse: ingen ekstern finansiering, før den er bevilget', 'Assumption: no external funding until it is granted'),
});

export function defaultFunders(region: RegionName): Funder[] {
  if (hasT11AndBrn(region))
    return [
      {
        id: 'brn',
        kind: 'brn',
        name: t('Grundbevilling BRN', 'BRN base grant'),
        unit: 'kr',
        amount: point(BRN_BASE_GRANT),
        from: null,
        to: null,
        approvedAmount: BRN_BASE_GRANT,
        source: seed('001', 'Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være: o Ca. 1 kr. pr indbygger i Scenarie 2 o Ca 2 kr. pr indbygger i Scenarie 3'),
      },
      {
        id: 'region',
        kind: 'region',
        name: t('Region Nordjylland', 'North Denmark Region'),
        unit: 'kr',
        amount: point(0),
        from: null,
        to: null,
        approvedAmount: null,
        source: seed(
          '001',
          'Regionerne bidrager med 6 mio. kr. (hver region bidrager med 1 mio. kr. til sekretariatsressourcer regionalt …)',
          t('1 mio. kr. årligt før regionernes udtræden; 0 efter', '1 m kr. a year before the regions’ exit; 0 after'),
        ),
      },
      external(),
    ];
  if (region === 'Sjælland') {
    const partnership = { from: { year: 2023, month: 7 }, to: { year: 2028, month: 6 } };
    return [
      {
        id: 'region-fte',
        kind: 'region',
        name: t('Region Sjælland: ét årsværk', 'Region Sjælland: one FTE'),
        unit: 'fte',
        amount: point(100),
        ...partnership,
        approvedAmount: null,
        source: seed('002', 'Der er lavet en 5-årig aftale mellem Region Sjælland og KKR-Sjælland, hvor begge parter bidrager med ét årsværk om året.'),
      },
      {
        id: 'region-activities',
        kind: 'region',
        name: t('Region Sjælland: aktiviteter og analyser', 'Region Sjælland: activities and analyses'),
        unit: 'kr',
        amount: point(400_000),
        ...partnership,
        approvedAmount: null,
        source: seed(
          '002',
          'Region Sjælland bidrager desuden med 2 mio. kr. der kan laves aktiviteter/analyser for.',
          t('Sorø-referatet (kilde 002) nævner ingen periode for de 2 mio. kr.; her fordelt over aftalens fem år (antagelse)', 'The Sorø minutes (source 002) give no period for the 2 m kr.; spread over the agreement’s five years here (assumption)'),
        ),
      },
      external(),
    ];
  }
  return [
    {
      id: 'region',
      kind: 'region',
      name: t(`Region ${region}`, `Region ${region}`),
      unit: 'kr',
      amount: point(0),
      from: null,
      to: null,
      approvedAmount: null,
      source: seed('001', 'Regionerne bidrager med 6 mio. kr. (hver region bidrager med 1 mio. kr. til sekretariatsressourcer regionalt …)', t('0 efter regionernes udtræden af Klimaalliancen', '0 after the regions leave the alliance')),
    },
    external(),
  ];
}

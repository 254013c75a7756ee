/**
 * Global assumptions and where each comes from. The app shows every one of these as an
 * editable input labelled "antagelse" with its source; none is a hidden constant.
 */
import { point, span } from './estimate';
import type { Assumptions, HostLocation, LocalText, RegionName } from './types';

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  costPerFte: span(450_000, 575_000, 500_000),
  fixedOperatingCost: point(15_000),
  openingReserve: 850_000,
  vulnerableBelowFte: 1.5,
};

export const DEFAULT_BASE_GRANT = 1_250_000;
/** The region's contribution before it announced its exit; 0 after. */
export const REGION_CONTRIBUTION_BEFORE_EXIT = 1_000_000;

export type AssumptionKey = keyof Assumptions | 'baseGrant' | 'region' | 'adminOverhead' | 'locationCost';

export const ASSUMPTION_SOURCES: Readonly<Record<AssumptionKey, LocalText>> = {
  costPerFte: {
    da: 'Antagelse: løn inkl. pension pr. årsværk, skønnet ud fra T11’s budgetniveauer (3 årsværk ≈ 2,0–2,5 mio. inkl. aktiviteter); arbejdsplads stilles vederlagsfrit af værtskommunen',
    en: 'Assumption: salary incl. pension per FTE, estimated from T11’s budget levels (3 FTE ≈ 2.0–2.5 m incl. activities); the host provides the workplace in kind',
  },
  fixedOperatingCost: {
    da: 'T11: licenser til IT og bidrag til bogholderi hos Business Aalborg, ca. 15.000 kr. p.a.',
    en: 'T11: IT licences and bookkeeping at Business Aalborg, about 15,000 kr. a year',
  },
  openingReserve: {
    da: 'T11: akkumuleret mindreforbrug 2023–2024 ca. 850.000 kr. (heraf ca. 450.000 fra 2024)',
    en: 'T11: accumulated underspend 2023–2024 about 850,000 kr. (about 450,000 from 2024)',
  },
  vulnerableBelowFte: {
    da: 'T11: en organisation baseret på én ressource (scenarie 1) er for sårbar',
    en: 'T11: an organisation resting on one person (scenario 1) is too vulnerable',
  },
  baseGrant: {
    da: 'T11: forudsat basisbevilling fra BRN på 1,25 mio. kr.',
    en: 'T11: assumed BRN base grant of 1.25 m kr.',
  },
  region: {
    da: 'Regionen bidrog med 1 mio. kr. årligt; 0 efter udtræden af Klimaalliancen',
    en: 'The region paid 1 m kr. a year; 0 after leaving the climate alliance',
  },
  adminOverhead: {
    da: 'Antagelse: andel af ledelse, HR og økonomi hos den ansættende organisation',
    en: 'Assumption: share of management, HR and finance at the employing body',
  },
  locationCost: {
    da: 'Antagelse: husleje, IT og HR pr. årsværk, hvis værten ikke stiller dem vederlagsfrit',
    en: 'Assumption: rent, IT and HR per FTE where the host does not provide them in kind',
  },
};

/** The physical anchoring options; the in-kind host is today's Aalborg arrangement. */
export function defaultLocations(hostName: string): HostLocation[] {
  return [
    {
      id: 'hostInKind',
      name: { da: `${hostName} (vederlagsfrit)`, en: `${hostName} (in kind)` },
      costPerFte: point(0),
      fixedCost: point(0),
    },
    {
      id: 'otherMunicipality',
      name: { da: 'Anden værtskommune', en: 'Other host' },
      costPerFte: point(75_000),
      fixedCost: point(0),
    },
    {
      id: 'rotating',
      name: { da: 'Flyverordning', en: 'Rotating host' },
      costPerFte: point(75_000),
      fixedCost: point(40_000),
    },
  ];
}

/** Today's host in North Jutland is Aalborg; elsewhere the largest municipality is assumed. */
export function defaultHostName(region: RegionName, largestMunicipality: string): string {
  return region === 'Nordjylland' ? 'Aalborg' : largestMunicipality;
}

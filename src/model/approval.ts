/**
 * Who must approve the money, following the money as seed 001 states it:
 * - BRN's own grant within today's amount: the BRN board alone ("Det økonomiske mandat til at
 *   prioritere i BRN, gør modellen nem og skalerbar uden de respektive byråd (med mindre
 *   grundbevilling skal øges)").
 * - A larger base grant, a municipal supplement, or BRN money used outside BRN's own model
 *   ("Ny driftsbevilling eller omprioritering fra BRN vil skulle bevilges af alle byråd"): every
 *   city council — and the BRN board too while BRN money is in it.
 * - KKR, the region or KL approve their own money.
 */
import type { ApprovalBody, ApprovalPath, ApprovalReason, ApprovalStep } from './results';
import type { Source } from './sources';
import { hasT11AndBrn, type EmployerKind, type FunderKind, type RegionName } from './types';

const BRN_MANDATE = 'Det økonomiske mandat til at prioritere i BRN, gør modellen nem og skalerbar uden de respektive byråd (med mindre grundbevilling skal øges)';
const ALL_COUNCILS = 'Ny driftsbevilling eller omprioritering fra BRN vil skulle bevilges af alle byråd';

/** What each reason for an approval rests on, for "Hvorfor?" on the approval path. */
const APPROVAL_SOURCES: Readonly<Record<ApprovalReason, Exclude<Source, { kind: 'user' }>>> = {
  ownMoney: {
    kind: 'assumption',
    reason: {
      da: 'Hver bidragyder bevilger selv sine egne midler. BRN-bestyrelsen bevilger grundbevillingen, så længe den ikke overstiger det, der allerede er bevilget.',
      en: 'Each funder approves its own money. The BRN board approves the base grant as long as it does not exceed what is already approved.',
    },
  },
  supplement: { kind: 'seed', document: '001', quote: ALL_COUNCILS },
  raisedBaseGrant: { kind: 'seed', document: '001', quote: BRN_MANDATE },
  reprioritisedBrn: { kind: 'seed', document: '001', quote: ALL_COUNCILS },
};

/**
 * Elsewhere there is no BRN: the rule that a supplement is new operating money each city council
 * must grant is the same, but seed 001's words for it are about BRN, so it is said as the rule it
 * is. BRN's own reasons stay (a funder kept as BRN's brings them), cited as North Jutland's seed.
 */
const APPROVAL_SOURCES_ELSEWHERE: Readonly<Record<ApprovalReason, Exclude<Source, { kind: 'user' }>>> = {
  ...APPROVAL_SOURCES,
  ownMoney: {
    kind: 'assumption',
    reason: { da: 'Hver bidragyder bevilger selv sine egne midler: regionsrådet regionens, KKR og KL deres egne.', en: 'Each funder approves its own money: the regional council the region’s, KKR and KL their own.' },
  },
  supplement: {
    kind: 'assumption',
    reason: {
      da: 'Et kommunalt tillæg er en ny driftsbevilling i hver kommune, og den kan kun byrådet give (den samme regel, som T11’s oplæg i Nordjylland bygger på).',
      en: 'A municipal supplement is new operating money in each municipality, which only its city council can grant (the same rule T11’s paper in North Jutland rests on).',
    },
  },
};

/** The sources of the approval reasons, in the region's own terms. */
export const approvalSourcesIn = (region: RegionName): Readonly<Record<ApprovalReason, Exclude<Source, { kind: 'user' }>>> =>
  hasT11AndBrn(region) ? APPROVAL_SOURCES : APPROVAL_SOURCES_ELSEWHERE;

export interface MoneyUsed {
  /** The most each kind of funder pays in any year (central, kr. per full year). */
  readonly byKind: Readonly<Partial<Record<FunderKind, number>>>;
  /** A grant set above the amount already approved (BRN's 1,25 mio.). */
  readonly aboveApproved: boolean;
  readonly anySupplement: boolean;
  readonly employerKind: EmployerKind;
  readonly councils: number;
}

const OWN: Readonly<Partial<Record<FunderKind, ApprovalBody>>> = { brn: 'brnBoard', kkr: 'kkr', region: 'regionCouncil', kl: 'kl' };

export function approvalPath(money: MoneyUsed): ApprovalPath {
  const steps: ApprovalStep[] = [];
  for (const [kind, body] of Object.entries(OWN) as [FunderKind, ApprovalBody][])
    if ((money.byKind[kind] ?? 0) > 0) steps.push({ body, count: 1, reasons: ['ownMoney'] });
  const councilReasons: ApprovalReason[] = [];
  if (money.anySupplement) councilReasons.push('supplement');
  if (money.aboveApproved) councilReasons.push('raisedBaseGrant');
  if ((money.byKind.brn ?? 0) > 0 && money.employerKind !== 'brnSecretariat') councilReasons.push('reprioritisedBrn');
  if (councilReasons.length > 0) steps.push({ body: 'cityCouncils', count: money.councils, reasons: councilReasons });
  return { steps, count: steps.reduce((s, b) => s + b.count, 0) };
}

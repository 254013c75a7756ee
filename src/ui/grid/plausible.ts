/**
 * Where a typed amount is plausible for its field. Outside it the entry asks once before it is
 * used ("Mente du 600.000 kr.?", "”2 mia.” er usandsynligt meget …"): these are typing checks,
 * not model rules, and a second Enter takes the value as meant. A paste, which cannot be asked,
 * leaves such a cell out and says so.
 */
export interface Plausible {
  readonly from: number;
  readonly to: number;
  /** 0 is a meaningful entry (a region that pays nothing), not a slip. */
  readonly zero: boolean;
}

/**
 * A fully loaded year of one employee: the default assumption is 500.000–625.000 kr., Gate21's
 * price for KKR Sjælland 730.000 kr. A fifth of the lower end, or about four times Gate21's price,
 * is a slip of the keyboard or of the unit.
 */
export const PLAUSIBLE_COST_PER_FTE: Plausible = { from: 100_000, to: 3_000_000, zero: false };

/**
 * Money for the secretariat, a funder's yearly amount or the reserve: BRN's base grant is
 * 1,25 mio., a region's former share 1 mio., the reserve 850.000; under 10.000 kr. is no grant,
 * and a hundred millions is a whole climate budget.
 */
export const PLAUSIBLE_FUNDING_KR: Plausible = { from: 10_000, to: 100_000_000, zero: true };

/**
 * Staff for a secretariat that is 4,5 FTE at the most ambitious level T11 describes (a task, or
 * a funder's lent staff, less): more than 20, over four times that, is asked about — "50" is more
 * likely a slip for 5,0 than a plan (in hundredths, as the model counts). 0 is a scenario or a
 * task without staff.
 */
export const PLAUSIBLE_FTE: Plausible = { from: 0, to: 20 * 100, zero: true };

/**
 * A task's yearly activities and consultants: T11's levels spend 660.000–960.000 kr. over all
 * their tasks; a single task from 5.000 kr. (a network meeting) to a few millions. Less is asked
 * about, and 0 is a task without activities.
 */
export const PLAUSIBLE_ACTIVITY_KR: Plausible = { from: 5_000, to: 20_000_000, zero: true };

/**
 * A yearly wage or price indexation, in per cent: a few per cent a year is a forecast; over 10 %
 * a year, or a fall of more than 5 %, is more likely a slip (the limits are ±50 %). 0 is the
 * regions' default (amounts in fixed prices).
 */
export const PLAUSIBLE_RATE: Plausible = { from: -5, to: 10, zero: true };

/**
 * The model's results and inputs in words, one way for every place that shows them (the grid,
 * the decision support, the exports, the handout): the approval path, the flags, the key, and
 * where an input comes from.
 */
import { portfolio, readableQuote, SEED_SHORT_TITLES, surplusYears, type AllocationKey, type CatalogueTask, type ApprovalPath, type Assumptions, type FlagId, type Funder, type Lang, type Scenario, type ScenarioResult, type Source, type YearKey } from '../model';
import { formatFte, formatPercent, formatYearMonth, formatYears } from './number-format';
import { labelInSentence, translate, type I18n, type MessageKey } from './i18n';

const FLAG_KEYS: Record<FlagId, MessageKey> = {
  singleEmployeeVulnerable: 'flagSingleEmployeeVulnerable',
  reserveExhausted: 'flagReserveExhausted',
  fundingSurplus: 'flagFundingSurplus',
  managementSeparatedFromLocation: 'flagManagementSeparatedFromLocation',
  newPoliticalBody: 'flagNewPoliticalBody',
};
// The limit is an input (Antagelser): the flag says the one in force, not "one employee".
const flagParams = (i18n: I18n, assumptions: Pick<Assumptions, 'vulnerableBelow'>) => ({ below: formatFte(assumptions.vulnerableBelow, i18n.lang()) });
/**
 * The years with a surplus, as runs ("2027", "2026 og 2028", "2027–2028 og 2030"). The flag is the scenario's; beside
 * one year's figures with a supplement, a bare "Overskud" read as that year's (a fresh-eyes walk).
 */
function surplusYearsText(result: Pick<ScenarioResult, 'years'>, lang: 'da' | 'en'): string | null {
  const years = surplusYears(result.years);
  // Every year: nothing to tell apart.
  if (years.length === result.years.length) return null;
  const runs: [number, number][] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  }
  return new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(runs.map(([from, to]) => formatYears(from, to)));
}
/** `result`: a surplus in some of the years names them (the alternatives' flags have none to name). */
export function flagText(flag: FlagId, i18n: I18n, assumptions: Pick<Assumptions, 'vulnerableBelow'>, result?: Pick<ScenarioResult, 'years'>): string {
  const years = flag === 'fundingSurplus' && result ? surplusYearsText(result, i18n.lang()) : null;
  return years ? i18n.t('flagFundingSurplusIn', { years }) : i18n.t(FLAG_KEYS[flag], flagParams(i18n, assumptions));
}

const FLAG_SHORT: Record<FlagId, MessageKey> = {
  singleEmployeeVulnerable: 'flagShort_singleEmployeeVulnerable',
  reserveExhausted: 'flagShort_reserveExhausted',
  fundingSurplus: 'flagShort_fundingSurplus',
  managementSeparatedFromLocation: 'flagShort_managementSeparatedFromLocation',
  newPoliticalBody: 'flagShort_newPoliticalBody',
};
/** A flag in two or three words, for a grid cell on the projector. */
export function flagShortText(flag: FlagId, i18n: I18n, assumptions: Pick<Assumptions, 'vulnerableBelow'>, result?: Pick<ScenarioResult, 'years'>): string {
  const years = flag === 'fundingSurplus' && result ? surplusYearsText(result, i18n.lang()) : null;
  return years ? i18n.t('flagShort_fundingSurplusIn', { years }) : i18n.t(FLAG_SHORT[flag], flagParams(i18n, assumptions));
}

const BODY_KEYS = { brnBoard: 'approval_brnBoard', kkr: 'approval_kkr', regionCouncil: 'approval_regionCouncil', kl: 'approval_kl' } as const;

/**
 * The approval path in words: "BRN-bestyrelsen + 11 byråd", broken only before a "+": presenting,
 * "+ 11" ended a line over "byråd".
 */
export function approvalText(path: ApprovalPath, t: I18n['t']): string {
  if (path.steps.length === 0) return t('approvalNone');
  return path.steps.map((s) => (s.body === 'cityCouncils' ? t('approvalCityCouncils', { count: s.count }) : t(BODY_KEYS[s.body]))).join(' +\u00a0');
}

/**
 * What the high estimate's approval path adds to the central one, in words: "+ 11 byråd i højt
 * skøn" (the model's approvalIfHigh); null where it adds nothing.
 */
export function approvalIfHigh(result: Pick<ScenarioResult, 'approvalIfHigh'>, t: I18n['t']): string | null {
  const councils = result.approvalIfHigh?.steps.find((s) => s.body === 'cityCouncils');
  return councils ? t('approvalIfHigh', { count: councils.count }) : null;
}

/** The path on one line, as the tables of the handout, the exports and the alternatives say it: "BRN-bestyrelsen (+ 11 byråd ved højt skøn)". */
export function approvalWithHigh(result: Pick<ScenarioResult, 'approval' | 'approvalIfHigh'>, t: I18n['t']): string {
  const ifHigh = approvalIfHigh(result, t);
  return ifHigh ? `${approvalText(result.approval, t)} (${ifHigh})` : approvalText(result.approval, t);
}

/**
 * A scenario's ambition level in words, as the grid and the exports say it: "Niveau 2", and
 * "Niveau 2 · tilpasset" where its tasks differ from the level's.
 */
/** The year a scenario's first-whole-year figures are of: "første hele år: 2026", or "intet helt år: 6 mdr. i 2026". */
export const typicalYearText = (y: { readonly months: number; readonly year: number }, t: I18n['t']): string =>
  y.months < 12 ? t('partYearIs', { months: y.months, year: y.year }) : t('firstFullYearIs', { year: y.year });

/**
 * A column's first-whole-year words where they are news: always for a part year, and for a whole
 * one where the columns' first whole years differ (`years`: every column's). Else undefined.
 */
export const typicalYearNote = (mine: { readonly months: number; readonly year: number }, years: readonly (number | undefined)[], t: I18n['t']): string | undefined =>
  mine.months < 12 || new Set(years).size > 1 ? typicalYearText(mine, t) : undefined;

/**
 * A column's words for the year shown, where they are news: under "Første hele år" as above;
 * under a calendar year the months of one it runs only part of ("kun 6 mdr. i 2026": its half
 * year's cost stood beside whole years unsaid, the cheapest column at a glance); under the whole
 * period none here (the grid's header says the period's years itself). `mine`: the column's
 * figures for the year shown; `years`: every column's year shown.
 */
export function yearShownNote(key: YearKey, mine: { readonly months: number; readonly year: number } | undefined, years: readonly (number | undefined)[], t: I18n['t']): string | undefined {
  if (!mine || key === 'horizon') return undefined;
  if (key === 'typical') return typicalYearNote(mine, years, t);
  return mine.months < 12 ? t('monthsInYear', { months: mine.months, year: mine.year }) : undefined;
}

/** "Niveau 2", or "Niveau 2 · tilpasset" where a task differs from what the level holds (a switch the level makes anyway is none). */
export function levelText(scenario: Scenario, catalogue: readonly CatalogueTask[], t: I18n['t']): string {
  const adjusted = portfolio(catalogue, scenario).some((task) => task.differs.on || task.differs.effort || task.differs.activity);
  return t('level', { level: scenario.ambitionLevel }) + (adjusted ? ` · ${t('levelAdjusted')}` : '');
}

const ALLOCATION_KEYS = { population: 'allocPopulation', equal: 'allocEqual', mixed: 'allocMixed', custom: 'allocCustom' } as const;
/** The months a funder pays: "fra juli 2027 til juni 2028", "fra juli 2027", "til juni 2028"; none: "". */
export function paysInText({ from, to }: Pick<Funder, 'from' | 'to'>, lang: Lang): string {
  const month = (m: NonNullable<Funder['from']>) => formatYearMonth(m, lang);
  return from && to ? translate(lang, 'funderPaysBetween', { from: month(from), to: month(to) }) : from ? translate(lang, 'funderPaysFrom', { month: month(from) }) : to ? translate(lang, 'funderPaysUntil', { month: month(to) }) : '';
}

/**
 * A funder's row label: its name, the unit of its yearly amount (`unit`) and the months it pays in
 * ("Region Nordjylland (kr./år, fra juli 2027)"). Its yearly amount stands in years it pays
 * nothing (a handout's 0 beside a reader who could not see the months); the label says which.
 */
export function funderLabel(f: Pick<Funder, 'name' | 'unit' | 'from' | 'to'>, i18n: I18n, unit: boolean): string {
  const aside = [unit ? i18n.t(f.unit === 'fte' ? 'unitFtePerYear' : 'unitKrPerYear') : '', paysInText(f, i18n.lang())].filter(Boolean).join(', ');
  return aside ? `${f.name[i18n.lang()]} (${aside})` : f.name[i18n.lang()];
}

export const allocationKindText = (kind: AllocationKey['kind'], t: I18n['t']): string => t(ALLOCATION_KEYS[kind]);

/** The key in words, with the equal share of a mixed key: "Blandet (20 % ligeligt)". */
export const allocationText = (key: AllocationKey, i18n: I18n): string =>
  allocationKindText(key.kind, i18n.t) + (key.kind === 'mixed' ? ` (${formatPercent(key.equalPercent, i18n.lang())} ${i18n.t('equalShort')})` : '');

/**
 * Where a row's values come from, where one row holds two (a task's FTE and amount, a host's two
 * costs): one source, or each value's where they differ ("Årsværk: Jeres eget tal · Aktiviteter
 * (kr./år): Kilde 001 …"); one value typed made the other's seed read as typed too.
 */
export function sourcesText(values: readonly { readonly label: string; readonly source: Source }[], i18n: I18n, short = false): string {
  const texts = values.map((v) => sourceText(v.source, i18n, short));
  return new Set(texts).size <= 1 ? texts[0]! : values.map((v, i) => `${labelInSentence(v.label)}: ${texts[i]}`).join(' · ');
}

/** Where an input comes from, in words: a seed with its quote, an assumption with its reason. */
export function sourceText(source: Source, i18n: I18n, short = false): string {
  const { t, local } = i18n;
  switch (source.kind) {
    case 'seed': {
      // Cited row after row: the document's short name here, its full title in "Hvorfor?".
      const doc = `${t('seedDocument', { n: source.document })} (${local(SEED_SHORT_TITLES[source.document])})`;
      if (short) return source.note ? `${doc} · ${local(source.note)}` : doc;
      // The quote is Danish (the seed's own words); its marks are the reader's: ”…” or “…”.
      const [open, close] = i18n.lang() === 'da' ? ['”', '”'] : ['“', '”'];
      return `${doc}: ${open}${readableQuote(source.quote)}${close}${source.note ? ` · ${local(source.note)}` : ''}`;
    }
    case 'assumption':
    case 'data':
      return local(source.reason);
    case 'user':
      return t('sourceUser');
  }
}

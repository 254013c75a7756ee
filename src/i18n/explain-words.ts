/**
 * The words of an explanation: what each term of the model's explanation tree is called, and
 * where an input comes from, in Danish and English. The dialog and the workbook both use them,
 * so a figure is named the same on screen and in Excel.
 */
import type { ExplainLabel, ExplainRule, ExplainTerm, Explanation, Origin } from '../model/explain';
import type { Lang, LocalText } from '../model/types';
import { paysInText } from './describe';
import { readableQuote, SEED_TITLES } from '../model/sources';

const TERMS: Readonly<Record<ExplainTerm, LocalText>> = {
  supplement: { da: 'Kommunalt tillæg', en: 'Municipal supplement' },
  totalCost: { da: 'Samlet udgift', en: 'Total cost' },
  staff: { da: 'Løn', en: 'Staff cost' },
  activities: { da: 'Aktiviteter', en: 'Activities' },
  activityTotal: { da: 'Aktivitetsbeløb i alt pr. helt år', en: 'Activity amounts per full year' },
  administration: { da: 'Administration ({name})', en: 'Administration ({name})' },
  host: { da: 'Værtsudgift ({name})', en: 'Host cost ({name})' },
  hostPerFte: { da: 'Husleje, IT og HR', en: 'Rent, IT and HR' },
  hostFixed: { da: 'Faste værtsudgifter', en: 'Fixed host costs' },
  fte: { da: 'Årsværk (opgavernes sum)', en: 'FTE (the tasks’ sum)' },
  staffing: { da: 'Årsværk (eget tal)', en: 'FTE (own figure)' },
  costPerFte: { da: 'Lønomkostning pr. årsværk', en: 'Cost per FTE' },
  wageIndex: { da: 'Lønindeks', en: 'Wage index' },
  priceIndex: { da: 'Prisindeks', en: 'Price index' },
  wageIndexation: { da: 'Lønfremskrivning pr. år (%)', en: 'Wage indexation per year (%)' },
  priceIndexation: { da: 'Prisfremskrivning pr. år (%)', en: 'Price indexation per year (%)' },
  priceYear: { da: 'Prisår', en: 'Price year' },
  year: { da: 'År', en: 'Year' },
  shareOfYear: { da: 'Andel af året i drift', en: 'Share of the year running' },
  months: { da: 'Måneder i drift', en: 'Months running' },
  monthsPerYear: { da: 'Måneder pr. år', en: 'Months per year' },
  funderShare: { da: 'Andel af året med {name}', en: 'Share of the year with {name}' },
  funderMonths: { da: 'Måneder med {name}', en: 'Months with {name}' },
  funder: { da: '{name}', en: '{name}' },
  funderAmount: { da: '{name} pr. helt år', en: '{name} per full year' },
  funding: { da: 'Finansiering i alt', en: 'Funding in total' },
  reserveDrawn: { da: 'Trukket fra opsparingen', en: 'Drawn from the reserve' },
  reservePlanned: { da: 'Planlagt træk på opsparing', en: 'Planned draw on the reserve' },
  reserveBefore: { da: 'Opsparing ved årets start', en: 'Reserve at the start of the year' },
  reserveLeft: { da: 'Opsparing tilbage', en: 'Reserve left' },
  reserveNeed: { da: 'Udgift efter øvrig finansiering', en: 'Cost after other funding' },
  openingReserve: { da: 'Opsparet reserve (mindreforbrug)', en: 'Opening reserve (underspend)' },
  surplus: { da: 'Overskud', en: 'Surplus' },
  perInhabitant: { da: 'Kr. pr. indbygger', en: 'Kr. per inhabitant' },
  population: { da: 'Indbyggere i alt', en: 'Population in total' },
  municipalityPopulation: { da: 'Indbyggere, {name}', en: 'Population, {name}' },
  municipalityAmount: { da: '{name}: andel af tillægget', en: '{name}: share of the supplement' },
  weight: { da: 'Fordelingsandel, {name}', en: 'Allocation share, {name}' },
  weightSum: { da: 'Fordelingsandele i alt', en: 'Allocation shares in total' },
  equalPercent: { da: 'Del fordelt ligeligt (%)', en: 'Part split equally (%)' },
  count: { da: 'Antal kommuner', en: 'Number of municipalities' },
  one: { da: 'Hele tillægget', en: 'The whole supplement' },
  customWeight: { da: 'Vægt, {name}', en: 'Weight, {name}' },
  customWeightSum: { da: 'Vægte i alt', en: 'Weights in total' },
  populationShare: { da: 'Befolkningsandel, {name}', en: 'Population share, {name}' },
  taskEffort: { da: 'Årsværk: {name}', en: 'FTE: {name}' },
  taskActivity: { da: 'Aktivitetsbeløb: {name}', en: 'Activity amount: {name}' },
  adminCost: { da: 'Administration pr. helt år ({name})', en: 'Administration per full year ({name})' },
  hostCostPerFte: { da: 'Husleje, IT og HR pr. årsværk ({name})', en: 'Rent, IT and HR per FTE ({name})' },
  hostFixedCost: { da: 'Faste udgifter pr. helt år ({name})', en: 'Fixed costs per full year ({name})' },
};

/** A node's name in the user's language, e.g. "Grundbevilling BRN pr. helt år". */
export function termText(label: ExplainLabel, lang: Lang): string {
  const text = TERMS[label.term][lang];
  if (!label.name) return text.replace(/ ?\(\{name\}\)|\{name\}/, '');
  const name = label.name[lang];
  // A name with its own brackets is not bracketed again: "Værtsudgift, Aalborg (vederlagsfrit)".
  return name.includes('(') ? text.replace(/ \(\{name\}\)/, ', {name}').replace('{name}', name) : text.replace('{name}', name);
}

/** A node's name with its year where it has one: "Kommunalt tillæg 2027". */
export const nodeTitle = (node: Explanation, lang: Lang): string => (node.year ? `${termText(node.label, lang)} ${node.year}` : termText(node.label, lang));

const RULES: Readonly<Record<ExplainRule, LocalText>> = {
  sum: { da: 'summen', en: 'the sum' },
  difference: { da: 'forskellen', en: 'the difference' },
  product: { da: 'produktet', en: 'the product' },
  quotient: { da: 'kvotienten', en: 'the quotient' },
  atLeastZero: { da: 'forskellen, dog aldrig under 0', en: 'the difference, never below 0' },
  leastAtLeastZero: { da: 'det mindste af tallene, dog aldrig under 0', en: 'the least of the figures, never below 0' },
  index: { da: '(1 + sats/100) opløftet i antal år efter prisåret', en: '(1 + rate/100) to the power of the years after the price year' },
  mixedWeight: { da: 'lige del ÷ antal kommuner + resten × befolkningsandel', en: 'equal part ÷ municipalities + the rest × population share' },
  largestRemainder: { da: 'hele kroner af tillæg × andel, plus én krone til de største rester', en: 'whole kroner of supplement × share, plus one krone to the largest remainders' },
  first: { da: 'første års tal', en: 'the first year’s figure' },
};

export const ruleText = (rule: ExplainRule, lang: Lang): string => RULES[rule][lang];

const ORIGIN: Readonly<Record<'user' | 'userShared' | 'derived' | 'derivedPaysIn' | 'constant' | 'seed', LocalText>> = {
  // After the badge "Jeres eget tal" / "Your own entry": where it was entered, not the badge again.
  user: { da: 'indtastet i {scenario}', en: 'entered in {scenario}' },
  userShared: { da: 'indtastet fælles for alle scenarier', en: 'entered once for every scenario' },
  derived: { da: 'Følger af scenariets start og slut', en: 'Follows from the scenario’s start and end' },
  derivedPaysIn: { da: ' og af, hvornår finansieringen betaler: {months}', en: ', and from the months the funding pays: {months}' },
  constant: { da: 'Fast tal i beregningen', en: 'A fixed number of the rule' },
  seed: { da: 'Kildedokument {n}', en: 'Source document {n}' },
};

/** Where an input comes from, in words; a seed fact with the seed's own Danish words. */
export function originText(origin: Origin, lang: Lang, scenarioName: (id: string) => string): { kind: Origin['kind']; text: string; quote?: string; document?: string } {
  switch (origin.kind) {
    case 'seed':
      return {
        kind: 'seed',
        text: `${ORIGIN.seed[lang].replace('{n}', origin.document)}: ${SEED_TITLES[origin.document][lang]}${origin.note ? ` · ${origin.note[lang]}` : ''}`,
        quote: readableQuote(origin.quote),
        document: origin.document,
      };
    case 'assumption':
      // The badge already says "Antagelse": the reason need not say it again.
      return { kind: 'assumption', text: origin.reason[lang].replace(/^(Antagelse|Assumption): /, '') };
    case 'data':
      return { kind: 'data', text: origin.reason[lang] };
    case 'user':
      return { kind: 'user', text: origin.scenarioId ? ORIGIN.user[lang].replace('{scenario}', scenarioName(origin.scenarioId)) : ORIGIN.userShared[lang] };
    case 'derived':
      // A funder paying in part of the period: its months, as the grid's row names them.
      return { kind: 'derived', text: ORIGIN.derived[lang] + (origin.paysIn ? ORIGIN.derivedPaysIn[lang].replace('{months}', paysInText(origin.paysIn, lang)) : '') };
    case 'constant':
      return { kind: 'constant', text: ORIGIN.constant[lang] };
  }
}

/**
 * An explanation's numbers and formula line in the user's language: the figure as a short
 * formula with the actual values ("Kommunalt tillæg 2027 = Samlet udgift 1.845.000 −
 * Grundbevilling BRN 1.250.000 − … = 595.000").
 */
import { nodeTitle, termText } from '../../i18n/explain-words';
import { formatDecimal, formatKr, formatNumber, formatPerInhabitant } from '../../i18n/number-format';
import type { Explanation, Lang } from '../../model';

export function formatValue(node: Pick<Explanation, 'unit' | 'value'>, lang: Lang): string {
  const v = node.value;
  switch (node.unit) {
    case 'kr':
      return formatKr(v, lang);
    case 'fte':
      return `${formatDecimal(v, lang, 2)} ${lang === 'da' ? 'årsværk' : 'FTE'}`;
    case 'krPerInhabitant':
      return formatPerInhabitant(v, lang);
    case 'factor':
      // Six significant digits, so a share checks with a calculator to the krone: Aalborg's
      // 0,381095 of 1.225.000 gives 466.842 as the bill does (0,3811 gave 466.848, and 0,0028
      // for Læsø 3.430 where the bill is 3.476); the key's remainders move at most one krone.
      return Number.isInteger(v) ? formatNumber(v, lang) : formatDecimal(v, lang, significantDecimals(v, 6));
    case 'months':
      return `${formatNumber(v, lang)} ${lang === 'da' ? 'mdr.' : 'months'}`;
    case 'inhabitants':
      return formatNumber(v, lang);
    case 'percent':
      return `${formatDecimal(v, lang, 2)} %`;
    case 'year':
      return String(v);
    case 'number':
      return formatDecimal(v, lang, 2);
  }
}

/** Decimals that show `digits` significant digits of a value below 1 (at least `digits`, at most 8). */
function significantDecimals(v: number, digits: number): number {
  const leadingZeros = v !== 0 && Math.abs(v) < 1 ? -Math.floor(Math.log10(Math.abs(v))) - 1 : 0;
  return Math.min(8, digits + leadingZeros);
}

/** A term with its value; its year is left out where it is the figure's own year. */
function term(node: Explanation, lang: Lang, year: number | undefined): string {
  if (node.origin?.kind === 'constant') return formatValue(node, lang);
  return `${node.year === year ? termText(node.label, lang) : nodeTitle(node, lang)} ${formatValue(node, lang)}`;
}

/** The right-hand side of a node's formula, in words with values. */
export function formulaText(node: Explanation, lang: Lang): string {
  const terms = (node.terms ?? []).map((t) => term(t, lang, node.year));
  const least = lang === 'da' ? 'det mindste af' : 'the least of';
  switch (node.rule) {
    case 'sum':
      return terms.length === 0 ? '0' : terms.join(' + ');
    case 'difference':
    case 'atLeastZero':
      return terms.join(' − ');
    case 'product':
      return terms.join(' × ');
    case 'quotient':
      return terms.join(' ÷ ');
    case 'leastAtLeastZero':
      return `${least} ${terms.join('; ')}`;
    case 'index':
      return `(1 + ${terms[0]} ÷ 100) ^ (${terms[1]} − ${terms[2]})`;
    case 'mixedWeight':
      return `${terms[0]} ÷ 100 ÷ ${terms[1]} + (1 − ${terms[0]} ÷ 100) × ${terms[2]}`;
    case 'largestRemainder':
      return `${terms[0]} × ${terms[1]} ÷ ${terms[2]}`;
    case 'first':
      return terms[0] ?? '';
    default:
      return '';
  }
}

/** "Kommunalt tillæg 2027 = … = 595.000 kr.", with a note where the rule bounds or rounds the result. */
export function formulaLine(node: Explanation, lang: Lang): string {
  if (!node.rule) return `${nodeTitle(node, lang)} = ${formatValue(node, lang)}`;
  const notes: string[] = [];
  if (node.rule === 'atLeastZero' || node.rule === 'leastAtLeastZero') notes.push(lang === 'da' ? 'aldrig under 0' : 'never below 0');
  if (node.round === 0) notes.push(lang === 'da' ? 'afrundet til hele kroner' : 'rounded to whole kroner');
  else if (node.round !== undefined) notes.push(lang === 'da' ? `afrundet til ${node.round} decimaler` : `rounded to ${node.round} decimals`);
  return `${nodeTitle(node, lang)} = ${formulaText(node, lang)} = ${formatValue(node, lang)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * The one input a figure comes down to when every other factor is 1 (a full year, no
 * indexation): "Grundbevilling BRN 2027" is then the base grant itself, and its origin is shown
 * with it. A least-of whose value is an input's (the reserve drawn is the draw planned, when the
 * reserve and the need allow it) comes down to that input: its place is where to change it
 * ("Trukket fra opsparingen" was the one term under the supplement with no "Gå til feltet").
 */
export function soleInput(node: Explanation): Explanation | null {
  if (node.rule === 'leastAtLeastZero') return node.terms?.find((t) => !t.terms && t.setAt && t.value === node.value) ?? null;
  if (node.rule !== 'product' || !node.terms) return null;
  const others = node.terms.filter((t) => t.value !== 1);
  const only = others.length === 1 ? others[0]! : null;
  if (only && only.value === node.value) return only.terms ? soleInput(only) ?? (only.origin ? only : null) : only;
  return null;
}

/**
 * The inputs under a figure that carry a range (low ≠ high), each once: where the range a cell
 * shows under its figure comes from. The rest of the figure's inputs are exact.
 */
export function rangedInputs(node: Explanation): Explanation[] {
  const found = new Map<string, Explanation>();
  const walk = (n: Explanation): void => {
    if (n.range && !n.terms) found.set(n.id, n);
    n.terms?.forEach(walk);
  };
  walk(node);
  return [...found.values()];
}

/** "Lønomkostning pr. årsværk 500.000–625.000 kr." */
export function rangeText(node: Explanation, lang: Lang): string {
  const { low, high } = node.range!;
  return `${nodeTitle(node, lang)} ${formatValue({ unit: node.unit, value: low }, lang)}–${formatValue({ unit: node.unit, value: high }, lang)}`;
}

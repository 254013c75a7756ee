/**
 * Reading a column of populations as it comes from Excel or a Statistics Denmark table: one
 * line per municipality, either just the number (in the table's order, from the row pasted
 * into), or with the municipality's name or code on the line ("340 Sorø 30.444", "Sorø\t30444").
 * A figure far from the one it replaces is not used, and said (`jumps`).
 */
import type { I18n, MessageKey } from '../i18n/i18n';
import { formatDate, formatNumber } from '../i18n/number-format';
import { parseWhole } from '../i18n/number-parse';
import { danishMunicipality, LIMITS, municipalityKey, plausiblePopulation, type Lang, type Municipality } from '../model';
import '../i18n/strings-da-later';

export interface PopulationPaste {
  readonly populations: Readonly<Record<string, number>>;
  /** Lines that could not be read, as written. */
  readonly refused: readonly string[];
  /**
   * For refused lines whose name is a letter or two from one of the table's municipalities
   * ("Hjorring", "Bilund"): the name meant, asked, not used. A misspelt line was named as not
   * read, with no word of why (a fresh-eyes walk).
   */
  readonly meant: readonly { readonly written: string; readonly name: string }[];
  /** A line that is read, from the table's first municipality ("Brønderslev 36.420"), to show with refused ones. */
  readonly example: { readonly name: string; readonly population: number } | null;
  /**
   * Lines before the first one read that name no municipality and hold no number: a table's
   * heading ("Område\t2026K2" from Statistikbanken), left out and not counted as a row. Said as
   * a line not read, in red, it read as an error in a plain paste (a fresh-eyes walk).
   */
  readonly headings: readonly string[];
  /**
   * Lines read but not used: under half or over double the figure they would replace, as a typed
   * one asks about (entry.ts readPopulation). In English "222.000" reads as 222, and Aalborg's
   * bill fell from 226.752 to 360 without a word (a fresh-eyes walk).
   */
  readonly jumps: readonly { readonly line: string; readonly name: string; readonly value: number; readonly was: number }[];
  /**
   * Lines with a figure for a region or the country ("Region Nordjylland 593.000", "Hele landet"),
   * as Statistikbanken's tables have beside the municipalities: left out, said as totals.
   */
  readonly totals: readonly string[];
  /** Lines for a Danish municipality not in the workspace (Aarhus in Nordjylland's): left out, named. */
  readonly elsewhere: readonly string[];
  /**
   * The population date and source the paste states, where it sets every municipality of the
   * table and names one Statistikbanken quarter ("2026K2": the population on 1 April 2026). A
   * whole table pasted with its quarter kept the date and source of the figures it replaced.
   */
  readonly reference: { readonly date: string; readonly source: string } | null;
  /**
   * Bare figures not used because more of them fit the rows one above or one below than the
   * rows they land on: the column is likely shifted. A column one row short put Herning's figure
   * on Hedensted and Horsens' on Holstebro, and said "9 indbyggertal er indsat" (a fresh-eyes
   * walk). `example`: a line with a name, which finds its municipality.
   */
  readonly misaligned: { readonly example: { readonly name: string; readonly population: number } } | null;
}

/** Statistikbanken's quarter ("2026K2"), anywhere in a line. */
const QUARTER = /\b(\d{4})K([1-4])\b/g;

/** The one quarter `lines` name, as the population's date (the 1st of its first month) and source; null for none or several. */
function quarterReference(lines: readonly string[]): PopulationPaste['reference'] {
  const quarters = new Set(lines.flatMap((l) => [...l.matchAll(QUARTER)].map((m) => m[0])));
  if (quarters.size !== 1) return null;
  const [quarter] = quarters;
  const [, year, q] = /^(\d{4})K([1-4])$/.exec(quarter!)!;
  return { date: `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`, source: `Danmarks Statistik, Statistikbanken (${quarter})` };
}

/** A region's, a part of the country's or the whole country's line, not a municipality's. */
const TOTAL = /^(region\b|hele landet|landsdel\b|i alt\b|all denmark|total\b)/i;

/** What a text names by its code ("340"), its name ("Sorø Kommune") or both ("340 Sorø"), as `find` looks up a code or a name's key. */
function namedIn<T>(text: string, find: (key: string) => T | undefined): T | undefined {
  const code = /^(\d{3})\b\s*(.*)$/.exec(text);
  return (code ? find(code[1]!) : undefined) ?? find(municipalityKey(code?.[2] || text));
}

/** The Danish municipality outside the workspace a text names ("751 Aarhus"). */
const outside = (text: string): string | undefined => namedIn(text, danishMunicipality)?.name;

export function parsePopulationColumn(text: string, order: readonly Municipality[], from: number, lang: Lang): PopulationPaste {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const populations: Record<string, number> = {};
  const refused: string[] = [];
  const headings: string[] = [];
  const jumps: { line: string; name: string; value: number; was: number }[] = [];
  const totals: string[] = [];
  const elsewhere: string[] = [];
  const byKey = new Map(order.flatMap((m) => [[m.code, m] as const, [municipalityKey(m.name), m] as const]));
  /** The workspace's municipality a text names. */
  const lookUp = (text: string) => namedIn(text, (key) => byKey.get(key));
  /** Figures without a name, each for the row it lands on: read once every line is. */
  const byRow: { line: string; row: number; value: number }[] = [];
  lines.forEach((line, i) => {
    const cells = line.split(/\t|;/).map((c) => c.trim()).filter(Boolean);
    // The number is the last cell; what is before it names the municipality, if anything.
    let label = cells.slice(0, -1).join(' ');
    let number = cells[cells.length - 1] ?? '';
    if (cells.length === 1) {
      const m = /^(?:(\d{3})\s+)?([^\d]*?)\s*([\d.,\s]+)$/.exec(line);
      if (m && (m[1] || m[2])) {
        label = `${m[1] ?? ''} ${m[2] ?? ''}`.trim();
        number = m[3]!;
      }
    }
    // The line's name, or one of its cells: Statistikbanken's columns put the period between
    // the municipality and its figure ("Aalborg<Tab>2026K2<Tab>226.033" was refused).
    const named = label ? (lookUp(label) ?? cells.slice(0, -1).map(lookUp).find((m) => m !== undefined)) : undefined;
    const value = parseWhole(number, lang, LIMITS.population);
    const beforeAnyRead = refused.length + jumps.length + byRow.length + Object.keys(populations).length === 0;
    if (beforeAnyRead && !named && !value.ok && /\p{L}/u.test(line)) return void headings.push(line);
    // A bare number is the next row's, counted from the row pasted into (a heading is no row).
    if (!label && value.ok) return void byRow.push({ line, row: from + i - headings.length, value: value.value });
    const municipality = label ? named : order[from + i - headings.length];
    const names = [label, ...cells.slice(0, -1)];
    if (!municipality && value.ok && names.some((n) => TOTAL.test(n))) return void totals.push(line);
    const other = !municipality && value.ok ? names.map(outside).find((n) => n !== undefined) : undefined;
    if (other) return void elsewhere.push(other);
    if (!municipality || !value.ok) refused.push(line);
    else if (!plausiblePopulation(value.value, municipality.population)) jumps.push({ line, name: municipality.name, value: value.value, was: municipality.population });
    else populations[municipality.code] = value.value;
  });
  const misaligned = placeByRow(byRow, order, Object.keys(populations).length + jumps.length > 0, { populations, refused, jumps });
  const example = order[0] ? { name: order[0].name, population: order[0].population } : null;
  // A heading heads figures: with none read after it, the paste was something else, and its lines are not read.
  if (Object.keys(populations).length + jumps.length + (misaligned ? 1 : 0) === 0) {
    const all = [...headings, ...refused];
    return { populations, refused: all, meant: meantNames(all, order), example, headings: [], jumps, totals, elsewhere, reference: null, misaligned };
  }
  const whole = order.every((m) => m.code in populations);
  return { populations, refused, meant: meantNames(refused, order), example, headings, jumps, totals, elsewhere, reference: whole ? quarterReference(lines) : null, misaligned };
}

/**
 * The municipality each refused line's name is likely a misspelling of: at most two letters
 * added, left out or changed ("Hjorring", "Bilund", "Fredrikshavn"), and only one municipality
 * that close. A name shorter than five letters is not guessed at (one letter is a fifth of it).
 */
function meantNames(refused: readonly string[], order: readonly Municipality[]): PopulationPaste['meant'] {
  return refused.flatMap((line) => {
    const written = /^(?:\d{3}\s+)?(\p{L}[\p{L} .'-]*\p{L})/u.exec(line.split(/\t|;/)[0]!.trim())?.[1];
    if (!written || written.length < 5) return [];
    const key = municipalityKey(written);
    const close = order.filter((m) => letterEdits(key, municipalityKey(m.name)) <= 2);
    return close.length === 1 ? [{ written, name: close[0]!.name }] : [];
  });
}

/** Letters added, left out or changed to turn `a` into `b` (Levenshtein's distance). */
function letterEdits(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(before[j]! + 1, row[j - 1]! + 1, before[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    before = row;
  }
  return before[b.length]!;
}

/**
 * Figures without a name, each on the row it lands on, where it fits: under half or over double
 * the figure there is a jump, not used, and a line past the table's end is not read. Not placed
 * at all, and said (the result): where more of them fit the rows one above or one below than
 * those they land on (a column a row off), or where other lines of the paste name their
 * municipality (a row counted among named lines means nothing).
 */
function placeByRow(
  byRow: readonly { line: string; row: number; value: number }[],
  order: readonly Municipality[],
  namedLines: boolean,
  into: { populations: Record<string, number>; refused: string[]; jumps: { line: string; name: string; value: number; was: number }[] },
): PopulationPaste['misaligned'] {
  if (byRow.length === 0) return null;
  if (namedLines) {
    into.refused.push(...byRow.map((b) => b.line));
    return null;
  }
  const fits = (row: number, value: number) => order[row] !== undefined && plausiblePopulation(value, order[row].population);
  const fitting = (offset: number) => byRow.filter((b) => fits(b.row + offset, b.value)).length;
  // One figure fitting a neighbour is chance, not a column off: it is said as a jump alone.
  const shifted = byRow.length > 1 && Math.max(fitting(-1), fitting(1)) > fitting(0);
  for (const { line, row, value } of byRow) {
    const municipality = order[row];
    if (!municipality) into.refused.push(line);
    else if (!plausiblePopulation(value, municipality.population)) into.jumps.push({ line, name: municipality.name, value, was: municipality.population });
    else if (!shifted) into.populations[municipality.code] = value;
  }
  return shifted && order[0] ? { example: { name: order[0].name, population: order[0].population } } : null;
}

/** A pasted line as a sentence quotes it: its tabs and runs of spaces as one space. */
const oneLine = (line: string) => line.replace(/\s+/g, ' ').trim();

/** What a paste did, in words: how many were taken, then the lines not read and those not used (three of each, then a count). */
export function populationPasteText({ populations, refused, meant, example, headings, jumps, totals, elsewhere, reference, misaligned }: PopulationPaste, { t, lang }: I18n): string {
  const count = Object.keys(populations).length;
  const more = (left: number, one: MessageKey, many: MessageKey) => (left <= 0 ? '' : ` ${left === 1 ? t(one) : t(many, { count: left })}`);
  /** A line as it is read: "Brønderslev 36.420". */
  const readable = (e: { readonly name: string; readonly population: number }) => `${e.name} ${formatNumber(e.population, lang())}`;
  const jump = (j: PopulationPaste['jumps'][number]) => t('populationJumpLine', { name: j.name, value: formatNumber(j.value, lang()), was: formatNumber(j.was, lang()) });
  return [
    t(count === 0 ? 'populationsPastedNone' : count === 1 ? 'populationsPastedOne' : 'populationsPasted', { count }),
    reference ? t('populationsPastedDated', { date: formatDate(reference.date, lang()), source: reference.source }) : '',
    headings.length > 0 ? t('populationsHeadingsSkipped', { lines: headings.slice(0, 3).map((h) => oneLine(h).replace(/\.$/, '')).join(' · ') }) + more(headings.length - 3, 'populationsHeadingsMoreOne', 'populationsHeadingsMore') : '',
    totals.length > 0 ? t('populationsTotalsSkipped', { lines: totals.slice(0, 3).map(oneLine).join(' · ') }) + more(totals.length - 3, 'populationsHeadingsMoreOne', 'populationsHeadingsMore') : '',
    elsewhere.length > 0 ? t('populationsElsewhere', { names: elsewhere.slice(0, 3).join(', ') }) + more(elsewhere.length - 3, 'populationsHeadingsMoreOne', 'populationsHeadingsMore') : '',
    refused.length > 0 ? t('populationsRefused', { lines: refused.slice(0, 3).map(oneLine).join(' · ') }) + more(refused.length - 3, 'populationsRefusedMoreOne', 'populationsRefusedMore') : '',
    meant.length > 0 ? t('populationsMeant', { names: meant.slice(0, 3).map((m) => t('populationsMeantName', m)).join(', ') }) : '',
    // The form of a line, where a line was not read for more than its spelling.
    refused.length > meant.length && example ? t('populationsReadable', { example: readable(example) }) : '',
    jumps.length > 0 ? t('populationsJumped', { lines: jumps.slice(0, 3).map(jump).join(' · ') }) + more(jumps.length - 3, 'populationsJumpedMoreOne', 'populationsJumpedMore') : '',
    misaligned ? t('populationsMisaligned', { example: readable(misaligned.example) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

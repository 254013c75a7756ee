/**
 * A block of text (a paste, a fill, a delete) applied to the grid from its top-left cell, as one
 * undoable command. A cell whose text cannot be used is refused on its own, with its reason;
 * values beyond the grid's edge are counted, not blamed on a row.
 */
import type { Command, Workspace } from '../../model';
import type { CommandRules } from '../state/session';
import { labelInSentence, type I18n } from '../../i18n/i18n';
import { emptiedRefusal, refusalExample, refusalMessage, ruleRefusal, type Refusal } from './entry';
import type { CellContext, GridRow } from './rows';
import '../../i18n/strings-da-later';

export interface RefusedCell {
  readonly row: string;
  readonly scenario: string;
  readonly refusal: Refusal;
}

export interface BlockOutcome {
  readonly command: Command | null;
  readonly applied: number;
  readonly refused: readonly RefusedCell[];
  /** Non-empty values that fell outside the grid. */
  readonly outside: number;
}

export function applyBlock(
  rules: CommandRules,
  ws: Workspace,
  rows: readonly GridRow[],
  scenarioIds: readonly string[],
  context: (ws: Workspace, scenarioId: string) => CellContext | undefined,
  anchor: { readonly row: number; readonly col: number },
  block: readonly (readonly string[])[],
): BlockOutcome {
  const commands: Command[] = [];
  const refused: RefusedCell[] = [];
  let outside = 0;
  // Each command applies on top of the previous ones, so a name pasted beside a level sees it.
  let state = ws;
  block.forEach((line, dr) =>
    line.forEach((text, dc) => {
      const row = rows[anchor.row + dr];
      const scenarioId = scenarioIds[anchor.col + dc];
      if (!row || !scenarioId) {
        if (text.trim() !== '') outside++;
        return;
      }
      const c = context(state, scenarioId);
      if (!c) return;
      if (!row.input) {
        if (text.trim() !== '' && text !== row.display(c).value) refused.push({ row: row.label, scenario: c.scenario.name, refusal: { kind: 'readOnly' } });
        return;
      }
      const entry = row.input.toCommand(text, c);
      if (!entry.ok) return void refused.push({ row: row.label, scenario: c.scenario.name, refusal: emptiedRefusal(text, entry.refusal) });
      const tried = rules.tryCommand(state, entry.value);
      if (tried.refused.length > 0) return void refused.push({ row: row.label, scenario: c.scenario.name, refusal: ruleRefusal(tried.refused, row.input.unit) });
      // Nothing changes (Delete on a value that is already the shared one): not a change, not a refusal.
      if (tried.workspace === state) return;
      state = tried.workspace;
      commands.push(entry.value);
    }),
  );
  return { command: commands.length === 0 ? null : commands.length === 1 ? commands[0]! : { type: 'batch', commands }, applied: commands.length, refused, outside };
}

/**
 * What a paste did, in words, once a cell was refused or a value fell outside: null when all
 * went in. Each refused cell (up to three, then a count) says where and why; the examples of valid entries
 * follow once, not after every cell (three cells made a notice of five lines over the grid).
 */
export function pasteNotice(out: BlockOutcome, i18n: I18n): string | null {
  const { t } = i18n;
  // Computed figures in the block are said once, with their rows, not in a sentence per cell
  // (a block over the bills repeated one sentence four lines long).
  const computed = out.refused.filter((x) => x.refusal.kind === 'readOnly');
  const typed = out.refused.filter((x) => x.refusal.kind !== 'readOnly');
  const shown = typed.slice(0, 3);
  const messages = shown.map((x) => {
    const row = labelInSentence(x.row);
    const message = refusalMessage(x.refusal, x.row, i18n, false, false);
    return `${message.includes(row) ? x.scenario : `${x.scenario}, ${row}`}: ${message}`;
  });
  // The cells not named are counted: a fourth refused cell must not read as one that went in.
  if (typed.length > shown.length) messages.push(t(typed.length - shown.length === 1 ? 'pasteRefusedMoreOne' : 'pasteRefusedMore', { count: typed.length - shown.length }));
  messages.push(...new Set(shown.flatMap((x) => refusalExample(x.refusal, i18n) ?? [])));
  if (computed.length > 0) messages.push(t(computed.length === 1 ? 'pasteComputedOne' : 'pasteComputed', { count: computed.length, rows: [...new Set(computed.map((x) => labelInSentence(x.row)))].join(', ') }));
  if (out.outside > 0) messages.push(t('pasteOutside', { count: out.outside }));
  if (messages.length === 0) return null;
  return [t(out.applied === 0 ? 'pasteAppliedNone' : out.applied === 1 ? 'pasteAppliedOne' : 'pasteApplied', { count: out.applied }), ...messages].join(' ');
}

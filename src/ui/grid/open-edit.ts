/**
 * Before the presentation begins (Alt+P, "Præsentation"): an open cell edit is committed, as
 * leaving its field commits it (CellEditor); a list closes unchanged. One that asks ("Mente du
 * 1.500.000 kr.?") or is refused stays open, focused, with its message in view clear of the
 * grid's sticky parts, and the presentation waits: begun, it left the field open far below the
 * board, where an Enter then committed it unseen (a fresh-eyes walk). Esc or an answer, then
 * Alt+P again. Returns whether the presentation may begin.
 */
export function settleOpenEdit(): boolean {
  const field = document.querySelector<HTMLElement>('table.grid td.editing :is(input, select)');
  if (!field) return true;
  if (document.activeElement === field) field.blur();
  const asking = document.querySelector<HTMLInputElement>('table.grid td.editing input[aria-invalid="true"]');
  if (!asking) return true;
  asking.focus();
  const cell = asking.closest('td')!;
  const scroller = cell.closest<HTMLElement>('.grid-scroll');
  const head = cell.closest('table')?.tHead;
  void import('./reveal').then(({ revealClearOfStickyParts }) => scroller && head && revealClearOfStickyParts(cell, scroller, head));
  return false;
}

/**
 * Scrolls the grid's scroller just enough that a cell lies clear of the sticky header, the
 * frozen decision rows (frozen-rows.ts) and the sticky row labels (WCAG 2.4.11), and above the
 * notices floating over its lower right. Chromium's focus() scrolls a partly
 * visible cell only when it is outside the scroller, so a cell half under the row labels would
 * stay there. Floating: the notices at the bottom right and the app's own notes at the bottom
 * left ("Appen er klar til brug uden net.", across a phone's whole width).
 * `makeRoom`: called first where the cell is taller than the room under the frozen rows.
 */
import { bandBottom, rowCutByBand } from './whole-rows';

export function revealClearOfStickyParts(cell: HTMLElement, scroller: HTMLElement, header: HTMLElement, broughtUp = false, makeRoom?: () => void): void {
  // A cell taller than the room under the frozen rows (a question under an open field) asks for
  // more room first (GridTable: the frozen bills make way), and is then revealed under what stays.
  const roomMade = !!makeRoom && !cell.closest('tr.frozen') && cell.getBoundingClientRect().height > scroller.getBoundingClientRect().top + scroller.clientTop + scroller.clientHeight - bandBottom(scroller, header);
  if (roomMade) makeRoom();
  const floating = [...document.querySelectorAll('.notices, .pwa-notes')];
  const view = scroller.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const labels = cell.closest('tr')?.querySelector('th')?.getBoundingClientRect().width ?? 0;
  // Below the frozen rows, unless the cell is in one (it is always in view).
  const inFrozen = cell.closest('tr.frozen') !== null;
  const band = bandBottom(scroller, header);
  const top = inFrozen ? view.top + scroller.clientTop + header.getBoundingClientRect().height : band;
  const left = view.left + scroller.clientLeft + labels;
  // Above the notices floating at the bottom, where they would cover the cell (an undo selects
  // the cell it changed and says what changed in a notice: both are to be read).
  const covering = floating.map((f) => f.getBoundingClientRect()).filter((over) => over.height > 0 && over.left < box.right && over.right > box.left && over.top < view.bottom);
  const bottom = Math.min(view.top + scroller.clientTop + scroller.clientHeight, ...covering.map((over) => over.top - 4));
  const right = view.left + scroller.clientLeft + scroller.clientWidth;
  // A group's first row brings its heading along: Ctrl+Home shows "Beslutningsgrundlag" too.
  const row = cell.closest('tr');
  const heading = row?.previousElementSibling?.classList.contains('group-row') ? row.previousElementSibling : null;
  const upper = heading ? heading.getBoundingClientRect().top : box.top;
  let down = upper < top ? upper - top : box.bottom > bottom ? Math.min(box.bottom - bottom, upper - top) : 0;
  // A cell brought up from below (arrowing down: `broughtUp` where the caller's own scroll did
  // it) leaves whole rows under the band, as a user's own scroll does (whole-rows.ts): the row
  // left cut there goes under it too, while the cell stays in view and there is room to scroll.
  // A row half under the band showed half its label beside figures. Not for a click on a cell
  // that was in view, which would move the grid under the pointer.
  // Room made is the same: the rows that were under the frozen ones come out, cut where they stood.
  if ((broughtUp || down > 0 || roomMade) && !inFrozen) {
    const cut = rowCutByBand(scroller, top + down);
    const away = cut ? cut.bottom - (top + down) : 0;
    const room = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop - down;
    if (away > 0 && away <= upper - down - top && away <= room) down += away;
  }
  // A cell of the frozen rows is always in view, but a page up onto one left the row under them
  // cut (Hovedstaden, a fresh-eyes walk): it is shown whole.
  if (inFrozen && down === 0) down = (rowCutByBand(scroller, band)?.top ?? band) - band;
  const across = box.left < left ? box.left - left : box.right > right ? Math.min(box.right - right, box.left - left) : 0;
  if (down !== 0 || across !== 0) scroller.scrollBy({ top: down, left: across, behavior: 'instant' });
}


// What comes out of the meeting: Excel, CSV, chart images, presentation mode for the projector,
// and the printed handout — every scenario on paper, and a QR code a phone can read.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, cellText, columnAction, editCell, gridCell, launch, newContext, openApp, openView, screenshot, splitOverLines } from './harness';
import { da } from '../src/i18n/strings-da';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Eksport' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Opens Udskrift and waits for its share link, the last part it makes. */
async function openHandout(page: Page): Promise<void> {
  await openView(page, 'Udskrift');
  await page.getByTestId('handout-link').waitFor();
}

describe('meeting outputs', () => {
  it('exports an Excel workbook that calculates: formulas over an Antagelser sheet, with their values cached', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const { name, bytes } = await exportFile(page, 'Excel (.xlsx)');
    expect(name).toBe('Klimasekretariat Nordjylland.xlsx');
    const files = unzipSync(new Uint8Array(bytes));
    const sheets = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    // Then, as values, the choices and assessment in words and the criteria behind the score, and
    // every year's and the whole period's bills (the calculating sheet has the first whole year's
    // only; the CSV had every year).
    expect(sheets).toEqual(['Sammenligning', 'Beregning', 'Kommuner', 'Antagelser', 'Kilder', 'Valg og vurdering', 'Kriterier', 'Kommuner – 2026', 'Kommuner – 2027', 'Kommuner – 2028', 'Kommuner – hele perioden', 'Opgavekatalog', 'Opgaver']);
    // Who governs, employs and hosts, and who must approve the money (the workbook had none of it).
    const words = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + strFromU8(files['xl/worksheets/sheet6.xml']!);
    for (const said of ['Godkendelsesvej', 'Opmærksomhedspunkter', 'Politisk forankring', 'Personaleledelse (arbejdsgiver)', 'Fysisk placering', 'byråd']) expect(words).toContain(said);
    // Niveau 3's total cost: a reference to its formula on Beregning, with the app's figure cached.
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(/<c r="D3"[^>]*><f>Beregning!\$D\$\d+<\/f><v>2475000<\/v><\/c>/);
    await context.close();
  });

  it('exports the Excel workbook of 10 scenarios too (a larger workbook is zipped in a worker)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    for (let i = 0; i < 5; i++) await columnAction(page, 'level-2', 'Dupliker');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(10);
    const { bytes } = await exportFile(page, 'Excel (.xlsx)');
    expect(strFromU8(unzipSync(new Uint8Array(bytes))['xl/workbook.xml']!)).toContain('name="Sammenligning"');
    await context.close();
  });

  it('exports CSV the way Excel opens it under Danish and under English regional settings', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const { name, bytes } = await exportFile(page, 'CSV til dansk Excel (semikolon)');
    expect(name).toBe('Klimasekretariat Nordjylland (semikolon).csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Samlet udgift (kr.);1225000;1845000;2475000;3450000;1977000');
    // For English Excel (English regional settings): commas and decimal points, with the texts
    // in English where the app is.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    const [english] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV for English Excel (commas)' }).click()]);
    // Its own name: under the first one's, the second download replaced it or came as "… (1).csv".
    expect(english.suggestedFilename()).toBe('Klimasekretariat Nordjylland (commas).csv');
    const englishText = readFileSync((await english.path())!, 'utf8');
    expect(englishText).toContain('Total cost (kr.),1225000,1845000,2475000,3450000,1977000');
    expect(englishText).toMatch(/\r\nKr\. per inhabitant,0,1\.0032,2\.0654,/);
    await context.close();
  });

  it('saves a chart as PNG', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Grafer');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PNG: Udgift fordelt på poster' }).click()]);
    const bytes = readFileSync((await file.path())!);
    expect(file.suggestedFilename()).toBe('Klimasekretariat Nordjylland – Udgift fordelt på poster – første hele år.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // For a slide: 1600 × 900 (IHDR's width and height), and opaque white where nothing is drawn
    // (it was the screen's 636 × 330, transparent: black axis text vanished on a dark slide).
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 900]);
    const corner = await page.evaluate(async (data) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(image.width - 5, 5, 1, 1).data];
    }, [...bytes]);
    expect(corner).toEqual([255, 255, 255, 255]);
    writeFileSync(`${ARTIFACTS}chart-picture.png`, bytes);
    // Its name keeps the title's "pr." (it was "Kommunernes regning pr scenarie.png"), and says
    // the workspace and the year (two workspaces' charts of one title replaced each other in Downloads).
    const [bills] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PNG: Kommunernes regning pr. scenarie' }).click()]);
    expect(bills.suggestedFilename()).toBe('Klimasekretariat Nordjylland – Kommunernes regning pr. scenarie – første hele år.png');
    writeFileSync(`${ARTIFACTS}chart-picture-bills.png`, readFileSync((await bills.path())!));
    // And the year's: 2026's and 2027's came under one name.
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2027');
    const [later] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PNG: Kommunernes regning pr. scenarie' }).click()]);
    expect(later.suggestedFilename()).toBe('Klimasekretariat Nordjylland – Kommunernes regning pr. scenarie – 2027.png');
    await context.close();
  });

  it("draws the municipalities' bills across the whole width at 1366 × 768, beside it the two scenario charts share a row", async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Grafer');
    await page.locator('canvas#chart-municipalities[style*="width"]').waitFor();
    const width = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);
    const grid = await width('.chart-grid');
    expect(await width('canvas#chart-municipalities')).toBeGreaterThan(0.9 * grid);
    expect(await width('canvas#chart-cost')).toBeLessThan(0.55 * grid);
    await context.close();
  });

  it('past six scenarios each scenario chart takes a whole row (at half width their names slanted over each other)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    for (let i = 0; i < 2; i++) await columnAction(page, 'level-2', 'Dupliker');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(7);
    await openView(page, 'Grafer');
    await page.locator('canvas#chart-cost[style*="width"]').waitFor();
    const width = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);
    const grid = await width('.chart-grid');
    await expect.poll(() => width('canvas#chart-cost')).toBeGreaterThan(0.9 * grid);
    expect(await width('canvas#chart-funding')).toBeGreaterThan(0.9 * grid);
    await context.close();
  });

  it('presents the chosen scenarios in large type, still editable; Esc leaves', async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    const page = await openApp(context);
    await gridCell(page, 'totalCost', 'level-2').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(2);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await editCell(page, 'start', 'level-3', 'juli 2026');
    await expect.poll(() => cellText(page, 'start', 'level-3')).toBe('juli 2026');
    // The assumptions a meeting changes are there too, below the choices: the base grant.
    const supplement = await cellText(page, 'supplement', 'level-3');
    await editCell(page, 'funder-brn', 'level-3', '1,4 mio.');
    await expect.poll(() => cellText(page, 'funder-brn', 'level-3')).toBe('1.400.000');
    await expect.poll(() => cellText(page, 'supplement', 'level-3')).not.toBe(supplement);
    expect(await page.locator('tr[data-row="staffCost"]').count()).toBe(0);
    await screenshot(page, 'presentation-1920');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(5);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('.app.presenting').count()).toBe(1);
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('.app.presenting').count()).toBe(0);
    // Straight after an edit of a row presentation does not show, Alt+P opens on the decision
    // figures and every municipality's bill, not scrolled down to the row now at that index.
    await editCell(page, 'funder-region', 'level-2', '10.000');
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('.app.presenting').count()).toBe(1);
    for (const row of ['totalCost', 'supplement', 'municipality-851']) await expect.poll(() => gridCell(page, row, 'level-2').evaluate((td) => td.getBoundingClientRect().top >= 0 && td.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))).toBe('totalCost');
    await context.close();
  });

  it("presenting, a column's ⋯ leaves the name the column's width, and Esc closes its menu, not the presentation", async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    const page = await openApp(context);
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    const header = page.locator('th.scenario-header', { hasText: 'T11' });
    // "Niveau 2 — T11’s anbefaling" in two lines, not three beside the button.
    const lines = await header.locator('.scenario-name').evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
    expect(lines).toBe(2);
    await header.hover();
    await header.locator('.menu-button').click();
    await page.getByRole('menuitem', { name: 'Omdøb' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Omdøb' }).count()).toBe(0);
    expect(await page.locator('.app.presenting').count()).toBe(1);
    await context.close();
  });

  it('presents seven scenarios on a 1366 px projector side by side, each name inside its own column (in English too)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'English' }).click();
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Add scenario' }).click();
      await page.getByRole('menuitem').filter({ hasText: 'recommendation' }).first().click();
    }
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(7);
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    // The seventh column was cut off at the right edge (the grid scrolled sideways, its bar out of sight).
    const sideways = await page.locator('.grid-scroll').evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // "Level 2 — T11's recommendation": the word ran over the next column's heading.
    const overruns = await page.locator('th.scenario-header').evaluateAll((ths) =>
      ths.filter((th) => { const name = th.querySelector('.scenario-name')!.getBoundingClientRect(); const box = th.getBoundingClientRect(); return name.left < box.left - 0.5 || name.right > box.right + 0.5; }).map((th) => th.textContent),
    );
    expect(overruns).toEqual([]);
    await context.close();
  });

  it.each([
    [1366, 768, 19],
    [1920, 1080, 26],
  ])('presents all five scenarios at %i×%i with every bill on screen, figures of at least %i px and the approval path in type the room can read', async (width, height, figurePx) => {
    const context = await newContext(browser, { width, height });
    const page = await openApp(context);
    await editCell(page, 'funder-brn', 'level-4', '1,5 mio.');
    await gridCell(page, 'supplement', 'level-1').click();
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    const layout = await page.evaluate(() => {
      const size = (row: string) => parseFloat(getComputedStyle(document.querySelector(`tr[data-row="${row}"] .value`)!).fontSize);
      const bills = [...document.querySelectorAll('tr[data-row^="municipality-"]')];
      return { bills: bills.length, lastBottom: bills.at(-1)!.getBoundingClientRect().bottom, approval: size('approval'), flags: size('flags'), total: size('totalCost'), year: parseFloat(getComputedStyle(document.querySelector('.presenting .year-picker select')!).fontSize), yearLabel: parseFloat(getComputedStyle(document.querySelector('.presenting .year-picker > span')!).fontSize), pageScroll: document.documentElement.scrollHeight - innerHeight };
    });
    expect(layout.bills).toBe(11);
    // The projected page itself does not scroll (the version line below it made it scroll 37 px).
    expect(layout.pageScroll).toBe(0);
    expect(layout.lastBottom).toBeLessThanOrEqual(height);
    // Larger on a larger projector (it was 22 px at 1920×1080, 1,13 × the 768 px one).
    expect(layout.total).toBeGreaterThanOrEqual(figurePx);
    // Not the small print it was (13 px under 19,5 px figures): at least 3/4 of the figures' size.
    expect(layout.approval).toBeGreaterThanOrEqual(0.75 * layout.total);
    expect(layout.flags).toBeGreaterThanOrEqual(0.75 * layout.total);
    // The year the room sees grows with the projector (it stayed at 17 px at 1080).
    expect(layout.year).toBeGreaterThanOrEqual(height >= 1080 ? 19 : 14);
    // And so does its label, "Vis år" (it stayed at 14 px beside a 19 px list).
    expect(layout.yearLabel).toBeGreaterThanOrEqual(0.85 * layout.year);
    await screenshot(page, `presentation-${width}-all`);
    // Undone while presenting: its notice sits over the grid's empty corner, over no figure, bill,
    // scenario name or button (at the bottom right it covered the last bills; in the toolbar's
    // row, once it held undo and redo, it wrapped over the scenario names).
    await page.keyboard.press('Control+z');
    const notice = page.locator('.notice', { hasText: 'Fortrudt' });
    await notice.waitFor();
    const covered = await notice.evaluate((n) => {
      const box = n.getBoundingClientRect();
      // What shows of a cell is what of it lies inside the grid's scroll area (rows scrolled above it are clipped).
      const area = document.querySelector('.grid-scroll')!.getBoundingClientRect();
      const over = (r: DOMRect) => Math.max(r.left, area.left) < box.right && box.left < Math.min(r.right, area.right) && Math.max(r.top, area.top) < box.bottom && box.top < Math.min(r.bottom, area.bottom);
      return [...document.querySelectorAll('table.grid tbody td, table.grid thead .scenario-name')].filter((el) => over(el.getBoundingClientRect())).map((el) => el.textContent);
    });
    expect(covered).toEqual([]);
    const buttons = await notice.evaluate((n) => {
      const box = n.getBoundingClientRect();
      return [...document.querySelectorAll('.grid-toolbar button, .grid-toolbar select, .grid-toolbar input')].filter((b) => { const r = b.getBoundingClientRect(); return r.width > 0 && r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom; }).length;
    });
    expect(buttons).toBe(0);
    // An undo of a three-cell paste says two edits and "og 1 anden ændring": in six lines it ran out of
    // the corner, over the board's first labels. It keeps to the corner (three lines, then "…").
    await gridCell(page, 'funder-brn', 'level-1').click();
    await page.evaluate(() => navigator.clipboard.writeText('1.300.000\t1.400.000\t1.500.000\n'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => cellText(page, 'funder-brn', 'level-3')).toBe('1.500.000');
    await page.keyboard.press('Control+z');
    await expect.poll(() => notice.textContent()).toContain('og 1 anden ændring');
    const within = await notice.evaluate((n) => {
      const box = n.getBoundingClientRect();
      const corner = document.querySelector('table.grid thead th.corner')!.getBoundingClientRect();
      // The header is sticky: what lies within its corner covers nothing but the corner.
      return { below: box.bottom - corner.bottom, right: box.right - corner.right };
    });
    expect(within.below).toBeLessThanOrEqual(0);
    expect(within.right).toBeLessThanOrEqual(0);
    // Two notices at once (a word on a computed figure, then a redo): the newest only, in the
    // corner; both ran out of it over "Samlet udgift" and "Kommunalt tillæg".
    await gridCell(page, 'totalCost', 'level-1').click();
    await page.keyboard.type('5');
    await expect.poll(() => page.locator('.notice').count()).toBeGreaterThanOrEqual(1);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.notice').count()).toBe(2);
    const shown = () => page.locator('.notice').evaluateAll((ns) => ns.filter((n) => n.getBoundingClientRect().height > 0).map((n) => n.textContent ?? ''));
    expect(await shown()).toEqual([expect.stringContaining('Gentaget')]);
    await context.close();
  });

  it('opens presentation on the decision and every bill, wherever the grid was scrolled or a cell selected', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    // A cell far down is selected and the grid scrolled to it, as while adjusting an assumption.
    await gridCell(page, 'staffing', 'level-2').click();
    await page.locator('.grid-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    for (const open of [() => page.keyboard.press('Alt+P'), () => page.getByRole('button', { name: 'Præsentation' }).click()]) {
      await open();
      await page.locator('.presenting').waitFor();
      const inView = (row: string) => gridCell(page, row, 'level-2').evaluate((td) => { const b = td.getBoundingClientRect(); const s = td.closest('.grid-scroll')!.getBoundingClientRect(); return b.top >= s.top && b.bottom <= s.bottom; });
      await expect.poll(() => page.locator('.grid-scroll').evaluate((el) => el.scrollTop)).toBe(0);
      for (const row of ['totalCost', 'approval', 'municipality-810', 'municipality-851']) expect(await inView(row)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))).toBe('totalCost');
      await page.keyboard.press('Escape');
      await page.locator('.presenting').waitFor({ state: 'detached' });
      await page.locator('.grid-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    }
    await context.close();
  });

  it('presenting, an edit of the base grant far below keeps the board and every bill in view above it, at 1366 × 768 and 1920 × 1080; at the desk the bills scroll as before', async () => {
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      const context = await newContext(browser, { width, height });
      const page = await openApp(context);
      await page.keyboard.press('Alt+P');
      await page.locator('.presenting').waitFor();
      // The bills and their heading join the board's frozen rows once the presentation's type is fitted.
      await expect.poll(() => page.locator('tr.frozen').count(), { message: `${width}` }).toBe(3 + 1 + 11);
      await gridCell(page, 'funder-brn', 'level-2').click();
      await page.keyboard.type('1,5 mio.');
      await page.keyboard.press('Enter');
      await expect.poll(() => cellText(page, 'supplement', 'level-2')).toBe('345.000');
      // Every bill (the level's moved ones) and the board are whole in the grid's box, and the
      // edited row is below them, not under: the room sees what the edit did, beside what it was.
      const boxes = await page.locator('.grid-scroll').evaluate((scroller) => {
        const view = scroller.getBoundingClientRect();
        const cell = (row: string) => scroller.querySelector(`tr[data-row="${row}"] td[data-col="level-2"]`)!.getBoundingClientRect();
        const shown = (box: DOMRect) => box.top >= view.top && box.bottom <= view.bottom;
        const bills = [...scroller.querySelectorAll<HTMLElement>('tr[data-row^="municipality-"]')].map((tr) => cell(tr.dataset['row']!));
        const lastFrozen = [...scroller.querySelectorAll('tr.frozen')].at(-1)!.getBoundingClientRect();
        return { board: ['totalCost', 'supplement', 'perInhabitant'].every((row) => shown(cell(row))), bills: bills.length, billsShown: bills.filter(shown).length, edited: shown(cell('funder-brn')) && cell('funder-brn').top >= lastFrozen.bottom - 1, scrolled: scroller.scrollTop > 0 };
      });
      expect(boxes, `${width}`).toEqual({ board: true, bills: 11, billsShown: 11, edited: true, scrolled: true });
      expect(await gridCell(page, 'municipality-851', 'level-2').textContent()).toContain('131.478');
      await screenshot(page, `presenting-edit-${width}`);
      // At the desk the board's three rows stay, and the bills scroll with the rest.
      await page.keyboard.press('Escape');
      await page.locator('.presenting').waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('tr.frozen').count()).toBe(3);
      await context.close();
    }
  });

  it('presenting with the differences to the basis shown, every bill stands in its own row, at 1366 × 768 and 1920 × 1080 (the differing ones were pushed down onto Aalborg’s)', async () => {
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      const context = await newContext(browser, { width, height });
      const page = await openApp(context);
      await page.keyboard.press('Alt+P');
      await page.locator('.presenting').waitFor();
      await expect.poll(() => page.locator('tr.frozen').count()).toBe(3 + 1 + 11);
      await page.getByRole('checkbox', { name: 'Vis forskelle til basis' }).check();
      await expect.poll(() => page.locator('tr[data-row^="municipality-"] td.differs').count()).toBeGreaterThan(30);
      // Each bill's cell at its row label's height: the rows' tops, less those of their labels.
      const offsets = await page.locator('tr[data-row^="municipality-"]').evaluateAll((rows) =>
        rows.flatMap((tr) => {
          const label = tr.querySelector('th')!.getBoundingClientRect().top;
          return [...tr.querySelectorAll('td')].map((td) => Math.round(td.getBoundingClientRect().top - label));
        }),
      );
      expect(new Set(offsets), `${width}`).toEqual(new Set([0]));
      await screenshot(page, `presenting-differences-${width}`);
      await context.close();
    }
  });

  it('presenting at 1366 × 768, a question under a cost per FTE is read whole: the frozen bills make way while it stands, and come back after, no row left cut under them', async () => {
    const context = await newContext(browser, { width: 1366, height: 768 });
    const page = await openApp(context);
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    await expect.poll(() => page.locator('tr.frozen').count()).toBe(3 + 1 + 11);
    // By the keyboard, as in the room: a click would have the test's driver scroll the cell in first.
    await gridCell(page, 'totalCost', 'level-2').click();
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))) !== 'costPerFte'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.type('600.000');
    await page.keyboard.press('Enter');
    const question = page.locator('.cell-error.question');
    await expect.poll(() => question.textContent()).toContain('for at beholde intervallet.');
    /** The question's box in the grid's (whole: true), the frozen rows, and any row the band of frozen rows cuts. */
    const layout = () =>
      page.locator('.grid-scroll').evaluate((scroller) => {
        const view = scroller.getBoundingClientRect();
        const box = scroller.querySelector('.cell-error.question')?.getBoundingClientRect();
        const band = view.top + scroller.clientTop + Number.parseFloat((scroller as HTMLElement).style.scrollPaddingTop);
        const cut = [...scroller.querySelectorAll<HTMLElement>('tbody tr:not(.frozen)')].find((tr) => {
          const first = tr.firstElementChild!.getBoundingClientRect();
          return first.top < band - 1 && first.bottom > band + 1;
        });
        return { whole: box ? box.top >= band - 1 && box.bottom <= view.top + scroller.clientTop + scroller.clientHeight : null, frozen: scroller.querySelectorAll('tr.frozen').length, cut: cut?.dataset['row'] ?? cut?.textContent ?? null };
      });
    await expect.poll(layout).toEqual({ whole: true, frozen: 3, cut: null });
    await screenshot(page, 'presenting-question-1366');
    // Enter again uses the figure: the bills are back, and the rows under them whole.
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'supplement', 'level-2')).toBe('695.000');
    await expect.poll(layout).toEqual({ whole: null, frozen: 3 + 1 + 11, cut: null });
    await context.close();
  });

  it('keeps the selection on its scenarios when presentation shows fewer columns, and back', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-col'));
    // Niveau 4 to Niveau 3, right to left: the active cell is Niveau 3, the rightmost is Niveau 4.
    await gridCell(page, 'supplement', 'level-4').click();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(2);
    await expect.poll(focused).toBe('level-3');
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(5);
    await expect.poll(focused).toBe('level-3');
    expect(await page.locator('td.selected').evaluateAll((cells) => cells.map((td) => td.getAttribute('data-col')))).toEqual(['level-3', 'level-4']);
    await context.close();
  });

  it('Ctrl+P on the comparison prints every scenario and every row, and points to the handout', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const names = await page.locator('th.scenario-header .scenario-name').allTextContents();
    // "Detaljer" is folded on screen; its rows are printed all the same, the last one too.
    const lastRow = da.rowReserveLeft;
    expect(await page.getByText(lastRow).count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    // Ctrl+P fires beforeprint; a headless PDF does not, so the test fires it as the browser would.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const pdf = `${ARTIFACTS}comparison-print.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain(lastRow);
    expect(text).toContain('Til mødet: fanen ”Udskrift”');
    await context.close();
  });

  it('prints a part year’s months under its figure in the year-by-year table, each inside its column (two ”172.500 (6 mdr.)” ran together)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await editCell(page, 'start', 'level-2', 'juli 2026');
    await columnAction(page, 'level-2', 'Dupliker');
    await openHandout(page);
    // As on paper: an upright A4 page's width inside its margins (186 mm).
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const byYear = page.locator('.handout table', { has: page.locator('caption', { hasText: 'Kommunalt tillæg år for år (kr.)' }) });
    const first = byYear.locator('tbody tr').first();
    expect(await first.locator('td .cell-note').allTextContents()).toEqual([' (6 mdr.)', ' (6 mdr.)']);
    // Every figure within its own cell.
    const overflowing = await byYear.locator('td').evaluateAll((cells) => cells.filter((td) => td.scrollWidth > td.clientWidth).map((td) => td.textContent));
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('prints a table’s title and header on the page of its first rows, wherever the table above ends (Kommuner’s stood alone at the foot of page 1)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openHandout(page);
    // The first of its parts (five scenarios' bills go over two).
    const bills = page.locator('.handout table', { has: page.locator('caption', { hasText: 'Kommuner – første hele år' }) }).first();
    // Its first municipality's row as pdftotext reads it: the name and the population.
    const firstBill = (await bills.locator('tbody tr').nth(1).locator('th, td').allTextContents()).slice(0, 2).join(' ');
    await page.emulateMedia({ media: 'print' });
    const pages = (pdf: string) => execFileSync('pdftotext', [pdf, '-']).toString().split('\f').map((p) => p.replace(/\s+/g, ' '));
    // Only the bills on paper, below a block whose height moves their title down page 1 to its
    // foot and over, in steps of 3 mm (A4's 273 mm inside its margins).
    await bills.evaluate((table) => {
      const section = table.closest('section')!;
      for (const part of section.parentElement!.children) if (part !== section) (part as HTMLElement).style.display = 'none';
      const above = document.createElement('div');
      above.id = 'above';
      section.before(above);
    });
    const stranded: number[] = [];
    for (let above = 225; above <= 273; above += 3) {
      await page.evaluate((mm) => (document.getElementById('above')!.style.height = `${mm}mm`), above);
      const pdf = `${ARTIFACTS}handout-stranded.pdf`;
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const titled = pages(pdf).find((p) => p.includes('Kommuner – første hele år'))!;
      if (!titled.includes(firstBill)) stranded.push(above);
    }
    expect(stranded).toEqual([]);
    await context.close();
  });

  it("prints the default workspace's whole comparison on the handout's first page (its last row went alone onto page 2), the basis named in its heading", async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openHandout(page);
    // Its charts are drawn at most as wide as the paper (186 mm = 703 CSS px): drawn 1.300 px
    // wide at 1366 × 768 and scaled to the page, their legends and axes printed at about 4 pt.
    await page.locator('#chart-cost').waitFor();
    const drawn = await page.locator('.handout canvas').evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).width / devicePixelRatio));
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    expect(drawn.filter((w) => w > 703.5)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = `${ARTIFACTS}handout-default.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(pageText(1)).toContain(da.rowReserveLeft);
    expect(pageText(2)).not.toContain(da.rowReserveLeft);
    // On paper the basis has no colour: its heading names it, and no other.
    const headings = await page.locator('.handout table').first().locator('thead th').allTextContents();
    expect(headings.filter((h) => h.endsWith(`(${da.baseline})`))).toEqual([`Niveau 3 — som i dag (${da.baseline})`]);
    // Which tasks each scenario holds, on paper too (it said "Niveau 2 · tilpasset" and no task):
    // a column per scenario, a task's årsværk where the scenario has it and "–" where not.
    const tasks = page.locator('.handout table', { has: page.locator('caption', { hasText: `${da.tabTasks} – årsværk` }) });
    expect(await tasks.locator('thead th').allTextContents()).toEqual(['Opgave', ...headings.slice(1).map((h) => h.replace(` (${da.baseline})`, ''))]);
    const oneToOne = await tasks.locator('tr', { hasText: 'Overordnet 1:1 vejledning' }).locator('td').allTextContents();
    expect(oneToOne.length).toBe(5);
    expect(oneToOne.some((c) => /^\d+,\d+$/.test(c))).toBe(true);
    expect(await tasks.locator('tbody tr').count()).toBeGreaterThan(10);
    const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(printed).toContain('Overordnet 1:1 vejledning');
    // The supplement of every year, not only the chosen one's: its first year is the comparison's.
    const byYear = page.locator('.handout table', { has: page.locator('caption', { hasText: 'Kommunalt tillæg år for år (kr.)' }) });
    const years = await byYear.locator('tbody tr th').allTextContents();
    expect(years[0]).toBe('2026');
    expect(years.at(-1)).toBe('I alt');
    expect(years.length).toBeGreaterThan(3);
    const supplementRow = await page.locator('.handout table').first().locator('tr', { hasText: 'Kommunalt tillæg (kr.)' }).locator('td').allTextContents();
    expect(await byYear.locator('tbody tr').first().locator('td').allTextContents()).toEqual(supplementRow);
    expect(printed).toContain('Kommunalt tillæg år for år (kr.)');
    // The criteria behind the overall score, weights and scores, ending in the comparison's score.
    const criteria = page.locator('.handout table', { has: page.locator('caption', { hasText: 'Samlet vurdering – kriterier' }) });
    expect(await criteria.locator('tbody tr th').allTextContents()).toContain('Robusthed (nøglepersonrisiko) (25)');
    expect(await criteria.locator('thead th').first().textContent()).toBe('Kriterium (vægt)');
    const scoreRow = await page.locator('.handout table').first().locator('tr', { hasText: 'Samlet vurdering (1–5)' }).locator('td').allTextContents();
    expect(await criteria.locator('tbody tr').last().locator('td').allTextContents()).toEqual(scoreRow);
    expect(printed).toContain('Samlet vurdering – kriterier, vægte og scenariernes point (1–5)');
    await context.close();
  });

  it('prints a scenario name with a long Danish compound inside its own column heading', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await columnAction(page, 'level-4', 'Omdøb');
    await page.keyboard.type('Niveau 4 — udvidet med projektleder og kommunikationsmedarbejder');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-scenario="level-4"] .scenario-name').textContent()).toContain('kommunikationsmedarbejder');
    await openView(page, 'Udskrift');
    await page.locator('#chart-cost').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    // "kommunikationsmedarbejder" ran over the next scenario's heading on paper.
    const over = await page.evaluate(() => [...document.querySelectorAll('.handout thead th')].filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
    expect(over).toEqual([]);
    await context.close();
  });

  it('a heading with a word over 10 letters keeps its type in a column of small figures, on screen and on paper ("Minimum – 1 medarbejder" went to 5 pt above the bills)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await columnAction(page, 'level-1', 'Omdøb');
    await page.keyboard.type('Minimum – 1 medarbejder');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-scenario="level-1"] .scenario-name').textContent()).toContain('medarbejder');
    await openView(page, 'Udskrift');
    await page.locator('#chart-cost').waitFor();
    /** Each long-word heading's type as a share of its table heading's. */
    const typeShares = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.handout thead th .heading-fit > span')].map((span) => {
          const size = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize);
          return Math.round((size(span) / size(span.closest('th')!)) * 100) / 100;
        }),
      );
    const onScreen = await typeShares();
    expect(onScreen.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...onScreen)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    // On paper at most a step smaller (it was 39 %).
    expect(Math.min(...(await typeShares()))).toBeGreaterThanOrEqual(0.9);
    const tooWide = () => page.evaluate(() => [...document.querySelectorAll('.handout table')].filter((t) => t.getBoundingClientRect().width > 703.5).map((t) => t.querySelector('caption')?.textContent));
    expect(await tooWide()).toEqual([]);
    // Three such headings in one part of the bills, each a 14–15 letter word: still within the
    // page's width (wider, Chromium shrinks the whole handout to fit).
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await openView(page, 'Sammenligning');
    for (const [id, name] of [['level-2', 'Klimaalliancen udvidet'], ['level-3', 'Medfinansiering fra regionen']] as const) {
      await columnAction(page, id, 'Omdøb');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`th[data-scenario="${id}"] .scenario-name`).textContent()).toContain(name.split(' ')[0]!);
    }
    await openView(page, 'Udskrift');
    await page.locator('#chart-cost').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await tooWide()).toEqual([]);
    await context.close();
  });

  it('prints every one of 14 scenarios on A4, with a QR code a decoder reads from a 150 dpi render', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    for (let i = 0; i < 9; i++) {
      await page.getByRole('button', { name: 'Tilføj scenarie' }).click();
      await page.getByRole('menuitem', { name: `Niveau ${(i % 4) + 1}`, exact: true }).click();
    }
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(14);
    const long = 'Klimaalliance Nord med Region som medfinansierer';
    await columnAction(page, 'level-4', 'Omdøb');
    await page.locator('tr[data-row="name"] td[data-col="level-4"] .editor input').waitFor();
    await page.keyboard.type(long);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-scenario="level-4"] .scenario-name').textContent()).toBe(long);
    const names = await page.locator('th.scenario-header .scenario-name').allTextContents();
    await openHandout(page);
    await page.locator('#chart-cost').waitFor();
    await page.emulateMedia({ media: 'print' });
    // Nothing is wider than an upright A4 page inside its margins (186 mm = 703 CSS px): wider,
    // Chromium shrinks the whole handout to fit, the QR code and the type with it.
    await page.setViewportSize({ width: 703, height: 1000 });
    const overflow = await page.evaluate(() => [...document.querySelectorAll('.handout table')].filter((t) => t.getBoundingClientRect().width > 703.5).map((t) => t.querySelector('caption')?.textContent));
    expect(overflow).toEqual([]);
    // Its headings' words whole: "Klimaallianc|e", "medfinansie|rer" broke inside on paper.
    expect(await splitOverLines(page, '.handout thead th, .handout thead th .heading-fit > span', /[^\s/-]+/g)).toEqual([]);
    for (const landscape of [false, true]) {
      const pdf = `${ARTIFACTS}handout-${landscape ? 'landscape' : 'portrait'}.pdf`;
      await page.pdf({ path: pdf, format: 'A4', landscape, printBackground: true });
      const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('Forankring – Klimasekretariat Nordjylland');
      for (const name of new Set(names)) expect(text).toContain(name);
      expect(text).toContain('Læsø');
      expect(text).toContain('1. januar 2026');
      // On paper the charts say their year, as the tables do (the year picker is not printed).
      expect(text).toContain('Grafer – første hele år');
      const png = `${ARTIFACTS}handout-${landscape ? 'landscape' : 'portrait'}`;
      execFileSync('sh', ['-c', `rm -f ${png}-*.png`]); // a longer earlier print's pages
      execFileSync('pdftoppm', ['-png', '-r', '150', pdf, png]);
    }
    // The QR code, read from the 150 dpi pages, is the link printed beside it (the link read from
    // the page as printed, not before: both are one render of the workspace).
    const link = (await page.getByTestId('handout-link').textContent())!;
    // pdftotext joins a word broken after a "-" at a line's end without it: compare without them.
    const printed = execFileSync('pdftotext', [`${ARTIFACTS}handout-portrait.pdf`, '-']).toString().replace(/[\s-]+/g, '');
    expect(printed).toContain(link.replace(/-/g, ''));
    const pages = execFileSync('sh', ['-c', `ls ${ARTIFACTS}handout-portrait-*.png`]).toString().trim().split('\n');
    const decoded = pages.flatMap((p) => {
      try {
        return [execFileSync('zbarimg', ['--quiet', '--raw', p], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()];
      } catch {
        return [];
      }
    });
    expect(decoded).toEqual([link]);
    expect(statSync(pages[0]!).size).toBeGreaterThan(20_000);
    // And a colleague who scans it opens these 14 scenarios.
    const reader = await newContext(browser);
    const scanned = await reader.newPage();
    await scanned.goto(decoded[0]!);
    // A first visit: the service worker installs and IndexedDB opens before the link replaces the
    // untouched default; under the whole suite on two CPUs that took longer than the usual 5 s.
    await expect.poll(() => scanned.locator('.workspace-name').textContent(), { timeout: 20_000 }).toMatch(/\(delt /);
    await expect.poll(() => scanned.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(names);
    await reader.close();
    await context.close();
  });
});

// A workspace of many alternatives (30 scenarios): the grid renders only the columns in view
// (column-window.ts), and everything a user does still reaches every column — the keyboard,
// an edit far to the right, copying a block wider than the screen, scrolling, printing — and
// assistive technology still hears each cell's place among all 31 columns.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { applyCommand, computeWorkspace, createWorkspace, point, yearResult, type Workspace } from '../src/model';
import { formatKroner } from '../src/i18n/number-format';
import { workspaceFile } from '../src/share/workspace-file';
import { axeAudit } from './axe';
import { ARTIFACTS, gridCell, launch, newContext, openApp, screenshot, waitForResults } from './harness';

const COUNT = 30;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The default workspace with 30 scenarios: each of the five defaults, copied under new names. */
function wideWorkspace(): Workspace {
  const base = createWorkspace('Nordjylland', 'ws-wide');
  const copies = Array.from({ length: COUNT - base.scenarios.length }, (_, i) => ({ ...base.scenarios[i % base.scenarios.length]!, id: `wide-${i + 1}`, name: `Alternativ ${i + 1}` }));
  return applyCommand({ ...base, name: 'Mange alternativer' }, { type: 'insertScenarios', scenarios: copies });
}

async function openWide(page: Page, ws: Workspace): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}wide-workspace.json`;
  writeFileSync(file, workspaceFile(ws));
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.locator(`th[data-scenario="${ws.scenarios[0]!.id}"]`).waitFor();
  await expect.poll(() => page.locator('table.grid').getAttribute('aria-colcount')).toBe(String(COUNT + 1));
  await waitForResults(page);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement as HTMLElement;
    const scroller = document.querySelector('.grid-scroll')!.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    return { col: cell.getAttribute('aria-colindex'), scenario: cell.dataset['col'], row: cell.closest('tr')?.getAttribute('data-row'), inView: box.left >= scroller.left && box.right <= scroller.right + 1 };
  });

describe('a grid of 30 scenarios', () => {
  it('renders the columns in view, and the keyboard, an edit, a copy, scrolling and printing reach every column', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const ws = wideWorkspace();
    await openWide(page, ws);
    const rendered = () => page.locator('th.scenario-header').count();
    const all = ws.scenarios.map((s) => s.id);
    // Fewer columns in the DOM than scenarios, and the first ones among them.
    expect(await rendered()).toBeLessThan(COUNT);
    expect(await rendered()).toBeGreaterThan(5);
    expect(await page.locator('th.scenario-header').first().getAttribute('aria-colindex')).toBe('2');

    // The keyboard: End goes to the last scenario, which is brought in and scrolled into view.
    await gridCell(page, 'funder-brn', all[0]!).click();
    await page.keyboard.press('End');
    await expect.poll(() => focused(page)).toEqual({ col: String(COUNT + 1), scenario: all[COUNT - 1], row: 'funder-brn', inView: true });
    expect(await page.locator(`th[data-scenario="${all[COUNT - 1]}"]`).getAttribute('aria-colindex')).toBe(String(COUNT + 1));

    // An edit there shows the model's figure.
    await page.keyboard.type('400.000');
    await page.keyboard.press('Enter');
    const edited = applyCommand(ws, { type: 'setFunding', scenarioId: all[COUNT - 1]!, funderId: 'brn', amount: point(400_000) });
    const supplement = yearResult(computeWorkspace(edited).scenarios[COUNT - 1]!, 'typical')!.supplement.central;
    await expect.poll(() => gridCell(page, 'supplement', all[COUNT - 1]!).locator('.value').textContent()).toBe(formatKroner(supplement, 'da'));
    await screenshot(page, 'wide-grid-last-column');

    // Enter moved down a row; Home goes back along it: the first column is in the DOM and in view again.
    await page.keyboard.press('Home');
    await expect.poll(() => focused(page)).toEqual({ col: '2', scenario: all[0], row: 'funder-region', inView: true });

    // A block wider than the screen: Shift+End selects to the last column, Ctrl+C copies all 30.
    await gridCell(page, 'supplement', all[0]!).click();
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+c');
    // The first copy loads the TSV writer before it writes: the clipboard fills a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const values = copied.trimEnd().split('\t');
    expect(values).toHaveLength(COUNT);
    expect(values[COUNT - 1]).toBe(formatKroner(supplement, 'da'));

    // Scrolling brings the middle columns in.
    await page.locator('.grid-scroll').evaluate((el) => el.scrollTo({ left: el.scrollWidth / 2 - el.clientWidth / 2 }));
    // Given time: the fresh clone's full suite (files side by side) once took more than the
    // poll's default second here (1 of 8 runs alone at 3d8a941 too).
    await expect.poll(() => page.locator(`th[data-scenario="${all[COUNT / 2]}"]`).count(), { timeout: 5_000 }).toBe(1);
    expect(await page.locator(`th[data-scenario="${all[0]}"]`).count()).toBe(0);

    // axe: the spacer cells and the column indexes leave no violation.
    const { violations } = await axeAudit(page);
    expect(violations).toEqual([]);

    // Printing the comparison prints every column.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect.poll(rendered).toBe(COUNT);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(rendered).toBeLessThan(COUNT);
    await context.close();
  });
});

// The comparison workspace as directors and staff use it: keyboard edits, paste from Excel,
// undo, task switches, allocation keys, reload, two tabs, accessibility, both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { cellText, gridCell as cell, launch, newContext, openApp, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const activeCell = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement).closest('tr')?.dataset['row'] + '/' + (document.activeElement as HTMLElement).dataset['col']);

async function withApp(run: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await newContext(browser);
  try {
    await run(await openApp(context), context);
  } finally {
    await context.close();
  }
}

describe('editing the grid', () => {
  it('moves by arrow keys, edits by typing, and every dependent result changes', () =>
    withApp(async (page) => {
      const before = {
        staff: await cellText(page, 'staffCost', 'level-3'),
        total: await cellText(page, 'totalCost', 'level-3'),
        supplement: await cellText(page, 'supplement', 'level-3'),
        perInhabitant: await cellText(page, 'perInhabitant', 'level-3'),
        aalborg: await cellText(page, 'municipality-851', 'level-3'),
        other: await cellText(page, 'totalCost', 'level-2'),
      };
      await cell(page, 'costPerFte', 'level-2').click();
      await page.keyboard.press('ArrowRight');
      expect(await activeCell(page)).toBe('costPerFte/level-3');
      await page.keyboard.type('600.000');
      await page.keyboard.press('Enter');
      expect(await activeCell(page)).toBe('baseGrant/level-3');

      await expect.poll(() => cellText(page, 'staffCost', 'level-3')).toBe('1.800.000');
      expect(await cellText(page, 'costPerFte', 'level-3')).toBe('600.000');
      expect(await cellText(page, 'totalCost', 'level-3')).toBe('2.750.000');
      expect(await cellText(page, 'supplement', 'level-3')).toBe('1.500.000');
      expect(await cellText(page, 'perInhabitant', 'level-3')).toBe('2,53 kr.');
      expect(await cellText(page, 'municipality-851', 'level-3')).not.toBe(before.aalborg);
      for (const [row, value] of [['staffCost', before.staff], ['totalCost', before.total], ['supplement', before.supplement], ['perInhabitant', before.perInhabitant]] as const)
        expect(await cellText(page, row, 'level-3')).not.toBe(value);
      expect(await cellText(page, 'totalCost', 'level-2')).toBe(before.other);
    }));

  it('Esc cancels an edit and F2 edits the current value', () =>
    withApp(async (page) => {
      await cell(page, 'baseGrant', 'level-1').click();
      await page.keyboard.type('9');
      await page.keyboard.press('Escape');
      expect(await cellText(page, 'baseGrant', 'level-1')).toBe('1.250.000');
      await page.keyboard.press('F2');
      await expect.poll(() => page.locator('td.active input').inputValue()).toBe('1.250.000');
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('500');
      await page.keyboard.press('Tab');
      await expect.poll(() => cellText(page, 'baseGrant', 'level-1')).toBe('1.250.500');
      expect(await activeCell(page)).toBe('baseGrant/level-2');
    }));

  it('refuses text that is not a number with a message, and keeps the value', () =>
    withApp(async (page) => {
      await cell(page, 'baseGrant', 'level-1').click();
      await page.keyboard.type('mange penge');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('td.active .cell-error').textContent()).toContain('”mange penge” kan ikke bruges');
      await page.keyboard.press('Escape');
      expect(await cellText(page, 'baseGrant', 'level-1')).toBe('1.250.000');
    }));

  it('pastes a 3×2 block from the clipboard, refuses a bad cell, and undo/redo take it back and forth', () =>
    withApp(async (page) => {
      await cell(page, 'baseGrant', 'level-1').click();
      await page.evaluate(() => navigator.clipboard.writeText('1.000.000\t1,5 mio.\r\n250 t.kr.\tikke et tal\r\n100.000\t0\r\n'));
      await page.keyboard.press('Control+V');
      await expect.poll(() => cellText(page, 'baseGrant', 'level-2')).toBe('1.500.000');
      expect(await cellText(page, 'baseGrant', 'level-1')).toBe('1.000.000');
      expect(await cellText(page, 'region', 'level-1')).toBe('250.000');
      expect(await cellText(page, 'region', 'level-2')).toBe('0');
      expect(await cellText(page, 'external', 'level-1')).toBe('100.000');
      await expect.poll(() => page.locator('.notice.error').textContent()).toContain('”ikke et tal” kan ikke bruges');

      await page.keyboard.press('Control+Z');
      await expect.poll(() => cellText(page, 'baseGrant', 'level-1')).toBe('1.250.000');
      expect(await cellText(page, 'baseGrant', 'level-2')).toBe('1.250.000');
      expect(await cellText(page, 'external', 'level-1')).toBe('0');
      await page.keyboard.press('Control+Y');
      await expect.poll(() => cellText(page, 'baseGrant', 'level-1')).toBe('1.000.000');
      await page.getByRole('button', { name: 'Fortryd', exact: false }).first().click();
      await expect.poll(() => cellText(page, 'baseGrant', 'level-1')).toBe('1.250.000');
      await page.getByRole('button', { name: 'Gentag' }).click();
      await expect.poll(() => cellText(page, 'external', 'level-1')).toBe('100.000');
    }));

  it('copies a block as TSV with Danish numbers', () =>
    withApp(async (page) => {
      await cell(page, 'totalCost', 'level-1').click();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Control+C');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('1.250.000\t1.830.000');
    }));

  it('deletes a scenario undoably, duplicates and reorders', () =>
    withApp(async (page) => {
      await page.getByRole('button', { name: 'Slet: Scenarie 4' }).click();
      await expect.poll(() => page.locator('th.scenario-header').count()).toBe(3);
      await page.locator('.notice').getByRole('button', { name: 'Fortryd' }).click();
      await expect.poll(() => page.locator('th.scenario-header').count()).toBe(4);
      await page.getByRole('button', { name: 'Dupliker: Scenarie 2' }).click();
      await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(['Scenarie 1', 'Scenarie 2Basis', 'Scenarie 2 (kopi)', 'Scenarie 3', 'Scenarie 4']);
      await page.getByRole('button', { name: 'Flyt til venstre: Scenarie 2 (kopi)' }).click();
      await expect.poll(() => page.locator('th.scenario-header .scenario-name').first().textContent()).toBe('Scenarie 1');
      expect(await page.locator('th.scenario-header .scenario-name').nth(1).textContent()).toBe('Scenarie 2 (kopi)');
    }));

  it('marks results that differ from the baseline and shows the difference on demand', () =>
    withApp(async (page) => {
      expect((await cell(page, 'totalCost', 'level-3').getAttribute('class')) ?? '').toContain('differs');
      expect((await cell(page, 'fixed', 'level-3').getAttribute('class')) ?? '').not.toContain('differs');
      await page.getByLabel('Vis forskelle til basis').check();
      await expect.poll(() => cell(page, 'totalCost', 'level-3').locator('.diff').textContent()).toBe('+620.000 (+33,9 %)');
    }));
});

describe('a director’s comparison', () => {
  it('compares BRN with KKR, changes the base grant, and sees what Aalborg and Læsø pay — after closing the tab too', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    // Level 3 on KKR: type the model's first letter in the anchoring cell.
    await cell(page, 'anchoring', 'level-4').click();
    await page.keyboard.type('K');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'anchoring', 'level-4')).toBe('KKR');
    expect(await cellText(page, 'approval', 'level-4')).toBe('11 byråd');
    expect(await cellText(page, 'flags', 'level-4')).toContain('Personaleledelse adskilt fra fysisk placering');

    await cell(page, 'baseGrant', 'level-3').click();
    await page.keyboard.type('1,5 mio.');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'baseGrant', 'level-3')).toBe('1.500.000');
    expect(consoleErrors).toEqual([]);
    // Close the tab right after the edit, then open the app again.
    await page.close({ runBeforeUnload: true });
    const again = await openApp(context);
    await expect.poll(() => cellText(again, 'baseGrant', 'level-3')).toBe('1.500.000');
    expect(await cellText(again, 'anchoring', 'level-4')).toBe('KKR');
    expect(await cellText(again, 'supplement', 'level-3')).toBe('950.000');
    expect(await cellText(again, 'municipality-851', 'level-3')).toBe('362.041');
    expect(await cellText(again, 'municipality-825', 'level-3')).toBe('2.696');
    // Level 4 on KKR: 3,5 mio. cost − 1,25 mio. = 2,25 mio.; Læsø's share 1.683 / 593.114.
    expect(await cellText(again, 'municipality-825', 'level-4')).toBe('6.385');
    await context.close();
  });

  it('switching a task off updates the scenario’s column at once', () =>
    withApp(async (page) => {
      await page.getByRole('button', { name: 'Opgaveportefølje', exact: true }).click();
      await page.getByRole('combobox', { name: 'Opgaver for' }).selectOption('level-3');
      await page.locator('tr[data-task="other-gen2040"] input[type="checkbox"]').uncheck();
      await expect.poll(() => page.getByTestId('portfolio-summary').textContent()).toContain('Årsværk: 2,8');
      await page.getByRole('button', { name: 'Sammenligning', exact: true }).click();
      await expect.poll(() => cellText(page, 'fte', 'level-3')).toBe('2,8');
      expect(await cellText(page, 'level', 'level-3')).toBe('Niveau 3 *');
      expect(await cellText(page, 'totalCost', 'level-3')).toBe('2.340.000');
    }));

  it('changing the allocation key moves every municipality’s amount', () =>
    withApp(async (page) => {
      await page.getByRole('button', { name: 'Kommuner', exact: true }).click();
      const laesoe = page.locator('tr[data-municipality="825"] td[data-scenario="level-3"] .value');
      const aalborg = page.locator('tr[data-municipality="851"] td[data-scenario="level-3"] .value');
      await expect.poll(() => laesoe.textContent()).toBe('3.405');
      await page.getByLabel('Fordelingsnøgle: Scenarie 3').selectOption('equal');
      await expect.poll(() => laesoe.textContent()).toBe('109.091');
      expect(await aalborg.textContent()).toBe('109.091');
      await page.getByLabel('Fordelingsnøgle: Scenarie 3').selectOption('mixed');
      await expect.poll(() => laesoe.textContent()).toBe('56.248');
    }));
});

describe('two tabs on one workspace', () => {
  it('an edit in one tab shows in the other', async () => {
    const context = await newContext(browser);
    const a = await openApp(context);
    const b = await openApp(context);
    await cell(a, 'baseGrant', 'level-2').click();
    await a.keyboard.type('2 mio.');
    await a.keyboard.press('Enter');
    await expect.poll(() => cellText(b, 'baseGrant', 'level-2'), { timeout: 10_000 }).toBe('2.000.000');
    await expect.poll(() => cellText(b, 'supplement', 'level-2')).toBe('0');
    await context.close();
  });
});

describe('accessibility and languages', () => {
  it('axe finds no violations on the main views, in Danish and English', () =>
    withApp(async (page) => {
      const views = ['Sammenligning', 'Opgaveportefølje', 'Forankringsmodeller', 'Kommuner', 'Antagelser', 'Grafer', 'Beslutningsstøtte', 'Udskrift'];
      for (const view of views) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await page.waitForTimeout(150);
        expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });
      }
      await page.getByRole('button', { name: 'Sammenligning', exact: true }).click();
      await screenshot(page, 'grid-da');
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => cellText(page, 'level', 'level-1')).toBe('Level 1');
      expect(await cellText(page, 'totalCost', 'level-1')).toBe('1,250,000');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'grid-en');
    }));
});

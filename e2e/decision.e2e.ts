// Decision support in the meeting: enter a range, simulate, see what matters most, and ask
// "which base grant closes the gap?".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './axe';
import { cellText, editCell as edit, launch, newContext, openApp, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('decision support', () => {
  it('simulates a range entered in a cell, ranks it in the tornado, and goal-seeks the base grant', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await edit(page, 'baseGrant', 'level-3', '1,0–1,5 mio.');
    await expect.poll(() => page.locator('tr[data-row="baseGrant"] td[data-col="level-3"] .detail').textContent()).toBe('1.000.000–1.500.000');
    expect(await cellText(page, 'perInhabitant', 'level-3')).toBe('2,02 kr.');

    await page.getByRole('button', { name: 'Beslutningsstøtte', exact: true }).click();
    await page.getByRole('combobox', { name: 'Følsomhed for' }).selectOption('level-3');
    // Tornado: the base-grant range moves the supplement most, cost per FTE next.
    const tornado = page.getByTestId('tornado');
    await expect.poll(() => tornado.locator('tbody th').allTextContents()).toEqual(['Grundbevilling BRN', 'Lønomkostning pr. årsværk']);
    expect(await tornado.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['2,44 kr.', '1,60 kr.']);
    await page.getByTestId('tornado-chart').waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PNG: Følsomhed (tornado)' }).click()]);
    expect(png.suggestedFilename()).toBe('Følsomhed tornado.png');

    await page.getByRole('button', { name: 'Kør simulering' }).click();
    const row = page.getByTestId('simulation').locator('tr[data-scenario="level-3"]');
    await row.waitFor();
    const [, cost, perInhabitant, probability] = await row.locator('th, td').allTextContents();
    const [p10, p50, p90] = perInhabitant!.split(' / ').map((v) => Number(v.replace(',', '.')));
    expect(p10!).toBeLessThan(p50!);
    expect(p50!).toBeLessThan(p90!);
    expect(p50!).toBeGreaterThan(1.6);
    expect(p90!).toBeLessThan(3.2);
    expect(cost).toMatch(/^[\d.]+ \/ [\d.]+ \/ [\d.]+$/);
    expect(probability).toMatch(/^\d+,\d %$/);
    // Same seed, same answer.
    await page.getByRole('button', { name: 'Kør simulering' }).click();
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe(perInhabitant);

    await page.getByRole('combobox', { name: 'Find' }).selectOption('baseGrant');
    await page.getByRole('combobox', { name: 'så at' }).selectOption('supplement');
    await page.getByRole('textbox', { name: 'bliver' }).fill('0');
    await page.getByRole('button', { name: 'Find værdi' }).click();
    await expect.poll(() => page.getByTestId('seek-result').textContent()).toBe(
      'Grundbevilling BRN (kr./år) = 2.450.000 kr. giver Kommunalt tillæg (kr./år) = 0 kr.',
    );
    await page.getByRole('combobox', { name: 'Find' }).selectOption('staffingFte');
    await page.getByRole('combobox', { name: 'så at' }).selectOption('totalCost');
    await page.getByRole('textbox', { name: 'bliver' }).fill('100.000');
    await page.getByRole('button', { name: 'Find værdi' }).click();
    await expect.poll(() => page.getByTestId('seek-result').textContent()).toContain('Ingen løsning');

    expect(await page.getByTestId('break-even').locator('tbody tr').first().locator('th, td').allTextContents()).toEqual(['KKR', '250.000', '100.000']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'decision-support');
    await context.close();
  });

  it('cancels a long simulation and keeps working', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'Beslutningsstøtte', exact: true }).click();
    await page.getByRole('textbox', { name: 'Antal udtræk' }).fill('1.000.000');
    await page.getByRole('textbox', { name: 'Antal udtræk' }).press('Tab');
    await page.getByRole('button', { name: 'Kør simulering' }).click();
    await page.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Simuleringen blev annulleret');
    await page.getByRole('textbox', { name: 'Antal udtræk' }).fill('1.000');
    await page.getByRole('textbox', { name: 'Antal udtræk' }).press('Tab');
    await page.getByRole('button', { name: 'Kør simulering' }).click();
    await page.getByTestId('simulation').waitFor();
    await context.close();
  });
});

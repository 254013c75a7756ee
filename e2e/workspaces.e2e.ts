// Several workspaces: create one for another region, switch, delete with undo, export to a file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cellText, launch, newContext, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('workspaces', () => {
  it('creates a Sjælland workspace, switches back, deletes it and undoes the delete', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const picker = page.getByRole('combobox', { name: 'Arbejdsområde' });
    await page.getByRole('button', { name: '+ Nyt arbejdsområde' }).click();
    await page.getByRole('combobox', { name: 'Region' }).selectOption('Sjælland');
    await page.getByRole('button', { name: 'Opret' }).click();
    await expect.poll(() => page.locator('tr[data-row="municipality-340"] th').textContent()).toBe('Sorø');
    expect(await page.locator('tr[data-row^="municipality-"]').count()).toBe(17);
    expect(await cellText(page, 'location', 'level-1')).toBe('Roskilde (vederlagsfrit)');

    await picker.selectOption('ws-nordjylland');
    await expect.poll(() => page.locator('tr[data-row="municipality-825"] th').textContent()).toBe('Læsø');

    await picker.selectOption({ label: 'Klimasekretariat Sjælland' });
    await expect.poll(() => page.locator('tr[data-row^="municipality-"]').count()).toBe(17);
    await page.getByRole('button', { name: 'Slet arbejdsområde' }).click();
    await expect.poll(() => page.locator('tr[data-row^="municipality-"]').count()).toBe(11);
    await page.locator('.notice').getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => page.locator('tr[data-row^="municipality-"]').count()).toBe(17);
    expect(await picker.locator('option').count()).toBe(2);
    await context.close();
  });

  it('exports the open workspace as a JSON file with every scenario', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporter som fil' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toBe('Klimasekretariat Nordjylland.json');
    expect(file).toMatchObject({ format: 'forankring-workspace', version: 1, snapshot: { r: 'Nordjylland', s: [{ l: 1 }, { l: 2 }, { l: 3 }, { l: 4 }] } });
    await context.close();
  });
});

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editCell, launch, newContext, openApp, openView, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

describe('drive', () => {
  it('decisions and alternatives', async () => {
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      const context = await newContext(browser, { width, height });
      const page = await openApp(context);
      await openView(page, 'Beslutninger');
      await page.getByRole('button', { name: 'Registrér beslutning' }).click();
      const dialog = page.getByRole('dialog', { name: 'Registrér beslutning' });
      await dialog.getByRole('combobox', { name: 'Valgt scenarie' }).selectOption({ label: 'Niveau 2' });
      await dialog.getByRole('combobox', { name: 'Besluttet af (fx KDK eller KKR)' }).fill('KDK');
      await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill('Det billigste, der holder');
      await dialog.getByRole('textbox', { name: 'Indstillet af' }).fill('T11');
      await dialog.getByRole('button', { name: 'Registrér', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await openView(page, 'Sammenligning');
      await editCell(page, 'funder-brn', 'level-2', '1,5 mio.');
      await openView(page, 'Beslutninger');
      await page.getByRole('button', { name: 'Vis beslutningens tal' }).first().click();
      await page.waitForTimeout(500);
      await screenshot(page, `drive-${width}-decision`);
      await openView(page, 'Beslutningsstøtte');
      await page.waitForTimeout(1500);
      await screenshot(page, `drive-${width}-support`);
      await context.close();
    }
  });
});

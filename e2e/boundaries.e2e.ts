// A part of the app that fails to render says so in the user's language, and the rest works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cellText, editCell, launch, newContext, openApp, openView } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('error boundaries', () => {
  it('a view that throws while rendering shows a message; the other views still work', async () => {
    const context = await newContext(browser);
    // The charts need a canvas context; without one, chart.js throws as the view mounts.
    await context.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => {
        throw new Error('no canvas here');
      };
    });
    const page = await openApp(context);
    await openView(page, 'Grafer');
    await expect.poll(() => page.locator('.view-error').textContent()).toContain('”Grafer” kunne ikke vises på grund af en fejl. Resten af appen virker, og dine data er uændrede.');
    await openView(page, 'Sammenligning');
    await editCell(page, 'funder-brn', 'level-2', '1,5 mio.');
    await expect.poll(() => cellText(page, 'supplement', 'level-2')).toBe('345.000');
    await openView(page, 'Kommuner');
    await page.locator('tr[data-municipality="825"]').waitFor();
    await context.close();
  });
});

// The built app shows figures that came back from the compute worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cellText, launch, newContext } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the compute worker', () => {
  it('delivers the level presets’ figures to the grid, T11’s 1 and 2 kr. per inhabitant among them', async () => {
    const context = await newContext(browser);
    const workers: string[] = [];
    const page = await context.newPage();
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('/');
    await expect.poll(() => cellText(page, 'totalCost', 'level-3'), { timeout: 15_000 }).toBe('2.475.000');
    expect(await cellText(page, 'perInhabitant', 'level-2')).toBe('1,00 kr.');
    expect(await cellText(page, 'perInhabitant', 'level-3')).toBe('2,07 kr.');
    expect(workers.some((url) => url.includes('compute.worker'))).toBe(true);
    await context.close();
  });
});

// What comes out of the meeting: Excel, CSV, chart images, the printed handout, and the
// presentation mode for the projector.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, cellText, editCell, gridCell, launch, newContext, openApp, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('meeting outputs', () => {
  it('exports an Excel workbook with the four tables and real numbers', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const { name, bytes } = await download(page, 'Excel (.xlsx)');
    expect(name).toBe('Klimasekretariat Nordjylland.xlsx');
    const files = unzipSync(new Uint8Array(bytes));
    const sheets = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Sammenligning', 'Kommuner', 'Antagelser', 'Opgaveportefølje']);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(/<c r="D6" s="\d+"><v>2450000<\/v><\/c>/);
    await context.close();
  });

  it('exports CSV the way Danish Excel opens it', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const { name, bytes } = await download(page, 'CSV');
    expect(name).toBe('Klimasekretariat Nordjylland.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Samlet udgift (kr./år);1250000;1830000;2450000;3350000');
    await context.close();
  });

  it('saves a chart as PNG', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'Grafer', exact: true }).click();
    const { name, bytes } = await download(page, 'Gem som PNG: Udgift fordelt på poster');
    expect(name).toBe('Udgift fordelt på poster.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
    await context.close();
  });

  it('presents only the chosen scenarios in large type, still editable; Esc leaves', async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    const page = await openApp(context);
    await gridCell(page, 'totalCost', 'level-2').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(2);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await editCell(page, 'baseGrant', 'level-3', '2 mio.');
    await expect.poll(() => cellText(page, 'supplement', 'level-3')).toBe('450.000');
    await screenshot(page, 'presentation');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(4);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('.app.presenting').count()).toBe(1);
    await page.keyboard.press('Alt+P');
    await expect.poll(() => page.locator('.app.presenting').count()).toBe(0);
    await context.close();
  });

  it('prints a handout to A4 PDF, portrait and landscape, with the comparison, charts and link', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'Udskrift', exact: true }).click();
    await page.getByTestId('handout-link').waitFor();
    await page.locator('#chart-cost').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const landscape of [false, true]) {
      const pdf = `${ARTIFACTS}handout-${landscape ? 'landscape' : 'portrait'}.pdf`;
      await page.pdf({ path: pdf, format: 'A4', landscape, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      expect(text).toContain('Forankring – Klimasekretariat Nordjylland');
      expect(text).toContain('2.450.000');
      expect(text).toContain('Læsø');
      expect(text).toMatch(/#s=1\./);
      const png = `${ARTIFACTS}handout-${landscape ? 'landscape' : 'portrait'}`;
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
      expect(statSync(`${png}.png`).size).toBeGreaterThan(20_000);
    }
    await context.close();
  });
});

// Sharing a comparison as a link: open it in a fresh browser, refuse a broken link without
// touching local work, open a link offline, add shared scenarios, import a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkspace } from '../src/model';
import { workspaceFile } from '../src/share/workspace-file';
import { axeViolations } from './axe';
import { ARTIFACTS, cellText, cellTextAt, editCell as edit, launch, newContext, openApp, openView, screenshot, waitForResults, workspaceAction } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Makes a comparison with a few edits and returns its share link. */
async function shareLink(page: Page): Promise<string> {
  await edit(page, 'funder-brn', 'level-2', '1,4 mio.');
  await edit(page, 'preset', 'level-3', 'K');
  await expect.poll(() => cellText(page, 'preset', 'level-3')).toBe('KKR');
  await page.getByRole('button', { name: 'Del', exact: true }).click();
  const input = page.getByTestId('share-link');
  await input.waitFor();
  await expect.poll(() => input.inputValue()).toMatch(/#s=3\./);
  return input.inputValue();
}

describe('share links', () => {
  it('opens a shared comparison in a fresh browser with the same figures, and clears the address bar', async () => {
    const sender = await newContext(browser);
    const page = await openApp(sender);
    const link = await shareLink(page);
    expect(await page.getByTestId('share-length').textContent()).toMatch(/Linket er \d+ tegn\./);
    await page.getByRole('button', { name: 'Vis QR-kode' }).click();
    await page.getByRole('img', { name: 'QR-kode med linket' }).waitFor();
    // The whole code, quiet zone and all, on the first screen at 1366 × 768: its lower edge was cut.
    expect(await page.evaluate(() => { const qr = document.querySelector('dialog .qr')!.getBoundingClientRect(); const dialog = document.querySelector('dialog[open]')!; return qr.bottom <= dialog.getBoundingClientRect().bottom && dialog.scrollHeight <= dialog.clientHeight && qr.width >= 300; })).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'share-dialog');
    await page.getByRole('button', { name: 'Kopiér link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The message is inside the dialog, where a screen reader finds it.
    expect(await page.locator('dialog .dialog-status').textContent()).toBe('Linket er kopieret.');
    await page.keyboard.press('Escape');
    const figures = { supplement2: await cellText(page, 'supplement', 'level-2'), supplement3: await cellText(page, 'supplement', 'level-3') };

    // A colleague's fresh browser has no local work: the link simply opens, with nothing to ask,
    // in place of the default workspace a first visit makes (not beside it).
    const receiver = await newContext(browser);
    const other = await receiver.newPage();
    await other.goto(link);
    // A first visit: IndexedDB opens and stores the default before the link replaces it; with the
    // machine busy (the whole suite beside other work) that once took longer than the usual 5 s.
    await expect.poll(() => other.locator('.workspace-name').textContent(), { timeout: 20_000 }).toMatch(/^Klimasekretariat Nordjylland \(delt \d+\. \w+ \d{4}\)$/);
    await waitForResults(other);
    expect(await other.getByRole('heading', { name: 'Åbn delt sammenligning' }).count()).toBe(0);
    // The long name gives way in the header, which stays one line (it wrapped and pushed the grid down 34 px).
    expect(await other.locator('.app-header').evaluate((e) => e.getBoundingClientRect().height)).toBeLessThan(50);
    // The name gives way before the storage note, a warning to read (it was cut with "…" at 1366 px).
    await expect.poll(() => other.locator('.save-state').evaluate((e) => e.scrollWidth <= e.clientWidth && (e.textContent ?? '').includes('pladsmangel'))).toBe(true);
    expect(await other.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(['Niveau 1', 'Niveau 2', 'Niveau 3 — som i dag', 'Niveau 4', 'Niveau 2 — T11’s anbefaling']);
    await expect.poll(() => cellTextAt(other, 'supplement', 2)).toBe(figures.supplement2);
    expect(await cellTextAt(other, 'supplement', 3)).toBe(figures.supplement3);
    expect(await cellTextAt(other, 'preset', 3)).toBe('KKR');
    expect(new URL(other.url()).hash).toBe('');
    await other.reload();
    await waitForResults(other);
    await other.locator('.workspace-menu .menu-button').first().click();
    expect(await other.getByRole('menuitem', { name: /^Åbn ”/ }).count()).toBe(0);
    await sender.close();
    await receiver.close();
  });

  it('a link shared in English opens in English in a colleague’s fresh browser; one with its own work keeps its language', async () => {
    const sender = await newContext(browser);
    const page = await openApp(sender);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const input = page.getByTestId('share-link');
    await expect.poll(() => input.inputValue()).toMatch(/#s=3\.[^&]+&l=en$/);
    const link = await input.inputValue();

    const fresh = await newContext(browser);
    const colleague = await fresh.newPage();
    await colleague.goto(link);
    await expect.poll(() => colleague.locator('.workspace-name').textContent(), { timeout: 20_000 }).toMatch(/\(shared /);
    await waitForResults(colleague);
    expect(await colleague.getByRole('button', { name: 'Comparison', exact: true }).count()).toBe(1);
    expect(await colleague.evaluate(() => document.documentElement.lang)).toBe('en');

    // A browser with work of its own is asked, in the language it uses.
    const busy = await newContext(browser);
    const director = await openApp(busy);
    await edit(director, 'funder-brn', 'level-1', '999.000');
    await director.goto(link);
    await director.getByRole('heading', { name: 'Åbn delt sammenligning' }).waitFor();
    for (const context of [sender, fresh, busy]) await context.close();
  });

  it('the link in an open Del dialog is made again when another tab changes the workspace, and says so (it handed out the workspace before)', async () => {
    const context = await newContext(browser);
    const sender = await openApp(context);
    const other = await openApp(context);
    await sender.bringToFront();
    await sender.getByRole('button', { name: 'Del', exact: true }).click();
    const input = sender.getByTestId('share-link');
    await expect.poll(() => input.inputValue()).toMatch(/#s=3\./);
    const before = await input.inputValue();
    await sender.getByRole('button', { name: 'Kopiér link' }).click();
    await expect.poll(() => sender.locator('dialog .dialog-status').textContent()).toBe('Linket er kopieret.');

    await other.bringToFront();
    await edit(other, 'name', 'level-1', 'Niveau 1 fra fane B');
    await expect.poll(() => sender.locator('th.scenario-header .scenario-name').first().textContent()).toBe('Niveau 1 fra fane B');
    await expect.poll(() => input.inputValue()).not.toBe(before);
    expect(await sender.locator('dialog .dialog-status').textContent()).toBe('Arbejdsområdet er ændret i en anden fane, og linket er lavet igen af det, du ser nu. Har du kopieret det før, så kopiér det igen.');

    // The dialog stayed as it was, the focus in it, and Esc closes it: made again, its content
    // went and came back, the focus fell to the page, and Esc did nothing (a drive).
    const remade = await input.inputValue();
    expect(await sender.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await sender.keyboard.press('Escape');
    await sender.locator('dialog[open]').waitFor({ state: 'detached' });

    // The link now holds what the sender sees.
    const receiver = await newContext(browser);
    const colleague = await receiver.newPage();
    await colleague.goto(remade);
    await expect.poll(() => colleague.locator('th.scenario-header .scenario-name').first().textContent(), { timeout: 20_000 }).toBe('Niveau 1 fra fane B');
    await receiver.close();
    await context.close();
  });

  it('a corrupted link shows the message and leaves local work as it was', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await edit(page, 'funder-brn', 'level-1', '999.000');
    await expect.poll(() => cellText(page, 'funder-brn', 'level-1')).toBe('999.000');
    await page.goto('/#s=2.dGhpcyBpcyBub3QgYSBsaW5r');
    await expect.poll(() => page.locator('.notice.error').textContent()).toContain('Linket er ugyldigt eller beskadiget');
    // What to do about it: a link cut short when copied is the usual cause (a fresh-eyes walk).
    expect(await page.locator('.notice.error').textContent()).toContain('måske er det ikke kopieret helt. Et helt link har et langt løb af tegn efter ”#s=”; afsenderens Del-dialog siger, hvor mange. Bed afsenderen sende det igen, eller sende arbejdsområdet som fil (Eksport → Eksporter som fil).');
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('999.000');
    expect(await page.getByRole('heading', { name: 'Åbn delt sammenligning' }).count()).toBe(0);
    await page.reload();
    await waitForResults(page);
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('999.000');
    await context.close();
  });

  it('adds shared scenarios to the current workspace with unique names, undoably', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Åbn delt sammenligning' }).waitFor();
    expect(await page.locator('.link-scenarios li').allTextContents()).toEqual(['Niveau 1', 'Niveau 2', 'Niveau 3 — som i dag', 'Niveau 4', 'Niveau 2 — T11’s anbefaling']);
    // The link's shared assumptions are this workspace's: added scenarios keep the sender's figures.
    expect(await page.getByRole('dialog').textContent()).toContain('Linkets fælles antagelser og indbyggertal er de samme som her.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'link-open');
    // Unanswered, the link stays in the address bar: a reload asks again.
    expect(new URL(page.url()).hash).toMatch(/^#s=/);
    await page.reload();
    await page.getByRole('button', { name: /Tilføj scenarierne til/ }).click();
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(10);
    expect(new URL(page.url()).hash).toBe('');
    const added = await page.locator('tr[data-row="name"] td').nth(5).getAttribute('data-col');
    expect(await page.locator('th.scenario-header .scenario-name').nth(5).textContent()).toBe('Niveau 1 (delt)');
    // The user is taken to them: the first added scenario's name, selected and in view.
    await expect.poll(() => page.evaluate(() => { const td = document.querySelector<HTMLElement>('td.active'); return `${td?.closest('tr')?.dataset['row']}/${td?.dataset['col']}`; })).toBe(`name/${added}`);
    await expect
      .poll(() => page.evaluate(() => { const td = document.querySelector('td.active')!.getBoundingClientRect(); const view = document.querySelector('.grid-scroll')!.getBoundingClientRect(); return td.left >= view.left && td.right <= view.right + 1 && td.top >= view.top && td.bottom <= view.bottom; }))
      .toBe(true);
    await page.getByRole('button', { name: 'Fortryd', exact: true }).first().click();
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(5);
    await context.close();
  });

  it("says where the link's shared assumptions differ from this workspace's, before and after its scenarios are added (their figures were not the sender's, unsaid)", async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    // Here the external money pays from July 2027; in the link, the whole period.
    await openView(page, 'Antagelser');
    const from = page.getByRole('textbox', { name: 'Fra måned: Ekstern finansiering og projektmidler' });
    await from.fill('juli 2027');
    await from.press('Enter');
    await expect.poll(() => from.inputValue()).toBe('juli 2027');
    await openView(page, 'Sammenligning');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Åbn delt sammenligning' }).waitFor();
    const differs = 'Ekstern finansiering og projektmidler: betaler fra: juli 2027 her, periodens start i linket';
    expect(await page.getByRole('dialog').textContent()).toContain(`Tilføjede scenarier regnes med dette arbejdsområdes fælles antagelser, som afviger fra linkets: ${differs}. Åbn linket som nyt arbejdsområde for at få afsenderens tal.`);
    await page.getByRole('button', { name: /Tilføj scenarierne til/ }).click();
    await expect.poll(() => page.locator('.notice', { hasText: 'er tilføjet' }).textContent()).toContain(`5 scenarier er tilføjet. De tilføjede scenarier er regnet med dette arbejdsområdes fælles antagelser, som afviger fra linkets: ${differs}.`);
    await context.close();
  });

  it('adding a link that does not fit says how many of its scenarios were left out, and why (it said only "2 scenarier er tilføjet.")', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    // A workspace of 48 scenarios, from a file: room for 2 of the link's 5.
    const ws = createWorkspace();
    const many = { ...ws, scenarios: Array.from({ length: 48 }, (_, i) => ({ ...ws.scenarios[i % ws.scenarios.length]!, id: `many-${i}`, name: `Variant ${i + 1}` })) };
    const file = `${ARTIFACTS}forty-eight.json`;
    writeFileSync(file, workspaceFile(many));
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.locator('table.grid').getAttribute('aria-colcount')).toBe('49');
    await page.goto(link);
    await page.getByRole('button', { name: /Tilføj scenarierne til/ }).click();
    await expect.poll(() => page.locator('table.grid').getAttribute('aria-colcount')).toBe('51');
    await expect.poll(() => page.locator('.notice', { hasText: 'er tilføjet' }).textContent()).toContain('2 scenarier er tilføjet. De sidste 3 scenarier i linket er udeladt: et arbejdsområde kan højst have 50 scenarier.');
    await context.close();
  });

  it('opens a link as a new workspace on its decision figures, wherever the local work was scrolled to', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    // Local work further down: the grid is scrolled to the funding rows, a cell there active.
    await edit(page, 'funder-brn', 'level-4', '1,3 mio.');
    await page.locator('tr[data-row="funder-brn"] td[data-col="level-4"]').click();
    await expect.poll(() => page.locator('.grid-scroll').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    await page.goto(link);
    await page.getByRole('button', { name: 'Åbn som nyt arbejdsområde' }).click();
    await expect.poll(() => page.locator('.workspace-name').textContent()).toMatch(/\(delt /);
    await waitForResults(page);
    await expect.poll(() => page.locator('.grid-scroll').evaluate((e) => e.scrollTop)).toBe(0);
    const active = () => page.evaluate(() => document.querySelector('td.active')?.closest('tr')?.getAttribute('data-row'));
    expect(await active()).toBe(await page.locator('table.grid tbody tr[data-row]').first().getAttribute('data-row'));
    const visible = await page.locator('tr[data-row="supplement"] td').first().evaluate((td) => td.getBoundingClientRect().bottom <= innerHeight);
    expect(visible).toBe(true);
    await context.close();
  });

  it('opens a link while offline once the app is installed', async () => {
    const context = await newContext(browser, { serviceWorker: true });
    const page = await openApp(context);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready, navigator.serviceWorker.controller !== null));
    const link = await shareLink(page);
    await context.setOffline(true);
    const offline = await context.newPage();
    const response = await offline.goto(link);
    expect(response?.fromServiceWorker()).toBe(true);
    await offline.getByRole('button', { name: 'Åbn som nyt arbejdsområde' }).click();
    await waitForResults(offline);
    await expect.poll(() => cellTextAt(offline, 'funder-brn', 2)).toBe('1.400.000');
    await context.close();
  });

  it('imports an exported file as a new workspace, and refuses a broken file', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await edit(page, 'funder-region', 'level-4', '1 mio.');
    await expect.poll(() => cellText(page, 'funder-region', 'level-4')).toBe('1.000.000');
    const [download] = await Promise.all([page.waitForEvent('download'), workspaceAction(page, 'Eksporter som fil')]);
    const path = (await download.path())!;
    const fresh = await newContext(browser);
    const other = await openApp(fresh);
    const broken = `${ARTIFACTS}broken.json`;
    writeFileSync(broken, '{"format":"forankring-workspace","version":2,"workspace":{"region":"Nordjylland","scenarios":[{"l":9}]}}');
    await other.locator('input[type="file"]').setInputFiles(broken);
    await expect.poll(() => other.locator('.notice.error').textContent()).toContain('Filen kan ikke læses');
    // The Excel export is not a file to import: the message says which is (a fresh-eyes walk
    // tried it and was told only that it could not be read).
    await page.getByRole('button', { name: 'Eksport' }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click()]);
    await other.locator('input[type="file"]').setInputFiles({ name: 'Klimasekretariat Nordjylland.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync((await xlsx.path())!) });
    await expect.poll(() => other.locator('.notice.error').textContent()).toContain('Et Excel- eller CSV-udtræk kan ikke indlæses igen');
    expect(await other.locator('.notice.error').textContent()).toContain('”Eksporter som fil” (.json)');
    await other.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => cellTextAt(other, 'funder-region', 4)).toBe('1.000.000');
    await other.locator('.workspace-menu .menu-button').click();
    expect(await other.getByRole('menuitem', { name: /^Åbn / }).count()).toBe(1);
    await context.close();
    await fresh.close();
  });
});

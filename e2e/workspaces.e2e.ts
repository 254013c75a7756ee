// Several workspaces: Sjælland's partnership over real time, switching without a stale figure,
// a compute failure that hides figures, damaged records set aside, an old database upgraded,
// and the workspace as a self-contained file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import fixtures from '../src/model/migrations/fixtures/v1-workspaces.json';
import { axeViolations } from './axe';
import { cellText, editCell, gridCell, launch, newContext, newWorkspace, openApp, openView, screenshot, splitOverLines, storedRecords, waitForResults, workspaceAction } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const population2023 = readFileSync(new URL('./fixtures/sjaelland-populations-2023.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([, name, population]) => ({ name: name!, population: Number(population) }));

/**
 * Rewrites the stored record of the region's workspace (no region: the first record) behind
 * the app's back: as a newer version of the app would write it, damaged, or hurt (one amount
 * out of bounds in the second scenario, which a repair leaves out).
 */
const rewriteRecord = (page: Page, as: 'newerSchema' | 'damaged' | 'hurt', region?: string) =>
  page.evaluate(
    ({ as, region }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('forankring');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workspaces', 'readwrite');
          const store = tx.objectStore('workspaces');
          store.getAll().onsuccess = (e) => {
            const records = (e.target as IDBRequest<{ region: string; revision: number; workspace: { scenarios: { funding: object }[] } }[]>).result;
            const record = records.find((r) => !region || r.region === region)!;
            const hurt = () => {
              const scenarios = record.workspace.scenarios.map((s, i) => (i === 1 ? { ...s, funding: { ...s.funding, brn: { low: -5, central: -5, high: -5 } } } : s));
              return { ...record, workspace: { ...record.workspace, scenarios } };
            };
            store.put(as === 'damaged' ? { ...record, workspace: 'garbage' } : as === 'hurt' ? hurt() : { ...record, revision: record.revision + 1, workspace: { ...record.workspace, schemaVersion: 999 } });
          };
          // Announced to the other tabs as Dexie announces every write (its BroadcastChannel).
          tx.oncomplete = () => (db.close(), new BroadcastChannel('x-storagemutated-1').postMessage({ all: { d: 1, from: -Infinity, to: [[]] } }), resolve());
          // Settles however it ends: an evaluate has no timeout (a throw above aborts the transaction).
          tx.onabort = () => reject(tx.error ?? new Error('no workspace record to rewrite'));
        };
        open.onerror = () => reject(open.error);
      }),
    { as, region },
  );

/** The bills under the board: how many, how many in view, the smallest bill's type and the board's. */
const billsOnFirstScreen = (page: Page) =>
  page.evaluate(() => {
    const grid = document.querySelector('.grid-scroll')!.getBoundingClientRect();
    const rows = [...document.querySelectorAll('tbody[data-group="municipalities"] tr[data-row]')];
    const type = (e: Element | null) => (e ? Number.parseFloat(getComputedStyle(e).fontSize) : NaN);
    return {
      count: rows.length,
      shown: rows.filter((r) => r.getBoundingClientRect().bottom <= grid.bottom).length,
      type: Math.min(...rows.map(type)),
      board: type(document.querySelector('tr[data-row="supplement"] .value')),
      dense: document.querySelector('table.grid')!.hasAttribute('data-dense-bills'),
    };
  });

async function switchTo(page: Page, name: string): Promise<void> {
  await workspaceAction(page, `Åbn ”${name}”`);
  await expect.poll(() => page.locator('.workspace-name').textContent()).toBe(name);
  await waitForResults(page);
}

describe('workspaces', () => {
  it('renames the workspace from its menu; an emptied name is refused in the dialog, which stays open (it closed and kept the old name without a word)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await workspaceAction(page, 'Omdøb …');
    const name = page.getByRole('dialog').getByRole('textbox', { name: 'Navn på arbejdsområdet' });
    // Opened with the name selected, so typing replaces it (the caret stood at its end).
    await expect.poll(() => name.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length])).toEqual([0, 'Klimasekretariat Nordjylland'.length, 'Klimasekretariat Nordjylland'.length]);
    await name.fill('  ');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toBe('Navn på arbejdsområdet kan ikke være tomt.');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    // Over its limit, refused with the limit and a shorter example (it was cut mid-word, without a word).
    await name.fill(`Klimasekretariat ${'Nordjylland '.repeat(10)}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toBe(`Navn på arbejdsområdet kan højst have 120 tegn; dette har 136. Forkort det, fx til ”Klimasekretariat ${'Nordjylland '.repeat(8).trimEnd()}”.`);
    await name.fill('Klimasekretariat 2027');
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').count()).toBe(0);
    await name.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe('Klimasekretariat 2027');
    // The focus goes back to the menu it was chosen from, saved or left with Esc, the dialog's
    // code loaded or not (it went to the comparison's first cell once the code was here).
    const onMenu = () => page.evaluate(() => !!document.activeElement?.matches('.workspace-menu .menu-button'));
    await expect.poll(onMenu).toBe(true);
    for (const item of ['Omdøb …', 'Nyt arbejdsområde …']) {
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: item }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(onMenu, { message: item }).toBe(true);
    }
    // Another workspace's name is refused, with a free one as the example: the menu listed two alike.
    await newWorkspace(page, 'Syddanmark');
    await workspaceAction(page, 'Omdøb …');
    await name.fill('Klimasekretariat 2027');
    await name.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toBe('Et andet arbejdsområde hedder allerede ”Klimasekretariat 2027”, og de to kunne ikke skelnes i menuen. Vælg et andet navn, fx ”Klimasekretariat 2027 (2)”.');
    // Alike but for capitals is alike in the menu too.
    await name.fill('klimasekretariat 2027');
    await name.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toContain('Et andet arbejdsområde hedder allerede ”klimasekretariat 2027”');
    await name.fill('Klimasekretariat 2027 Syd');
    await name.press('Enter');
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe('Klimasekretariat 2027 Syd');
    await context.close();
  });

  it('Syddanmark offers none of North Jutland’s bodies: no T11 template, no BRN in the anchoring or among the funder kinds, which Nordjylland keeps', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const offered = async () => {
      await page.getByRole('button', { name: /Tilføj scenarie/ }).click();
      await page.getByRole('menuitem').first().waitFor();
      const templates = await page.getByRole('menuitem').allTextContents();
      await page.keyboard.press('Escape');
      await openView(page, 'Forankring');
      const anchoring = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      await openView(page, 'Antagelser');
      const kinds = await page.getByRole('combobox', { name: /^Slags:/ }).first().locator('option').allTextContents();
      await openView(page, 'Sammenligning');
      return { templates, anchoring, kinds };
    };
    const nordjylland = await offered();
    expect(nordjylland.templates).toContain('Niveau 2 — T11’s anbefaling');
    expect(nordjylland.anchoring).toContain('Ny driftsbevilling eller omprioritering fra BRN skal bevilges af alle byråd');
    expect(nordjylland.kinds).toContain('Grundbevilling (BRN)');
    await newWorkspace(page, 'Syddanmark');
    const syddanmark = await offered();
    expect(syddanmark.templates).toEqual(['Niveau 1', 'Niveau 2', 'Niveau 3', 'Niveau 4']);
    expect(syddanmark.anchoring).toContain('Ny driftsbevilling skal bevilges af alle byråd');
    expect(syddanmark.anchoring).toContain('Via kredsen af tekniske direktører/styregruppe');
    expect(syddanmark.anchoring).not.toMatch(/fra BRN|Via T11|forankring \(T11\)/);
    expect(syddanmark.anchoring).toContain('som T11’s oplæg i Nordjylland opstiller dem');
    expect(syddanmark.kinds).not.toContain('Grundbevilling (BRN)');
    // Why Niveau 2 needs every council: the region's own terms, not BRN's (the sources said
    // "BRN-bestyrelsen bevilger grundbevillingen" and quoted "… omprioritering fra BRN …").
    await editCell(page, 'funder-region', 'level-2', '300.000');
    await gridCell(page, 'approval', 'level-2').click();
    await page.keyboard.press('?');
    await page.getByTestId('explanation').waitFor();
    const why = (await page.getByRole('dialog').innerText()).replace(/\s+/g, ' ');
    expect(why).toContain('22 byråd');
    expect(why).toContain('Et kommunalt tillæg er en ny driftsbevilling i hver kommune');
    expect(why).toContain('regionsrådet regionens');
    expect(why).not.toMatch(/BRN/);
    await page.keyboard.press('Escape');
    // Målsøgning's first question has an answer here: the most staffing within 2 mio. kr. (its
    // default, the staffing at 0 in supplement, had none: there is no grant to pay for it).
    await openView(page, 'Beslutningsstøtte');
    expect(await page.getByRole('textbox', { name: 'højst er' }).inputValue()).toBe('2.000.000');
    await page.getByRole('button', { name: 'Find værdi' }).click();
    await expect.poll(() => page.getByTestId('seek-result').textContent()).toMatch(/^Årsværk = \d+,\d+ giver Samlet udgift = 1\.99\d\.\d{3} kr\.$|^Årsværk = \d+,\d+ giver Samlet udgift = 2\.000\.000 kr\.$/);
    await context.close();
  });

  it('Sjælland from its preset: populations of 1 January 2023 pasted as a column, July 2023 to June 2028, each municipality’s bill for the half year and the full year', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await newWorkspace(page, 'Sjælland');
    expect(await page.locator('tr[data-row^="municipality-"]').count()).toBe(17);
    expect(await cellText(page, 'start', 'sjaellands-klimaalliance')).toBe('juli 2023');
    expect(await cellText(page, 'end', 'sjaellands-klimaalliance')).toBe('juni 2028');
    // A level scenario moved to the same period by typing.
    await editCell(page, 'start', 'level-2', 'juli 2023');
    await editCell(page, 'end', 'level-2', '6/2028');
    await expect.poll(() => cellText(page, 'end', 'level-2')).toBe('juni 2028');

    await openView(page, 'Kommuner');
    // The view loads on first visit: read the names once all 17 rows are there.
    await expect.poll(() => page.locator('tbody tr[data-municipality] th').count()).toBe(17);
    const names = await page.locator('tbody tr[data-municipality] th').allTextContents();
    // Each column says its first whole year where they differ (the alliance's 2024 stood beside 2026's unsaid).
    expect(await page.locator('thead th', { hasText: 'Klimaalliance' }).locator('.year-note').textContent()).toBe('første hele år: 2024');
    expect(await page.locator('thead th', { hasText: 'Niveau 3' }).locator('.year-note').textContent()).toBe('første hele år: 2026');
    // The handout's bills say it too, and "kr. pr. indb." beside the alliance's bills is readable
    // (its whole heading, the name repeated, went down to 5 px in its narrow column).
    await openView(page, 'Udskrift');
    const bills = page.locator('.handout-table', { hasText: 'Kommuner – første hele år' }).first();
    await expect.poll(() => bills.locator('tbody tr').first().textContent()).toMatch(/^År.*2024.*2026/);
    // The smallest type any of its words is set in.
    const unitPx = await bills.locator('thead th').nth(4).evaluate((th) => [th.textContent, Math.min(...[th, ...th.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).map((e) => parseFloat(getComputedStyle(e).fontSize)))] as const);
    expect(unitPx[0]).toContain('kr. pr. indb.');
    expect(unitPx[1]).toBeGreaterThanOrEqual(11);
    await openView(page, 'Kommuner');
    const column = names.map((name) => population2023.find((p) => p.name === name)!.population.toLocaleString('da-DK')).join('\r\n');
    await page.evaluate((text) => navigator.clipboard.writeText(text), column);
    await page.getByRole('textbox', { name: `Indbyggere: ${names[0]}` }).click();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('17 indbyggertal er indsat.');
    const date = page.getByRole('textbox', { name: 'Indbyggertal pr.' });
    await date.fill('1. januar 2023');
    await date.press('Enter');
    await expect.poll(() => page.locator('tfoot td.num').first().textContent()).toBe('849.857');

    const bill = (name: string) => page.locator(`tr[data-municipality]:has(th:text-is("${name}")) td[data-scenario="sjaellands-klimaalliance"] .value`).textContent();
    const sum = async () => (await page.locator('tbody tr[data-municipality] td[data-scenario="sjaellands-klimaalliance"] .value').allTextContents()).reduce((s, t) => s + Number(t.replace(/\./g, '')), 0);
    const total = () => page.locator('td[data-total="sjaellands-klimaalliance"]').textContent();
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2023');
    await expect.poll(() => bill('Sorø')).toBe('13.075');
    expect(await total()).toBe('365.000');
    expect(await sum()).toBe(365_000);
    await screenshot(page, 'sjaelland-2023');
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2024');
    await expect.poll(() => bill('Sorø')).toBe('26.150');
    expect(await total()).toBe('730.000');
    expect(await sum()).toBe(730_000);
    await context.close();
  });

  it('a year chosen in one workspace that the next one never runs in goes back to the first whole year (every figure read "–", every bill on Kommuner 0 kr.); a bill outside its scenario’s period reads "–", a part of the year says its months', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const nordjylland = (await page.locator('.workspace-name').textContent())!;
    await newWorkspace(page, 'Sjælland');
    await page.locator('.year-picker select').first().selectOption('2023');
    await expect.poll(() => cellText(page, 'supplement', 'level-3')).toBe('–');
    // The alliance, from July, runs half of 2023, and its header says so (its half year's cost
    // stood beside whole years unsaid, the cheapest column at a glance).
    expect(await page.locator('th.scenario-header[data-scenario="sjaellands-klimaalliance"] .header-year').textContent()).toBe('kun 6 mdr. i 2023');

    // Sjælland in 2023: the alliance pays its half year, level 3 (from 2026) does not run.
    await openView(page, 'Kommuner');
    await expect.poll(() => page.locator('tbody tr[data-municipality]').count()).toBe(17);
    const bills = (scenario: string) => page.locator(`tbody td[data-scenario="${scenario}"] .value`).allTextContents();
    expect(new Set(await bills('level-3'))).toEqual(new Set(['–']));
    expect(await page.locator('tfoot td[data-total="level-3"]').textContent()).toBe('–');
    expect((await bills('sjaellands-klimaalliance')).every((bill) => /^[1-9][\d.]*$/.test(bill))).toBe(true);
    expect(await page.locator('thead th', { hasText: 'Klimaalliance' }).locator('.year-note').textContent()).toBe('kun 6 mdr. i 2023');
    // Said to a screen reader as the grid says it.
    expect(await page.locator('tbody td[data-scenario="level-3"]').first().textContent()).toContain('uden for scenariets periode, 2026–2028');

    await openView(page, 'Sammenligning');
    await switchTo(page, nordjylland);
    expect(await page.locator('.year-picker select').first().inputValue()).toBe('typical');
    expect(await cellText(page, 'supplement', 'level-3')).toBe('1.225.000');
    await openView(page, 'Kommuner');
    await expect.poll(() => page.locator('tfoot td[data-total="level-3"]').textContent()).toBe('1.225.000');
    await context.close();
  });

  it('says beside the key when own weights all 0 split the supplement equally, and not once one counts (eleven zeros gave 1/11 each without a word)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Kommuner');
    const key = page.locator('table.municipalities').getByRole('combobox', { name: 'Fordelingsnøgle: Niveau 2', exact: true });
    await key.selectOption('custom');
    const weights = page.getByRole('textbox', { name: /^Egne vægte: .*, Niveau 2$/ });
    await expect.poll(() => weights.count()).toBe(11);
    const note = page.locator('table.municipalities thead th', { has: page.getByRole('combobox', { name: 'Fordelingsnøgle: Niveau 2', exact: true }) }).locator('.equal-split');
    for (let i = 0; i < 11; i++) {
      expect(await note.count()).toBe(0);
      await weights.nth(i).fill('0');
      await weights.nth(i).press('Enter');
      await expect.poll(() => weights.nth(i).inputValue()).toBe('0');
    }
    await expect.poll(() => note.textContent()).toBe('Alle egne vægte er 0, så tillægget deles ligeligt.');
    await expect.poll(() => page.locator('tr[data-municipality="825"] td[data-scenario="level-2"] .value').textContent()).toBe('54.091');
    await weights.first().fill('1');
    await weights.first().press('Enter');
    await expect.poll(() => note.count()).toBe(0);
    await context.close();
  });

  it('a pasted population far from the one it replaces is not used, and said: English "222.000" read as 222 took Aalborg’s bill to 360 without a word; one line naming its municipality is taken', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'English' }).click();
    await openView(page, 'Municipalities');
    const field = (name: string) => page.getByRole('textbox', { name: `Population: ${name}` });
    const paste = async (text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await field('Brønderslev').click();
      await page.keyboard.press('Control+V');
    };
    const aalborg = await field('Aalborg').inputValue();
    await paste('Aalborg\t222.000\nLæsø\t1.702');
    const notice = page.locator('.notice', { hasText: 'pasted' });
    await expect.poll(() => notice.textContent()).toContain('Not used, as each is under half or over double the figure so far: Aalborg 222 (so far ' + aalborg + ').');
    expect(await notice.textContent()).toContain('No population was pasted.');
    expect(await field('Aalborg').inputValue()).toBe(aalborg);
    // It stays while its lines are typed in, as it says to (one edit did not take it away).
    await field('Brønderslev').fill('36,600');
    await field('Brønderslev').press('Enter');
    await expect.poll(() => field('Brønderslev').inputValue()).toBe('36,600');
    expect(await notice.count()).toBe(1);
    // One line with its municipality's name: that municipality's count ("not a number" before).
    await paste('Læsø\t1702');
    await expect.poll(() => notice.textContent()).toContain('One population was pasted.');
    await expect.poll(() => field('Læsø').inputValue()).toBe('1,702');
    // It belongs to this view: it does not follow to the comparison, over the bills.
    await paste('Aalborg\t222.000');
    await expect.poll(() => notice.textContent()).toContain('Not used');
    await openView(page, 'Comparison');
    await expect.poll(() => notice.count()).toBe(0);
    await context.close();
  });

  it('two tabs: the workspace deleted in one is not silently lost in the other; it says so, and saves it again on request, edits made since included', async () => {
    const context = await newContext(browser);
    const here = await openApp(context);
    const elsewhere = await openApp(context);
    await workspaceAction(elsewhere, 'Slet arbejdsområdet');
    // The only one: a new one of its name appears, and the notice says why (it looked as if the
    // deletion had failed and the edits had vanished; a fresh-eyes walk).
    await expect.poll(() => elsewhere.locator('.notice', { hasText: 'er slettet' }).textContent()).toContain('”Klimasekretariat Nordjylland” er slettet. Det var det eneste arbejdsområde, så der er åbnet et nyt med regionens standardtal.');
    const notice = here.locator('.notice', { hasText: 'er slettet i en anden fane' });
    await expect.poll(() => notice.textContent()).toContain('”Klimasekretariat Nordjylland” er slettet i en anden fane. Det, du ser her, er ikke gemt.');
    // An edit here is not said to be saved while there is no record to save it in.
    await editCell(here, 'funder-brn', 'level-1', '1,5 mio.');
    await expect.poll(() => here.locator('.save-state').getAttribute('data-state')).toBe('failed');
    await notice.getByRole('button', { name: 'Gem det igen' }).click();
    await expect.poll(() => here.locator('.save-state').getAttribute('data-state')).toBe('saved');
    // The other tab, left without workspaces, made a new default of the same name: the one saved
    // again is told apart from it.
    const workspaceName = () => here.locator('.workspace-menu .menu-button').first().textContent();
    await expect.poll(workspaceName).toContain('Klimasekretariat Nordjylland (2)');
    await here.reload();
    await waitForResults(here);
    expect(await workspaceName()).toContain('Klimasekretariat Nordjylland (2)');
    await here.locator('.workspace-menu .menu-button').first().click();
    expect(await here.getByRole('menuitem', { name: /^Åbn / }).allTextContents()).toEqual(['Åbn ”Klimasekretariat Nordjylland”']);
    await here.keyboard.press('Escape');
    expect(await cellText(here, 'funder-brn', 'level-1')).toBe('1.500.000');
    await context.close();
  });

  it('two tabs: the workspace menu opened by keyboard keeps its focus, and Esc closes it, while the other tab adds a workspace (its items made anew took the focus: the menu stayed open, deaf to Esc)', async () => {
    const context = await newContext(browser);
    const here = await openApp(context);
    const elsewhere = await openApp(context);
    const button = here.locator('.workspace-menu .menu-button').first();
    const focused = () => here.evaluate(() => document.activeElement?.textContent ?? null);
    await button.focus();
    await here.keyboard.press('Enter');
    await here.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Omdøb …');
    await workspaceAction(elsewhere, 'Dupliker arbejdsområdet');
    await expect.poll(() => here.getByRole('menuitem', { name: /^Åbn / }).count()).toBe(1);
    expect(await focused()).toBe('Omdøb …');
    await here.keyboard.press('ArrowUp');
    await here.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Åbn ”Klimasekretariat Nordjylland (kopi)”');
    await here.keyboard.press('Escape');
    expect(await here.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await context.close();
  });

  it('two tabs: "Gem det igen" after the other tab undid the deletion puts the edits made here onto the record that came back', async () => {
    const context = await newContext(browser);
    const here = await openApp(context);
    const elsewhere = await openApp(context);
    await workspaceAction(elsewhere, 'Slet arbejdsområdet');
    const deleted = elsewhere.locator('.notice', { hasText: 'er slettet' });
    await deleted.waitFor();
    const notice = here.locator('.notice', { hasText: 'er slettet i en anden fane' });
    await notice.waitFor();
    await editCell(here, 'funder-brn', 'level-1', '1,5 mio.');
    await expect.poll(() => here.locator('.save-state').getAttribute('data-state')).toBe('failed');
    // The other tab takes its deletion back: the record is there again. With this tab's edit or
    // not yet, as it happens: its undo replays the browser's journal, which may still hold the edit
    // made here (under load in CI it did, and the record came back with 1.500.000 at once).
    await deleted.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => cellText(elsewhere, 'funder-brn', 'level-1')).toMatch(/^1\.(250|500)\.000$/);
    await notice.getByRole('button', { name: 'Gem det igen' }).click();
    await expect.poll(() => here.locator('.save-state').getAttribute('data-state')).toBe('saved');
    // The edit made here went onto it: the other tab shows it, and so does a reload.
    await expect.poll(() => cellText(elsewhere, 'funder-brn', 'level-1')).toBe('1.500.000');
    await here.reload();
    await waitForResults(here);
    expect(await cellText(here, 'funder-brn', 'level-1')).toBe('1.500.000');
    await context.close();
  });

  it('two tabs: a record written by a newer version of the app in another tab is not called deleted, nor overwritten; the edit waits in the journal for the reload it offers', async () => {
    const context = await newContext(browser);
    const here = await openApp(context);
    const elsewhere = await openApp(context);
    // The other tab, updated, writes the workspace in a newer schema (as an update would).
    await rewriteRecord(elsewhere, 'newerSchema');
    await editCell(here, 'funder-brn', 'level-1', '1,5 mio.');
    const notice = here.locator('.notice', { hasText: 'nyere udgave' });
    await expect.poll(() => notice.textContent()).toContain('”Klimasekretariat Nordjylland” er gemt af en nyere udgave af Forankring i en anden fane. Genindlæs for at fortsætte i den; dine ændringer her er husket og kommer med.');
    expect(await notice.textContent()).not.toContain('slettet');
    await notice.getByRole('button', { name: 'Genindlæs' }).waitFor();
    await expect.poll(() => here.locator('.save-state').getAttribute('data-state')).toBe('failed');
    // The newer record is as the other tab wrote it, and this tab's edit is kept for the reload.
    expect((await storedRecords<{ workspace: { schemaVersion: number } }>(elsewhere))[0]!.workspace.schemaVersion).toBe(999);
    expect(await here.evaluate(() => JSON.stringify(localStorage))).toContain('1500000');
    await context.close();
  });

  it('two tabs: an idle tab is told at once when a newer version of the app writes its workspace in another tab', async () => {
    const context = await newContext(browser);
    const here = await openApp(context);
    const elsewhere = await openApp(context);
    await rewriteRecord(elsewhere, 'newerSchema');
    // No edit here: the notice comes with the other tab's write, not at this tab's next edit.
    const notice = here.locator('.notice', { hasText: 'nyere udgave' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('er gemt af en nyere udgave af Forankring i en anden fane. Genindlæs');
    await context.close();
  });

  it('Ctrl+Z right after deleting a workspace takes back the deletion, not an edit in the workspace opened in its place, and Ctrl+Y makes it again; after an edit there, Ctrl+Z takes back that edit', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await editCell(page, 'funder-brn', 'level-1', '1,5 mio.');
    await newWorkspace(page, 'Sjælland');
    const name = () => page.locator('.workspace-name').textContent();
    const sjaelland = await name();
    await workspaceAction(page, 'Slet arbejdsområdet');
    await expect.poll(name).toBe('Klimasekretariat Nordjylland');
    await page.locator('.notice', { hasText: 'er slettet' }).waitFor();
    await page.locator('.grid-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect.poll(name).toBe(sjaelland);
    await expect.poll(() => page.locator('.notice', { hasText: 'er slettet' }).count()).toBe(0);
    // Ctrl+Y makes the deletion again (Gentag was disabled, and it did nothing), and Ctrl+Z takes it back again.
    const redo = page.getByRole('button', { name: 'Gentag' });
    await expect.poll(() => redo.getAttribute('aria-disabled')).toBeNull();
    await page.keyboard.press('Control+Y');
    await expect.poll(name).toBe('Klimasekretariat Nordjylland');
    await page.locator('.notice', { hasText: 'er slettet' }).waitFor();
    // Ctrl+Z and Ctrl+Y at once: the Ctrl+Y waits for the undo to finish (it was lost, 1 walk in 2).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenNames: string[] }).seenNames = seen;
      new MutationObserver(() => seen.push(document.querySelector('.workspace-name')?.textContent ?? '')).observe(document.querySelector('.workspace-menu')!, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Y');
    const seen = () => page.evaluate(() => (window as unknown as { seenNames: string[] }).seenNames);
    await expect.poll(seen).toContain(sjaelland);
    await expect.poll(name).toBe('Klimasekretariat Nordjylland');
    await page.locator('.notice', { hasText: 'er slettet' }).waitFor();
    await page.keyboard.press('Control+Z');
    await expect.poll(name).toBe(sjaelland);
    await switchTo(page, 'Klimasekretariat Nordjylland');
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('1.500.000');

    // Deleted again, then an edit in the workspace opened: Ctrl+Z is that edit's, and the
    // deletion's notice goes, as its Fortryd would no longer be the last thing done.
    await switchTo(page, sjaelland!);
    await workspaceAction(page, 'Slet arbejdsområdet');
    await expect.poll(name).toBe('Klimasekretariat Nordjylland');
    await page.locator('.notice', { hasText: 'er slettet' }).waitFor();
    await editCell(page, 'funder-brn', 'level-2', '1,6 mio.');
    await expect.poll(() => cellText(page, 'funder-brn', 'level-2')).toBe('1.600.000');
    await expect.poll(() => page.locator('.notice', { hasText: 'er slettet' }).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cellText(page, 'funder-brn', 'level-2')).not.toBe('1.600.000');
    expect(await name()).toBe('Klimasekretariat Nordjylland');
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('1.500.000');
    await context.close();
  });

  it("every municipality's bill on the first screen for Sjælland's 17, at the desk and presenting, on a 1366 × 768 screen; Nordjylland's 11 at full size", async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const bills = () => billsOnFirstScreen(page);
    const nordjylland = await bills();
    expect(nordjylland).toMatchObject({ count: 11, shown: 11 });
    await newWorkspace(page, 'Sjælland');
    // 14 of 17 at the desk, 12 presenting, before their type stepped down to fit; 11 px with each
    // bar under its figure, 13 or more with the bars behind them.
    await expect.poll(bills).toMatchObject({ count: 17, shown: 17 });
    expect((await bills()).type).toBeGreaterThanOrEqual(13);
    // The baseline's name keeps its years on one line: "(2023–" stood over "2028)".
    expect(await splitOverLines(page, 'th.scenario-header .scenario-name', /\(\d{4}\S*\)/g)).toEqual([]);
    // A selected bill's ? shrinks with the type: it stood 2.5 px over the next row.
    await gridCell(page, 'municipality-253', 'level-1').click();
    const overhang = () => gridCell(page, 'municipality-253', 'level-1').evaluate((cell) => (cell.querySelector('.explain-button')?.getBoundingClientRect().bottom ?? NaN) - cell.getBoundingClientRect().bottom);
    await expect.poll(overhang).toBeLessThanOrEqual(0);
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    await expect.poll(bills).toMatchObject({ count: 17, shown: 17 });
    expect((await bills()).type).toBeGreaterThanOrEqual(13);
    await screenshot(page, 'sjaelland-presenting-1366');
    // In English too, at the desk: 16 of 17, while "Regional council + 17 city councils" took two lines.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('tr[data-row="approval"] td').first().textContent()).toBe('Regional council +\u00a017\u00a0councils');
    await expect.poll(bills).toMatchObject({ count: 17, shown: 17 });
    await page.getByRole('button', { name: 'Dansk' }).click();
    // Back in Nordjylland, its bills have their full size again.
    await switchTo(page, 'Klimasekretariat Nordjylland');
    await expect.poll(async () => (await bills()).type).toBe(nordjylland.type);
    await context.close();
  });

  it('paging up onto the frozen decision rows leaves a whole row under them, at the desk and presenting (Hovedstaden: "Albertslund" stood cut)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await newWorkspace(page, 'Hovedstaden');
    /** How far the first row below the frozen rows stands under them, in px (0: whole). */
    const cut = () =>
      page.evaluate(() => {
        const band = [...document.querySelectorAll('table.grid tr.frozen > th')].at(-1)!.getBoundingClientRect().bottom;
        const label = [...document.querySelectorAll('table.grid tbody tr:not(.frozen) > :first-child')].find((th) => th.getBoundingClientRect().bottom > band + 1)!;
        return Math.round(band - label.getBoundingClientRect().top);
      });
    for (const presenting of [false, true]) {
      if (presenting) {
        await page.keyboard.press('Alt+P');
        await page.locator('.presenting').waitFor();
      }
      await gridCell(page, 'totalCost', 'level-1').click();
      for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('PageUp');
        if (await page.locator('tr.frozen td.active').count()) break;
      }
      await expect.poll(() => page.locator('tr.frozen td.active').count()).toBe(1);
      // Once the grid is still (the scroll follows a paint): a whole row under the band.
      const scrollTop = () => page.locator('.grid-scroll').evaluate((e) => e.scrollTop);
      await expect.poll(async () => {
        const at = await scrollTop();
        await page.waitForTimeout(150);
        return at === (await scrollTop());
      }).toBe(true);
      expect(Math.abs(await cut())).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it("every bill of Hovedstaden's 29 on a 1366 × 768 projector, København's too, and of Midtjylland's 19 at the desk, Aarhus too", async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const bills = () => billsOnFirstScreen(page);
    const nordjylland = await bills();
    const below = page.locator('tbody[data-group="municipalities"] .bills-below');
    await newWorkspace(page, 'Midtjylland');
    // Aarhus, the 19th, was under the fold at 11 px, each bill's bar under its figure.
    await expect.poll(bills).toMatchObject({ count: 19, shown: 19 });
    expect((await bills()).type).toBeGreaterThanOrEqual(13);
    await newWorkspace(page, 'Hovedstaden');
    // At a 1366 × 768 desk not all 29 go, even at 11 px: as many as will go, the board at its
    // floor (at full size it kept København out of a laptop's browser window, presenting).
    await expect.poll(async () => (await bills()).shown).toBeGreaterThanOrEqual(26);
    expect((await bills()).board).toBeLessThan(nordjylland.board);
    // The bills' heading says how many more lie below (only the scrollbar said so), until they are in view.
    await expect.poll(() => below.textContent()).toBe(`${29 - (await bills()).shown} kommuner mere nedenfor ↓`);
    const scrollGrid = (top: number) => page.locator('.grid-scroll').evaluate((s, to) => s.scrollTo({ top: to }), top);
    await scrollGrid(10_000);
    await expect.poll(() => below.count()).toBe(0);
    await scrollGrid(0);
    await expect.poll(() => below.count()).toBe(1);
    // A selected fitted bill's ? stands left of its difference, not on its sign.
    await page.getByRole('checkbox', { name: 'Vis forskelle til basis' }).check();
    const selected = gridCell(page, 'municipality-101', 'level-1');
    await selected.click();
    const [button, difference] = await Promise.all([selected.locator('.explain-button').boundingBox(), selected.locator('.diff').boundingBox()]);
    expect(button!.x + button!.width).toBeLessThanOrEqual(difference!.x);
    await page.getByRole('checkbox', { name: 'Vis forskelle til basis' }).uncheck();
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    // 19 showed (Hvidovre to Vallensbæk, København among them, did not): the bills' type at 11 px
    // and the board's at full size left no room. The board steps down, not under 12,5 px.
    await expect.poll(bills).toMatchObject({ count: 29, shown: 29 });
    await expect.poll(() => below.count()).toBe(0);
    const { type, board } = await bills();
    expect(type).toBeGreaterThanOrEqual(11);
    expect(board).toBeGreaterThanOrEqual(12.5);
    // Its figures are still the largest on the screen.
    expect(board).toBeGreaterThan(type);
    expect(await cellText(page, 'municipality-101', 'level-2')).toMatch(/^\d{3}\.\d{3}$/);
    await screenshot(page, 'hovedstaden-presenting-1366');
    // Each bill has its bar, drawn by its cell behind the figure (a bar drawn over it paled
    // København's figures): København's the longest of its column. Axe finds nothing.
    const bars = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('tbody[data-group="municipalities"] td[data-col="level-2"]')].map((cell) => {
          const figure = cell.querySelector('.value')!.getBoundingClientRect();
          const bar = cell.querySelector('.bar')!;
          return {
            row: cell.closest('tr')!.dataset['row'],
            share: Number(getComputedStyle(cell).getPropertyValue('--share')),
            drawn: getComputedStyle(cell).backgroundImage.includes('gradient') || (getComputedStyle(bar).display !== 'none' && bar.getBoundingClientRect().width > 0),
            onTop: document.elementFromPoint(figure.left + figure.width / 2, figure.top + figure.height / 2)?.className,
          };
        }),
      );
    const longest = (all: Awaited<ReturnType<typeof bars>>) => all.reduce((a, b) => (b.share > a.share ? b : a)).row;
    const drawn = await bars();
    expect(drawn.every((b) => b.drawn && b.share > 0 && b.onTop === 'value')).toBe(true);
    expect(longest(drawn)).toBe('municipality-101');
    expect(await axeViolations(page)).toEqual([]);
    // In forced colours (Windows high contrast), which drop a drawn background, each bar is a line.
    await page.emulateMedia({ forcedColors: 'active' });
    expect((await bars()).every((b) => b.drawn)).toBe(true);
    expect(await gridCell(page, 'municipality-101', 'level-2').locator('.bar').evaluate((bar) => bar.getBoundingClientRect().width)).toBeGreaterThan(100);
    // With the differences shown, a bill has its difference and no bar, in forced colours too.
    const differences = page.getByRole('checkbox', { name: 'Vis forskelle til basis' });
    await differences.check();
    const barsBeside = () => page.locator('tbody[data-group="municipalities"] td.differs .bar').evaluateAll((bars) => bars.filter((b) => getComputedStyle(b).display !== 'none').length);
    await expect.poll(() => page.locator('tbody[data-group="municipalities"] td.differs').count()).toBeGreaterThan(50);
    expect(await barsBeside()).toBe(0);
    await differences.uncheck();
    await page.emulateMedia({ forcedColors: 'none' });
    // In a laptop's browser window (1366 × 657 inside a maximised window) København is in view
    // too: with the board at full size, 20 of 29 showed, and not København.
    await page.setViewportSize({ width: 1366, height: 657 });
    await expect.poll(async () => (await bills()).shown).toBeGreaterThanOrEqual(25);
    expect(await gridCell(page, 'municipality-101', 'level-2').evaluate((cell) => cell.getBoundingClientRect().bottom <= document.querySelector('.grid-scroll')!.getBoundingClientRect().bottom)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    // The way back: Nordjylland's 11 as they were, full size, each bar under its figure.
    await page.keyboard.press('Escape');
    await switchTo(page, 'Klimasekretariat Nordjylland');
    await expect.poll(async () => (await bills()).dense).toBe(false);
    expect(await bills()).toMatchObject({ count: 11, shown: 11 });
    await context.close();
  });

  it('brings back each workspace deleted from the workspace menu after a reload, with its edits, when Fortryd and Ctrl+Z are gone (of two deleted one after the other, the first was lost)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await newWorkspace(page, 'Sjælland');
    const sjaelland = (await page.locator('.workspace-name').textContent())!;
    await editCell(page, 'end', 'level-2', '6/2028');
    await expect.poll(() => cellText(page, 'end', 'level-2')).toBe('juni 2028');
    await newWorkspace(page, 'Midtjylland');
    const midtjylland = (await page.locator('.workspace-name').textContent())!;
    await workspaceAction(page, 'Slet arbejdsområdet');
    await expect.poll(() => page.locator('.workspace-name').textContent()).not.toBe(midtjylland);
    await workspaceAction(page, `Åbn ”${sjaelland}”`);
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe(sjaelland);
    await workspaceAction(page, 'Slet arbejdsområdet');
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe('Klimasekretariat Nordjylland');
    await page.reload();
    await waitForResults(page);
    const offered = async () => {
      await page.locator('.workspace-menu .menu-button').first().click();
      await page.getByRole('menuitem').first().waitFor();
      const items = await page.getByRole('menuitem', { name: /^Gendan/ }).allTextContents();
      await page.keyboard.press('Escape');
      return items;
    };
    // Newest first, each with the minute it was deleted (the test may straddle a minute).
    const at = `slettet \\d{1,2}\\. [a-z]+ kl\\. \\d{2}\\.\\d{2}`;
    const restore = (name: string) => new RegExp(`^Gendan ”${name}”, ${at}$`);
    await expect.poll(async () => (await offered()).map((item) => [sjaelland, midtjylland].findIndex((name) => restore(name).test(item)))).toEqual([0, 1]);
    await workspaceAction(page, restore(sjaelland));
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe(sjaelland);
    await waitForResults(page);
    expect(await cellText(page, 'end', 'level-2')).toBe('juni 2028');
    // Back: the menu offers it no more, and opens it as any other; the other is still offered.
    await expect.poll(async () => (await offered()).map((item) => restore(midtjylland).test(item))).toEqual([true]);
    await workspaceAction(page, restore(midtjylland));
    await expect.poll(() => page.locator('.workspace-name').textContent()).toBe(midtjylland);
    await page.locator('.workspace-menu .menu-button').first().click();
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: /^Gendan/ }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Åbn ”Klimasekretariat Nordjylland”' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('each workspace keeps its Ctrl+Z: edit Nordjylland, edit Sjælland, back to Nordjylland and Fortryd takes back its edit, over a reload too', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const before = await cellText(page, 'funder-brn', 'level-1');
    await editCell(page, 'funder-brn', 'level-1', '1,5 mio.');
    await newWorkspace(page, 'Sjælland');
    const sjaelland = (await page.locator('.workspace-name').textContent())!;
    const sjaellandBefore = await cellText(page, 'end', 'level-2');
    await editCell(page, 'end', 'level-2', '6/2028');
    await expect.poll(() => cellText(page, 'end', 'level-2')).toBe('juni 2028');
    await switchTo(page, 'Klimasekretariat Nordjylland');
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('1.500.000');
    const fortryd = page.getByRole('button', { name: 'Fortryd', exact: true });
    await expect.poll(() => fortryd.getAttribute('aria-disabled')).toBe(null);
    await fortryd.click();
    await expect.poll(() => cellText(page, 'funder-brn', 'level-1')).toBe(before);

    // Sjælland's own edit is still Ctrl+Z's there, after a reload of the tab too.
    await switchTo(page, sjaelland);
    await page.reload();
    await waitForResults(page);
    expect(await cellText(page, 'end', 'level-2')).toBe('juni 2028');
    await page.locator('.grid-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cellText(page, 'end', 'level-2')).toBe(sjaellandBefore);
    await context.close();
  });

  it('a second new workspace for the same region is named “(2)”, so the menu can tell them apart; the dialog offers the open workspace’s region', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await newWorkspace(page, 'Sjælland');
    // Shown as chosen, and what Opret creates: the open workspace's region.
    await workspaceAction(page, 'Nyt arbejdsområde …');
    const region = page.getByRole('combobox', { name: 'Region' });
    expect(await region.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Sjælland');
    await page.getByRole('button', { name: 'Opret' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForResults(page);
    expect(await page.locator('.workspace-menu .menu-button').first().textContent()).toContain('Klimasekretariat Sjælland (2)');
    await page.locator('.workspace-menu .menu-button').first().click();
    expect(await page.getByRole('menuitem', { name: /^Åbn / }).allTextContents()).toEqual(['Åbn ”Klimasekretariat Nordjylland”', 'Åbn ”Klimasekretariat Sjælland”']);
    await context.close();
  });

  it('a new workspace made in English has English names (it had “Niveau 1” and “Klimasekretariat Sjælland” under English headings); the Danish one keeps its names', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.getByRole('button', { name: 'English' }).click();
    await workspaceAction(page, 'New workspace …');
    await page.getByRole('combobox', { name: 'Region' }).selectOption('Sjælland');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForResults(page);
    expect(await page.locator('.workspace-menu .menu-button').first().textContent()).toContain('Climate secretariat Sjælland');
    // The names as read (without the word joiners that keep a range on one line).
    expect((await page.locator('th.scenario-header .scenario-name').allTextContents()).map((n) => n.replaceAll('\u2060', ''))).toEqual(['Sjællands Klimaalliance (2023–2028)', 'Level 1', 'Level 2', 'Level 3', 'Level 4']);
    await page.locator('.workspace-menu .menu-button').first().click();
    expect(await page.getByRole('menuitem', { name: /^Open / }).allTextContents()).toEqual(['Open “Klimasekretariat Nordjylland”']);
    await context.close();
  });

  it('switching workspace never shows the first workspace’s figures after the switch', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const nordjylland = await page.locator('tbody[data-group="decision"] tr[data-row="totalCost"] td .value').allTextContents();
    await newWorkspace(page, 'Midtjylland');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const grid = document.querySelector('.grid-scroll')!;
      new MutationObserver(() => {
        for (const cell of document.querySelectorAll<HTMLElement>('tr[data-row="totalCost"] td .value')) seen.push(`${cell.closest('td')!.dataset['col']}=${cell.textContent}`);
      }).observe(grid, { subtree: true, childList: true, characterData: true });
    });
    await switchTo(page, 'Klimasekretariat Nordjylland');
    expect(await page.locator('tr[data-row="totalCost"] td .value').first().textContent()).toBe(nordjylland[0]);
    await page.evaluate(() => (window as unknown as { seen: string[] }).seen.push('SWITCH'));
    await switchTo(page, 'Klimasekretariat Midtjylland');
    const midtjylland = await page.locator('tbody[data-group="decision"] tr[data-row="totalCost"] td .value').allTextContents();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // Both workspaces have level-1 … level-4, with different figures: after switching to
    // Midtjylland no level column ever showed Nordjylland's figure, and the other way round.
    const levels = ['level-1', 'level-2', 'level-3', 'level-4'];
    expect(midtjylland.slice(0, 4)).not.toEqual(nordjylland.slice(0, 4));
    const afterLastSwitch = seen.slice(seen.indexOf('SWITCH') + 1);
    for (const [i, id] of levels.entries()) expect(afterLastSwitch).not.toContain(`${id}=${nordjylland[i]}`);
    expect(afterLastSwitch.length).toBeGreaterThan(0);
    await context.close();
  });

  it('a compute failure shows its message and hides every figure until the compute succeeds again', async () => {
    const context = await newContext(browser);
    // The worker answers any compute of a workspace named "FEJL …" with a failure, as a bug would.
    await context.route(/compute\.worker[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const hook = `self.addEventListener('message', (ev) => { const d = ev.data; const a = d && d.argumentList && d.argumentList[0] && d.argumentList[0].value; if (d && d.type === 'APPLY' && d.path && d.path[0] === 'sync' && a && a.shared && /FEJL/.test(a.shared.name)) { ev.stopImmediatePropagation(); self.postMessage({ type: 'RAW', value: { ok: false, failure: { kind: 'internal', message: 'testfejl' } }, id: d.id }); } });\n`;
      await route.fulfill({ response, body: hook + (await response.text()) });
    });
    const page = await openApp(context);
    await workspaceAction(page, 'Omdøb …');
    await page.getByRole('textbox', { name: 'Navn på arbejdsområdet' }).fill('FEJL i beregningen');
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.locator('.compute-error').textContent()).toContain('Beregningen fejlede: testfejl');
    expect((await page.locator('tbody[data-group="decision"] td .value').allTextContents()).every((t) => t === '')).toBe(true);
    await screenshot(page, 'compute-failure');
    await page.keyboard.press('Control+Z');
    await waitForResults(page);
    expect(await page.locator('.compute-error').count()).toBe(0);
    expect(await cellText(page, 'totalCost', 'level-3')).toBe('2.475.000');
    await context.close();
  });

  it('sets a damaged workspace aside with a message, opens the others, and offers the damaged one as a file', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await newWorkspace(page, 'Syddanmark');
    // Damage the open workspace's record behind the app's back, then reload.
    await rewriteRecord(page, 'damaged', 'Syddanmark');
    await page.reload();
    await waitForResults(page);
    await expect.poll(() => page.locator('.notice.error').textContent()).toContain('Arbejdsområdet ”Klimasekretariat Syddanmark” kunne ikke læses');
    expect(await page.locator('tr[data-row^="municipality-"]').count()).toBe(11);
    await screenshot(page, 'damaged-record');
    await workspaceAction(page, 'Beskadigede arbejdsområder');
    await page.getByRole('dialog').getByText('Klimasekretariat Syddanmark').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som fil' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).workspace).toBe('garbage');
    await context.close();
  });

  it('opens a workspace with one bad amount repaired, that amount alone left out, says so, and keeps the original as found to save as a file (the repair left the whole scenario out, and the next edit wrote over it)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await editCell(page, 'staffing', 'level-2', '2,5');
    // Written (the save state says "Gemt" before the write as well as after it).
    type Stored = { workspace: { scenarios: { staffing: { central: number } | null }[] } };
    const storedStaffing = async () => (await storedRecords<Stored>(page))[0]?.workspace.scenarios[1]!.staffing?.central;
    await expect.poll(storedStaffing).toBe(250);
    await rewriteRecord(page, 'hurt');
    await page.reload();
    await waitForResults(page);
    await expect.poll(() => page.locator('.notice', { hasText: 'havde' }).textContent()).toContain('Originalen, som den blev fundet, ligger under ”Beskadigede arbejdsområder” i arbejdsområdemenuen.');
    // It names where (a count alone left the reader to guess), and stays until closed.
    expect(await page.locator('.notice', { hasText: 'havde' }).textContent()).toContain('havde én fejl (i Niveau 2); den berørte del');
    await page.waitForTimeout(5500);
    expect(await page.locator('.notice', { hasText: 'havde' }).count()).toBe(1);
    // Niveau 2 is there still, with what was entered in it.
    expect(await cellText(page, 'staffing', 'level-2')).toContain('2,5');
    await editCell(page, 'funder-brn', 'level-1', '1,1 mio.');
    await expect.poll(() => page.locator('.save-state').textContent()).toContain('Gemt');
    await workspaceAction(page, 'Beskadigede arbejdsområder');
    await page.getByRole('dialog').getByText('originalen til et arbejdsområde, der blev repareret, da det blev åbnet').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som fil' }).click()]);
    const original = JSON.parse(readFileSync((await download.path())!, 'utf8')).workspace;
    expect(original.scenarios).toHaveLength(5);
    expect(original.scenarios[1].staffing.central).toBe(250);
    await context.close();
  });

  it('upgrades a version-1 database with one good and one unreadable record: the good one opens with its figures and edits are saved', async () => {
    const context = await newContext(browser);
    const setup = await context.newPage();
    await setup.goto('/robots.txt');
    const fixture = fixtures[0]!;
    await setup.evaluate(
      (good) =>
        new Promise<void>((resolve, reject) => {
          // Dexie's version 1 is IndexedDB version 10.
          const open = indexedDB.open('forankring', 10);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('workspaces', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
            open.result.createObjectStore('meta', { keyPath: 'key' });
          };
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['workspaces', 'meta'], 'readwrite');
            tx.objectStore('workspaces').put({ id: good.id, workspace: good, updatedAt: 1 });
            tx.objectStore('workspaces').put({ id: 'broken', workspace: null, updatedAt: 2 });
            tx.objectStore('meta').put({ key: 'currentWorkspaceId', value: good.id });
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      fixture.workspace,
    );
    await setup.close();
    const page = await openApp(context);
    // The first version's "Minimum" scenario, with the figure it showed then.
    expect(await page.locator('th.scenario-header .scenario-name').first().textContent()).toBe('Minimum');
    expect(await cellText(page, 'totalCost', 'level-1')).toBe((fixture.figures[0]!.years[0]!.cost.central).toLocaleString('da-DK'));
    await editCell(page, 'funder-brn', 'level-1', '1,1 mio.');
    await expect.poll(() => page.locator('.save-state').textContent()).toContain('Gemt');
    await page.reload();
    await waitForResults(page);
    expect(await cellText(page, 'funder-brn', 'level-1')).toBe('1.100.000');
    await workspaceAction(page, 'Beskadigede arbejdsområder');
    await page.getByRole('dialog').getByText('broken').waitFor();
    await context.close();
  });

  it('exports the open workspace as one self-contained file', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    // Nothing damaged, nothing said about damage in the menu.
    await page.locator('.workspace-menu .menu-button').first().click();
    const exportItem = page.getByRole('menuitem', { name: 'Eksporter som fil' });
    await exportItem.waitFor();
    expect(await page.getByRole('menuitem', { name: 'Beskadigede arbejdsområder' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), exportItem.click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toBe('Klimasekretariat Nordjylland.json');
    expect(file).toMatchObject({ format: 'forankring-workspace', version: 2, workspace: { schemaVersion: 2, region: 'Nordjylland' } });
    expect(file.workspace.scenarios).toHaveLength(5);
    await context.close();
  });
});

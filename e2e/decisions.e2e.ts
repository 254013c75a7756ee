// A decision record: recorded in a meeting, kept with an unchangeable snapshot while the
// workspace is edited afterwards, compared with now (exactly the edited inputs), named on the
// handout, superseded by a later one with both kept, and carried to a colleague by a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { cellText, editCell, launch, newContext, openApp, openView, screenshot, waitForResults } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function recordDecision(page: Page, scenario: string, body: string, rationale: string): Promise<void> {
  await openView(page, 'Beslutninger');
  await page.getByRole('button', { name: 'Registrér beslutning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrér beslutning' });
  await dialog.getByRole('combobox', { name: 'Valgt scenarie' }).selectOption({ label: scenario });
  await dialog.getByRole('combobox', { name: 'Besluttet af (fx KDK eller KKR)' }).fill(body);
  await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill(rationale);
  await dialog.getByRole('textbox', { name: 'Indstillet af' }).fill('T11');
  await dialog.getByRole('button', { name: 'Registrér', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

const card = (page: Page, body: string) => page.locator('.decision-card').filter({ has: page.getByRole('heading', { name: new RegExp(`^${body}, `) }) });

describe('decision records', () => {
  it('keeps the meeting’s figures while the workspace is edited, lists exactly the edited inputs, and names the decision on the handout', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Beslutninger');
    await page.getByTestId('no-decisions').waitFor();
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    // A decision needs someone who decided; nothing typed is lost.
    const dialog = page.getByRole('dialog', { name: 'Registrér beslutning' });
    await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill('Niveau 2 som T11 anbefaler');
    await dialog.getByRole('button', { name: 'Registrér', exact: true }).click();
    expect(await dialog.getByRole('status').textContent()).toBe('Skriv hvem der besluttede, fx ”KDK”.');
    expect(await axeViolations(page)).toEqual([]);
    // Esc (meant for the list of bodies, say) keeps what was typed: it came back empty.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Begrundelse' }).inputValue()).toBe('Niveau 2 som T11 anbefaler');
    expect(await dialog.locator('.decision-draft').textContent()).toContain('Det, du skrev sidst, er hentet frem.');
    // "Start forfra" empties it and leaves focus in the form (the button it was on goes).
    await dialog.getByRole('button', { name: 'Start forfra' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Begrundelse' }).inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null && document.activeElement?.tagName === 'INPUT')).toBe(true);
    // Typed again after Annuller, the kept "Besluttet af" is replaced, not added to: the caret
    // stood after "KDK", and "KDKKDK" was recorded and printed on the handout (a fresh-eyes walk).
    await page.keyboard.type('KDK');
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    await page.keyboard.type('KKR');
    expect(await dialog.getByRole('combobox', { name: /^Besluttet af/ }).inputValue()).toBe('KKR');
    await dialog.getByRole('button', { name: 'Start forfra' }).click();
    await page.keyboard.press('Escape');
    await recordDecision(page, 'Niveau 2', 'KDK', 'Niveau 2 som T11 anbefaler');
    const kdk = card(page, 'KDK');
    // Recorded, the next one starts blank.
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Begrundelse' }).inputValue()).toBe('');
    expect(await dialog.locator('.decision-draft').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await kdk.getByTestId('decided-supplement').textContent()).toBe('595.000');
    // When it was recorded, in the words the heading's date has ("6.12.2026, 08.04.40" before).
    expect(await kdk.locator('p.hint', { hasText: 'Registreret' }).textContent()).toMatch(/^Indstillet af T11 · Registreret \d{1,2}\. [a-zæøå]+ kl\. \d{2}\.\d{2}$/);
    // Compared at once, nothing has moved: it says so, and the unchanged figures show on request.
    const compare = kdk.getByRole('button', { name: 'Sammenlign med nu' });
    await compare.click();
    await expect.poll(() => kdk.getByTestId('meeting-memory').textContent()).toContain('Ingen nøgletal har flyttet sig.');
    await kdk.getByRole('button', { name: 'Uændrede nøgletal (20)' }).click();
    await expect.poll(() => kdk.getByTestId('memory-figures').locator('tbody tr').count()).toBe(20);
    await compare.click();

    // Afterwards: the base grant of Niveau 2 and a reserve draw for Niveau 3 change.
    await openView(page, 'Sammenligning');
    await editCell(page, 'funder-brn', 'level-2', '1,5 mio.');
    await editCell(page, 'reserve-2027', 'level-3', '100.000');
    await expect.poll(() => cellText(page, 'supplement', 'level-2')).toBe('345.000');

    await openView(page, 'Beslutninger');
    await kdk.getByRole('button', { name: 'Vis beslutningens tal' }).click();
    expect(await kdk.getByTestId('snapshot-figures').locator('tr[data-row="rowSupplement"] td[data-scenario="level-2"]').textContent()).toBe('595.000');
    await kdk.getByRole('button', { name: 'Sammenlign med nu' }).click();
    const inputs = kdk.getByTestId('memory-inputs').locator('tbody tr');
    await inputs.first().waitFor();
    expect(await inputs.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))).toEqual([
      ['Niveau 2', 'Grundbevilling BRN', '1.250.000 (fælles værdi)', '1.500.000'],
      ['Niveau 3 — som i dag', 'Planlagt træk på opsparing 2027 (kr.)', '0', '100.000'],
    ]);
    const supplement = kdk.getByTestId('memory-figures').locator('tr[data-scenario="level-2"][data-figure="supplement"] td');
    expect(await supplement.allTextContents()).toEqual(['Niveau 2', '595.000 kr.', '345.000 kr.', '−250.000 (−42,0 %)']);
    // A figure's heading stands over it, right-aligned as the figures are ("Nu" stood over the
    // before-value's right end, "Ved beslutningen" far to its left: a walk).
    const alignments = (testId: string) => kdk.getByTestId(testId).locator('thead th').evaluateAll((ths) => ths.map((th) => getComputedStyle(th).textAlign));
    expect(await alignments('memory-inputs')).toEqual(['left', 'left', 'right', 'right']);
    expect(await alignments('memory-figures')).toEqual(['left', 'left', 'right', 'right', 'right']);
    // Only the figures that moved; the unchanged on request (they buried the one that moved).
    const figures = kdk.getByTestId('memory-figures').locator('tbody tr');
    const moved = await figures.evaluateAll((rows) => rows.map((r) => r.classList.contains('moved')));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every(Boolean)).toBe(true);
    const unchanged = 5 * 4 - moved.length;
    const toggle = kdk.getByRole('button', { name: `Uændrede nøgletal (${unchanged})` });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(() => figures.count()).toBe(5 * 4);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await expect.poll(() => figures.count()).toBe(moved.length);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'decision-memory');

    await openView(page, 'Udskrift');
    // The decision's figures are named as such, and the workspace edited since is said: beside
    // the tables, today's, they stood unexplained (a walk).
    expect(await page.getByTestId('handout-decision').textContent()).toMatch(/^Seneste beslutningKDK, \d+\. \w+ \d{4}: Niveau 2Niveau 2 som T11 anbefalerTal ved beslutningen \(2026\): Kommunalt tillæg \(kr\.\): 595\.000/);
    expect(await page.getByTestId('handout-decision-changed').textContent()).toBe('Arbejdsområdet er ændret siden beslutningen: tabellerne nedenfor viser tallene nu.');

    // Kept across a reload; a later decision supersedes it and both remain.
    await page.reload();
    await waitForResults(page);
    await recordDecision(page, 'Niveau 3 — som i dag', 'KKR', 'Som i dag');
    await expect.poll(() => page.locator('.decision-card h3').allTextContents()).toEqual([expect.stringMatching(/^KKR, .*: Niveau 3 — som i dag Seneste$/), expect.stringMatching(/^KDK, .*: Niveau 2 ?$/)]);
    expect(await card(page, 'KDK').textContent()).toContain('Erstattet af KKR');
    // Decided on the workspace as it is: nothing has changed since.
    await openView(page, 'Udskrift');
    await expect.poll(() => page.getByTestId('handout-decision').textContent()).toContain('KKR');
    expect(await page.getByTestId('handout-decision-changed').count()).toBe(0);
    await context.close();
  });

  it('shares a decision as a link: a colleague opens its snapshot as a new workspace with the decision kept', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await recordDecision(page, 'Niveau 2', 'KDK', 'Niveau 2 som T11 anbefaler');
    await openView(page, 'Sammenligning');
    await editCell(page, 'funder-brn', 'level-2', '1,5 mio.');
    await openView(page, 'Beslutninger');
    await card(page, 'KDK').getByRole('button', { name: 'Del beslutningen' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.keyboard.press('Escape');

    // Where there is local work, the link says what it holds before anything is opened.
    await page.goto(link);
    await expect.poll(() => page.getByTestId('link-decision').textContent()).toMatch(/^Linket indeholder en beslutning: KDK, .*: Niveau 2\./);
    await context.close();

    // A colleague's fresh browser opens it at once.
    const other = await newContext(browser);
    const colleague = await openApp(other, link.replace(/^https?:\/\/[^/]+/, ''));
    // A fresh browser's first visit (see share.e2e): more than the usual 5 s on a busy machine.
    await expect.poll(() => colleague.locator('.workspace-name').textContent(), { timeout: 20_000 }).toMatch(/\(delt /);
    // Said as a decision's link, not as "the shared comparison".
    await expect.poll(() => colleague.locator('.notice').allTextContents()).toContainEqual(expect.stringContaining('Den delte beslutning er åbnet med sit øjebliksbillede'));
    await waitForResults(colleague);
    // The snapshot, not the later edit: Niveau 2's supplement as decided.
    expect(await cellText(colleague, 'supplement', 'level-2')).toBe('595.000');
    await openView(colleague, 'Beslutninger');
    expect(await card(colleague, 'KDK').getByTestId('decided-supplement').textContent()).toBe('595.000');
    await other.close();
  });
});

// "Hvorfor?": level 2's supplement explained from the model — a formula whose values add up to
// the figure on screen, the base grant cited from seed 001 in its own words, and a link that
// moves the selection to the cell that sets it — by mouse, by keyboard and in presentation mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { cellText, gridCell, launch, newContext, openApp, openView, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const kroner = (text: string) => Number(text.replace(/\D/g, ''));

/** "Hvorfor?" from the keyboard: select the cell, press ?, wait for the dialog's content. */
async function explainCell(page: Page, row: string, scenario: string, content = 'explanation'): Promise<void> {
  await gridCell(page, row, scenario).click();
  await page.keyboard.press('?');
  await page.getByTestId(content).waitFor();
}

/** The explanation's top-level terms as [term, value], read from the dialog. */
async function terms(page: Page): Promise<[string, number][]> {
  const items = page.getByTestId('explain-terms').locator(':scope > li');
  return (await items.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-term'), Number(li.getAttribute('data-value'))]))) as [string, number][];
}

/** The supplement is the total cost less every funder and the reserve, and that is what the cell shows. */
async function expectSupplementAddsUp(page: Page, shown: string): Promise<void> {
  const [total, ...paid] = await terms(page);
  expect(total![0]).toBe('totalCost');
  expect(paid.map(([term]) => term)).toEqual(['funder', 'funder', 'funder', 'reserveDrawn']);
  const value = Number(await page.getByTestId('explanation').getAttribute('data-value'));
  expect(Math.max(0, paid.reduce((rest, [, v]) => rest - v, total![1]))).toBe(value);
  expect(value).toBe(kroner(shown));
  expect(await page.getByTestId('explain-formula').textContent()).toMatch(new RegExp(`^Kommunalt tillæg \\d{4} = Samlet udgift [\\d.]+ kr\\. − Grundbevilling BRN [\\d.]+ kr\\. .* = ${shown.replace(/\./g, '\\.')} kr\\.`));
}

describe('explanations', () => {
  it('explains level 2’s supplement by click: the terms add up, seed 001 is quoted for the base grant, and its link selects the base grant’s cell', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const shown = await cellText(page, 'supplement', 'level-2');
    await gridCell(page, 'supplement', 'level-2').click();
    await page.getByRole('button', { name: 'Hvorfor? Kommunalt tillæg (kr.), Niveau 2' }).click();
    await page.getByTestId('explanation').waitFor();
    await expectSupplementAddsUp(page, shown);
    // The base grant: seed 001's own words, and where it is set.
    const grant = page.getByTestId('explain-terms').locator(':scope > li').nth(1);
    const origin = grant.locator(':scope > [data-origin="seed"][data-document="001"]');
    expect(await origin.textContent()).toContain('Kildedokument 001: T11’s diskussionsoplæg til KDK');
    expect(await origin.locator('blockquote').textContent()).toContain('Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov være');
    // The range under the figure (495.000–745.000, 2 årsværk × 125.000): the one input that has one.
    expect(await page.getByTestId('explain-range').textContent()).toBe('Tallets usikkerhed kommer af de input, der har et interval: Lønomkostning pr. årsværk 500.000 kr.–625.000 kr.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'explanation');
    await grant.locator(':scope > .link-button').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => [document.activeElement?.closest('tr')?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')])).toEqual(['funder-brn', 'level-2']);
    await context.close();
  });

  it('says a changed assumption is the user’s own entry in Antagelser, where the default’s reasoning stood beside it ("Antagelse: 0 % …" beside 2,9 %)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Antagelser');
    const source = page.getByRole('row', { name: /Årlig lønfremskrivning/ }).locator('td.source');
    await expect.poll(() => source.textContent()).toContain('Antagelse: 0 %');
    const field = page.getByLabel('Årlig lønfremskrivning');
    await field.fill('2,9 %');
    await field.press('Enter');
    await expect.poll(() => source.textContent()).toBe('Jeres eget tal');
    await context.close();
  });

  it('explains the figure on screen after an amount was typed and abandoned with Esc (the edit computed ahead is withdrawn)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const shown = await cellText(page, 'supplement', 'level-2');
    await gridCell(page, 'funder-brn', 'level-2').click();
    // Typed, computed ahead while typing, then abandoned: no figure moves, and the worker goes back.
    await page.keyboard.type('300.000');
    await page.keyboard.press('Escape');
    await explainCell(page, 'supplement', 'level-2');
    expect(await cellText(page, 'supplement', 'level-2')).toBe(shown);
    await expectSupplementAddsUp(page, shown);
    await context.close();
  });

  it('works from the keyboard: ? on a cell opens it, Tab reaches an input’s link, Escape returns to the cell', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the skip link: the first cell of the comparison
    await page.keyboard.press('ArrowDown'); // the supplement
    await page.keyboard.press('ArrowRight'); // Niveau 2
    expect(await page.evaluate(() => [document.activeElement?.closest('tr')?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')])).toEqual(['supplement', 'level-2']);
    await page.keyboard.press('Alt+Enter');
    await page.getByTestId('explanation').waitFor();
    await expectSupplementAddsUp(page, await cellText(page, 'supplement', 'level-2'));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))).toBe('supplement');
    await page.keyboard.press('?');
    await page.getByTestId('explanation').waitFor();
    // Tab through the dialog to the base grant's link and follow it.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Gå til feltet: Grundbevilling BRN pr. helt år') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til feltet: Grundbevilling BRN pr. helt år');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))).toBe('funder-brn');
    await context.close();
  });

  it('works in presentation mode on the projector, and explains a municipality’s krone', async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    const page = await openApp(context);
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    const shown = await cellText(page, 'supplement', 'level-2');
    await explainCell(page, 'supplement', 'level-2');
    await expectSupplementAddsUp(page, shown);
    // Read from the back of the room: its type grows with the projector (2 % of 1080 px).
    expect(await page.getByRole('dialog').evaluate((d) => parseFloat(getComputedStyle(d).fontSize))).toBeGreaterThanOrEqual(21);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'explanation-presentation');
    await page.keyboard.press('Escape');
    // Aalborg's bill: its share, its whole kroner, and whether a remainder krone went to it.
    await gridCell(page, 'municipality-851', 'level-2').click();
    await page.keyboard.press('?');
    const allocation = page.getByTestId('explain-allocation');
    expect(await allocation.textContent()).toMatch(/^Aalborg får [\d,]+ % af tillægget: [\d.,]+ kr\. Hele kroner: [\d.]+\. Resten [\d,]+ er nr\. \d+ af 11, og der var \d+ kroner tilbage efter de hele kroner, så Aalborg (fik én krone mere|fik ingen ekstra krone)\.$/);
    expect(Number(await page.getByTestId('explanation').getAttribute('data-value'))).toBe(kroner(await cellText(page, 'municipality-851', 'level-2')));
    await page.keyboard.press('Escape');
    // Level 1 has no supplement: no kroner to place, so no ranks and remainders of 0.
    await explainCell(page, 'municipality-851', 'level-1');
    expect(await page.getByTestId('explanation').getAttribute('data-value')).toBe('0');
    expect(await page.getByTestId('explain-allocation').count()).toBe(0);
    await page.keyboard.press('Escape');
    // Out of the presentation (an Escape at once after the dialog's would be the dialog's).
    await page.getByRole('button', { name: /^Afslut præsentation/ }).click();
    await openView(page, 'Kommuner');
    await page.getByRole('button', { name: 'Hvorfor? Aalborg, Niveau 2', exact: true }).click();
    await page.getByTestId('explain-allocation').waitFor();
    await context.close();
  });
  it('explains the approval path, the flags and the score in words: who must say yes and why (seed 001’s words), the rule behind each flag, the weighted mean', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    // Level 2 has a supplement: every city council must approve it, as seed 001 says.
    const supplement = await cellText(page, 'supplement', 'level-2');
    await explainCell(page, 'approval', 'level-2');
    expect(await page.getByTestId('explanation').getAttribute('data-reasoning')).toBe('approval');
    expect(await page.getByTestId('explain-approval').textContent()).toBe('Godkendelsesvejen følger pengene. Her skal BRN-bestyrelsen +\u00a011\u00a0byråd sige ja:');
    const reason = page.locator('li[data-reason="supplement"]');
    const high = (await gridCell(page, 'supplement', 'level-2').locator('.detail').textContent())!.split('–')[1];
    expect(await reason.textContent()).toContain(`Der er et kommunalt tillæg (${supplement} kr. i 2026, op til ${high} kr. i det høje skøn), og det skal bevilges af alle 11 byråd.`);
    expect(await reason.locator('[data-origin="seed"][data-document="001"] blockquote').textContent()).toBe('”Ny driftsbevilling eller omprioritering fra BRN vil skulle bevilges af alle byråd”');
    expect(await page.getByRole('dialog').textContent()).toContain('giver godkendelsesvejen 2,0');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'explanation-approval');
    await page.keyboard.press('Escape');
    // Level 1 has no supplement at the central estimate, but its high estimate has one.
    await explainCell(page, 'approval', 'level-1');
    expect(await page.getByTestId('explain-approval').textContent()).toContain('Her skal BRN-bestyrelsen sige ja');
    expect(await page.getByTestId('explain-approval-high').textContent()).toMatch(/I det høje skøn er der et kommunalt tillæg på op til [\d.]+ kr\. \(\d{4}\); bliver det til virkelighed, skal alle 11 byråd også godkende\./);
    await page.keyboard.press('Escape');
    // The cell itself says it under the path (only "Hvorfor?" did); Niveau 2's path has the councils already.
    expect(await gridCell(page, 'approval', 'level-1').locator('.detail').textContent()).toBe('+ 11 byråd ved højt skøn');
    expect(await gridCell(page, 'approval', 'level-2').locator('.detail').count()).toBe(0);
    await explainCell(page, 'flags', 'level-1');
    expect(await page.locator('li[data-flag="singleEmployeeVulnerable"]').textContent()).toContain('1 årsværk i første hele år er under grænsen på 1,5 (Antagelser)');
    // Level 1's funding is above its cost: the flag says by how much, and says its name once.
    const surplus = await page.locator('li[data-flag="fundingSurplus"]').textContent();
    expect(surplus).toMatch(/^Overskud: finansieringen overstiger udgiften: [\d.]+ kr\. i \d{4}, det år overskuddet er størst\./);
    expect(surplus?.match(/finansieringen/g)).toHaveLength(1);
    // And where the surplus goes: not into the reserve, which an unchanged "Opsparing tilbage" beside it left to guess.
    expect(surplus).toContain('Overskuddet lægges ikke til opsparingen, og der trækkes intet på den i et år med overskud.');
    await page.keyboard.press('Escape');
    // The score: its weighted mean is the figure in the cell.
    const score = await cellText(page, 'score', 'level-2');
    await explainCell(page, 'score', 'level-2');
    expect(await page.locator('.explain-score tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('explain-formula').textContent()).toMatch(new RegExp(`^\\(\\d,\\d × \\d+( \\+ \\d,\\d × \\d+)+\\) / \\d+ = ${score}$`));
    await page.keyboard.press('Escape');
    // A cross-municipal model: two reasons rest on one quote of seed 001, cited once.
    await gridCell(page, 'preset', 'level-2').click();
    await page.keyboard.type('Ren');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'preset', 'level-2')).toBe('Ren tværkommunal');
    await explainCell(page, 'approval', 'level-2');
    expect(await page.locator('li[data-reason]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-reason')))).toEqual(['ownMoney', 'supplement', 'reprioritisedBrn']);
    expect(await page.locator('[data-origin="seed"] blockquote').count()).toBe(1);
    await context.close();
  });

  it('shows no score where every criterion weighs 0, and says why (it read 0,00, off the 1–5 scale)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Forankring');
    const weights = page.getByRole('textbox', { name: /^Vægt: / });
    for (let i = 0; i < (await weights.count()); i++) {
      await weights.nth(i).fill('0');
      await weights.nth(i).press('Enter');
    }
    await expect.poll(() => page.locator('[data-score="level-2"]').textContent()).toBe('–');
    await openView(page, 'Sammenligning');
    await expect.poll(() => cellText(page, 'score', 'level-2')).toBe('–');
    await explainCell(page, 'score', 'level-2');
    expect(await page.getByTestId('explain-formula').textContent()).toBe('Alle kriterier vejer 0, så der er ingen samlet vurdering. Giv mindst ét kriterium en vægt under Forankring.');
    await context.close();
  });

  it('explains an input by its source: the shared cost per FTE, the base grant (seed 001), a planned reserve draw', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const explainInput = async (row: string, scenario: string) => {
      await explainCell(page, row, scenario, 'explain-input');
      const text = await page.getByTestId('explain-input').textContent();
      const origin = await page.getByTestId('explain-input').locator('[data-origin]').getAttribute('data-origin');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      return { text, origin };
    };
    // Level 2 follows the workspace's assumption: its value, its range and where it comes from.
    const cost = await explainInput('costPerFte', 'level-2');
    expect(cost.text).toMatch(/^Lønomkostning pr\. årsværk 550\.000 kr\. \(500\.000 kr\.–625\.000 kr\.\)Antagelse/);
    expect(cost.origin).toBe('assumption');
    // The base grant quotes seed 001, as the supplement's explanation does.
    const grant = await explainInput('funder-brn', 'level-2');
    expect(grant.origin).toBe('seed');
    expect(grant.text).toContain('Forudsat basisbevilling på 1,25 mio');
    // A value typed in the cell is the user's own.
    await gridCell(page, 'reserve-2027', 'level-3').click();
    await page.keyboard.type('200.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'reserve-2027', 'level-3')).toBe('200.000');
    const draw = await explainInput('reserve-2027', 'level-3');
    expect(draw.origin).toBe('user');
    expect(draw.text).toContain('200.000');
    await context.close();
  });
  it('says why a year outside the scenario’s period has no figures, where it said "Indlæser …" for ever', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await gridCell(page, 'start', 'level-2').click();
    await page.keyboard.type('januar 2027');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'start', 'level-2')).toBe('januar 2027');
    await page.getByLabel('Vis år').selectOption('2026');
    await expect.poll(() => cellText(page, 'totalCost', 'level-2')).toBe('–');
    await gridCell(page, 'totalCost', 'level-2').click();
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('2026 ligger uden for scenariets periode, 2027–2028: året har ingen tal.');
    await context.close();
  });
});

// Usable by everyone in the room (WCAG 2.1 AA): axe on every view and dialog once its real
// content has rendered, in Danish, English and presentation mode; reflow at 400 % zoom; focus
// that survives every removing action; what a screen reader hears after an edit; the skip link;
// forced colours. Screenshots at the sizes a meeting uses land in e2e/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeAudit, type AxeFinding } from './axe';
import { BASE_URL, cellText, columnAction, editCell, gridCell, launch, newContext, openApp, openView, screenshot, splitOverLines, waitForResults, workspaceAction } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Each view's tab (Danish, English) and what shows its real content has rendered (not a spinner). */
const VIEWS: readonly { da: string; en: string; ready: string }[] = [
  { da: 'Sammenligning', en: 'Comparison', ready: '.grid-scroll[data-status="current"] tr[data-row="supplement"] td .value' },
  { da: 'Opgaver', en: 'Tasks', ready: '[data-testid="portfolio-summary"]' },
  { da: 'Forankring', en: 'Anchoring', ready: 'table.criteria [data-score]' },
  { da: 'Kommuner', en: 'Municipalities', ready: 'tr[data-municipality="825"]' },
  { da: 'Antagelser', en: 'Assumptions', ready: 'table.assumptions td.source' },
  // chart.js sizes its canvas once it has drawn.
  { da: 'Grafer', en: 'Charts', ready: 'canvas#chart-municipalities[style*="width"]' },
  { da: 'Beslutningsstøtte', en: 'Decision support', ready: '[data-testid="tornado"] tbody th' },
  { da: 'Beslutninger', en: 'Decisions', ready: '[data-testid="no-decisions"], .decision-card' },
  { da: 'Udskrift', en: 'Handout', ready: '.handout-link-section svg, .handout-link-section img' },
];

/** Audits the page as it is now; returns its violations and prints what needs review. */
async function audit(page: Page, where: string, review: Map<string, string[]>): Promise<AxeFinding[]> {
  const { violations, incomplete } = await axeAudit(page);
  for (const finding of incomplete) review.set(finding.id, [...(review.get(finding.id) ?? []), `${where}: ${finding.nodes.length}`]);
  return violations.map((v) => ({ ...v, id: `${where}: ${v.id}` }));
}

function printReview(language: string, review: Map<string, string[]>): void {
  const lines = [...review].map(([id, places]) => `  ${id} — ${places.join(', ')}`);
  console.log(`axe "needs review" (${language}), to check by hand:\n${lines.join('\n') || '  none'}`);
}

/** The element that has focus, described; fails when focus fell to the page itself. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const box = el.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0;
    return `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}${visible ? '' : ' (hidden)'}`;
  });
}

/** The words of the elements' own text broken over two lines. */
const brokenWords = (page: Page, selector: string) => splitOverLines(page, selector, /\S+/g);

/** What has the focus, by its accessible name (else its tag: BODY when it fell to the page). */
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

/** Enters a value with Enter in a field outside the grid: the field shows it and keeps the focus (`label`: its name). */
async function enterKeepsFocus(page: Page, field: Locator, value: string, label: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(value);
  expect(await focusedLabel(page)).toBe(label);
}

describe('accessibility', () => {
  for (const language of ['da', 'en'] as const) {
    it(`axe finds no violations on any view, dialog or presentation mode, once each has rendered (${language})`, async () => {
      const context = await newContext(browser);
      const page = await openApp(context);
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('navigation', { name: 'Views' }).waitFor();
      }
      const review = new Map<string, string[]>();
      const violations: AxeFinding[] = [];
      for (const view of VIEWS) {
        await openView(page, view[language]);
        await page.locator(view.ready).first().waitFor();
        violations.push(...(await audit(page, view[language], review)));
      }
      await openView(page, VIEWS[0]![language]);
      await waitForResults(page);

      // The column menu, open.
      await page.locator('th[data-scenario="level-2"] .menu-button').click();
      await page.getByRole('menu').waitFor();
      violations.push(...(await audit(page, 'column menu', review)));
      await page.keyboard.press('Escape');

      // The share dialog, with its QR code drawn.
      await page.getByRole('button', { name: language === 'da' ? 'Del' : 'Share', exact: true }).click();
      await page.getByTestId('share-length').waitFor();
      violations.push(...(await audit(page, 'share', review)));
      const link = await page.getByTestId('share-link').inputValue();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // A new workspace, and renaming it.
      await workspaceAction(page, language === 'da' ? 'Nyt arbejdsområde …' : 'New workspace …');
      await page.getByRole('dialog').getByRole('combobox').waitFor();
      violations.push(...(await audit(page, 'new workspace', review)));
      await page.keyboard.press('Escape');
      await workspaceAction(page, language === 'da' ? 'Omdøb …' : 'Rename …');
      await page.getByRole('dialog').getByRole('textbox').waitFor();
      violations.push(...(await audit(page, 'rename', review)));
      await page.keyboard.press('Escape');

      // Opening a link over local work.
      await page.goto(link);
      await page.getByRole('dialog').getByRole('list').waitFor();
      violations.push(...(await audit(page, 'link', review)));
      await page.keyboard.press('Escape');

      // Presentation mode, on the projector.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByRole('button', { name: language === 'da' ? 'Præsentation' : 'Present', exact: true }).click();
      await page.locator('.presenting .grid-scroll[data-status="current"] tr[data-row="supplement"] td .value').first().waitFor();
      violations.push(...(await audit(page, 'presentation', review)));

      printReview(language, review);
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('on a 360 px phone no view makes the page wider than the screen: a wide table scrolls sideways in its own box (Antagelser was 1.320 px wide, Forankring 1.234), and axe finds nothing there', async () => {
    const context = await newContext(browser, { width: 360, height: 780 });
    const page = await openApp(context);
    const findings: AxeFinding[] = [];
    for (const view of VIEWS) {
      await openView(page, view.da);
      await page.locator(view.ready).first().waitFor();
      const wide = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, tables: [...document.querySelectorAll('table.data-table')].filter((t) => t.scrollWidth > t.clientWidth + 1).length }));
      expect({ view: view.da, page: wide.page }).toEqual({ view: view.da, page: 360 });
      if (view.da === 'Antagelser') {
        // Its tables are cards here: every field within the screen, every source as wide as the
        // card (side by side the fields ran off the screen's edge, and the sources were squeezed
        // to a word's width, rows up to 276 px tall).
        const cards = await page.evaluate(() => {
          const tables = [...document.querySelectorAll('table.assumptions, table.funders, table.catalogue')];
          const fields = tables.flatMap((t) => [...t.querySelectorAll('input, select')]);
          const sources = tables.flatMap((t) => [...t.querySelectorAll('td.source')]);
          return {
            tables: tables.length,
            scrolling: tables.filter((t) => t.scrollWidth > t.clientWidth + 1).length,
            fields: fields.length,
            fieldsOff: fields.filter((f) => f.getBoundingClientRect().right > innerWidth || f.getBoundingClientRect().left < 0).length,
            sources: sources.length,
            narrowestSource: Math.min(...sources.map((td) => td.getBoundingClientRect().width)),
          };
        });
        expect(cards).toMatchObject({ tables: 3, scrolling: 0, fieldsOff: 0 });
        expect(cards.fields).toBeGreaterThan(20);
        expect(cards.sources).toBeGreaterThan(10);
        expect(cards.narrowestSource).toBeGreaterThan(300);
        await screenshot(page, 'phone-360-antagelser');
      }
      // Every table drawn, and a frame on: a table that scrolls takes its tabindex once laid out
      // (create-focusable-while-scrolling.ts), and axe ran before the alternatives' once, under load.
      if (view.da === 'Beslutningsstøtte') await page.locator('[data-testid="alternatives"] tbody tr').first().waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      findings.push(...(await audit(page, `360 px ${view.da}`, new Map())));
    }
    await screenshot(page, 'phone-360-handout');
    expect(findings, JSON.stringify(findings)).toEqual([]);
    await context.close();
  });

  it('reflows at 400 % zoom (320×256): one whole scenario column with its decision figures, no page-wide sideways scroll', async () => {
    const context = await newContext(browser, { width: 320, height: 256 });
    const page = await openApp(context);
    const layout = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.grid-scroll')!.getBoundingClientRect();
        const header = document.querySelector('th.scenario-header')!.getBoundingClientRect();
        const supplement = document.querySelector('tr[data-row="supplement"] td')!.getBoundingClientRect();
        const inside = (r: DOMRect) => r.left >= scroller.left - 1 && r.right <= scroller.right + 1 && r.top >= scroller.top - 1 && r.bottom <= scroller.bottom + 1;
        return {
          pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
          scrollerHeight: Math.round(scroller.height),
          columnWhole: header.left >= scroller.left - 1 && header.right <= scroller.right + 1,
          supplementVisible: inside(supplement),
        };
      });
    // The grid is scrolled into view as the page would be after the skip link.
    await page.locator('.grid-scroll').scrollIntoViewIfNeeded();
    const normal = await layout();
    expect(normal).toEqual({ pageScrollsSideways: false, scrollerHeight: normal.scrollerHeight, columnWhole: true, supplementVisible: true });
    expect(normal.scrollerHeight).toBeGreaterThanOrEqual(200);
    await screenshot(page, 'reflow-320x256');
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    await waitForResults(page);
    const presenting = await layout();
    expect(presenting).toEqual({ pageScrollsSideways: false, scrollerHeight: presenting.scrollerHeight, columnWhole: true, supplementVisible: true });
    await screenshot(page, 'reflow-320x256-presentation');
    await context.close();
  });

  it('shows decision figures at 200 % zoom, on an iPad and on a phone, normal and presenting (screenshots)', async () => {
    for (const [width, height] of [
      [683, 384],
      [768, 1024],
      [390, 844],
    ] as const) {
      const context = await newContext(browser, { width, height });
      const page = await openApp(context);
      const supplementShown = () =>
        page.evaluate(() => {
          const scroller = document.querySelector('.grid-scroll')!.getBoundingClientRect();
          const cell = document.querySelector('tr[data-row="supplement"] td')!.getBoundingClientRect();
          return cell.top >= scroller.top && cell.bottom <= Math.min(scroller.bottom, window.innerHeight) && cell.right <= scroller.right + 1;
        });
      expect(await supplementShown()).toBe(true);
      await screenshot(page, `size-${width}x${height}`);
      await page.keyboard.press('Alt+P');
      await page.locator('.presenting').waitFor();
      expect(await supplementShown()).toBe(true);
      await screenshot(page, `size-${width}x${height}-presentation`);
      await context.close();
    }
  });

  it('breaks no row label inside a word on a 360 px and a 390 px phone (it showed "Opmærksomhedspu" over "nkter")', async () => {
    for (const width of [360, 390]) {
      const context = await newContext(browser, { width, height: 800 });
      const page = await openApp(context);
      const broken = await brokenWords(page, '.grid tbody th[role="rowheader"]');
      expect({ width, broken }).toEqual({ width, broken: [] });
      await context.close();
    }
  });

  it('presenting eight scenarios at 1366 px breaks no scenario name inside a word, no approval path inside "+ 11 byråd", no difference’s share over two lines, no "<" at a line’s end, and hides the ? over the figure at rest; fourteen at the desk and presenting no name either (a 15-letter word among them), and no figure', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const addLevel1 = async (times: number) => {
      for (let i = 0; i < times; i++) {
        await page.getByRole('button', { name: /Tilføj scenarie|Add scenario/ }).click();
        await page.getByRole('menuitem', { name: /^(Niveau|Level) 1$/ }).click();
      }
    };
    // A word longer than the column holds in the heading's type ("Hovedsta|dsmodel" beside the ⋯).
    await columnAction(page, 'level-1', 'Omdøb');
    await page.keyboard.type('Hovedstadsmodel med ekstra lang titel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toContain('Hovedstadsmodel med ekstra lang titel');
    await addLevel1(3);
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(8);
    await page.getByLabel('Vis forskelle til basis').check();
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    await expect.poll(() => page.locator('.grid .diff-share').count()).toBeGreaterThan(0);
    // "anbefalin" over "g"; "%)" alone on a line; "+ 11" over "byråd".
    expect(await brokenWords(page, '.scenario-name')).toEqual([]);
    expect(await splitOverLines(page, 'tr[data-row="approval"] td .value', /\+\s\d+\s\S+/g)).toEqual([]);
    expect(await page.locator('.grid .diff-share').evaluateAll((shares) => shares.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent))).toEqual([]);
    // The selected figure's ? shows while pointed at: at rest it covered the first digit ("?.225.000").
    const why = page.locator('table.grid td.active .explain-button');
    await page.mouse.move(0, 0);
    await expect.poll(() => why.evaluate((b) => getComputedStyle(b).opacity)).toBe('0');
    await page.locator('table.grid td.active').hover();
    await expect.poll(() => why.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await screenshot(page, 'eight-scenarios-presenting-1366');
    // In English, "Vulnerable: <" stood over "1.5 FTE".
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    await expect.poll(() => page.locator('tr[data-row="flags"] td').first().textContent()).toContain('Vulnerable: <');
    expect(await splitOverLines(page, 'tr[data-row="flags"] td .value', /<\s\S+/g)).toEqual([]);
    // Fourteen at the desk: the columns are narrower than the name beside its ⋯.
    await page.keyboard.press('Escape');
    await addLevel1(6);
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(14);
    await page.locator('.grid-scroll').evaluate((s) => (s.scrollLeft = 0));
    await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toContain('Niveau 2 — T11’s anbefaling');
    expect(await brokenWords(page, '.scenario-name')).toEqual([]);
    // … nor run out of its heading.
    // Measured by the text itself: a block's own box keeps its column's width whatever runs past it.
    const outside = () =>
      page.locator('th.scenario-header .scenario-name').evaluateAll((names) =>
        names.filter((n) => { const range = document.createRange(); range.selectNodeContents(n); const box = range.getBoundingClientRect(); const th = n.closest('th')!.getBoundingClientRect(); return box.left < th.left || box.right > th.right; }).map((n) => n.textContent),
      );
    expect(await outside()).toEqual([]);
    // Fourteen presenting: the columns were narrower than a figure in projector type ("1,225,00" over "0").
    await page.keyboard.press('Alt+P');
    await page.locator('.presenting').waitFor();
    expect(await brokenWords(page, '.scenario-name')).toEqual([]);
    expect(await outside()).toEqual([]);
    await expect.poll(() => page.locator('tbody[data-group="decision"] td .value').allTextContents()).toContain('1,225,000');
    expect(await splitOverLines(page, 'tbody[data-group="decision"] td .value', /\d[\d.,]*\d/g)).toEqual([]);
    await context.close();
  });

  it('shows each funder’s whole name in Antagelser at 1366 px, in Danish and in English (“External and project f…” was cut)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const cut = () => page.locator('.funders th .entry-field input').evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.value));
    await openView(page, 'Antagelser');
    await expect.poll(() => page.locator('.funders th .entry-field input').count()).toBe(3);
    expect(await cut()).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.funders th .entry-field input').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => i.value))).toContain('External and project funding');
    expect(await cut()).toEqual([]);
    await context.close();
  });

  it('gives each scenario’s scores in Forankring an equal column at 1366 px, its name right-aligned over them (sized by its name, “Niveau 3 — som i dag” took three times “Niveau 1”’s)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Forankring');
    const heads = page.locator('table.criteria thead th.num');
    await expect.poll(() => heads.count()).toBe(5);
    const widths = await heads.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(2);
    expect(await heads.first().evaluate((th) => getComputedStyle(th).textAlign)).toBe('right');
    await context.close();
  });

  it('shows seven scenarios’ bills side by side in Kommuner at 1366 px, each allocation choice in its column (the sixth was off to the right)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    for (const level of [1, 2]) {
      await page.getByRole('button', { name: 'Tilføj scenarie' }).click();
      await page.getByRole('menuitem', { name: `Niveau ${level}`, exact: true }).click();
    }
    await expect.poll(() => page.locator('th.scenario-header').count()).toBe(7);
    await openView(page, 'Kommuner');
    await expect.poll(() => page.locator('.data-table.municipalities thead select').count()).toBe(7);
    // The chosen key whole in its list, the longest too ("Lige store anc" at six columns): room
    // beside its text for the list's arrow.
    const key = page.locator('.data-table.municipalities thead select').first();
    await key.selectOption('equal');
    const room = () =>
      key.evaluate((s: HTMLSelectElement) => {
        const probe = document.createElement('span');
        probe.style.font = getComputedStyle(s).font;
        probe.textContent = s.selectedOptions[0]!.text;
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        return s.getBoundingClientRect().width - text;
      });
    await expect.poll(room).toBeGreaterThanOrEqual(20);
    expect(await page.evaluate(() => { const s = document.querySelector('.table-scroll')!; return s.scrollWidth - s.clientWidth; })).toBe(0);
    await context.close();
  });

  it('shows the chosen scenario’s bills in Kommuner on a phone, beside the names, without scrolling sideways', async () => {
    const context = await newContext(browser, { width: 390, height: 844, touch: true });
    const page = await openApp(context);
    await page.locator('.scenario-picker-narrow select').selectOption({ label: 'Niveau 2' });
    await openView(page, 'Kommuner');
    const shown = () =>
      page.locator('.table-scroll').evaluate((el) => ({
        fits: el.scrollWidth <= el.clientWidth,
        columns: [...el.querySelectorAll('thead th')].filter((th) => getComputedStyle(th).display !== 'none').map((th) => th.querySelector('.sort')?.textContent?.replace(/[▲▼]/g, '').trim()),
        aalborg: (el.querySelector('tr[data-municipality="851"] td[data-scenario]:not(.not-chosen) .value') as HTMLElement | null)?.innerText,
        perInhabitant: (el.querySelector('tr[data-municipality="851"] td[data-scenario]:not(.not-chosen) .detail') as HTMLElement | null)?.innerText,
      }));
    // In kroner, as the comparison says it (it read "1,00 pr. indb.": one what?).
    expect(await shown()).toEqual({ fits: true, columns: ['Kommune', 'Indbyggere pr. 1. januar 2026', 'Niveau 2'], aalborg: '226.752', perInhabitant: '1,00 kr. pr. indb.' });
    // Chosen here, it is the comparison's choice too.
    await page.locator('.scenario-picker-narrow select').selectOption({ label: 'Niveau 4' });
    expect((await shown()).columns.at(-1)).toBe('Niveau 4');
    await openView(page, 'Sammenligning');
    await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(['Niveau 4']);
    // The smallest phones too (it was 11 px wider than its box at 360 px).
    await page.setViewportSize({ width: 360, height: 740 });
    await openView(page, 'Kommuner');
    expect((await shown()).fits).toBe(true);
    await context.close();
  });

  it('opens Hvorfor? on a bill with a tap on its whole ? on a touch phone (its lower half lay under the next row)', async () => {
    const context = await newContext(browser, { width: 390, height: 844, touch: true });
    const page = await openApp(context);
    await page.locator('.scenario-picker-narrow select').selectOption({ label: 'Niveau 2' });
    for (const code of ['810', '851']) {
      await gridCell(page, `municipality-${code}`, 'level-2').tap();
      const button = gridCell(page, `municipality-${code}`, 'level-2').locator('.explain-button');
      // What a finger at the middle of the ? touches, once the tapped cell has come clear of
      // what floats over the grid (it is brought up after the frame that shows it selected).
      const hit = () =>
        button.evaluate((b) => {
          const box = b.getBoundingClientRect();
          return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === b;
        });
      await expect.poll(async () => ({ code, hit: await hit() })).toEqual({ code, hit: true });
      await button.tap();
      await page.getByTestId('explain-allocation').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await context.close();
  });

  it('keeps the scenario chosen on a phone when the user visits another view and comes back', async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    const page = await openApp(context);
    const picker = page.locator('.scenario-picker-narrow select');
    await picker.selectOption({ label: 'Niveau 4' });
    await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(['Niveau 4']);
    await openView(page, 'Kommuner');
    await openView(page, 'Sammenligning');
    expect(await page.locator('.scenario-picker-narrow select option:checked').textContent()).toBe('Niveau 4');
    await expect.poll(() => page.locator('th.scenario-header .scenario-name').allTextContents()).toEqual(['Niveau 4']);
    await context.close();
  });

  it('keeps the keyboard where it was after entries in Kommuner and Forankring and after Standard in Opgaver (it fell to the page)', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const label = () => focusedLabel(page);
    await openView(page, 'Kommuner');
    // A population entered with Enter: the focus stays in its field, and the bill follows.
    const aalborg = page.getByRole('textbox', { name: 'Indbyggere: Aalborg' });
    const bill = () => page.locator('tr[data-municipality="851"] td[data-scenario="level-2"] .value').textContent();
    const before = await bill();
    await aalborg.fill('230.000');
    await aalborg.press('Enter');
    await expect.poll(bill).not.toBe(before);
    expect(await label()).toBe('Indbyggere: Aalborg');
    // Tab after an entry goes on to the next field, not to the page's start.
    await aalborg.fill('231.000');
    await page.keyboard.press('Tab');
    await expect.poll(() => aalborg.inputValue()).toBe('231.000');
    expect(await label()).toBe('Hvorfor? Aalborg, Niveau 1');
    // The key chosen by arrow keys: the list keeps the focus, so the next arrow goes on.
    const key = page.locator('table.municipalities').getByRole('combobox', { name: 'Fordelingsnøgle: Niveau 2', exact: true });
    await key.focus();
    await key.selectOption('custom');
    await expect.poll(() => page.getByRole('textbox', { name: 'Egne vægte: Aalborg, Niveau 2' }).count()).toBe(1);
    expect(await label()).toBe('Fordelingsnøgle: Niveau 2');
    await enterKeepsFocus(page, page.getByRole('textbox', { name: 'Egne vægte: Læsø, Niveau 2' }), '5', 'Egne vægte: Læsø, Niveau 2');
    // Opgaver: "Standard" disappears with what it reset; the row's first field takes the focus.
    await openView(page, 'Opgaver');
    const effort = page.locator('.entry-field input').first();
    const effortLabel = (await effort.getAttribute('aria-label'))!;
    await effort.fill('0,9');
    await effort.press('Enter');
    const reset = page.getByRole('button', { name: /^Standard: / }).first();
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /^Standard: / }).count()).toBe(0);
    await expect.poll(label).toBe(effortLabel);
    // Forankring: a score, a host's cost and a weight entered with Enter keep the focus in their
    // field, which shows the new value (each row was made anew and the focus fell to the page).
    await openView(page, 'Forankring');
    const score = page.locator('[data-score="level-2"]');
    const scoreBefore = await score.textContent();
    for (const [name, value] of [['Robusthed (nøglepersonrisiko): BRN-sekretariatet', '2'], ['Husleje, IT og HR pr. årsværk (kr.): Aalborg (vederlagsfrit)', '75.000'], ['Vægt: Robusthed (nøglepersonrisiko)', '40']] as const) {
      await enterKeepsFocus(page, page.getByRole('textbox', { name, exact: true }), value, name);
    }
    await expect.poll(() => score.textContent()).not.toBe(scoreBefore);
    // And a task of the catalogue in Antagelser.
    await openView(page, 'Antagelser');
    const effort2 = 'Årsværk: Deltagelse i nationale møder og info-screening';
    await enterKeepsFocus(page, page.getByRole('textbox', { name: effort2, exact: true }), '0,2', effort2);
    await context.close();
  });

  it('says why a funder or an own task is not added at the limit (a click did nothing, without a word), until a deletion makes room', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await openView(page, 'Antagelser');
    const funders = () => page.locator('table.funders tbody tr').count();
    const add = page.getByRole('button', { name: '+ Tilføj finansieringskilde' });
    for (let n = await funders(); n < 20; n++) {
      await add.click();
      await expect.poll(funders).toBe(n + 1);
    }
    const funderStatus = page.locator('section[aria-labelledby="funders-title"] > [role="status"]');
    await add.click();
    await expect.poll(() => funderStatus.textContent()).toBe('Der kan højst være 20 finansieringskilder i et arbejdsområde. Slet en, før du tilføjer en ny.');
    expect(await funders()).toBe(20);
    await page.getByRole('button', { name: 'Slet: Ny finansieringskilde' }).first().click();
    await expect.poll(funders).toBe(19);
    await expect.poll(() => funderStatus.count()).toBe(0);
    // Full again by a Fortryd of the deletion, not by a click: the line does not come back by itself.
    await page.locator('.notice', { hasText: 'er slettet' }).getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(funders).toBe(20);
    await page.waitForTimeout(200);
    expect(await funderStatus.count()).toBe(0);

    await openView(page, 'Opgaver');
    const name = page.locator('form.add-task input');
    const own = () => page.getByRole('button', { name: /^Slet: Egen opgave \d+$/ }).count();
    for (let n = 1; n <= 40; n++) {
      await name.fill(`Egen opgave ${n}`);
      await name.press('Enter');
      await expect.poll(own).toBe(n);
    }
    await name.fill('Klimaborgermøde');
    await name.press('Enter');
    const taskStatus = page.locator('form.add-task [role="status"]');
    await expect.poll(() => taskStatus.textContent()).toBe('Et scenarie kan højst have 40 egne opgaver. Slet en, før du tilføjer en ny.');
    // The name is kept, to add once there is room.
    expect(await name.inputValue()).toBe('Klimaborgermøde');
    expect(await own()).toBe(40);
    // In view (the form ended at the window's bottom edge, its line below it), and a refusal's
    // colour. Within a pixel: scrolled by whole pixels, a line at y 753,25 ends 0,45 px past 768.
    await expect.poll(() => taskStatus.evaluate((e) => e.getBoundingClientRect().bottom <= innerHeight + 1)).toBe(true);
    expect(await taskStatus.getAttribute('class')).toBe('field-error');
    // A deletion makes room: the line goes, as the funders' does.
    await page.getByRole('button', { name: 'Slet: Egen opgave 40' }).click();
    await expect.poll(() => taskStatus.textContent()).toBe('');
    await name.press('Enter');
    await expect.poll(() => taskStatus.textContent()).toBe('Opgaven er tilføjet.');
    await expect.poll(own).toBe(39);
    await name.fill('Klimaborgermøde 2');
    await name.press('Enter');
    await expect.poll(() => taskStatus.textContent()).toContain('højst have 40 egne opgaver');
    // Another scenario, without own tasks: the line was about the first one's.
    await page.getByRole('combobox', { name: 'Scenarie' }).selectOption('level-3');
    await expect.poll(() => taskStatus.textContent()).toBe('');
    await context.close();
  });

  it('adds and deletes a funder and an own task by keyboard: focus goes into the new row and, after a deletion, to the row in its place; the deletion is said with a Fortryd (focus stayed on the add button, then fell to the page, without a word); an employer added in Forankring is said to be', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const label = () => focusedLabel(page);
    await openView(page, 'Antagelser');
    await page.getByRole('button', { name: '+ Tilføj finansieringskilde' }).focus();
    await page.keyboard.press('Enter');
    // The new row's name takes the focus, its text selected: what is typed is the name. Each name
    // field says whose it is (three read "Navn" alike to a screen reader; a fresh-eyes walk).
    await expect.poll(label).toMatch(/^Navn: /);
    const funderStatus = page.locator('section[aria-labelledby="funders-title"] > [role="status"]');
    await expect.poll(() => funderStatus.textContent()).toBe('Finansieringskilden er tilføjet nederst i listen.');
    await page.keyboard.type('Realdania');
    await page.keyboard.press('Enter');
    const realdania = page.getByRole('button', { name: 'Slet: Realdania' });
    await realdania.waitFor();
    // Entered, the field keeps the focus (the row was made anew and took it along), and so does its amount.
    await page.waitForTimeout(100);
    expect(await label()).toBe('Navn: Realdania');
    await enterKeepsFocus(page, page.getByRole('textbox', { name: 'Beløb pr. år: Realdania' }), '250.000', 'Beløb pr. år: Realdania');
    const funders = () => page.locator('table.funders tbody tr').count();
    const before = await funders();
    await realdania.focus();
    await page.keyboard.press('Enter');
    await expect.poll(funders).toBe(before - 1);
    await expect.poll(() => funderStatus.count()).toBe(0);
    // The last row went: the row above takes the focus, on its own Slet.
    await expect.poll(label).toMatch(/^Slet: /);
    const notice = page.locator('.notice', { hasText: '”Realdania” er slettet.' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Fortryd' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(funders).toBe(before);
    await expect.poll(label).toBe('Slet: Realdania');
    expect(await funderStatus.count()).toBe(0);

    // An own task in Opgaver: deleted, the focus goes to the row now in its place or the add form.
    await openView(page, 'Opgaver');
    const name = page.locator('form.add-task input');
    await name.fill('Klimaborgermøde');
    await name.press('Enter');
    const taskStatus = page.locator('form.add-task [role="status"]');
    await expect.poll(() => taskStatus.textContent()).toBe('Opgaven er tilføjet.');
    const remove = page.getByRole('button', { name: 'Slet: Klimaborgermøde' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => remove.count()).toBe(0);
    // The line under the form goes with the task: it said "Opgaven er tilføjet." beside "… er slettet.".
    await expect.poll(() => taskStatus.textContent()).toBe('');
    // On the row now in its place, or on the form that adds one.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('tr[data-task], form.add-task'))).toBe(true);
    await page.locator('.notice', { hasText: '”Klimaborgermøde” er slettet.' }).waitFor();

    // Forankring: a municipality added as employer is said to be (it was added without a word),
    // and a second time, that it is there already.
    await openView(page, 'Forankring');
    await page.locator('.add-part select').selectOption({ label: 'Hjørring' });
    const status = page.locator('.add-part [role="status"]');
    await page.getByRole('button', { name: 'Tilføj som arbejdsgiver' }).click();
    await expect.poll(() => status.textContent()).toBe('”Hjørring Kommune” er tilføjet som arbejdsgiver i tabellen ovenfor.');
    await page.getByRole('button', { name: 'Tilføj som arbejdsgiver' }).click();
    await expect.poll(() => status.textContent()).toBe('”Hjørring Kommune” er allerede arbejdsgiver i tabellen ovenfor.');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => status.textContent()).toBe('“Hjørring Municipality” is already an employer in the table above.');

    // Two funders of one name: Undo, chosen after a switch of language, puts the focus on the
    // one deleted (it looked for "Slet: <name>": the first of the two, or nothing in English).
    await openView(page, 'Assumptions');
    const add = page.getByRole('button', { name: '+ Add a funder' });
    await add.click();
    await add.click();
    const rows = page.locator('table.funders tbody tr');
    await expect.poll(() => rows.count()).toBe(before + 2);
    const second = await rows.last().getAttribute('data-funder');
    await rows.last().locator('td:last-child button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    await page.locator('.notice').getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-funder'))).toBe(second);
    // Its name, given by the app, is in both languages: made in English, it reads Danish after a switch.
    expect(await rows.last().locator('th input').inputValue()).toBe('New funder');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => rows.last().locator('th input').inputValue()).toBe('Ny finansieringskilde');
    await context.close();
  });

  it('keeps focus on a sensible element after collapsing a group, deleting a scenario, presenting, simulating and closing a link', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const toggle = page.getByRole('button', { name: 'Detaljer' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toBe('button.group-toggle');

    await columnAction(page, 'level-2', 'Slet');
    await page.locator('th[data-scenario="level-2"]').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button.menu-button');
    expect(await page.evaluate(() => document.activeElement!.closest('th')!.getAttribute('data-scenario'))).toBe('level-3');

    await page.getByRole('button', { name: 'Præsentation', exact: true }).click();
    await page.locator('.presenting').waitFor();
    expect(await focused(page)).toMatch(/^td/);
    await page.keyboard.press('Escape');
    await page.locator('.presenting').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^td/);

    await openView(page, 'Beslutningsstøtte');
    const run = page.getByRole('button', { name: 'Kør simulering' });
    await run.click();
    await page.getByTestId('simulation').locator('tbody tr').first().waitFor();
    // The run button gives way to "Stop" while running; when done, focus lands on the results.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('simulation');

    await openView(page, 'Sammenligning');
    await page.getByRole('button', { name: 'Del', exact: true }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.keyboard.press('Escape');
    // A link opened in the page (the address changes): focus returns to where it was.
    await page.goto(link);
    await page.getByRole('dialog').getByRole('list').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuller' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Del');
    // A link that opened the app: nothing had focus before, so it lands on the comparison.
    const opened = await context.newPage();
    await opened.goto(link);
    await opened.getByRole('dialog').getByRole('list').waitFor();
    await opened.getByRole('dialog').getByRole('button', { name: 'Annuller' }).click();
    await opened.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(opened)).toMatch(/^td/);
    await context.close();
  });

  it('keeps focus on the control just used, by keyboard: a task’s checkbox and effort, Find værdi, a population release, Sammenlign med nu, an export, the last Fortryd', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const label = () => page.evaluate(() => (document.activeElement === document.body ? '(the page)' : (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? null)));

    await openView(page, 'Opgaver');
    const box = page.locator('tr[data-task] input[type="checkbox"]').nth(1);
    const task = await box.getAttribute('aria-label');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('portfolio-summary').textContent()).not.toBe('');
    expect(await label()).toBe(task);
    const effort = page.getByRole('textbox', { name: `Årsværk: ${task}` });
    await effort.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0,3');
    await page.keyboard.press('Enter');
    await expect.poll(() => effort.inputValue()).toBe('0,3');
    expect(await label()).toBe(`Årsværk: ${task}`);

    await openView(page, 'Beslutningsstøtte');
    await page.getByRole('button', { name: 'Find værdi' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('seek-result').textContent()).not.toBe('');
    expect(await label()).toBe('Find værdi');

    await openView(page, 'Kommuner');
    const release = page.getByRole('button', { name: /^Brug Danmarks Statistiks tal pr\. 1\. januar 2025/ });
    await release.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => release.getAttribute('aria-disabled')).toBe('true');
    expect(await label()).toMatch(/^Brug Danmarks Statistiks tal pr\. 1\. januar 2025/);

    await openView(page, 'Beslutninger');
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér beslutning' });
    await dialog.getByRole('combobox', { name: 'Besluttet af (fx KDK eller KKR)' }).fill('KDK');
    await dialog.getByRole('button', { name: 'Registrér', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // The closed dialog gives the focus back to its button first (once the record is stored).
    await expect.poll(label).toBe('Registrér beslutning');
    const compare = page.getByRole('button', { name: 'Sammenlign med nu' });
    await compare.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => compare.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.decision-card .hint', { hasText: 'Indlæser' }).waitFor({ state: 'detached' });
    expect(await label()).toBe('Sammenlign med nu');

    await openView(page, 'Sammenligning');
    const exportMenu = page.getByRole('button', { name: 'Eksport', exact: true });
    await exportMenu.focus();
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV til dansk Excel (semikolon)' }).press('Enter');
    await download;
    expect(await label()).toBe('Eksport');

    // Undo everything this test did: the last Fortryd keeps its focus, now marked unavailable.
    const undo = page.getByRole('button', { name: 'Fortryd', exact: true });
    await undo.focus();
    for (let i = 0; i < 10 && (await undo.getAttribute('aria-disabled')) !== 'true'; i++) await page.keyboard.press('Enter');
    expect(await undo.getAttribute('aria-disabled')).toBe('true');
    expect(await label()).toContain('Fortryd');
    await context.close();
  });

  it('announces the changed key figures after an edit and after undo', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const announcer = page.getByTestId('announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    // The base grant of 2,5 mio. covers Niveau 2's cost of 1.845.000: the supplement goes to 0.
    await editCell(page, 'funder-brn', 'level-2', '2,5 mio.');
    await expect.poll(() => announcer.textContent()).toContain('Kommunalt tillæg, Niveau 2: 0 kr., før 595.000 kr.');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => announcer.textContent()).toContain('Kommunalt tillæg, Niveau 2: 595.000 kr., før 0 kr.');
    // The whole period shown: an edit then is compared with the whole period's figures before it,
    // not the first year's (it said "3.675.000 kr., før 1.225.000 kr." of a change of no money).
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('horizon');
    await expect.poll(() => cellText(page, 'supplement', 'level-2')).not.toBe('595.000');
    const wholePeriod = await cellText(page, 'supplement', 'level-2');
    await editCell(page, 'funder-brn', 'level-2', '2,5 mio.');
    await expect.poll(() => announcer.textContent()).toContain(`Kommunalt tillæg, Niveau 2: 0 kr., før ${wholePeriod} kr.`);
    await context.close();
  });

  it('Tab in an open menu closes it and goes on from its button, Shift+Tab back from it (focus went to the page, nothing shown focused); Alt+↓ on a list’s cell opens its list', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const focused = () => page.evaluate(() => (document.activeElement === document.body ? '(the page)' : (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '')));
    const exportMenu = page.getByRole('button', { name: 'Eksport', exact: true });
    // What Tab and Shift+Tab reach from the button itself, the menu closed.
    await exportMenu.focus();
    await page.keyboard.press('Tab');
    const after = await focused();
    await exportMenu.focus();
    await page.keyboard.press('Shift+Tab');
    const before = await focused();
    expect([after, before]).not.toContain('(the page)');
    for (const [key, reached] of [['Tab', after], ['Shift+Tab', before]] as const) {
      await exportMenu.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => exportMenu.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press(key);
      await expect.poll(() => exportMenu.getAttribute('aria-expanded')).toBe('false');
      expect(await focused()).toBe(reached);
    }
    // Alt+↓ on Fordelingsnøgle opens its list (it moved a row down; only F2 opened it).
    await gridCell(page, 'allocation', 'level-2').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('td.active select').count()).toBe(1);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('reaches the comparison from the skip link with one Tab and Enter', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spring til sammenligningen');
    await screenshot(page, 'skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('table.grid') !== null && document.activeElement?.tagName)).toBe('TD');
    // Arrow keys then move through the grid.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row'))).toBeTruthy();
    await context.close();
  });

  it('keeps the focused cell clear of the sticky header and row labels at 200 %, and draws it unlike the resting active cell', async () => {
    const context = await newContext(browser, { width: 683, height: 384 });
    const page = await openApp(context);
    await gridCell(page, 'totalCost', 'level-2').click();
    // Whether the focused cell lies wholly below the header (whose scenario names wrap to
    // several lines here) and right of the row labels.
    const clear = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement;
        if (cell.tagName !== 'TD') return `focus on ${cell.tagName}`;
        // The header cells are the sticky part (the thead itself scrolls away).
        const head = document.querySelector('table.grid thead th')!.getBoundingClientRect();
        const label = cell.closest('tr')!.querySelector('th')!.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        return box.top >= head.bottom - 1 && box.left >= label.right - 1 ? 'clear' : `hidden: cell ${box.top}/${box.left}, header ${head.bottom}, labels ${label.right}`;
      });
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // The grid scrolls a focused cell clear once the frame that moved focus has painted (reading
    // layout before it would force a layout of the whole grid): clear within a frame or two.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(clear, { timeout: 1_000 }).toBe('clear');
    }
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowUp');
      await expect.poll(clear, { timeout: 1_000 }).toBe('clear');
    }
    const ring = () => page.locator('table.grid td.active').evaluate((el) => `${getComputedStyle(el).outlineWidth} ${getComputedStyle(el).outlineColor}`);
    const focusedRing = await ring();
    await page.getByRole('button', { name: 'Præsentation', exact: true }).focus();
    expect(await ring()).not.toBe(focusedRing);
    await context.close();
  });

  it('names headers by their scenario, result cells by value and spoken range, and counts the rows it has', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    const grid = page.getByRole('grid');
    expect(await grid.getByRole('columnheader', { name: 'Niveau 2', exact: true }).count()).toBe(1);
    expect(await grid.getByRole('columnheader', { name: 'Niveau 3 — som i dag, basis', exact: true }).count()).toBe(1);
    expect(await grid.getByRole('button', { name: 'Handlinger for Niveau 2', exact: true }).count()).toBe(1);
    const total = await cellText(page, 'totalCost', 'level-2');
    const cell = grid.getByRole('gridcell', { name: `${total} interval 1.745.000 til 1.995.000`, exact: true });
    expect(await cell.count()).toBe(1);
    expect(await grid.getAttribute('aria-multiselectable')).toBe('true');
    const counts = () => grid.evaluate((el) => [Number(el.getAttribute('aria-rowcount')), el.querySelectorAll('tr').length]);
    const [said, rows] = await counts();
    expect(said).toBe(rows);
    await page.getByRole('button', { name: 'Detaljer' }).click();
    const [saidUnfolded, rowsUnfolded] = await counts();
    expect(saidUnfolded).toBe(rowsUnfolded);
    expect(rowsUnfolded).toBeGreaterThan(rows!);
    await context.close();
  });

  it('on an iPad: 44 px targets, one tap on the selected cell edits with a decimal keypad, and a hint how to install', async () => {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale: 'da-DK',
      baseURL: BASE_URL,
      hasTouch: true,
      isMobile: true,
      userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    const page = await openApp(context);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const menu = await page.getByRole('button', { name: 'Handlinger for Niveau 2', exact: true }).boundingBox();
    expect(Math.min(menu!.width, menu!.height)).toBeGreaterThanOrEqual(44);
    const tab = await page.locator('.tab').first().boundingBox();
    expect(tab!.height).toBeGreaterThanOrEqual(44);
    const cell = gridCell(page, 'funder-brn', 'level-1');
    await cell.tap();
    await expect.poll(() => cell.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('table.grid td input').count()).toBe(0);
    await cell.tap();
    const field = page.locator('table.grid td.active input');
    await field.waitFor();
    expect(await field.getAttribute('inputmode')).toBe('decimal');
    await page.keyboard.press('Escape');
    await gridCell(page, 'supplement', 'level-2').tap();
    const why = await page.locator('table.grid td.active .explain-button').boundingBox();
    expect(Math.min(why!.width, why!.height)).toBeGreaterThanOrEqual(43);
    await screenshot(page, 'ipad-touch');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Føj til hjemmeskærm' }).count()).toBe(1);
    await context.close();
  });

  it('keeps a multi-cell selection and the current tab visible in forced colours', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await page.emulateMedia({ forcedColors: 'active' });
    await gridCell(page, 'supplement', 'level-1').click();
    await gridCell(page, 'supplement', 'level-3').click({ modifiers: ['Shift'] });
    const outline = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    // The middle cell is selected but not active: in forced colours only its outline marks it.
    const selected = await outline('tr[data-row="supplement"] td[data-col="level-2"]');
    expect(selected.style).toBe('solid');
    expect(selected.width).toBeGreaterThanOrEqual(2);
    // The current tab alone carries the bar; the others have none.
    const bar = (selector: string) => page.locator(selector).first().evaluate((el) => `${getComputedStyle(el).borderBottomStyle} ${parseFloat(getComputedStyle(el).borderBottomWidth)}`);
    expect(await bar('.tab[aria-current="page"]')).toBe('solid 3');
    expect(await bar('.tab:not([aria-current])')).toMatch(/^none/);
    // A figure that differs from the baseline, and the baseline column, keep their marks.
    await page.getByRole('checkbox', { name: 'Vis forskelle til basis' }).check();
    expect(await page.locator('tr[data-row="supplement"] td.differs').first().evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('double');
    expect(await page.locator('tr[data-row="supplement"] td.baseline').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    await screenshot(page, 'forced-colours-selection');
    await context.close();
  });
});

/** Real Chromium (Debian's package) driven by playwright-core; no browser downloads. */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags';

/** Another port lets a second checkout run its suite beside this one (E2E_PORT=4273). */
export const PORT = Number(process.env['E2E_PORT'] ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A fresh context: empty IndexedDB, Danish locale, clipboard allowed for copy/paste tests.
 * `touch`: a phone's or a tablet's touch screen (pointer: coarse). `userAgent`: another browser's (a Mac's).
 * `serviceWorker`: the app's service worker registers and precaches, as in a user's browser. Off
 * unless a test is about it (offline, the update, a link opened offline): each of the suite's
 * ~120 contexts installing it fetched and stored the whole precache (78 files, 1,1 MB) beside the
 * test, and the suite ran past CI's 15 minutes.
 */
export async function newContext(browser: Browser, options: { width?: number; height?: number; touch?: boolean; userAgent?: string; serviceWorker?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: 'da-DK',
    baseURL: BASE_URL,
    ...(options.touch && { hasTouch: true, isMobile: true }),
    ...(options.userAgent && { userAgent: options.userAgent }),
  });
  context.setDefaultTimeout(10_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL.replace(/\/$/, '') });
  return context;
}

/**
 * Opens the app and waits until the worker has delivered the first results and the entry rules
 * and the command rules (which load just after them) have arrived: a test types at once, faster
 * than anyone in the room could. An amount entered in those few milliseconds is applied only
 * when the entry rules are here (the grid test that holds them back covers that moment), and a
 * rule's refusal comes as a notice, not in the cell, while the command rules are on their way
 * (a session unit test covers that). `rules: false` waits for neither.
 */
export async function openApp(context: BrowserContext, path = '/', options: { rules?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('table.grid td[data-col]').first().waitFor();
  await waitForResults(page);
  if (options.rules !== false) await page.waitForFunction(() => ['entry', 'commands'].every((chunk) => performance.getEntriesByType('resource').some((e) => new RegExp(`/assets/${chunk}-[^/]*\\.js$`).test(e.name))));
  return page;
}

/**
 * Holds back the app's chunk `name` (its /assets/name-hash.js) until the returned function is
 * called: the moments before that code arrives, made as long as a test needs.
 */
export async function holdBack(context: BrowserContext, name: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await context.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cell = document.querySelector('tr[data-row="totalCost"] td .value');
    return !!cell && cell.textContent !== '' && document.querySelector('.grid-scroll')?.getAttribute('data-status') === 'current';
  });
}

/**
 * The workspace records as stored in IndexedDB. Settles on every path: [] where nothing is stored
 * yet (no database, no store, no record), a rejection on an error. A page.evaluate has no timeout:
 * a reader that threw inside its handler hung its test until the suite's 60 s (in CI the first
 * poll came before the app's first write).
 */
export async function storedRecords<T = { workspace: unknown }>(page: Page): Promise<T[]> {
  return page.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('forankring');
        // No database yet: not created here (an empty one would stand in the app's way), nothing stored.
        let absent = false;
        open.onupgradeneeded = () => ((absent = true), open.transaction!.abort());
        open.onerror = () => (absent ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('workspaces')) return db.close(), resolve([]);
          const all = db.transaction('workspaces').objectStore('workspaces').getAll();
          all.onsuccess = () => (db.close(), resolve(all.result as T[]));
          all.onerror = () => (db.close(), reject(all.error));
        };
      }),
  );
}

/** Opens a view by its tab. */
/** Opens a view and waits for its code to have loaded (views load on first visit). */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.locator('.view-loading').waitFor({ state: 'detached' });
}

/** Runs a grid cell's column action ("Dupliker", "Slet" …) from its menu. */
export async function columnAction(page: Page, scenario: string, action: string): Promise<void> {
  await page.locator(`th[data-scenario="${scenario}"] .menu-button`).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** Runs an item of the workspace menu. */
export async function workspaceAction(page: Page, item: string | RegExp): Promise<void> {
  await page.locator('.workspace-menu .menu-button').first().click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Creates a workspace for `region` from the workspace menu, as a user would, and waits for its figures. */
export async function newWorkspace(page: Page, region: string): Promise<void> {
  await workspaceAction(page, 'Nyt arbejdsområde …');
  await page.getByRole('combobox', { name: 'Region' }).selectOption(region);
  await page.getByRole('button', { name: 'Opret' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await waitForResults(page);
}

/** The visible text of a grid cell, by row id and scenario id. */
export async function cellText(page: Page, row: string, scenario: string): Promise<string> {
  return (await page.locator(`tr[data-row="${row}"] td[data-col="${scenario}"] .value`).textContent()) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The visible text of a grid cell by row id and column position (1 = first scenario). */
export async function cellTextAt(page: Page, row: string, column: number): Promise<string> {
  return (await page.locator(`tr[data-row="${row}"] td`).nth(column - 1).locator('.value').textContent()) ?? '';
}

/**
 * The pieces of the elements' own text (their first text node) matching `pattern` (global) that
 * lie on two lines: a word broken inside, "<" apart from its number. Whole, each is one rect.
 */
export const splitOverLines = (page: Page, selector: string, pattern: RegExp) =>
  page.evaluate(
    ({ selector, source, flags }) => {
      const range = document.createRange();
      return [...document.querySelectorAll(selector)].flatMap((element) => {
        const text = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
        if (!text?.textContent) return [];
        return [...text.textContent.matchAll(new RegExp(source, flags))].flatMap((piece) => {
          range.setStart(text, piece.index);
          range.setEnd(text, piece.index + piece[0].length);
          return range.getClientRects().length > 1 ? [piece[0]] : [];
        });
      });
    },
    { selector, source: pattern.source, flags: pattern.flags },
  );

/** A grid cell by row id and scenario id. */
export const gridCell = (page: Page, row: string, scenario: string) => page.locator(`tr[data-row="${row}"] td[data-col="${scenario}"]`);

/** Edits a grid cell as a user does: click, type, Enter. */
export async function editCell(page: Page, row: string, scenario: string, text: string): Promise<void> {
  await gridCell(page, row, scenario).click();
  // Typed once the click has selected the cell (see grid.e2e.ts's type()).
  await page.locator(`tr[data-row="${row}"] td[data-col="${scenario}"][aria-selected="true"]`).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

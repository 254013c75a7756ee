/** Runs axe-core in the page: its violations fail a test; "needs review" results are listed. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  nodes: string[];
}

export interface AxeAudit {
  violations: AxeFinding[];
  /** What axe could not decide alone ("needs review"), e.g. contrast over a gradient. */
  incomplete: AxeFinding[];
}

/** axe's WCAG 2.1 A and AA rules plus its best practices, on the whole document. */
export async function axeAudit(page: Page): Promise<AxeAudit> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const brief = (list: Result[]) => list.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    return { violations: brief(result.violations), incomplete: brief(result.incomplete) };
  });
}

export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  return (await axeAudit(page)).violations;
}

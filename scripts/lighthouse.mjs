#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse against the production build with Debian's Chromium,
// mobile (the default profile) and desktop. Prints the category scores; exports runLighthouse
// for the benchmark table.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const PORT = 4177;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function runLighthouse() {
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync('npx', ['--yes', 'vite', 'build', '--logLevel', 'error'], { env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['--yes', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { env, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${PORT}/`;
  try {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 200));
    }
    mkdirSync('.bench', { recursive: true });
    const results = [];
    for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
      try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
        writeFileSync(`.bench/lighthouse-${profile}.json`, result.report);
        const c = result.lhr.categories;
        results.push({
          profile,
          performance: Math.round(c.performance.score * 100),
          accessibility: Math.round(c.accessibility.score * 100),
          bestPractices: Math.round(c['best-practices'].score * 100),
          seo: Math.round(c.seo.score * 100),
          tbt: Math.round(result.lhr.audits['total-blocking-time'].numericValue),
          lcp: Math.round(result.lhr.audits['largest-contentful-paint'].numericValue),
        });
      } finally {
        await chrome.kill();
      }
    }
    return results;
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runLighthouse();
  for (const r of results)
    console.log(`${r.profile}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo} (TBT ${r.tbt} ms, LCP ${r.lcp} ms)`);
}

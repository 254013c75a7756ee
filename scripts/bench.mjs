#!/usr/bin/env node
// `npm run bench`: model recompute in node and the worker round trip in Debian's Chromium,
// printed as one table with each target.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runLighthouse } from './lighthouse.mjs';

const env = { ...process.env, NODE_ENV: 'production' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}${r.stdout}`);
  return r.stdout;
};

const rows = [];
run('npx', ['--yes', 'vite', 'build', '--ssr', 'scripts/bench/node-bench.ts', '--outDir', '.bench/node', '--emptyOutDir', '--logLevel', 'error']);
rows.push(...JSON.parse(run('node', ['.bench/node/node-bench.js']).trim().split('\n').pop()));
run('npx', ['--yes', 'vite', 'build', '--ssr', 'scripts/bench/share-bench.ts', '--outDir', '.bench/share', '--emptyOutDir', '--logLevel', 'error']);
const shareRows = JSON.parse(run('node', ['.bench/share/share-bench.js']).trim().split('\n').pop());

run('npx', ['--yes', 'vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts', '--logLevel', 'error']);
const port = 4179;
const server = spawn('npx', ['--yes', 'vite', 'preview', '--config', 'scripts/bench/vite.bench.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { env, stdio: 'ignore', detached: true });
try {
  const url = `http://127.0.0.1:${port}/scripts/bench/worker-bench.html`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'done', null, { timeout: 120_000 });
  rows.push(...(await page.evaluate(() => window.benchRows)));
  await browser.close();
} finally {
  process.kill(-server.pid, 'SIGTERM');
}

const ms = (v) => `${v.toFixed(3)} ms`;
const table = rows.map((r) => ({ benchmark: r.name, median: ms(r.median), p95: ms(r.p95), target: `< ${r.target} ms`, met: r.p95 < r.target ? 'yes' : 'NO' }));

for (const r of shareRows) table.push({ benchmark: r.name, median: `${r.chars} characters`, p95: '', target: `≤ ${r.target}`, met: r.chars <= r.target ? 'yes' : 'NO' });

// Bundle: the JavaScript the first paint needs (entry + modulepreloads in index.html), gzip.
// Lighthouse builds dist/ first, so these figures describe that production build.
const lighthouseRuns = [];
for (let i = 0; i < 3; i++) lighthouseRuns.push(await runLighthouse());
const html = readFileSync('dist/index.html', 'utf8');
const firstPaint = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const kib = (file) => gzipSync(readFileSync(`dist/${file}`)).length / 1024;
const firstPaintKib = firstPaint.reduce((s, f) => s + kib(f), 0);
const allJsKib = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).reduce((s, f) => s + kib(`assets/${f}`), 0);
table.push({ benchmark: `First-paint JavaScript (${firstPaint.length} files, gzip)`, median: `${firstPaintKib.toFixed(1)} KiB`, p95: '', target: '< 60 KiB', met: firstPaintKib < 60 ? 'yes' : 'NO' });
table.push({ benchmark: 'All JavaScript incl. lazy chunks and worker (gzip)', median: `${allJsKib.toFixed(1)} KiB`, p95: '', target: '', met: '' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const profile of ['mobile', 'desktop']) {
  const runs = lighthouseRuns.map((r) => r.find((x) => x.profile === profile));
  const perf = runs.map((r) => r.performance);
  table.push({ benchmark: `Lighthouse ${profile} performance (median of 3: ${perf.join(', ')})`, median: String(median(perf)), p95: `TBT ${median(runs.map((r) => r.tbt))} ms`, target: profile === 'mobile' ? '≥ 95' : '', met: profile === 'mobile' ? (median(perf) >= 95 ? 'yes' : 'NO') : '' });
  const a11y = runs.map((r) => r.accessibility);
  table.push({ benchmark: `Lighthouse ${profile} accessibility / best practices / SEO`, median: `${median(a11y)} / ${median(runs.map((r) => r.bestPractices))} / ${median(runs.map((r) => r.seo))}`, p95: '', target: '100', met: median(a11y) === 100 ? 'yes' : 'NO' });
}
const widths = Object.keys(table[0]).map((k) => Math.max(k.length, ...table.map((r) => String(r[k]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(Object.keys(table[0])));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of table) console.log(line(Object.values(r)));

#!/usr/bin/env node
// `npm run bench`: model recompute in node and the worker round trip in Debian's Chromium,
// printed as one table with each target.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const env = { ...process.env, NODE_ENV: 'production' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}${r.stdout}`);
  return r.stdout;
};

const rows = [];
run('npx', ['--yes', 'vite', 'build', '--ssr', 'scripts/bench/node-bench.ts', '--outDir', '.bench/node', '--emptyOutDir', '--logLevel', 'error']);
rows.push(...JSON.parse(run('node', ['.bench/node/node-bench.js']).trim().split('\n').pop()));

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
const widths = Object.keys(table[0]).map((k) => Math.max(k.length, ...table.map((r) => String(r[k]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(Object.keys(table[0])));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of table) console.log(line(Object.values(r)));

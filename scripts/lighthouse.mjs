#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12.8.2 (its CLI through `npx --yes`, so it is not a dependency
// of the project) against the production build served by `vite preview`, with Debian's Chromium,
// mobile (the default profile) and desktop. Prints the category scores; exports runLighthouse for
// the benchmark table. Reports are kept in .bench/lighthouse/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const PORT = Number(process.env.BENCH_PORT ?? 4279);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUT = '.bench/lighthouse';

/** One Lighthouse run of one profile against `url`; the scores of its JSON report. */
function lighthouseOnce(url, profile, n) {
  const output = `${OUT}/${profile}-${n}.json`;
  const args = ['--yes', LIGHTHOUSE, url, '--output=json', `--output-path=${output}`, `--chrome-flags=${FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo', '--quiet'];
  if (profile === 'desktop') args.push('--preset=desktop');
  const r = spawnSync('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`lighthouse (${profile}) failed:\n${r.stderr}${r.stdout}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8'));
  const c = lhr.categories;
  const score = (k) => Math.round(c[k].score * 100);
  return {
    profile,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
    lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
  };
}

/**
 * Serves dist/ as `npm start` does (no extra headers) and runs Lighthouse `runs` times per
 * profile. Builds first unless told the build is fresh.
 */
export async function runLighthouse({ build = true, runs = 1 } = {}) {
  const env = { ...process.env, NODE_ENV: 'production' };
  if (build) {
    const b = spawnSync('npx', ['--yes', 'vite', 'build', '--logLevel', 'error'], { env, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  mkdirSync(OUT, { recursive: true });
  const server = spawn('npx', ['--yes', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { env, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${PORT}/`;
  try {
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      try {
        up = (await fetch(url)).ok;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (!up) throw new Error(`vite preview did not answer on ${url}`);
    const results = [];
    for (let n = 0; n < runs; n++) for (const profile of ['mobile', 'desktop']) results.push(lighthouseOnce(url, profile, n + 1));
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

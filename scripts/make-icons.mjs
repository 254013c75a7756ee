#!/usr/bin/env node
// Renders public/icons/icon.svg to the manifest's PNG icons with Debian's Chromium.
// Run after changing the SVG: node scripts/make-icons.mjs (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const render = async (size, file, { maskable = false } = {}) => {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its motif inside the central 80 % safe zone on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.8) : size;
  const background = maskable ? '#0f4c5c' : 'transparent';
  await page.setContent(`<html><body style="margin:0;background:${background};display:grid;place-items:center;width:${size}px;height:${size}px">
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body></html>`);
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable });
};
await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'icon-maskable-512.png', { maskable: true });
await render(180, 'apple-touch-icon.png', { maskable: true });
await browser.close();

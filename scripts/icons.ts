/**
 * npm run icons: draws public/icon/icon.svg at every size the browsers and stores ask for, with
 * Chromium, into public/icon/<size>.png (toolbar, extensions page, Firefox's 96) and store/icon-<size>.png
 * (Chrome Web Store 128, Edge Add-ons 300). Run it after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../test/e2e/harness/paths.ts';

const svg = readFileSync('public/icon/icon.svg', 'utf8');
const targets: [number, string][] = [
  [16, 'public/icon/16.png'],
  [32, 'public/icon/32.png'],
  [48, 'public/icon/48.png'],
  [96, 'public/icon/96.png'],
  [128, 'public/icon/128.png'],
  [128, 'store/icon-128.png'],
  [300, 'store/icon-300.png'],
];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: apt-get install chromium');
const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [size, file] of targets) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    console.log(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}

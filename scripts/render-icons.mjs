// Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/N.png).
// Run after editing the SVG: `node scripts/render-icons.mjs` (needs Chromium).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { chromiumPath } from './chromium-path.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/');

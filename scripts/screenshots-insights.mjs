// The insights page with figures in it, for `npm run screenshots`: a profile
// of its own, seeded with the hand-checked data set the tests use
// (tests/fixtures/insights/seed.ts, bundled here with Vite), its dates
// moved to today so every period has something to show.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BUILD_DIRS, launchWithExtension } from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function loadSample() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^@\//, replacement: ROOT }] },
    build: { write: false, minify: false, target: 'esnext', lib: { entry: `${ROOT}tests/fixtures/insights/seed.ts`, formats: ['es'], fileName: () => 'seed.js' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  const module = await import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
  return shiftDates(module.INSIGHTS_SEED, Date.now() - module.INSIGHTS_NOW.getTime());
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
function shiftDates(value, ms) {
  if (typeof value === 'string') return ISO.test(value) ? new Date(Date.parse(value) + ms).toISOString() : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, ms));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, ms)]));
  return value;
}

/** Writes insights-<theme>.png (and insights-narrow-<theme>.png, the page at a side-panel-like width). */
export async function captureInsights({ outDir }) {
  const sample = await loadSample();
  const { context, extensionId, close } = await launchWithExtension({ extensionDir: BUILD_DIRS.demo });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/insights.html`);
  await page.waitForSelector('[data-testid="insights-no-data"]');
  await page.evaluate(async (data) => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('recalibrate');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(data);
    await new Promise((resolve, reject) => {
      const tx = database.transaction(names, 'readwrite');
      for (const name of names) for (const record of data[name]) tx.objectStore(name).put(record);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, sample);
  for (const [name, viewport] of [['insights', { width: 1240, height: 900 }], ['insights-narrow', { width: 420, height: 900 }]]) {
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      await page.waitForSelector('[data-testid="tile-debriefs"]');
      await page.screenshot({ path: `${outDir}/${name}-${theme}.png`, fullPage: true });
    }
  }
  await close();
}

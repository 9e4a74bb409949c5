// The insights page with figures in it, for `npm run screenshots`: a profile
// of its own, seeded with the hand-checked data set the tests use
// (tests/fixtures/insights/seed.ts, bundled here with Vite), its dates
// moved to today so every period has something to show.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { seedDatabase, shiftDates } from './brief-seed.mjs';
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

/** Writes insights-<theme>.png (and insights-narrow-<theme>.png, the page at a side-panel-like width). */
export async function captureInsights({ outDir }) {
  const sample = await loadSample();
  const { context, extensionId, close } = await launchWithExtension({ extensionDir: BUILD_DIRS.demo });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/insights.html`);
  await page.waitForSelector('[data-testid="insights-no-data"]');
  await seedDatabase(page, sample);
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

// `npm run screenshots`: every extension view in light and dark, for looking
// at what we built. Uses the demo build on the bundled demo page.
// Output: artifacts/screens/<view>-<theme>.png
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BUILD_DIRS, launchWithExtension, tabIdFor } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';
import { captureDebriefSteps } from './screenshots-debrief.mjs';
import { captureBriefViews } from './screenshots-briefs.mjs';
import { captureInsights } from './screenshots-insights.mjs';

const outDir = resolve('artifacts/screens');
await mkdir(outDir, { recursive: true });
const demo = await startDemoServer(0);
const url = `${demo.origin}/demo/candidates/priya-raman`;
const { context, extensionId, close } = await launchWithExtension({ extensionDir: BUILD_DIRS.demo });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => !!document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent);
const tabId = await tabIdFor(context, url);

/** Views to capture: [name, path, viewport]. Extra views can be added by other features. */
const views = [
  ['popup', `popup.html?tabId=${tabId}`, { width: 380, height: 600 }],
  ['sidepanel', `sidepanel.html?tabId=${tabId}`, { width: 420, height: 900 }],
  ['options', 'options.html', { width: 1100, height: 900 }],
  ['welcome', 'welcome.html', { width: 1100, height: 900 }],
  // Before any debrief exists: the empty state (captureInsights below shows it with figures).
  ['insights-empty', 'insights.html', { width: 1100, height: 700 }],
  ...(process.env.EXTRA_VIEWS ? JSON.parse(process.env.EXTRA_VIEWS) : []),
];

for (const theme of process.env.ONLY === 'debrief' ? [] : ['light', 'dark']) {
  await page.emulateMedia({ colorScheme: theme });
  await page.screenshot({ path: `${outDir}/page-panel-${theme}.png` });
  for (const [name, path, viewport] of views) {
    const p = await context.newPage();
    await p.setViewportSize(viewport);
    await p.emulateMedia({ colorScheme: theme });
    await p.goto(`chrome-extension://${extensionId}/${path}`);
    await p.waitForTimeout(600);
    await p.screenshot({ path: `${outDir}/${name}-${theme}.png`, fullPage: true });
    await p.close();
  }
}
// Then the debrief workflow, each step in the side panel and the popup (ONLY=debrief skips the rest).
await captureDebriefSteps({ context, extensionId, tabId, outDir });
// Then briefs and plans: list, editor, versions, plan, client summary, print, conflict, popup card (seeds its own brief).
if (process.env.ONLY !== 'debrief') await captureBriefViews({ context, extensionId, tabId, outDir });
if (process.env.ONLY !== 'debrief') await captureInsights({ outDir });
console.log(`Screenshots in ${outDir}`);
await close();
await demo.close();

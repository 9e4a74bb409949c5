// `npm run demo`: the built demo extension on the bundled demo ATS page.
// With a display: opens a Chromium window and keeps it open until you close it.
// Without one: runs headless, saves screenshots and prints where they are.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BUILD_DIRS, launchWithExtension, panelField, tabIdFor } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const headed = !!process.env.DISPLAY && process.env.HEADLESS !== '1';
const demo = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
const url = `${demo.origin}/demo/candidates/priya-raman`;
const { context, extensionId, close } = await launchWithExtension({ extensionDir: BUILD_DIRS.demo, headless: !headed, viewport: headed ? null : { width: 1280, height: 800 } });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => !!document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent, null, { timeout: 15_000 });
console.log(`Demo page: ${url}`);
console.log(`Panel shows: ${await panelField(page, 'name')} — ${await panelField(page, 'headline')}`);

if (headed) {
  console.log('Chromium is open with Recalibrate loaded. Click the toolbar icon, or the panel’s button. Close the window to stop.');
  await new Promise((r) => context.on('close', r));
} else {
  const outDir = resolve('artifacts');
  await mkdir(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/demo-page.png` });
  const tabId = await tabIdFor(context, url);
  const side = await context.newPage();
  await side.setViewportSize({ width: 400, height: 800 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  // The views' own header (React's), not the name the page paints first while they load.
  await side.locator('#root:not([hidden])').getByTestId('candidate-name').waitFor();
  await side.screenshot({ path: `${outDir}/demo-sidepanel.png` });
  console.log(`Screenshot of the demo page with the panel: ${outDir}/demo-page.png`);
  console.log(`Screenshot of the side panel for that candidate: ${outDir}/demo-sidepanel.png`);
}
await close();
await demo.close();

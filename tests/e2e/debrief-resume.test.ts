import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS, launch, openExtensionPage, tabIdFor, waitForPanelName, type Launched } from './harness';
// @ts-expect-error plain JS module shared with `npm run demo`
import { startDemoServer } from '../../scripts/demo-server.mjs';

/** Coming back to a debrief: from the panel button, and after the popup closed mid-sentence. */
const clickPanelButton = (page: Page) =>
  page.evaluate(() => (document.querySelector('recalibrate-panel')!.shadowRoot!.querySelector('button.cta') as HTMLButtonElement).click());

describe('resuming a debrief (demo build)', () => {
  let app: Launched;
  let demo: { origin: string; close(): Promise<void> };
  let page: Page;
  let tabId: number;
  let buildCopy: string;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    // A private copy of the build: a rebuild of the output folder mid-run must not pull files from under the browser.
    buildCopy = mkdtempSync(join(tmpdir(), 'recalibrate-build-'));
    cpSync(BUILD_DIRS.demo, buildCopy, { recursive: true });
    app = await launch(buildCopy);
    page = await app.context.newPage();
    await page.goto(`${demo.origin}/demo/candidates/tomas-novak`);
    await waitForPanelName(page, 'Tomás Novák');
    tabId = await tabIdFor(app.context, `${demo.origin}/demo/candidates/tomas-novak`);
  });
  afterAll(async () => {
    await app?.close();
    await demo?.close();
    if (buildCopy) rmSync(buildCopy, { recursive: true, force: true });
  });

  it('offers to start from the panel button, then goes straight to the open debrief next time', async () => {
    await clickPanelButton(page);
    let side = await openExtensionPage(app.context, app.extensionId, `sidepanel.html?tabId=${tabId}`);
    await side.getByTestId('start-debrief-hero').click();
    await side.getByTestId('debrief-view').waitFor();
    await side.getByTestId('back-to-candidate').click();
    await side.close();

    await clickPanelButton(page);
    side = await openExtensionPage(app.context, app.extensionId, `sidepanel.html?tabId=${tabId}`);
    await side.getByTestId('debrief-view').waitFor();
    expect(await side.getByTestId('start-prompt').count()).toBe(0);
    expect(await side.getByTestId('candidate-name').textContent()).toBe('Tomás Novák');
    await side.close();
  });

  it('keeps words typed into a debrief field when the popup closes 100 ms later', async () => {
    let popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await popup.getByTestId('step-capture').click();
    await popup.getByTestId('debrief-notes').pressSequentially('Ask the CTO what strong looks like in', { delay: 5 });
    await popup.waitForTimeout(100);
    await popup.close();
    popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await popup.getByTestId('step-capture').click();
    await expect.poll(() => popup.getByTestId('debrief-notes').inputValue()).toBe('Ask the CTO what strong looks like in');
    await popup.close();
  });
});

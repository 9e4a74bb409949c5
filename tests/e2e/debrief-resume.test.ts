import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickPanelButton, launchDemo, openExtensionPage, tabIdFor, waitForPanelName, type DemoLaunched } from './harness';

/** Coming back to a debrief: from the panel button, and after the popup closed mid-sentence. */
describe('resuming a debrief (demo build)', () => {
  let app: DemoLaunched;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    app = await launchDemo({ privateCopy: true });
    page = await app.context.newPage();
    await page.goto(`${app.origin}/demo/candidates/tomas-novak`);
    await waitForPanelName(page, 'Tomás Novák');
    tabId = await tabIdFor(app.context, `${app.origin}/demo/candidates/tomas-novak`);
  });
  afterAll(() => app?.close());

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

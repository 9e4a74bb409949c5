import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, ownFixture, readHtml, servePages, tabIdFor, type Launched } from './harness';

const template = readHtml(ownFixture('e2e/linkedin-profile-template.html'));
const profile = (slug: string, name: string) => template.replaceAll('{{SLUG}}', slug).replaceAll('{{TITLE}}', name).replaceAll('{{NAME}}', name).replaceAll('{{HEADLINE}}', `${name}, Data Lead`);
const URL_A = 'https://www.linkedin.com/in/first-person/';
const URL_B = 'https://www.linkedin.com/in/second-person/';

/** The extension's service worker target ids, as the DevTools protocol sees them. */
async function workerTargets(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)).map((t) => t.targetId);
}

describe('background service worker stopped mid-session', () => {
  let app: Launched;

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, { [URL_A]: profile('first-person', 'First Person'), [URL_B]: profile('second-person', 'Second Person') });
  });
  afterAll(() => app?.close());

  it('the next report from the page still lands after the worker is stopped', async () => {
    const page = await app.context.newPage();
    await page.goto(URL_A);
    const tabId = await tabIdFor(app.context, URL_A);
    const popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('First Person');

    // Stop the worker through the DevTools protocol, as Chrome does when it idles.
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await expect.poll(async () => (await workerTargets(page, app.extensionId)).length, { timeout: 10_000 }).toBe(0);

    // The content script reports the next candidate; the message wakes the worker, which stores it.
    await page.goto(URL_B);
    await expect.poll(() => popup.getByTestId('candidate-name').textContent(), { timeout: 15_000 }).toBe('Second Person');
    expect((await workerTargets(page, app.extensionId)).length).toBe(1);

    // And a write from the extension page after the restart lands as well.
    await popup.getByTestId('quick-note').fill('Written after the worker restarted');
    await popup.getByTestId('save-note').click();
    await expect.poll(() => popup.getByTestId('note-text').allTextContents()).toContain('Written after the worker restarted');
  });
});

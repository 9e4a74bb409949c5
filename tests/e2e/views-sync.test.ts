import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, openViewsFor, ownFixture, readHtml, servePages, tabIdFor, type Launched } from './harness';

const URL_A = 'https://www.linkedin.com/in/alex-example/';

describe('popup and side panel on the same candidate', () => {
  let app: Launched;
  let popup: Page;
  let side: Page;

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, { [URL_A]: readHtml(ownFixture('e2e/linkedin-profile-a.html')) });
    ({ popup, side } = await openViewsFor(app, URL_A));
  });
  afterAll(() => app?.close());

  it('both know the tab’s candidate (panel off on LinkedIn by default, popup still works)', async () => {
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('Alex Example');
    await expect.poll(() => side.getByTestId('candidate-name').textContent()).toBe('Alex Example');
    expect(await popup.getByTestId('candidate-headline').textContent()).toBe('Head of Talent Acquisition at Example Corp');
  });

  it('a note written in the popup appears in the side panel without reload', async () => {
    await popup.getByTestId('quick-note').fill('Client said: strong on sourcing, weak on stakeholder management.');
    await popup.getByTestId('quick-note').press('Enter');
    await expect.poll(() => side.getByTestId('note-text').allTextContents()).toContain('Client said: strong on sourcing, weak on stakeholder management.');
  });

  it('and a note written in the side panel appears in the popup', async () => {
    await side.getByTestId('quick-note').fill('Call back Thursday with a new shortlist.');
    await side.getByTestId('save-note').click();
    await expect.poll(() => popup.getByTestId('note-text').allTextContents()).toContain('Call back Thursday with a new shortlist.');
  });

  it('keeps a half-typed note when the popup closes 100 ms later', async () => {
    const tabId = await tabIdFor(app.context, URL_A);
    await popup.getByTestId('quick-note').pressSequentially('Half a thought about the cli', { delay: 5 });
    await popup.waitForTimeout(100);
    await popup.close();
    popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('quick-note').inputValue()).toBe('Half a thought about the cli');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openViewsFor, ownFixture, readHtml, servePages, type Launched } from './harness';

const URL_A = 'https://www.linkedin.com/in/alex-example/';

/**
 * Popup and side panel writing at once in real Chromium (the 1,000-write
 * version runs as an integration test). A full disk is tested at the
 * component level: Chromium does not apply DevTools quota overrides to
 * extension origins.
 */
describe('durability in the real browser', () => {
  let app: Launched;
  let popup: Page;
  let side: Page;

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, { [URL_A]: readHtml(ownFixture('e2e/linkedin-profile-a.html')) });
    ({ popup, side } = await openViewsFor(app, URL_A));
  });
  afterAll(() => app?.close());

  it('notes saved alternately and at once from popup and side panel all land in both', async () => {
    const write = async (view: Page, label: string, n: number) => {
      for (let i = 0; i < n; i++) {
        await view.getByTestId('quick-note').fill(`${label} note ${i}`);
        await view.getByTestId('quick-note').press('Enter');
      }
    };
    await Promise.all([write(popup, 'popup', 15), write(side, 'side', 15)]);
    for (const view of [popup, side]) {
      await expect.poll(async () => (await view.getByTestId('note-text').allTextContents()).length, { timeout: 15_000 }).toBe(30);
      const texts = await view.getByTestId('note-text').allTextContents();
      for (let i = 0; i < 15; i++) expect(texts).toEqual(expect.arrayContaining([`popup note ${i}`, `side note ${i}`]));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enablePanel, hasPanel, launch, ownFixture, readHtml, servePages, waitForPanelName, type Launched } from './harness';

const FEED = 'https://www.linkedin.com/feed/';
const PROFILE = readHtml(ownFixture('e2e/linkedin-profile-a.html'));
/** The top card of linkedin-profile-a.html, as LinkedIn's router draws it after a soft navigation. */
const TOP_CARD = PROFILE.slice(PROFILE.indexOf('<main'), PROFILE.indexOf('</main>') + '</main>'.length);

/**
 * On LinkedIn the manifest declares only a URL watch (content/watch.ts); the
 * full content script is injected when a page may show a candidate. The
 * feed must get nothing more, and a soft navigation from it to a profile
 * must still bring the panel.
 */
describe('LinkedIn: URL watch, full script only on candidate pages', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch();
    await enablePanel(app.context, 'linkedin');
    await servePages(app.context, { [FEED]: '<!doctype html><title>Feed | LinkedIn</title><main><p>Posts</p></main>' });
  });
  afterAll(() => app?.close());

  it('the feed gets the watch only: no full script, no panel, no message to the background', async () => {
    const worker = app.context.serviceWorkers()[0]!;
    await worker.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __seen: string[] }).__seen = seen;
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      api.runtime.onMessage.addListener((m: unknown) => void seen.push(String((m as { type?: string })?.type)));
    });
    const page = await app.context.newPage();
    await page.goto(FEED);
    await page.waitForTimeout(1500);
    expect(await hasPanel(page)).toBe(false);
    expect(await worker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen)).toEqual([]);
    await page.close();
  });

  it('a soft navigation from the feed to a profile brings the panel', async () => {
    const page = await app.context.newPage();
    await page.goto(FEED);
    await page.evaluate((card) => {
      history.pushState({}, '', '/in/alex-example/');
      document.querySelector('main')!.outerHTML = card;
    }, TOP_CARD);
    await waitForPanelName(page, 'Alex Example');
    await page.close();
  });
});

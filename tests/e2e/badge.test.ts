import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launch, openExtensionPage, panelField, servePages, tabIdFor, waitForPanelName, type Launched } from './harness';
import { greenhousePage, htmlPage } from './ats-pages';

const CANDIDATE = 'https://app.greenhouse.io/people/6001';
const ELSEWHERE = 'https://www.example.org/';

/**
 * The toolbar badge tells, per tab, that the page's candidate has an open
 * debrief; it follows debrief changes made in the popup, in-app navigation
 * away and back, and a move to a site the extension does not run on.
 */
describe('toolbar badge for the current page’s candidate', () => {
  let app: Launched;

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, {
      [CANDIDATE]: greenhousePage('Bea Marchetti', 'Controller at Alba Foods', 'Finance Director'),
      'https://app.greenhouse.io/people': htmlPage('Candidates | Greenhouse', '<h1>Candidates</h1>'),
      [ELSEWHERE]: htmlPage('Example', '<h1>Another site</h1>'),
    });
  });
  afterAll(() => app?.close());

  const badge = async (tabId: number) =>
    (await extensionWorker(app.context)).evaluate((id: number) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.action.getBadgeText({ tabId: id }), tabId);
  const tabState = async (tabId: number) =>
    (await extensionWorker(app.context)).evaluate(async (id: number) => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null;
    }, tabId);

  it('counts an open debrief started in the popup, clears on a list page, comes back, and clears on another site', async () => {
    const page = await app.context.newPage();
    await page.goto(CANDIDATE);
    await waitForPanelName(page, 'Bea Marchetti');
    const tabId = await tabIdFor(app.context, CANDIDATE);
    expect(await badge(tabId)).toBe('');

    const popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await popup.getByTestId('start-debrief').click();
    await expect.poll(() => badge(tabId)).toBe('1');
    await expect.poll(() => panelField(page, 'status')).toBe('Debrief open');
    await popup.close();

    await page.evaluate(() => history.pushState({}, '', '/people'));
    await expect.poll(() => badge(tabId)).toBe('');
    await page.evaluate(() => history.pushState({}, '', '/people/6001'));
    await expect.poll(() => badge(tabId)).toBe('1');

    await page.goto(ELSEWHERE);
    await expect.poll(() => tabState(tabId)).toBeNull();
    expect(await badge(tabId)).toBe('');
    await page.close();
  });
});

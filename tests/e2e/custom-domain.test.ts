import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionWorker, launch, openExtensionPage, servePages, tabIdFor, waitForPanelName, type Launched } from './harness';
import { htmlPage } from './ats-pages';

const HOST = 'ats.example-agency.com';
const ORIGIN = `https://${HOST}/*`;
const CANDIDATE = `https://${HOST}/candidates/4711`;

/** An ATS nobody ships an adapter for: the generic one reads the heading. */
const candidatePage = htmlPage('Samuel Carter | Agency ATS', '<nav><a href="/candidates">Candidates</a></nav><main><h1>Samuel Carter</h1><p>Finance</p></main>');

/**
 * Headless Chromium cannot click its own permission dialog. What the test
 * does instead is what a recruiter can do in chrome://extensions ("Site
 * access" → add a site): grant that one host there first, through the
 * extensions page's own API. Chrome then answers the options page's real
 * `permissions.request` (fired by clicking the real Add button) with `true`
 * without a dialog, because the host is already granted. Everything after
 * the click (saving the host, registering the content script, the generic
 * adapter, the correction) runs exactly as for a recruiter.
 */
async function preApproveHost(app: Launched, origin: string): Promise<void> {
  const page = await app.context.newPage();
  await page.goto(`chrome://extensions/?id=${app.extensionId}`);
  await page.evaluate(
    ([id, o]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, o!),
    [app.extensionId, origin],
  );
  await page.close();
}

async function registeredMatches(app: Launched): Promise<string[]> {
  const worker = await extensionWorker(app.context);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

async function hasPermission(app: Launched, origin: string): Promise<boolean> {
  const worker = await extensionWorker(app.context);
  return worker.evaluate((o: string) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.permissions.contains({ origins: [o] }), origin);
}

describe('any other ATS: a custom domain added in the options page', () => {
  let app: Launched;
  let options: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, { [CANDIDATE]: candidatePage });
    options = await openExtensionPage(app.context, app.extensionId, 'options.html');
  });
  afterAll(() => app?.close());

  /** Type, click the real Add button, and wait for the message the attempt produces. */
  const tryAdd = async (text: string, expected: RegExp | string) => {
    await options.getByTestId('custom-host-input').fill(text);
    await options.getByTestId('custom-host-add').click();
    const message = options.getByTestId('custom-host-message');
    await expect.poll(() => message.textContent()).toMatch(expected);
  };

  it('explains what cannot be added', async () => {
    await tryAdd('localhost:8080', /localhost/);
    await tryAdd('10.0.0.12', /not an IP address/);
    await tryAdd('app.greenhouse.io', /Greenhouse is already supported/);
    await tryAdd('intranet', /not a web address/);
    expect(await registeredMatches(app)).toEqual([]);
  });

  it('asks for that host on Add (real button), saves it and registers the content script there', async () => {
    expect(await hasPermission(app, ORIGIN)).toBe(false);
    await preApproveHost(app, ORIGIN);
    await tryAdd(`https://${HOST}/candidates`, `Added ${HOST}. Reload its pages that are already open.`);
    expect(await hasPermission(app, ORIGIN)).toBe(true);
    await expect.poll(() => registeredMatches(app)).toEqual([ORIGIN]);
    await expect.poll(() => options.getByTestId('custom-host-row').textContent()).toContain('access allowed');
  });

  it('knows the candidate there, takes a correction in the panel, and remembers it after a reload', async () => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(CANDIDATE);
    await waitForPanelName(page, 'Samuel Carter');
    // Keyboard path: the pencil button, type, Enter.
    await page.locator('recalibrate-panel [data-action="correct"]').click();
    const name = page.locator('recalibrate-panel input[name="name"]');
    await expect.poll(() => name.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await name.fill('Sam Carter-Okoye');
    await page.locator('recalibrate-panel input[name="job"]').fill('Head of Finance');
    await name.press('Enter');
    await waitForPanelName(page, 'Sam Carter-Okoye');
    expect(await page.locator('recalibrate-panel [data-field="job"]').textContent()).toBe('For: Head of Finance');
    await page.reload();
    await waitForPanelName(page, 'Sam Carter-Okoye');
    // The popup shows the corrected name and the recruiter's host as the system.
    const tabId = await tabIdFor(app.context, CANDIDATE);
    const popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('Sam Carter-Okoye');
    expect(await popup.locator('header .pill').first().textContent()).toBe(HOST);
    await popup.close();
    await page.close();
  });

  it('Esc closes the correction without saving and gives focus back to the pencil', async () => {
    const page = await app.context.newPage();
    await page.goto(CANDIDATE);
    await waitForPanelName(page, 'Sam Carter-Okoye');
    await page.locator('recalibrate-panel [data-action="correct"]').click();
    const name = page.locator('recalibrate-panel input[name="name"]');
    await name.fill('Somebody Else');
    await name.press('Escape');
    expect(await name.isHidden()).toBe(true);
    expect(await page.locator('recalibrate-panel [data-action="correct"]').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await page.locator('recalibrate-panel [data-field="name"]').textContent()).toBe('Sam Carter-Okoye');
    await page.close();
  });

  it('removing the domain gives the permission back and unregisters the script', async () => {
    await options.getByRole('button', { name: `Remove ${HOST}` }).click();
    await expect.poll(() => hasPermission(app, ORIGIN)).toBe(false);
    await expect.poll(() => registeredMatches(app)).toEqual([]);
    const page = await app.context.newPage();
    await page.goto(CANDIDATE);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelectorAll('recalibrate-panel').length)).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
// @ts-expect-error plain JS module shared with the demo and bench scripts
import { BUILD_DIRS, launchWithExtension, panelField, tabIdFor, extensionWorker } from '../../scripts/browser.mjs';
// @ts-expect-error plain JS module shared with `npm run demo`
import { startDemoServer } from '../../scripts/demo-server.mjs';

export { BUILD_DIRS, panelField, tabIdFor, extensionWorker };

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launch(extensionDir: string = BUILD_DIRS.chrome): Promise<Launched> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run the build first (npm run test:e2e does).`);
  }
  return (await launchWithExtension({ extensionDir })) as Launched;
}

export interface DemoLaunched extends Launched {
  /** Where the demo ATS pages are served, e.g. `${origin}/demo/candidates/priya-raman`. */
  origin: string;
}

/**
 * The demo build with the demo ATS site served locally; `close()` stops both.
 * `privateCopy` runs a copy of the build, so that a rebuild of the output
 * folder mid-run cannot pull files from under the browser.
 */
export async function launchDemo({ privateCopy = false } = {}): Promise<DemoLaunched> {
  const demo: { origin: string; close(): Promise<void> } = await startDemoServer(0);
  const buildCopy = privateCopy ? mkdtempSync(join(tmpdir(), 'recalibrate-build-')) : null;
  const cleanUp = async () => {
    await demo.close();
    if (buildCopy) rmSync(buildCopy, { recursive: true, force: true });
  };
  try {
    if (buildCopy) cpSync(BUILD_DIRS.demo, buildCopy, { recursive: true });
    const app = await launch(buildCopy ?? BUILD_DIRS.demo);
    return {
      ...app,
      origin: demo.origin,
      async close() {
        await app.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The real pages in ../shared/fixtures when present (reference data beside the repo). */
export const SHARED_LINKEDIN = resolve(process.cwd(), '../shared/fixtures/linkedin');
export const sharedFixture = (name: string) => resolve(SHARED_LINKEDIN, name);
export const hasShared = (name: string) => existsSync(sharedFixture(name));
export const ownFixture = (path: string) => resolve(process.cwd(), 'tests/fixtures', path);

/**
 * Serve HTML at real URLs by request interception (architecture rule 12).
 * Everything else on the network is aborted: the machine has no network, and
 * a test must never depend on one. Returns the list of URLs requested.
 */
export async function servePages(context: BrowserContext, pages: Record<string, string | (() => string)>): Promise<string[]> {
  const requested: string[] = [];
  await context.route(/^https?:\/\//, (route: Route) => {
    const url = route.request().url();
    requested.push(url);
    const clean = url.split('#')[0]!;
    const body = pages[clean] ?? pages[clean.replace(/\?.*$/, '')];
    if (body === undefined) return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: typeof body === 'function' ? body() : body });
  });
  return requested;
}

export const readHtml = (path: string) => readFileSync(path, 'utf8');

/** Turn the in-page panel on for a site, as the recruiter does in settings. */
export async function enablePanel(context: BrowserContext, site: string): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (s: string) => {
    const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as { panelSites?: Record<string, boolean> };
    await chrome.storage.local.set({ settings: { ...current, panelSites: { ...current.panelSites, [s]: true } } });
  }, site);
}

export async function waitForPanelName(page: Page, expected: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (name) => document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent === name,
    expected,
    { timeout },
  );
}

export async function hasPanel(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('recalibrate-panel'));
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Open `url` in a tab, then the popup and the side panel for that tab. */
export async function openViewsFor(app: Launched, url: string): Promise<{ popup: Page; side: Page }> {
  const page = await app.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(app.context, url);
  return {
    popup: await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`),
    side: await openExtensionPage(app.context, app.extensionId, `sidepanel.html?tabId=${tabId}`),
  };
}

/** Click the in-page panel's main button, as the recruiter does. */
export async function clickPanelButton(page: Page): Promise<void> {
  await page.evaluate(() => (document.querySelector('recalibrate-panel')!.shadowRoot!.querySelector('button.cta') as HTMLButtonElement).click());
}

// Launch Debian Chromium with a built extension loaded (demo, e2e tests, bench).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

export const BUILD_DIRS = {
  chrome: '.output/chrome-mv3',
  demo: '.output/chrome-mv3-demo',
  firefox: '.output/firefox-mv2',
};

/** Flags that keep Chromium from reaching out to the network on its own. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

/**
 * @param {{ extensionDir?: string | null, headless?: boolean, userDataDir?: string, args?: string[], viewport?: {width:number,height:number} | null }} options
 */
export async function launchWithExtension(options = {}) {
  const { extensionDir = BUILD_DIRS.chrome, headless = true, args = [], viewport = { width: 1280, height: 860 } } = options;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'recalibrate-profile-')));
  const extArgs = extensionDir ? [`--disable-extensions-except=${resolve(extensionDir)}`, `--load-extension=${resolve(extensionDir)}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: [...QUIET_FLAGS, ...extArgs, ...args],
  });
  let extensionId = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** The extension's service worker (waits for it after a restart). */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/**
 * Browser tab id of a candidate page whose URL starts with `urlPrefix`, read
 * from the extension's own per-tab state (the extension has no "tabs"
 * permission, so it cannot list tab URLs).
 */
export async function tabIdFor(context, urlPrefix) {
  const worker = await extensionWorker(context);
  for (let i = 0; i < 100; i++) {
    const id = await worker.evaluate(async (prefix) => {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && typeof v?.url === 'string' && v.url.startsWith(prefix));
      return hit ? Number(hit[0].slice(4)) : null;
    }, urlPrefix);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${urlPrefix}`);
}

/** Text of the in-page panel's field (`name`, `headline`, `status`), or null when no panel. */
export async function panelField(page, field) {
  return page.evaluate((f) => {
    const host = document.querySelector('recalibrate-panel');
    return host?.shadowRoot?.querySelector(`[data-field="${f}"]`)?.textContent ?? null;
  }, field);
}

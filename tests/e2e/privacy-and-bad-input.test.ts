import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enablePanel, hasPanel, launch, ownFixture, panelField, readHtml, servePages, waitForPanelName, type Launched } from './harness';

const template = readHtml(ownFixture('e2e/linkedin-profile-template.html'));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const profile = (slug: string, name: string, headline = 'Recruiter') =>
  template.replaceAll('{{SLUG}}', slug).replaceAll('{{TITLE}}', 'Profile').replaceAll('{{NAME}}', name).replaceAll('{{HEADLINE}}', headline);

const LONG = 'Bartholomew '.repeat(900).trim(); // ~10,800 characters
const MARKUP = '<img src=x onerror="window.__pwned=1"><b>Mallory</b>';

describe('privacy and hostile pages', () => {
  let app: Launched;
  let requested: string[];
  const extensionRequests: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await enablePanel(app.context, 'linkedin');
    requested = await servePages(app.context, {
      'https://www.linkedin.com/in/alex-example/': readHtml(ownFixture('e2e/linkedin-profile-a.html')),
      'https://www.linkedin.com/in/long-name/': profile('long-name', LONG),
      'https://www.linkedin.com/in/markup-name/': profile('markup-name', escapeHtml(MARKUP), escapeHtml('<script>alert(1)</script>')),
      'https://www.linkedin.com/in/no-name/': profile('no-name', '   '),
    });
    // Any http(s) request made by an extension page or the service worker is a privacy bug.
    app.context.on('request', (r) => {
      const frameUrl = (() => { try { return r.frame().url(); } catch { return 'service-worker'; } })();
      if (/^https?:/.test(r.url()) && (frameUrl.startsWith('chrome-extension://') || frameUrl === 'service-worker')) extensionRequests.push(r.url());
    });
  });
  afterAll(() => app?.close());

  it('leaves nothing in the host page’s IndexedDB or web storage, and makes no network request', async () => {
    const page = await app.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // What the page's own scripts could overhear: window messages (a content script's start announcement
    // would carry the extension's id, enough to single out recruiters).
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    });
    await page.goto('https://www.linkedin.com/in/alex-example/');
    await waitForPanelName(page, 'Alex Example');
    // Use the panel: its button asks the extension to open the side panel.
    await page.evaluate(() => (document.querySelector('recalibrate-panel')!.shadowRoot!.querySelector('button.cta') as HTMLButtonElement).click());
    await page.waitForTimeout(500);
    const storage = await page.evaluate(async () => ({
      idb: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(storage).toEqual({ idb: [], local: 0, session: 0 });
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((data) => data.includes(app.extensionId))).toEqual([]);
    // The page itself asked for its document only: the content script fetched nothing.
    expect(requested.filter((u) => u.startsWith('https://www.linkedin.com/in/alex-example/'))).toHaveLength(1);
    expect(requested.filter((u) => !u.startsWith('https://www.linkedin.com/in/'))).toEqual([]);
    expect(extensionRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bounds a 10,000-character name', async () => {
    const page = await app.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://www.linkedin.com/in/long-name/');
    await page.waitForFunction(() => !!document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent);
    const name = (await panelField(page, 'name'))!;
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('…')).toBe(true);
    const box = await page.evaluate(() => document.querySelector('recalibrate-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect().height);
    expect(box).toBeLessThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders markup in a name as text', async () => {
    const page = await app.context.newPage();
    await page.goto('https://www.linkedin.com/in/markup-name/');
    await waitForPanelName(page, MARKUP);
    const inside = await page.evaluate(() => ({
      imgs: document.querySelector('recalibrate-panel')!.shadowRoot!.querySelectorAll('img, b, script').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    }));
    expect(inside).toEqual({ imgs: 0, pwned: 0 });
    expect(await panelField(page, 'headline')).toBe('<script>alert(1)</script>');
    await page.close();
  });

  it('stays away when there is no name', async () => {
    const page = await app.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://www.linkedin.com/in/no-name/');
    await page.waitForTimeout(1500);
    expect(await hasPanel(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

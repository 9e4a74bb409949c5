import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enablePanel, hasPanel, hasShared, launch, ownFixture, panelField, readHtml, servePages, sharedFixture, waitForPanelName, type Launched,
} from './harness';

const EDUARDO = 'scoutr__logged-in__eduardo-alvarez-nowak__full-with-head__2024-07.html';
const NOT_FOUND = 'scoutr__guest__profile-not-found__public_profile_v3.html';
const AUTHWALL = 'scoutr__guest__login-signup-homepage__authwall.html';

/** Real LinkedIn markup when the reference fixtures are beside the repo, else our reduced copy. */
const profileHtml = hasShared(EDUARDO)
  ? readHtml(sharedFixture(EDUARDO))
  : readHtml(ownFixture('e2e/linkedin-profile-template.html'))
      .replaceAll('{{SLUG}}', 'eduardo-alvarez-nowak').replaceAll('{{TITLE}}', '(1) Eduardo Alvarez Nowak')
      .replaceAll('{{NAME}}', 'Eduardo Alvarez Nowak').replaceAll('{{HEADLINE}}', 'Tech Education Lead, Tech Expert &amp; Frontend Dev at Novare Potential');

describe('LinkedIn profile in real Chromium', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch();
    await enablePanel(app.context, 'linkedin');
    await servePages(app.context, {
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/': profileHtml,
      'https://www.linkedin.com/in/ivanahmadfatoni/': hasShared(NOT_FOUND) ? readHtml(sharedFixture(NOT_FOUND)) : '<title>Profile Not Found | LinkedIn</title><h1 class="page-not-found__headline">This page doesn’t exist</h1>',
      'https://www.linkedin.com/in/someone-behind-the-wall/': hasShared(AUTHWALL) ? readHtml(sharedFixture(AUTHWALL)) : '<title>LinkedIn: Log In or Sign Up</title><h1 data-test-id="hero__headline">Welcome</h1>',
    });
  });
  afterAll(() => app?.close());

  it('shows Eduardo Alvarez Nowak and his headline on the real logged-in page', async () => {
    const page = await app.context.newPage();
    await page.goto('https://www.linkedin.com/in/eduardo-alvarez-nowak/');
    await waitForPanelName(page, 'Eduardo Alvarez Nowak');
    expect(await panelField(page, 'headline')).toMatch(/^Tech Education Lead/);
    expect(await panelField(page, 'status')).toBe('No debrief yet');
    const cta = await page.evaluate(() => document.querySelector('recalibrate-panel')!.shadowRoot!.querySelector('button.cta')!.textContent);
    expect(cta).toBe('Interview went badly?');
    await page.close();
  });

  it.each([
    ['profile not found', 'https://www.linkedin.com/in/ivanahmadfatoni/'],
    ['login wall', 'https://www.linkedin.com/in/someone-behind-the-wall/'],
  ])('draws no panel on the %s page', async (_label, url) => {
    const page = await app.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    expect(await hasPanel(page)).toBe(false);
    await page.close();
  });

  it('follows single-page navigation and never shows the previous profile', async () => {
    const page = await app.context.newPage();
    await page.goto('https://www.linkedin.com/in/eduardo-alvarez-nowak/');
    await waitForPanelName(page, 'Eduardo Alvarez Nowak');
    // Record every name the panel ever shows from the moment the URL changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const record = () => {
        const name = document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent;
        if (name && seen[seen.length - 1] !== name) seen.push(name);
      };
      history.pushState({}, '', '/in/vasileiosalevizos/');
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
      setInterval(record, 5);
      // Like LinkedIn, the DOM is swapped a moment after the URL changes.
      setTimeout(() => {
        const h1 = document.querySelector('h1.text-heading-xlarge')!;
        h1.textContent = 'Vasileios Alevizos';
        h1.closest('a')?.setAttribute('href', '/in/vasileiosalevizos/overlay/about-this-profile/');
        const headline = document.querySelector('div.text-body-medium.break-words');
        if (headline) headline.textContent = 'Researcher.';
      }, 400);
    });
    await waitForPanelName(page, 'Vasileios Alevizos');
    expect(await panelField(page, 'headline')).toBe('Researcher.');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).not.toContain('Eduardo Alvarez Nowak');
    expect(seen).toEqual(['Vasileios Alevizos']);
    await page.close();
  });
});

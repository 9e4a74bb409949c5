import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enablePanel, launch, ownFixture, readHtml, servePages, type Launched } from './harness';
import { htmlPage, panelHistory, withRecorder } from './ats-pages';

/** Pages of these systems that show no single candidate, each at its real URL. */
const QUIET: Record<string, string> = {
  'https://app.greenhouse.io/people': withRecorder(readHtml(ownFixture('greenhouse/people-list.html'))),
  'https://app.greenhouse.io/people/1001': withRecorder(readHtml(ownFixture('greenhouse/sign-in.html'))),
  'https://hire.lever.co/candidates': withRecorder(readHtml(ownFixture('lever/candidates-list.html'))),
  'https://www.linkedin.com/talent/home': htmlPage('Recruiter', '<h1>LinkedIn Recruiter</h1><p>Projects</p>'),
  'https://app.recruitee.com/': withRecorder(readHtml(ownFixture('recruitee/candidates-list.html'))),
  'https://app.bullhornstaffing.com/content/fast-find': htmlPage('Bullhorn', '<novo-nav-bar><a href="/content/fast-find">Fast Find</a></novo-nav-bar><h1>Fast Find</h1>'),
};

/**
 * On pages of these systems that show no single candidate, the content
 * script does no visible work: no panel and no element added to the page
 * (a MutationObserver in the page, running from its first byte, records every
 * addition; these pages add nothing themselves).
 */
describe('quiet on non-candidate pages of the supported systems', () => {
  let app: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await enablePanel(app.context, 'linkedin-recruiter'); // even with the panel switched on there
    await servePages(app.context, QUIET);
  });
  afterAll(() => app?.close());

  it.each(Object.keys(QUIET))('%s: no panel, no DOM change', async (url) => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(url === 'https://app.recruitee.com/' ? 'https://app.recruitee.com/#/candidates' : url);
    await page.waitForTimeout(1200);
    const { panels, added } = await panelHistory(page);
    expect(panels).toBe(0);
    expect(added).toEqual([]);
    await page.close();
  });

  it('no page threw', () => {
    expect(errors).toEqual([]);
  });
});

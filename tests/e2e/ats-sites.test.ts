import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enablePanel, launch, servePages, waitForPanelName, type Launched } from './harness';
import { greenhousePage, leverPage, panelHistory, recruiteePage, recruiterPage } from './ats-pages';

const LEVER_A = '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const LEVER_B = '11112222-3333-4444-8555-666677778888';
const RECRUITER_A = 'AEMAAADi_jsBaFBDp0bq1Fv2f330Fk6fjmzIpYg';
const RECRUITER_B = 'AEMAAAROWTWO_bb2';

/**
 * In-app navigation as single-page ATSs do it: the URL changes first, the
 * previous person's DOM stays for a moment (400 ms), then the new person is
 * rendered. `swap` runs in the page; the recorder (ats-pages.ts) logs every
 * name the panel shows from the moment the URL changes.
 */
async function navigateInApp(page: Page, navigate: string, swap: string): Promise<void> {
  await page.evaluate(
    ([nav, sw]) => {
      (window as unknown as { __seen: string[] }).__seen.length = 0;
      new Function(nav!)();
      setTimeout(() => new Function(sw!)(), 400);
    },
    [navigate, swap],
  );
}

describe('ATS candidate pages in real Chromium: the right person after load and after in-app navigation', () => {
  let app: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await enablePanel(app.context, 'linkedin-recruiter'); // off by default (LinkedIn's terms): the recruiter opted in
    await servePages(app.context, {
      'https://app.greenhouse.io/people/1001': greenhousePage('Jordan Avery', 'Senior Data Engineer at Northwind Analytics', 'Staff Data Engineer'),
      [`https://hire.lever.co/candidates/${LEVER_A}`]: leverPage(LEVER_A, "Dr. Zoë O'Brien-Łukasz 🚀", 'VP Engineering at Quanta Robotics'),
      [`https://www.linkedin.com/talent/hire/4455/manage/all/profile/${RECRUITER_A}`]: recruiterPage(RECRUITER_A, 'Priyanka Venkataraman', 'Staff SRE at Kestrel Payments'),
      'https://app.recruitee.com/': recruiteePage('12345678', 'Hana Kobayashi', 'QA Automation Engineer'),
    });
  });
  afterAll(() => app?.close());

  const open = async (url: string) => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(url);
    return page;
  };

  it('Greenhouse: after pushState to another person, never the previous name, even while the old header lingers', async () => {
    const page = await open('https://app.greenhouse.io/people/1001?application_id=77');
    await waitForPanelName(page, 'Jordan Avery');
    await navigateInApp(
      page,
      `history.pushState({}, '', '/people/1002?application_id=78')`,
      `document.querySelector('[data-provides="person-name"]').textContent = 'Mara Lindqvist';
       document.querySelector('[data-provides="person-title"]').textContent = 'Analytics Lead at Fjord Data';
       document.title = 'Mara Lindqvist | Greenhouse';`,
    );
    await waitForPanelName(page, 'Mara Lindqvist');
    const { seen, panels } = await panelHistory(page);
    expect(seen).toEqual(['Mara Lindqvist']);
    expect(panels).toBe(1);
    await page.close();
  });

  it('Lever: a name with a title, accents, apostrophe and emoji; then the next candidate', async () => {
    const page = await open(`https://hire.lever.co/candidates/${LEVER_A}`);
    await waitForPanelName(page, "Dr. Zoë O'Brien-Łukasz 🚀");
    await navigateInApp(
      page,
      `history.pushState({}, '', '/candidates/${LEVER_B}')`,
      `const root = document.querySelector('[data-candidate-id]');
       root.setAttribute('data-candidate-id', '${LEVER_B}');
       root.querySelector('.candidate-name').textContent = 'Kwame Mensah';
       root.querySelector('.candidate-headline').textContent = 'Product Designer';
       document.title = 'Kwame Mensah – Lever Hire';`,
    );
    await waitForPanelName(page, 'Kwame Mensah');
    expect((await panelHistory(page)).seen).toEqual(['Kwame Mensah']);
    await page.close();
  });

  it('LinkedIn Recruiter (panel switched on): profile inside a hiring project, then the next profile of the pipeline', async () => {
    const page = await open(`https://www.linkedin.com/talent/hire/4455/manage/all/profile/${RECRUITER_A}`);
    await waitForPanelName(page, 'Priyanka Venkataraman');
    await navigateInApp(
      page,
      `history.pushState({}, '', '/talent/hire/4455/manage/all/profile/${RECRUITER_B}')`,
      `const link = document.querySelector('[data-test-row-lockup-full-name] a');
       link.href = 'https://www.linkedin.com/talent/profile/${RECRUITER_B}';
       link.textContent = 'Henrik Solberg';
       document.querySelector('[data-test-row-lockup-headline]').textContent = 'Backend Engineer at Tidewater Energy';`,
    );
    await waitForPanelName(page, 'Henrik Solberg');
    expect((await panelHistory(page)).seen).toEqual(['Henrik Solberg']);
    await page.close();
  });

  it('Recruitee (hash routing): another candidate id in location.hash, DOM swapped later', async () => {
    const page = await open('https://app.recruitee.com/#/candidates?candidate=12345678');
    await waitForPanelName(page, 'Hana Kobayashi');
    await navigateInApp(
      page,
      `location.hash = '#/candidates?candidate=87654321'`,
      `const panel = document.querySelector('[data-candidate-id]');
       panel.setAttribute('data-candidate-id', '87654321');
       panel.querySelector('[data-testid="candidate-name"]').textContent = 'Rafael Souza';
       panel.querySelector('[data-testid="candidate-headline"]').textContent = 'Backend Developer';`,
    );
    await waitForPanelName(page, 'Rafael Souza');
    expect((await panelHistory(page)).seen).toEqual(['Rafael Souza']);
    // Back to the list: the panel goes away.
    await page.evaluate(() => (location.hash = '#/candidates'));
    await page.waitForFunction(() => !document.querySelector('recalibrate-panel'));
    await page.close();
  });

  it('threw nothing on any page', () => {
    expect(errors).toEqual([]);
  });
});

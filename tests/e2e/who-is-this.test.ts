import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, servePages, tabIdFor, waitForPanelName, type Launched } from './harness';
import { htmlPage, panelHistory } from './ats-pages';

/**
 * A Lever candidate page that never shows a name (the profile view failed to
 * render it, or the markup changed): after the bounded wait the panel asks
 * "who is this?"; the recruiter's answer is stored as a correction for this
 * candidate id and shown at once on the next visit.
 */
const ID = '22223333-4444-4555-8666-777788889999';
const URL_NAMELESS = `https://hire.lever.co/candidates/${ID}`;
const nameless = htmlPage('Lever Hire', `<div id="app"><div class="candidate-profile" data-candidate-id="${ID}"><header class="candidate-header"><div class="candidate-headline"></div></header></div></div>`);

describe('“who is this?” when a candidate page shows no name', () => {
  let app: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, { [URL_NAMELESS]: nameless });
  });
  afterAll(() => app?.close());

  it('asks after the wait, without taking focus from the page; the answer becomes the name, kept across reloads', async () => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL_NAMELESS);
    const ask = page.locator('recalibrate-panel [data-field="ask"]');
    await ask.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await ask.textContent()).toMatch(/Who is this\?/);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Saving an empty name says why, in the panel.
    await page.locator('recalibrate-panel button.save').click();
    expect(await page.locator('recalibrate-panel .fix-error').textContent()).toBe('Type the candidate’s name.');
    await page.locator('recalibrate-panel input[name="name"]').fill('Amara Nwosu');
    await page.locator('recalibrate-panel input[name="job"]').fill('Plant Manager');
    await page.locator('recalibrate-panel input[name="job"]').press('Enter');
    await waitForPanelName(page, 'Amara Nwosu');
    expect(await ask.isHidden()).toBe(true);
    expect(await page.locator('recalibrate-panel [data-field="job"]').textContent()).toBe('For: Plant Manager');

    // Next visit: the page still shows no name, but the panel does not wait for one.
    const started = Date.now();
    await page.reload();
    await waitForPanelName(page, 'Amara Nwosu');
    expect(Date.now() - started).toBeLessThan(8_000); // well before the 10 s wait that precedes the question
    expect((await panelHistory(page)).seen).toEqual(['Amara Nwosu']);

    const tabId = await tabIdFor(app.context, URL_NAMELESS);
    const popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('Amara Nwosu');
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, type Launched } from './harness';
import { seedDatabase, shiftDates } from './seed-db';
import { INSIGHTS_NOW, INSIGHTS_SEED } from '../fixtures/insights/seed';

/** Rows of a data table as text, header cell first. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
}

const tile = (page: Page, id: string) => page.getByTestId(`tile-${id}`).locator('.tile-value').textContent();

describe('insights page on seeded data', () => {
  let app: Launched;
  let page: Page;

  beforeAll(async () => {
    app = await launch();
    page = await openExtensionPage(app.context, app.extensionId, 'insights.html');
    // The empty state proves the page opened the database (so its stores exist).
    await page.getByTestId('insights-no-data').waitFor();
    // The fixture is written for a fixed "now": move it to the real clock, intervals intact.
    await seedDatabase(page, shiftDates(INSIGHTS_SEED, Date.now() - INSIGHTS_NOW.getTime()));
    await page.reload();
    await page.getByTestId('tile-debriefs').waitFor();
  });
  afterAll(() => app?.close());

  it('summary tiles match the hand-computed figures (last 12 months)', async () => {
    expect(await tile(page, 'debriefs')).toBe('5');
    expect(await tile(page, 'top-cause')).toBe('Assessment');
    expect(await tile(page, 'feedback-speed')).toBe('15 h');
    expect(await tile(page, 'redeployed')).toBe('67 %');
  });

  it('confirmed causes, overall and per client', async () => {
    expect(await tableRows(page, 'causes-table')).toEqual([
      ['Assessment', '2', '50 %'],
      ['Brief', '1', '25 %'],
      ['Client', '1', '25 %'],
      ['Candidate', '1', '25 %'],
    ]);
    expect(await tableRows(page, 'causes-clients-table')).toEqual([
      ['Acme', '2', '2', '1', '0', '0', 'Assessment'],
      ['Globex', '1', '0', '0', '1', '0', 'Client'],
      ['Initech', '1', '0', '0', '0', '1', 'Candidate'],
    ]);
  });

  it('speed against the default targets', async () => {
    expect(await tableRows(page, 'speed-table')).toEqual([
      ['Client debrief', '24 h', '2.5 h', '4', '4', '1', '80 %'],
      ['Feedback to the candidate', '24 h', '15 h', '4', '3', '1', '60 %'],
      ['New plan to the client', '48 h', '30 h', '3', '2', '2', '40 %'],
    ]);
  });

  it('brief churn, calibration and near misses', async () => {
    expect((await tableRows(page, 'churn-table')).map((r) => r.slice(0, 4))).toEqual([
      ['Initech', '1', '3', '3'],
      ['Acme', '2', '2', '1'],
      ['Globex', '1', '1', '1'],
    ]);
    expect((await tableRows(page, 'calibration-table')).map((r) => r.slice(0, 4))).toEqual([
      ['Communication', '2', '+2', '2'],
      ['Leadership', '1', '−2', '2'],
      ['Technical skills', '1', '+1', '1'],
    ]);
    const nearMisses = await tableRows(page, 'near-miss-table');
    expect(nearMisses.map((r) => [r[0], r[1], r[3]!.split(' ')[0]])).toEqual([
      ['Kim Lee', 'Product Manager · Globex', 'Shortlisted'],
      ['Sam Patel', 'Data Engineer · Acme', 'Interviewed'],
      ['Lee Wong', 'QA Lead · Initech', 'Waiting'],
    ]);
  });

  it('filters by client and by period, from the keyboard too', async () => {
    await page.getByLabel('Client', { exact: true }).selectOption('acme');
    await expect.poll(() => tile(page, 'debriefs')).toBe('2');
    expect(page.url()).toContain('client=acme');
    await page.getByLabel('Client', { exact: true }).selectOption('');

    await page.getByLabel('Last 12 months', { exact: true }).focus();
    await page.keyboard.press('ArrowRight'); // radio groups move with the arrow keys
    await expect.poll(() => tile(page, 'debriefs')).toBe('6');
    // The focused period is visibly marked (the radio itself is hidden behind its label).
    const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
    expect(focusOutline).toBe('solid');

    await page.getByLabel('Last 30 days', { exact: true }).check();
    await expect.poll(() => tile(page, 'debriefs')).toBe('1');
    await page.getByTestId('causes-empty').waitFor();
    expect(await page.getByTestId('causes-empty').textContent()).toContain('No confirmed causes yet');
  });
});

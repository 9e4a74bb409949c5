import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enablePanel, launch, openExtensionPage, ownFixture, readHtml, servePages, tabIdFor, waitForPanelName, type Launched } from './harness';

const URL_A = 'https://www.linkedin.com/in/alex-example/';
const SECRET = 'Salary expectation 95k, confidential: moving because of a <b>difficult</b> manager';

/**
 * The options page's "Your data" section driven as the recruiter would, in
 * real Chromium: export, erase everything, import back, a hostile file, and
 * search from the popup. No extension context may touch the network.
 */
describe('your data, end to end', () => {
  let app: Launched;
  let options: Page;
  let popup: Page;
  let tabId: number;
  let hostPage: Page;
  const extensionRequests: string[] = [];

  const tableText = async () => (await options.getByTestId('table-counts').innerText()).replace(/\s+/g, ' ');
  const download = async (click: () => Promise<void>) => {
    const [file] = await Promise.all([options.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };

  beforeAll(async () => {
    app = await launch();
    app.context.on('request', (r) => {
      let frameUrl = 'service-worker';
      try {
        frameUrl = r.frame().url();
      } catch {
        // Requests from workers have no frame.
      }
      if (/^https?:/.test(r.url()) && (frameUrl.startsWith('chrome-extension://') || frameUrl === 'service-worker')) extensionRequests.push(r.url());
    });
    await enablePanel(app.context, 'linkedin');
    await servePages(app.context, { [URL_A]: readHtml(ownFixture('e2e/linkedin-profile-a.html')) });
    const page = await app.context.newPage();
    await page.goto(URL_A);
    await waitForPanelName(page, 'Alex Example');
    tabId = await tabIdFor(app.context, URL_A);
    popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    hostPage = page;
    options = await openExtensionPage(app.context, app.extensionId, 'options.html');
  });
  afterAll(() => app?.close());

  it('a note written in the popup never appears in the in-page panel', async () => {
    await popup.getByTestId('quick-note').fill(SECRET);
    await popup.getByTestId('save-note').click();
    await expect.poll(() => popup.getByTestId('note-text').allTextContents()).toContain(SECRET);
    // The in-page panel lives in the host page: it must never show note text.
    await hostPage.waitForTimeout(300);
    const panelText = await hostPage.evaluate(() => document.querySelector('recalibrate-panel')?.shadowRoot?.textContent ?? '');
    expect(panelText).toContain('Alex Example');
    expect(panelText).not.toContain('Salary');
    expect(await hostPage.content()).not.toContain('Salary');
  });

  it('shows storage used and counts per table', async () => {
    await expect.poll(tableText).toMatch(/Candidates 1 .*Notes 1/);
    await expect.poll(() => options.getByTestId('storage-used').textContent()).toMatch(/Using .* on this computer/);
  });

  it('export → erase everything → import reproduces identical data', async () => {
    // An open candidate page re-records its candidate at once (the extension is told it is showing): close it for a still picture.
    await hostPage.close();
    const first = await download(() => options.getByTestId('export-backup').click());
    expect(first.name).toMatch(/^recalibrate-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(first.text);
    expect(backup.tables.notes[0].text).toBe(SECRET);

    expect(await options.getByTestId('erase-all').isDisabled()).toBe(true);
    await options.getByTestId('erase-all-confirm').fill('ERASE');
    await options.getByTestId('erase-all').click();
    await expect.poll(() => options.getByTestId('erase-all-message').textContent()).toMatch(/Everything was erased/);
    await expect.poll(tableText).toMatch(/Candidates 0 .*Notes 0/);

    await options.getByTestId('import-file').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
    await options.getByTestId('import-preview').waitFor();
    await options.getByTestId('mode-replace').check();
    await expect.poll(() => options.getByTestId('confirm-import').textContent()).toBe('Replace my data');
    expect(await options.locator('[data-testid="import-preview"] tr[data-table="notes"]').innerText()).toMatch(/Notes\s+1\s+0\s+0/);
    await options.getByTestId('confirm-import').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toMatch(/added/);
    await expect.poll(tableText).toMatch(/Candidates 1 .*Notes 1/);

    const second = await download(() => options.getByTestId('export-backup').click());
    const again = JSON.parse(second.text);
    expect(again.tables).toEqual(backup.tables);
    expect(again.storage).toEqual(backup.storage);
  });

  it('a hostile file is refused with its reason, and nothing changes', async () => {
    const before = await tableText();
    const hostile = '{"format":"recalibrate-backup","formatVersion":1,"schemaVersion":4,"exportedAt":"2026-01-01T00:00:00.000Z","tables":{"notes":[{"__proto__":{"x":1}}]}}';
    await options.getByTestId('import-file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(/evil\.json was not imported\. tables\.notes\[0\]\.__proto__: the key "__proto__" is not allowed/);
    expect(await tableText()).toBe(before);
  });

  it('searches from the popup, shows markup as text, and opens the candidate', async () => {
    await popup.reload();
    await popup.getByTestId('search-input').fill('confid difficult');
    const hit = popup.getByTestId('search-hit').first();
    await hit.waitFor();
    expect(await hit.getAttribute('data-kind')).toBe('note');
    expect(await hit.innerText()).toContain('<b>difficult</b>');
    expect(await popup.locator('[data-testid="search-results"] b').count()).toBe(0);
    expect(await popup.locator('[data-testid="search-results"] mark').allTextContents()).toEqual(expect.arrayContaining(['confid', 'difficult']));
    await popup.getByTestId('search-input').press('Enter');
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('Alex Example');
    await expect.poll(() => popup.getByTestId('search-input').inputValue()).toBe('');

    // The side panel has the same search; arrow keys move through the results.
    const side = await openExtensionPage(app.context, app.extensionId, `sidepanel.html?tabId=${tabId}`);
    await side.getByTestId('search-input').fill('alex');
    await side.getByTestId('search-hit').first().waitFor();
    await side.getByTestId('search-input').press('ArrowDown');
    const selected = await side.locator('[data-testid="search-hit"][aria-selected="true"]').count();
    expect(selected).toBe(1);
    await side.getByTestId('search-input').press('Escape');
    expect(await side.getByTestId('search-input').inputValue()).toBe('');
    await side.close();
  });

  it('exports and erases one candidate', async () => {
    await options.getByTestId('candidate-find').fill('alex');
    await options.getByTestId('candidate-choice').first().click();
    const md = await download(() => options.getByTestId('export-candidate-md').click());
    expect(md.name).toMatch(/^recalibrate-linkedin-alex-example-.*\.md$/);
    expect(md.text).toContain('# Personal data held about Alex Example');
    expect(md.text).toContain('\\<b\\>difficult\\</b\\>');
    await options.getByTestId('erase-candidate').click();
    await options.getByTestId('confirm-erase-candidate').click();
    await expect.poll(() => options.getByTestId('candidate-data-message').textContent()).toMatch(/Alex Example was erased: 1 note/);
    await expect.poll(tableText).toMatch(/Candidates 0 .*Notes 0/);
  });

  it('no extension context made a network request', () => {
    expect(extensionRequests).toEqual([]);
  });
});

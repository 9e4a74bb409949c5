import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDebrief } from '@/domain/debrief';
import { BUILD_DIRS, extensionWorker, launch, openExtensionPage, type Launched } from './harness';
import { seedDatabase } from './seed-db';

const H = 60 * 60 * 1000;
/** The extension's own API inside its service worker (typed like wxt's browser). */
declare const chrome: typeof import('wxt/browser').browser;

describe('first run, reminders and shortcuts in real Chromium', () => {
  let app: Launched;
  let welcome: Page | undefined;

  beforeAll(async () => {
    app = await launch();
  });
  afterAll(() => app?.close());

  it('opens the welcome page on install', async () => {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    welcome = app.context.pages().find(isWelcome) ?? (await app.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    expect(await welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Recalibrate');
    expect(await welcome.getByRole('heading', { name: 'Your data stays here' }).isVisible()).toBe(true);
  });

  it('declares the three shortcuts, and the browser registered them', async () => {
    const manifest = JSON.parse(readFileSync(`${BUILD_DIRS.chrome}/manifest.json`, 'utf8'));
    expect(Object.fromEntries(Object.entries(manifest.commands).map(([k, v]) => [k, (v as { suggested_key: { default: string } }).suggested_key.default]))).toEqual({
      _execute_action: 'Alt+Shift+E', // Alt+Shift+R is taken by Chromium itself: it would stay unassigned
      'open-side-panel': 'Alt+Shift+S',
      'start-debrief': 'Alt+Shift+D',
    });
    const worker = await extensionWorker(app.context);
    const registered = await worker.evaluate(async () => (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut]));
    expect(registered).toEqual(expect.arrayContaining([['_execute_action', 'Alt+Shift+E'], ['open-side-panel', 'Alt+Shift+S'], ['start-debrief', 'Alt+Shift+D']]));
  });

  it('a real alarm raises a notification for an overdue feedback, once', async () => {
    const page = await openExtensionPage(app.context, app.extensionId, 'insights.html');
    await page.getByTestId('insights-no-data').waitFor();
    const interviewAt = new Date(Date.now() - 30 * H);
    const debrief = newDebrief({ id: 'e2e-overdue', candidateKey: 'demo:priya-raman', clientCompany: 'Acme', roleTitle: 'Data Engineer', interviewAt: interviewAt.toISOString() }, interviewAt);
    await seedDatabase(page, {
      candidates: [{ key: 'demo:priya-raman', site: 'demo', externalId: 'priya-raman', name: 'Priya Raman', headline: '', profileUrl: 'http://127.0.0.1/demo', createdAt: interviewAt.toISOString(), updatedAt: interviewAt.toISOString(), lastSeenAt: interviewAt.toISOString() }],
      debriefs: [debrief],
    });
    const worker = await extensionWorker(app.context);
    const fire = () => worker.evaluate(() => chrome.alarms.create('reminders', { when: Date.now() + 100 }));
    await fire();
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('reminders.lastNotified'))['reminders.lastNotified']), { timeout: 10_000 })
      .toMatchObject({ 'e2e-overdue:candidateFeedback': expect.any(String) });
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toHaveProperty(['reminder:e2e-overdue']);

    // Firing again the same day shows nothing new.
    await worker.evaluate(() => chrome.notifications.clear('reminder:e2e-overdue'));
    await fire();
    await page.waitForTimeout(1000);
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    await page.close();
  });

  it('the page a notification opens shows that candidate’s debrief', async () => {
    const side = await openExtensionPage(app.context, app.extensionId, 'sidepanel.html?candidate=demo%3Apriya-raman&debrief=e2e-overdue');
    await side.getByTestId('debrief-view').waitFor();
    expect(await side.getByTestId('candidate-name').textContent()).toBe('Priya Raman');
    await side.close();
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDemo, openExtensionPage, tabIdFor, type DemoLaunched } from './harness';
import { seedDatabase, shiftDates } from './seed-db';
import { INSIGHTS_NOW, INSIGHTS_SEED } from '../fixtures/insights/seed';

/**
 * axe-core on every screen, in light and dark: no serious or critical
 * violation. axe is evaluated through the DevTools protocol, which the
 * extension pages' strict CSP (script-src 'self') does not block.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function seriousViolations(page: Page, include?: string[][]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, include ? { include } : null);
}

const THEMES = ['light', 'dark'] as const;

describe('accessibility (axe-core, demo build)', () => {
  let app: DemoLaunched;
  let host: Page;
  let tabId: number;

  beforeAll(async () => {
    app = await launchDemo();
    host = await app.context.newPage();
    const url = `${app.origin}/demo/candidates/priya-raman`;
    await host.goto(url);
    await host.waitForFunction(() => !!document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent);
    tabId = await tabIdFor(app.context, url);
    // Insights with figures in them, not just the empty state.
    const insights = await openExtensionPage(app.context, app.extensionId, 'insights.html');
    await insights.getByTestId('insights-no-data').waitFor();
    await seedDatabase(insights, shiftDates(INSIGHTS_SEED, Date.now() - INSIGHTS_NOW.getTime()));
    await insights.close();
  });
  afterAll(() => app?.close());

  it.each(THEMES)('the in-page panel (its shadow root), %s', async (theme) => {
    await host.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(host, [['recalibrate-panel']])).toEqual([]);
  });

  /** [view, path ('{tab}' becomes the demo tab's id), what shows once it has rendered] */
  const views: [string, string, string][] = [
    // React's own header, not the name painted first while the views load.
    ['popup', 'popup.html?tabId={tab}', '#root:not([hidden]) [data-testid="candidate-name"]'],
    ['side panel', 'sidepanel.html?tabId={tab}', '#root:not([hidden]) [data-testid="candidate-name"]'],
    ['options', 'options.html', 'h1'],
    ['insights', 'insights.html', '[data-testid="tile-debriefs"]'],
    ['welcome', 'welcome.html', 'h1'],
  ];

  it.each(views)('%s, light and dark', async (_name, path, ready) => {
    const page = await app.context.newPage();
    await page.goto(`chrome-extension://${app.extensionId}/${path.replace('{tab}', String(tabId))}`);
    await page.locator(ready).first().waitFor();
    // Open every "Show as table" so the tables are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const found: Record<string, Violation[]> = {};
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      found[theme] = await seriousViolations(page);
    }
    await page.close();
    expect(found).toEqual({ light: [], dark: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, launch, panelField, waitForPanelName, type Launched } from './harness';
// @ts-expect-error plain JS module shared with `npm run demo`
import { startDemoServer } from '../../scripts/demo-server.mjs';

describe('built-in demo page (demo build)', () => {
  let app: Launched;
  let demo: { origin: string; close(): Promise<void> };
  beforeAll(async () => {
    demo = await startDemoServer(0);
    app = await launch(BUILD_DIRS.demo);
  });
  afterAll(async () => {
    await app?.close();
    await demo?.close();
  });

  it('shows the demo candidate in the panel, then the next one after in-app navigation', async () => {
    const page = await app.context.newPage();
    await page.goto(`${demo.origin}/demo/candidates/priya-raman`);
    await waitForPanelName(page, 'Priya Raman');
    expect(await panelField(page, 'headline')).toBe('Senior Product Designer · 8 years in fintech');
    await page.getByRole('link', { name: 'Tomás Novák' }).click();
    await waitForPanelName(page, 'Tomás Novák');
    expect(await panelField(page, 'headline')).toBe('Staff Backend Engineer · Go, Kubernetes, payments');
  });
});

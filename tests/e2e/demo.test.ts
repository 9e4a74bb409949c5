import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDemo, panelField, waitForPanelName, type DemoLaunched } from './harness';

describe('built-in demo page (demo build)', () => {
  let app: DemoLaunched;
  beforeAll(async () => {
    app = await launchDemo();
  });
  afterAll(() => app?.close());

  it('shows the demo candidate in the panel, then the next one after in-app navigation', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.origin}/demo/candidates/priya-raman`);
    await waitForPanelName(page, 'Priya Raman');
    expect(await panelField(page, 'headline')).toBe('Senior Product Designer · 8 years in fintech');
    await page.getByRole('link', { name: 'Tomás Novák' }).click();
    await waitForPanelName(page, 'Tomás Novák');
    expect(await panelField(page, 'headline')).toBe('Staff Backend Engineer · Go, Kubernetes, payments');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickPanelButton, launchDemo, openExtensionPage, panelField, tabIdFor, waitForPanelName, type DemoLaunched } from './harness';

/**
 * The whole recalibration workflow in real Chromium, on the demo ATS page:
 * from the in-page panel's button to the copied summary in the side panel,
 * then the same debrief found in the popup.
 */
const QUOTES = [
  ['She couldn’t give a concrete example of leading a design system.', 'Maya Chen', 'Leadership', 'Negative'],
  ['Her portfolio was the strongest we have seen this year.', 'Maya Chen', 'Craft', 'Positive'],
  ['Answers were long and rambling; we lost the thread.', 'Leo Park', 'Communication', 'Negative'],
] as const;

describe('debrief workflow (demo build)', () => {
  let app: DemoLaunched;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    app = await launchDemo({ privateCopy: true });
    page = await app.context.newPage();
    await page.goto(`${app.origin}/demo/candidates/priya-raman`);
    await waitForPanelName(page, 'Priya Raman');
    tabId = await tabIdFor(app.context, `${app.origin}/demo/candidates/priya-raman`);
  });
  afterAll(() => app?.close());

  it('runs from the panel button to a copied summary in the side panel', async () => {
    expect(await panelField(page, 'status')).toBe('No debrief yet');
    // The panel asks for the side panel; with no open debrief it offers a prominent start.
    await clickPanelButton(page);
    const side = await openExtensionPage(app.context, app.extensionId, `sidepanel.html?tabId=${tabId}`);
    await side.getByTestId('start-prompt').waitFor();
    await side.getByTestId('start-debrief-hero').click();
    await side.getByTestId('debrief-view').waitFor();

    // 1. Capture: three quotes, Enter saves each.
    for (const [quote, who, topic, tone] of QUOTES) {
      await side.getByTestId('quick-capture-who').fill(who);
      await side.getByTestId('quick-capture-topic').fill(topic);
      await side.getByTestId('quick-capture').getByLabel(tone).click();
      await side.getByTestId('quick-capture-quote').fill(quote);
      await side.getByTestId('quick-capture-quote').press('Enter');
    }
    await expect.poll(() => side.getByTestId('feedback-quote').allTextContents()).toEqual(QUOTES.map(([q]) => `“${q}”`));
    // The in-page panel caught up with the new open debrief.
    await expect.poll(() => panelField(page, 'status')).toBe('Debrief open');

    // 2. Diagnose: answers move the ranking, each cause shows its evidence.
    await side.keyboard.press('Alt+ArrowDown');
    await side.getByTestId('cause-ranking').waitFor();
    const answers: [string, string][] = [
      ['rated-strong-found-weak', 'Yes'],
      ['skills-tested', 'No'],
      ['vague-answers', 'Yes'],
      ['late-or-rescheduled', 'No'],
      ['off-form', 'Not sure'],
    ];
    for (const [id, answer] of answers) {
      const group = side.getByTestId(`evidence-${id}`);
      if (!(await group.isVisible())) await group.locator('xpath=ancestor::details').locator('summary').click();
      await group.getByLabel(answer, { exact: true }).click();
    }
    await expect.poll(() => side.getByTestId('cause').first().getAttribute('data-cause')).toBe('assessment');
    const top = side.getByTestId('cause').first();
    expect(await top.getByTestId('evidence-line').first().textContent()).toContain('weak in a competency you had rated strong');
    expect(Number((await top.getByTestId('cause-percent').textContent())!.replace('%', ''))).toBeGreaterThan(50);

    // 3. Confirm: the recruiter's call.
    await side.getByTestId('step-confirm').click();
    await side.getByTestId('confirm-assessment').locator('input').click();
    await side.getByTestId('confirm-brief').locator('input').click();
    await expect.poll(() => side.getByTestId('step-confirm').getAttribute('aria-label')).toContain('done');

    // 4. Client track: questions chosen by the confirmed causes, a requirement change.
    await side.getByTestId('step-client-track').click();
    await side.getByTestId('client-answer-strong-answer').fill('Walk through one system she built and its adoption.');
    await side.getByTestId('change-detail').fill('Led a design system used by 3+ teams');
    await side.getByTestId('change-add').click();
    await expect.poll(() => side.getByTestId('requirement-change').allTextContents()).toEqual([expect.stringContaining('Led a design system used by 3+ teams')]);

    // 5. Candidate track: a misjudged competency, coaching, the drafted message, status, a milestone.
    await side.getByTestId('step-candidate-track').click();
    const leadership = side.getByTestId('ratings').locator('tbody tr', { hasText: 'Leadership' });
    await leadership.getByTestId('rating-before').selectOption('5');
    await leadership.getByTestId('rating-revealed').selectOption('2');
    await side.getByTestId('misjudged').waitFor();
    await side.getByTestId('coaching-point').first().locator('input').click();
    await side.getByTestId('draft-message').click();
    await expect.poll(() => side.getByTestId('candidate-message-text').inputValue()).toContain('Hi Priya');
    await side.getByTestId('candidate-status').getByLabel('Keep for the next suitable role').click();
    await side.getByTestId('milestone-clientDebriefAt').click();
    await expect.poll(() => side.getByTestId('progress-text').textContent()).toBe('5 of 6 done');

    // 6. Summary: copy it, as the recruiter pastes it into the ATS.
    await side.getByTestId('step-summary').click();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await side.getByTestId('copy-summary-text').click();
    await expect.poll(() => side.getByTestId('notice').textContent()).toContain('Copied the summary as text');
    const copied = await side.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Interview debrief: Priya Raman');
    expect(copied).toContain(QUOTES[0][0]);
    expect(copied).toContain('Assessment');
    expect(copied).toContain('Led a design system used by 3+ teams');
    expect(copied).toContain('Leadership: rated 5/5 before, interview showed 2/5');
    await side.close();
  });

  it('finds everything in the popup, which resumes where the work stands', async () => {
    const popup = await openExtensionPage(app.context, app.extensionId, `popup.html?tabId=${tabId}`);
    const view = popup.getByTestId('debrief-view');
    await view.waitFor();
    expect(await view.getAttribute('data-step')).toBe('summary');
    const summary = await popup.getByTestId('summary-text').textContent();
    for (const [quote] of QUOTES) expect(summary).toContain(quote);
    expect(summary).toContain('Walk through one system she built and its adoption.');
    expect(summary).toContain('Keep for the next suitable role');
    await popup.getByTestId('step-capture').click();
    expect(await popup.getByTestId('feedback-quote').count()).toBe(3);
    await popup.getByTestId('step-diagnose').click();
    expect(await popup.getByTestId('cause').first().getAttribute('data-cause')).toBe('assessment');
    await popup.getByTestId('step-candidate-track').click();
    expect(await popup.getByTestId('candidate-message-text').inputValue()).toContain('Hi Priya');
    await popup.close();
  });
});

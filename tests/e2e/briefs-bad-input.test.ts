import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, type Launched } from './harness';
// @ts-expect-error plain JS module shared with the screenshot script
import { ACME_JOB_AD } from '../../scripts/brief-seed.mjs';

/**
 * Briefs under bad input: a 200 KB paste, a brief with every field empty,
 * and two tabs editing the same brief at once. Each must end in a clear
 * state where nothing typed is lost.
 */
describe('briefs under bad input', () => {
  let app: Launched;
  let a: Page;

  beforeAll(async () => {
    app = await launch();
    a = await openExtensionPage(app.context, app.extensionId, 'briefs.html');
  });
  afterAll(() => app?.close());

  const briefUrl = () => a.url();
  const values = (page: Page, field: string) =>
    page.getByTestId(`field-${field}`).getByTestId('list-item').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

  it('a brief with every field empty: created, scored 0, every essential question listed; saving needs a change and a reason', async () => {
    await a.getByTestId('new-brief').click();
    await a.getByTestId('create-brief').click();
    await expect.poll(() => a.getByTestId('current-version').textContent()).toBe('1');
    const panel = a.getByTestId('qualification');
    expect(await panel.getByTestId('qual-score').textContent()).toBe('0');
    expect(await panel.getByTestId('qual-badge').textContent()).toBe('Not fully qualified');
    const issues = await panel.getByTestId('qual-issue').allTextContents();
    expect(issues.some((t) => t.startsWith('Job title') && t.includes('What is the exact job title'))).toBe(true);
    expect(issues.some((t) => t.startsWith('Must-have skills') && t.includes('reject a candidate'))).toBe(true);
    expect(issues.length).toBeGreaterThanOrEqual(11);
    expect(await a.getByTestId('save-version').isDisabled()).toBe(true);
    await a.getByTestId('field-title').fill('Head of Data');
    await a.getByTestId('save-version').click();
    expect(await a.getByTestId('save-bar').textContent()).toContain('Say why the brief changed');
    expect(await a.getByTestId('current-version').textContent()).toBe('1');
  });

  it('keeps unsaved edits as a draft across a reload', async () => {
    await a.reload();
    await expect.poll(() => a.getByTestId('field-title').inputValue()).toBe('Head of Data');
    expect(await a.getByTestId('draft-state').textContent()).toContain('Unsaved edits');
    await a.getByTestId('revision-reason').fill('Client call: the role has a name');
    await a.getByTestId('save-version').click();
    await expect.poll(() => a.getByTestId('save-message').textContent()).toBe('Saved as version 2.');
  });

  it('a 200 KB paste is read once, on request, and the page stays usable', async () => {
    const filler = 'Our culture values curiosity, ownership and kindness. '.repeat(3_800);
    const text = `${ACME_JOB_AD}\n${filler}`;
    expect(text.length).toBeGreaterThan(200_000);
    await a.getByTestId('open-paste').click();
    await a.getByTestId('paste-text').fill(text);
    await a.getByTestId('paste-recognise').click();
    await expect.poll(() => a.getByTestId('paste-preview').textContent()).toContain(`${text.length.toLocaleString('en')} characters`);
    // The title is the recruiter's: replacing it is offered, unticked; empty fields are filled.
    const title = a.locator('[data-testid="paste-row"]').filter({ hasText: 'Job title' });
    expect(await title.getAttribute('data-action')).toBe('replace');
    expect(await title.locator('input').isChecked()).toBe(false);
    await a.getByTestId('paste-apply').click();
    expect(await a.getByTestId('field-title').inputValue()).toBe('Head of Data');
    expect(await values(a, 'mustHaves')).toEqual(['Figma', 'User research', 'Fintech experience']);
    // Still responsive: the next keystrokes land at once, and the pasted fields wait as a draft for the save below.
    await a.getByTestId('field-client').fill('Initech');
    expect(await a.getByTestId('field-client').inputValue()).toBe('Initech');
  });

  it('two tabs edit the same brief: different fields merge, the same field asks, nothing is lost', async () => {
    const b = await openExtensionPage(app.context, app.extensionId, briefUrl().replace(/^chrome-extension:\/\/[^/]+\//, ''));
    await expect.poll(() => b.getByTestId('field-title').inputValue()).toBe('Head of Data');
    // Tab A: reporting line and team. Tab B: reporting line (differently) and location.
    await a.getByTestId('field-reportingLine').fill('Chief Data Officer');
    await a.getByTestId('field-team').fill('Data platform');
    await b.getByTestId('field-reportingLine').fill('CTO');
    await b.getByTestId('field-location').fill('Leeds');
    await a.getByTestId('revision-reason').fill('Tab A');
    await a.getByTestId('save-version').click();
    await expect.poll(() => a.getByTestId('save-message').textContent()).toBe('Saved as version 3.');
    await expect.poll(() => b.getByTestId('stale-banner').textContent()).toContain('Version 3 was saved elsewhere');
    await b.getByTestId('revision-reason').fill('Tab B');
    await b.getByTestId('save-version').click();
    const conflict = b.getByTestId('conflict-panel');
    await expect.poll(() => conflict.getByTestId('conflict-field').count()).toBe(1);
    expect(await conflict.textContent()).toContain('Keep yoursCTO');
    expect(await conflict.textContent()).toContain('Keep version 3’sChief Data Officer');
    await expect.poll(() => b.getByTestId('current-version').textContent()).toBe('3');
    await conflict.getByTestId('keep-theirs').check();
    await conflict.getByTestId('resolve-save').click();
    await expect.poll(() => b.getByTestId('save-message').textContent()).toBe('Saved as version 4.');
    expect(await b.getByTestId('field-reportingLine').inputValue()).toBe('Chief Data Officer');
    expect(await b.getByTestId('field-team').inputValue()).toBe('Data platform');
    expect(await b.getByTestId('field-location').inputValue()).toBe('Leeds');
    expect(await values(b, 'mustHaves')).toEqual(['Figma', 'User research', 'Fintech experience']);
    // Different fields only: the second save combines without asking.
    await expect.poll(() => a.getByTestId('current-version').textContent()).toBe('4');
    await a.getByTestId('field-whyJoin').fill('Build the data team from scratch');
    await b.getByTestId('field-personality').fill('Calm under pressure, explains trade-offs');
    await a.getByTestId('revision-reason').fill('Why join');
    await a.getByTestId('save-version').click();
    await expect.poll(() => a.getByTestId('save-message').textContent()).toBe('Saved as version 5.');
    await b.getByTestId('revision-reason').fill('Personality');
    await b.getByTestId('save-version').click();
    await expect.poll(() => b.getByTestId('save-message').textContent()).toBe('Saved as version 6, combined with version 5 saved in another tab: both sets of edits are kept.');
    await expect.poll(() => a.getByTestId('field-personality').inputValue()).toBe('Calm under pressure, explains trade-offs');
    expect(await a.getByTestId('field-whyJoin').inputValue()).toBe('Build the data team from scratch');
  });
});

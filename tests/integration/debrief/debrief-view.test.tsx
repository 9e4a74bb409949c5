import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DebriefView } from '@/components/debrief/DebriefView';
import { db } from '@/storage/db';
import { getDebrief, patchDebrief } from '@/storage/debriefs';
import { setDebriefText } from '@/storage/debrief-edits';
import { useAppStore } from '@/stores/app-store';
import type { CandidateRecord } from '@/storage/types';
import { candidate, freshDb, seededDebrief } from './helpers';

// IndexedDB round trips (fake, but asynchronous) are slow on a busy machine: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  await freshDb();
  useAppStore.setState({ stepByDebrief: {}, openDebriefId: null, notice: null });
});
afterEach(cleanup);

async function show(id: string, c: CandidateRecord | null = candidate(), mode: 'popup' | 'sidepanel' = 'popup') {
  render(<DebriefView debriefId={id} candidate={c} mode={mode} tabId={null} onBack={() => undefined} />);
  return screen.findByTestId('debrief-view');
}

describe('debrief view', () => {
  it('explains what is missing in an empty debrief, and resumes at the first step', async () => {
    const d = await seededDebrief();
    await patchDebrief(d.id, { clientCompany: '', roleTitle: '' });
    const view = await show(d.id);
    await screen.findByText('Add the client company.');
    expect(screen.getByText('Add the role title.')).toBeTruthy();
    expect(screen.getByTestId('progress-text').textContent).toBe('0 of 6 done');
    expect(view.dataset.step).toBe('capture');
    expect(screen.getByTestId('feedback-empty')).toBeTruthy();
  });

  it('shows an edit made elsewhere in a field nobody is typing in', async () => {
    const d = await seededDebrief();
    await show(d.id);
    const notes = (await screen.findByTestId('debrief-notes')) as HTMLTextAreaElement;
    await act(() => setDebriefText(d.id, 'notes', 'Written in the side panel'));
    await waitFor(() => expect(notes.value).toBe('Written in the side panel'));
  });

  it('never replaces what the recruiter is typing, and catches up once they leave the field', async () => {
    const d = await seededDebrief();
    await show(d.id);
    const notes = (await screen.findByTestId('debrief-notes')) as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'My own words' } });
    await waitFor(async () => expect((await getDebrief(d.id))!.notes).toBe('My own words'));
    await act(() => setDebriefText(d.id, 'notes', 'Changed in the other view'));
    await new Promise((r) => setTimeout(r, 100));
    expect(notes.value).toBe('My own words');
    fireEvent.blur(notes);
    await waitFor(() => expect(notes.value).toBe('Changed in the other view'));
  });

  it('keeps 50,000+ characters of notes with a warning, without slowing typing down', async () => {
    const d = await seededDebrief();
    await show(d.id);
    const notes = await screen.findByTestId('debrief-notes');
    const huge = 'The client said the portfolio was strong. '.repeat(1_200) + 'To be fair, she was nervous.';
    const started = performance.now();
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: huge } });
    expect(performance.now() - started).toBeLessThan(250);
    expect(huge.length).toBeGreaterThan(50_000);
    await screen.findByText(/50,\d{3} characters: all kept/);
    await waitFor(async () => expect((await getDebrief(d.id))!.notes).toBe(huge));
    // The justification check runs once typing pauses, on the whole text.
    await screen.findByTestId('justification-flag', {}, { timeout: 2_000 });
  });

  it('flags defensive phrasing gently, and a dismissed flag stays dismissed', async () => {
    const d = await seededDebrief();
    await setDebriefText(d.id, 'notes', 'To be fair, she was nervous.');
    await show(d.id);
    const flag = await screen.findByTestId('justification-flag');
    expect(within(flag).getByText('To be fair').tagName).toBe('MARK');
    fireEvent.click(within(flag).getByRole('button', { name: /Dismiss/ }));
    await waitFor(() => expect(screen.queryByTestId('justification-flag')).toBeNull());
    expect((await getDebrief(d.id))!.dismissedFlags).toHaveLength(1);
  });

  it('renders emoji and right-to-left names as text, in their own direction', async () => {
    const name = 'مريم 🌟 Haddad';
    const d = await seededDebrief(candidate({ name }));
    await show(d.id, candidate({ name }));
    const heading = await screen.findByTestId('candidate-name');
    expect(heading.textContent).toBe(name);
    expect(heading.getAttribute('dir')).toBe('auto');
  });

  it('works from its own data when the candidate record is gone', async () => {
    const d = await seededDebrief();
    await db().candidates.clear();
    await show(d.id, null);
    expect((await screen.findByTestId('candidate-name')).textContent).toBe('Candidate no longer in your records');
    expect(screen.getByTestId('debrief-role').textContent).toBe('Lead Product Designer at Acme Bank');
  });

  it('says so when the debrief was erased, instead of crashing', async () => {
    render(<DebriefView debriefId="missing" candidate={candidate()} mode="popup" tabId={null} onBack={() => undefined} />);
    await screen.findByText('This debrief no longer exists');
  });

  it('opens a damaged record written by an older version', async () => {
    const d = await seededDebrief();
    const { track2: _t, evidence: _e, milestones: _m, ...damaged } = (await getDebrief(d.id))!;
    await db().debriefs.put(damaged as never);
    const view = await show(d.id);
    expect(view.dataset.step).toBe('capture');
  });

  it('moves between steps with Alt+↓ / Alt+↑ from anywhere, and j / k outside text fields', async () => {
    const d = await seededDebrief();
    const view = await show(d.id, candidate(), 'sidepanel');
    const notes = await screen.findByTestId('debrief-notes');
    fireEvent.keyDown(notes, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(view.dataset.step).toBe('diagnose'));
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(() => expect(view.dataset.step).toBe('confirm'));
    fireEvent.keyDown(document.body, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(view.dataset.step).toBe('diagnose'));
    expect(document.activeElement?.id).toBe('step-h');
  });

  it('diagnoses live: answers move the ranking and show the evidence behind each cause', async () => {
    const d = await seededDebrief();
    useAppStore.getState().setStep(d.id, 'diagnose');
    await show(d.id);
    const question = await screen.findByTestId('evidence-late-or-rescheduled');
    fireEvent.click(within(question).getByLabelText('Yes'));
    await waitFor(() => expect(screen.getAllByTestId('evidence-line')[0]!.textContent).toContain('late'));
    expect(screen.getAllByTestId('cause')[0]!.dataset.cause).toBe('candidate');
  });
});

import { describe, expect, it } from 'vitest';
import { WORKFLOW_STEPS, workflowProgress } from '@/domain/workflow';
import { emptyDebrief, workedDebrief } from './debrief-fixture';

const doneIds = (p: ReturnType<typeof workflowProgress>) => p.steps.filter((s) => s.done).map((s) => s.id);

describe('workflowProgress', () => {
  it('lists the six steps in order', () => {
    expect(WORKFLOW_STEPS.map((s) => s.id)).toEqual(['capture', 'diagnose', 'confirm', 'client-track', 'candidate-track', 'summary']);
  });

  it('starts at capture with nothing done', () => {
    const p = workflowProgress(emptyDebrief());
    expect(p).toMatchObject({ doneCount: 0, total: 6, percent: 0, next: 'capture' });
    expect(p.steps[0]?.missing).toBe('Capture at least one quote from the client.');
    expect(p.steps[1]?.missing).toBe('Answer a few more evidence questions (0 of 29 so far).');
    expect(p.steps.map((s) => s.gap?.code)).toEqual(['no-quote', 'more-evidence', 'no-cause', 'no-client-answer', 'reassess-and-feedback', 'not-closed']);
    expect(p.steps[1]?.gap).toEqual({ code: 'more-evidence', answered: 0, total: 29 });
  });

  it('a worked debrief has everything but the summary done', () => {
    const p = workflowProgress(workedDebrief());
    expect(doneIds(p)).toEqual(['capture', 'diagnose', 'confirm', 'client-track', 'candidate-track']);
    expect(p).toMatchObject({ doneCount: 5, percent: 83, next: 'summary' });
  });

  it('closing finishes it', () => {
    expect(workflowProgress(workedDebrief({ status: 'closed' }))).toMatchObject({ doneCount: 6, percent: 100, next: null });
  });

  it('next is the first step not done, even when later steps are done', () => {
    const d = workedDebrief({ feedback: [] });
    const p = workflowProgress(d);
    expect(p.next).toBe('capture');
    expect(p.doneCount).toBe(4);
  });

  it.each([
    ['blank quotes do not count as captured', { feedback: [{ id: 'f', quote: '  ', saidBy: '', topic: '', sentiment: 'neutral' as const }] }, 'capture'],
    ['four answers are not enough to diagnose', { evidence: { 'off-form': 'no' as const, unprepared: 'no' as const, 'cv-gap': 'yes' as const, 'fit-doubts': 'unsure' as const } }, 'diagnose'],
    ['no confirmed cause', { confirmedCauses: [] }, 'confirm'],
    ['blank track 1 answers and no changes', { track1: { timeline: ' ' }, proposedChanges: [] }, 'client-track'],
  ])('%s', (_name, overrides, notDone) => {
    expect(doneIds(workflowProgress(workedDebrief(overrides)))).not.toContain(notDone);
  });

  it.each<[string, { revealed: boolean; message: string; feedbackAt?: string }, boolean, string]>([
    ['re-assessed and message drafted', { revealed: true, message: 'Hi' }, true, ''],
    ['re-assessed and feedback given by phone', { revealed: true, message: '', feedbackAt: '2025-03-03T18:00:00Z' }, true, ''],
    ['message but no re-assessment', { revealed: false, message: 'Hi' }, false, 'Re-assess at least one competency.'],
    ['re-assessment but no feedback', { revealed: true, message: ' ' }, false, 'Draft the feedback to the candidate.'],
    ['neither', { revealed: false, message: '' }, false, 'Re-assess at least one competency and draft the feedback to the candidate.'],
  ])('candidate track: %s', (_name, { revealed, message, feedbackAt }, done, missing) => {
    const base = workedDebrief();
    const d = workedDebrief({
      track2: { ...base.track2, candidateMessage: message, ratings: [{ competency: 'SQL', before: 4, revealed: revealed ? 2 : null }] },
      milestones: { ...base.milestones, candidateFeedbackAt: feedbackAt },
    });
    const step = workflowProgress(d).steps.find((s) => s.id === 'candidate-track');
    expect(step).toMatchObject({ done, missing });
  });
});

import { describe, expect, it } from 'vitest';
import type { Debrief } from '@/domain/debrief';
import { validateDebriefDraft } from '@/domain/debrief-validation';
import { hasErrors } from '@/domain/validation';
import { NOW, emptyDebrief, workedDebrief } from './debrief-fixture';

const messages = (draft: unknown) => validateDebriefDraft(draft, NOW).map((i) => `${i.severity} ${i.path}: ${i.message}`);

describe('validateDebriefDraft', () => {
  it('accepts a complete debrief', () => {
    expect(validateDebriefDraft(workedDebrief(), NOW)).toEqual([]);
  });

  it('accepts a fresh debrief that names client and role', () => {
    expect(validateDebriefDraft(emptyDebrief(), NOW)).toEqual([]);
  });

  it.each<[string, Partial<Debrief>, string]>([
    ['missing client', { clientCompany: '  ' }, 'error clientCompany: Add the client company.'],
    ['missing role', { roleTitle: '' }, 'error roleTitle: Add the role title.'],
    ['no candidate', { candidateKey: '' }, 'error candidateKey: This debrief is not linked to a candidate.'],
    ['role too long', { roleTitle: 'x'.repeat(201) }, 'error roleTitle: The role title is too long (over 200 characters).'],
    ['no interview date', { interviewAt: '' }, 'error interviewAt: Add the interview date and time.'],
    ['garbage date', { interviewAt: 'next tuesday' }, 'error interviewAt: The interview date is not a valid date.'],
    ['date 2 days ahead', { interviewAt: '2025-03-06T09:00:00.000Z' }, 'error interviewAt: The interview date is more than a day in the future; a debrief follows an interview that has happened.'],
    ['date two years back', { interviewAt: '2023-01-01T09:00:00.000Z' }, 'warning interviewAt: The interview was more than a year ago; check the date.'],
    ['unknown stage', { stage: 'fifth' as Debrief['stage'] }, 'error stage: Choose the interview stage.'],
    ['unknown outcome', { outcome: 'hired' as Debrief['outcome'] }, 'error outcome: Choose the outcome: rejected, on hold, another round or not decided yet.'],
    ['blank interviewer', { interviewers: ['Priya', ' '] }, 'error interviewers.1: Interviewer 2 has no name.'],
    ['unknown cause', { confirmedCauses: ['luck' as 'brief'] }, 'error confirmedCauses.0: “luck” is not one of the four causes.'],
    ['bad evidence answer', { evidence: { 'off-form': 'maybe' as 'yes' } }, 'error evidence.off-form: Answer yes, no or not sure.'],
    ['bad status', { status: 'archived' as 'open' }, 'error status: The debrief must be open or closed.'],
    ['milestone before interview', { milestones: { candidateFeedbackAt: '2025-03-02T09:00:00.000Z' } }, 'warning milestones.candidateFeedbackAt: The candidate feedback date is before the interview.'],
    ['milestone garbage', { milestones: { newPlanSentAt: 'soon' } }, 'error milestones.newPlanSentAt: The new plan date is not a valid date.'],
    ['empty change', { proposedChanges: [{ id: 'c', kind: 'other', detail: '' }] }, 'error proposedChanges.0.detail: Describe change 1 (for example, the skill to add).'],
  ])('%s', (_name, overrides, expected) => {
    expect(messages(emptyDebrief(overrides))).toEqual([expected]);
  });

  it.each<[string, Debrief['feedback'][number], string[]]>([
    ['empty quote', { id: 'f1', quote: ' ', saidBy: 'Priya', topic: 'SQL', sentiment: 'negative' }, ['error feedback.0.quote: Feedback item 1 has no quote: write what the client said, in their words.']],
    ['quote over 5,000 characters', { id: 'f1', quote: 'a'.repeat(5_001), saidBy: 'Priya', topic: 'SQL', sentiment: 'negative' }, ['error feedback.0.quote: Feedback item 1 is 5,001 characters; keep a quote under 5,000 by splitting it into several items.']],
    ['quote of exactly 5,000 emoji', { id: 'f1', quote: '🙂'.repeat(5_000), saidBy: 'Priya', topic: 'SQL', sentiment: 'negative' }, []],
    ['no speaker or topic', { id: 'f1', quote: 'Weak SQL', saidBy: '', topic: '', sentiment: 'negative' }, ['warning feedback.0.saidBy: Feedback item 1: who said it?', 'warning feedback.0.topic: Feedback item 1: which competency or topic is it about?']],
    ['bad sentiment', { id: 'f1', quote: 'Weak SQL', saidBy: 'P', topic: 'SQL', sentiment: 'angry' as 'negative' }, ['error feedback.0.sentiment: Feedback item 1: mark it positive, negative or neutral.']],
  ])('feedback: %s', (_name, item, expected) => {
    expect(messages(emptyDebrief({ feedback: [item] }))).toEqual(expected);
  });

  it('flags duplicate feedback ids', () => {
    const f = { id: 'same', quote: 'q', saidBy: 'P', topic: 'T', sentiment: 'neutral' as const };
    expect(messages(emptyDebrief({ feedback: [f, f] }))).toEqual(['error feedback.1.id: Feedback item 2 has the same id as an earlier one.']);
  });

  it('checks ratings and candidate status', () => {
    const d = workedDebrief();
    d.track2 = { ...d.track2, ratings: [{ competency: 'SQL', before: 7 as 5, revealed: null }, { competency: '', before: null, revealed: 2 }], candidateStatus: 'gone' as 'withdrawn' };
    expect(messages(d)).toEqual([
      'error track2.ratings.0.before: Your rating for “SQL” must be 1 to 5.',
      'error track2.ratings.1.competency: Name competency 2.',
      "error track2.candidateStatus: Choose the candidate's status.",
    ]);
  });

  it('keeps 50,000+ characters of notes but suggests structuring them', () => {
    const issues = validateDebriefDraft(emptyDebrief({ notes: 'n'.repeat(50_001) }), NOW);
    expect(issues).toEqual([
      { path: 'notes', severity: 'warning', code: 'notesLong', params: [50_001], message: "Your notes are 50,001 characters. They are all kept; consider moving the client's words into feedback items." },
    ]);
    expect(hasErrors(issues)).toBe(false);
  });

  it.each([null, undefined, 'debrief', 42, []])('never throws on %j', (junk) => {
    expect(() => validateDebriefDraft(junk, NOW)).not.toThrow();
    expect(hasErrors(validateDebriefDraft(junk, NOW))).toBe(true);
  });

  it('never throws on a record with every field damaged', () => {
    const damaged = { feedback: [null, 3], interviewers: [null], track2: { ratings: [null] }, milestones: { clientDebriefAt: 5 }, proposedChanges: [null], evidence: 'x', confirmedCauses: 'x' };
    expect(() => validateDebriefDraft(damaged, NOW)).not.toThrow();
    expect(messages(damaged)).toContain('error feedback.0: Feedback item 1 is empty.');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { getDebrief } from '@/storage/debriefs';
import { addFeedbackItem } from '@/storage/debriefs';
import {
  addCompetency,
  addRequirementChange,
  dismissFlag,
  removeRequirementChange,
  setCauseConfirmed,
  setCoachingPoint,
  setDebriefText,
  setEvidenceAnswer,
  setMilestone,
  setRating,
  splitNames,
  textAt,
} from '@/storage/debrief-edits';
import { DEFAULT_COMPETENCIES } from '@/domain/coaching';
import { freshDb, seededDebrief } from './helpers';

beforeEach(freshDb);

describe('debrief edits', () => {
  it('starts a debrief from the candidate’s page job', async () => {
    const d = await seededDebrief();
    expect(d).toMatchObject({ clientCompany: 'Acme Bank', roleTitle: 'Lead Product Designer', status: 'open' });
  });

  it('saves every kind of text path and reads it back', async () => {
    const d = await seededDebrief();
    await addFeedbackItem(d.id, { quote: 'Vague', saidBy: '', topic: '', sentiment: 'negative' });
    const itemId = (await getDebrief(d.id))!.feedback[0]!.id;
    await addRequirementChange(d.id, { kind: 'add-must-have', detail: 'Figma' });
    const changeId = (await getDebrief(d.id))!.proposedChanges[0]!.id;
    const paths: [string, string][] = [
      ['clientCompany', 'Acme Bank plc'],
      ['roleTitle', 'Head of Design'],
      ['notes', 'مرحبا — notes with emoji 🎯'],
      ['track2.candidateMessage', 'Hi Priya'],
      ['track1.what-changed', 'Team reorganised'],
      ['track2.motivation.why-move', 'Growth'],
      [`feedback.${itemId}.quote`, 'Her answers were vague'],
      [`feedback.${itemId}.saidBy`, 'Maya Chen'],
      [`proposedChanges.${changeId}.detail`, 'Figma at scale'],
    ];
    for (const [path, text] of paths) await setDebriefText(d.id, path, text);
    const stored = (await getDebrief(d.id))!;
    for (const [path, text] of paths) expect(textAt(stored, path)).toBe(text);
  });

  it('splits interviewers typed on one line', async () => {
    expect(splitNames(' Maya Chen, Leo Park;; Zoë ')).toEqual(['Maya Chen', 'Leo Park', 'Zoë']);
    const d = await seededDebrief();
    await setDebriefText(d.id, 'interviewers', 'Maya Chen, Leo Park,');
    expect((await getDebrief(d.id))!.interviewers).toEqual(['Maya Chen', 'Leo Park']);
  });

  it('drops a text edit for a feedback item removed in another view, keeping the rest', async () => {
    const d = await seededDebrief();
    await setDebriefText(d.id, 'feedback.gone.quote', 'late words');
    expect((await getDebrief(d.id))!.feedback).toEqual([]);
  });

  it('two views editing different fields at once do not undo each other', async () => {
    const d = await seededDebrief();
    await Promise.all([
      setDebriefText(d.id, 'notes', 'popup notes'),
      setDebriefText(d.id, 'track1.timeline', 'side panel answer'),
      setEvidenceAnswer(d.id, 'off-form', 'yes'),
      setCauseConfirmed(d.id, 'client', true),
    ]);
    const stored = (await getDebrief(d.id))!;
    expect(stored.notes).toBe('popup notes');
    expect(stored.track1.timeline).toBe('side panel answer');
    expect(stored.evidence['off-form']).toBe('yes');
    expect(stored.confirmedCauses).toEqual(['client']);
  });

  it('clears an evidence answer by replacing the map', async () => {
    const d = await seededDebrief();
    await setEvidenceAnswer(d.id, 'off-form', 'yes');
    await setEvidenceAnswer(d.id, 'late-or-rescheduled', 'no');
    await setEvidenceAnswer(d.id, 'off-form', null);
    expect((await getDebrief(d.id))!.evidence).toEqual({ 'late-or-rescheduled': 'no' });
  });

  it('keeps confirmed causes in priority order', async () => {
    const d = await seededDebrief();
    await setCauseConfirmed(d.id, 'candidate', true);
    await setCauseConfirmed(d.id, 'assessment', true);
    await setCauseConfirmed(d.id, 'brief', true);
    await setCauseConfirmed(d.id, 'candidate', false);
    expect((await getDebrief(d.id))!.confirmedCauses).toEqual(['assessment', 'brief']);
  });

  it('turns the suggested competencies into stored rows on the first rating, and adds new ones once', async () => {
    const d = await seededDebrief();
    await setRating(d.id, 'Communication', 'before', 5);
    await setRating(d.id, 'Communication', 'revealed', 2);
    await addCompetency(d.id, 'Figma');
    await addCompetency(d.id, 'figma');
    const ratings = (await getDebrief(d.id))!.track2.ratings;
    expect(ratings.map((r) => r.competency)).toEqual([...DEFAULT_COMPETENCIES, 'Figma']);
    expect(ratings.find((r) => r.competency === 'Communication')).toEqual({ competency: 'Communication', before: 5, revealed: 2 });
  });

  it('adds and removes requirement changes and coaching points', async () => {
    const d = await seededDebrief();
    await addRequirementChange(d.id, { kind: 'change-seniority', detail: '  Senior, not lead ' });
    const [change] = (await getDebrief(d.id))!.proposedChanges;
    expect(change).toMatchObject({ kind: 'change-seniority', detail: 'Senior, not lead' });
    await removeRequirementChange(d.id, change!.id);
    await setCoachingPoint(d.id, 'star-answers', true);
    await setCoachingPoint(d.id, 'Practise the portfolio walk-through', true);
    await setCoachingPoint(d.id, 'star-answers', false);
    const stored = (await getDebrief(d.id))!;
    expect(stored.proposedChanges).toEqual([]);
    expect(stored.track2.coachingPoints).toEqual(['Practise the portfolio walk-through']);
  });

  it('sets and undoes milestones, and remembers dismissed flags once each', async () => {
    const d = await seededDebrief();
    await setMilestone(d.id, 'candidateFeedbackAt', '2026-03-03T12:00:00.000Z');
    await setMilestone(d.id, 'clientDebriefAt', '2026-03-03T11:00:00.000Z');
    await setMilestone(d.id, 'candidateFeedbackAt', null);
    await dismissFlag(d.id, 'to-be-fair:to be fair');
    await dismissFlag(d.id, 'to-be-fair:to be fair');
    const stored = (await getDebrief(d.id))!;
    expect(stored.milestones).toEqual({ clientDebriefAt: '2026-03-03T11:00:00.000Z' });
    expect(stored.dismissedFlags).toEqual(['to-be-fair:to be fair']);
  });
});

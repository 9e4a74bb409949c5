import { describe, expect, it } from 'vitest';
import { INTERVIEW_STAGES, OUTCOMES, newDebrief } from '@/domain/debrief';

const NOW = new Date('2025-03-04T09:00:00.000Z');

describe('newDebrief', () => {
  it('fills every field with a sensible default', () => {
    const d = newDebrief({ id: 'd1', candidateKey: 'linkedin:jane-doe' }, NOW);
    expect(d).toEqual({
      id: 'd1',
      candidateKey: 'linkedin:jane-doe',
      clientCompany: '',
      roleTitle: '',
      interviewAt: '2025-03-04T09:00:00.000Z',
      stage: 'first',
      interviewers: [],
      outcome: 'undecided',
      feedback: [],
      evidence: {},
      confirmedCauses: [],
      track1: {},
      proposedChanges: [],
      track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'in-process' },
      milestones: {},
      createdAt: '2025-03-04T09:00:00.000Z',
      updatedAt: '2025-03-04T09:00:00.000Z',
      status: 'open',
    });
  });

  it('keeps what it is given, tidied', () => {
    const d = newDebrief(
      {
        id: 'd2',
        candidateKey: 'greenhouse:123',
        clientCompany: '  Acme ',
        roleTitle: 'مهندس بيانات',
        interviewAt: '2025-03-03T10:00:00.000Z',
        stage: 'final',
        interviewers: [' Priya ', '', '  '],
        outcome: 'rejected',
      },
      NOW,
    );
    expect(d).toMatchObject({
      clientCompany: 'Acme',
      roleTitle: 'مهندس بيانات',
      interviewAt: '2025-03-03T10:00:00.000Z',
      stage: 'final',
      interviewers: ['Priya'],
      outcome: 'rejected',
    });
  });

  it('returns fresh collections each time (no shared mutable defaults)', () => {
    const a = newDebrief({ id: 'a', candidateKey: 'x:1' }, NOW);
    const b = newDebrief({ id: 'b', candidateKey: 'x:1' }, NOW);
    a.feedback.push({ id: 'f', quote: 'q', saidBy: '', topic: '', sentiment: 'neutral' });
    a.track2.ratings.push({ competency: 'c', before: 3, revealed: null });
    expect(b.feedback).toEqual([]);
    expect(b.track2.ratings).toEqual([]);
  });

  it('has labels for every stage and outcome', () => {
    expect(Object.keys(INTERVIEW_STAGES)).toEqual(['screening', 'first', 'second', 'technical', 'final', 'other']);
    expect(Object.keys(OUTCOMES)).toEqual(['rejected', 'on-hold', 'another-round', 'undecided']);
  });
});

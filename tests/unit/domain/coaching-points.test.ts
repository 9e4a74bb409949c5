import { describe, expect, it } from 'vitest';
import { COACHING_POINTS, coachingPoint, resolveCoachingPoint, suggestCoachingPoints } from '@/domain/coaching-points';
import type { FeedbackItem } from '@/domain/debrief';

let n = 0;
const item = (topic: string, quote: string, sentiment: FeedbackItem['sentiment'] = 'negative'): FeedbackItem => ({
  id: `f${++n}`, topic, quote, saidBy: 'Priya', sentiment,
});
const ids = (feedback: FeedbackItem[]) => suggestCoachingPoints(feedback).map((s) => s.point.id);

describe('the coaching catalogue', () => {
  it('covers the interview skills a recruiter coaches', () => {
    const all = COACHING_POINTS.map((p) => p.id);
    for (const id of ['star-answers', 'research-company', 'ask-questions', 'salary-conversation', 'concise-answers']) expect(all).toContain(id);
    expect(new Set(all).size).toBe(all.length);
    for (const p of COACHING_POINTS) expect(p.tip.length).toBeGreaterThan(30);
  });
});

describe('suggestCoachingPoints', () => {
  it.each<[string, FeedbackItem[], string[]]>([
    ['vague answers → STAR', [item('Examples', 'Answers were vague, no concrete examples')], ['star-answers']],
    ['did not research us', [item('Preparation', "He hadn't researched the company at all")], ['research-company']],
    ['no questions', [item('Curiosity', "Didn't ask a single question at the end")], ['ask-questions']],
    ['salary came up badly', [item('Package', 'Salary expectations way above the band')], ['salary-conversation']],
    ['late and camera off', [item('Logistics', 'Joined late with the camera off')], ['video-setup', 'logistics']],
    ['positive feedback suggests nothing', [item('Communication', 'Rambled a lot', 'positive')], []],
    ['"star" does not match "start"', [item('', 'Slow start to the call')], []],
    ['nothing negative', [], []],
  ])('%s', (_name, feedback, expected) => {
    expect(ids(feedback)).toEqual(expected);
  });

  it('ranks by how many negative items point to it, then catalogue order', () => {
    const feedback = [
      item('Communication', 'Rambled and went off on tangents'),
      item('System design', 'Lost on the design exercise, no depth'),
      item('Communication', 'Not concise'),
    ];
    const suggestions = suggestCoachingPoints(feedback);
    expect(suggestions[0]).toMatchObject({ point: { id: 'concise-answers' }, feedbackIds: [feedback[0]!.id, feedback[2]!.id] });
    expect(suggestions.map((s) => s.point.id)).toEqual(['concise-answers', 'technical-refresh']);
  });
});

describe('resolveCoachingPoint', () => {
  it.each([
    ['star-answers', { id: 'star-answers', title: 'Answer with examples (STAR)' }],
    ['  Practise the whiteboard exercise ', { id: null, title: 'Practise the whiteboard exercise', tip: '' }],
  ])('%j', (ref, expected) => {
    expect(resolveCoachingPoint(ref)).toMatchObject(expected);
  });

  it('looks points up by id', () => {
    expect(coachingPoint('logistics')?.title).toBe('Logistics and timing');
    expect(coachingPoint('nope')).toBeUndefined();
  });
});

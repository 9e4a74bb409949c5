import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '@/domain/diagnosis/causes';
import { CLIENT_QUESTIONS, questionsFor, track1Progress } from '@/domain/recalibration';

describe('the client question bank', () => {
  it('has unique ids', () => {
    expect(new Set(CLIENT_QUESTIONS.map((q) => q.id)).size).toBe(CLIENT_QUESTIONS.length);
  });

  it.each(CAUSE_IDS.map((c) => [c]))('offers at least 6 questions for %s, including a market prompt', (cause) => {
    const mine = CLIENT_QUESTIONS.filter((q) => q.causes.includes(cause));
    expect(mine.length).toBeGreaterThanOrEqual(6);
    expect(mine.some((q) => q.kind === 'market')).toBe(true);
  });

  it('asks questions, not statements', () => {
    for (const q of CLIENT_QUESTIONS) expect(q.text.trim().endsWith('?'), q.id).toBe(true);
  });
});

describe('questionsFor', () => {
  const ids = (causes: CauseId[], order?: CauseId[]) => questionsFor(causes, order).map((q) => q.id);
  const countFor = (cause: CauseId) => CLIENT_QUESTIONS.filter((q) => q.causes.includes(cause)).length;

  it.each<[CauseId[], number]>([
    [[], 0],
    [['assessment'], countFor('assessment')],
    [['candidate'], countFor('candidate')],
    [['brief', 'client'], new Set(CLIENT_QUESTIONS.filter((q) => q.causes.some((c) => c === 'brief' || c === 'client')).map((q) => q.id)).size],
    [[...CAUSE_IDS], CLIENT_QUESTIONS.length],
  ])('%j → %i questions, none repeated', (causes, expected) => {
    const list = ids(causes);
    expect(list).toHaveLength(expected);
    expect(new Set(list).size).toBe(list.length);
  });

  it('a question shared by two confirmed causes appears once, under the higher-priority cause', () => {
    const shared = questionsFor(['client', 'brief']).filter((q) => q.id === 'skill-not-in-brief');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.forCause).toBe('brief');
  });

  it('groups by cause in priority order regardless of the order causes were confirmed', () => {
    const causes = questionsFor(['candidate', 'assessment']).map((q) => q.forCause);
    expect(causes.indexOf('candidate')).toBeGreaterThan(causes.lastIndexOf('assessment'));
    expect(ids(['candidate', 'assessment'])).toEqual(ids(['assessment', 'candidate']));
  });

  it('follows a caller-supplied order, e.g. the diagnosis ranking', () => {
    const list = questionsFor(['assessment', 'client'], ['client', 'assessment']);
    expect(list[0]?.forCause).toBe('client');
    expect(list.at(-1)?.forCause).toBe('assessment');
  });

  it('does not lose confirmed causes the caller order forgets', () => {
    expect(questionsFor(['candidate'], ['client']).length).toBe(countFor('candidate'));
  });

  it('ignores unknown causes from old data and duplicates', () => {
    expect(ids(['brief', 'nonsense' as CauseId, 'brief'])).toEqual(ids(['brief']));
  });

  it('keeps bank order within a cause', () => {
    const bankOrder = CLIENT_QUESTIONS.filter((q) => q.causes.includes('brief')).map((q) => q.id);
    expect(ids(['brief'])).toEqual(bankOrder);
  });
});

describe('track1Progress', () => {
  it.each<[Record<string, string>, number]>([
    [{}, 0],
    [{ 'what-changed': 'New CTO wants more cloud' }, 1],
    [{ 'what-changed': '   ', timeline: 'Same, end of quarter' }, 1],
    [{ 'not-selected': 'x' }, 0],
  ])('%j → %i answered', (answers, answered) => {
    const questions = questionsFor(['client']);
    expect(track1Progress(questions, answers)).toEqual({ answered, total: questions.length });
  });
});

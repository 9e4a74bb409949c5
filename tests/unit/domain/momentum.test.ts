import { describe, expect, it } from 'vitest';
import type { Milestones } from '@/domain/debrief';
import {
  DEFAULT_TARGETS,
  countOverdue,
  describeClock,
  formatDuration,
  momentum,
  normaliseTargets,
} from '@/domain/momentum';

const INTERVIEW = '2025-03-03T10:00:00.000Z';
const H = 60 * 60 * 1000;
const at = (hoursAfterInterview: number) => new Date(Date.parse(INTERVIEW) + hoursAfterInterview * H);
const iso = (hoursAfterInterview: number) => at(hoursAfterInterview).toISOString();
const clockOf = (milestones: Milestones, nowHours: number, targets = {}) => momentum({ interviewAt: INTERVIEW, milestones }, at(nowHours), targets);

describe('momentum', () => {
  it('defaults to 24 h for the client debrief and candidate feedback, 48 h for the plan', () => {
    expect(DEFAULT_TARGETS).toEqual({ clientDebriefHours: 24, feedbackHours: 24, planHours: 48 });
    const m = clockOf({}, 1);
    expect(m.milestones.map((c) => c.dueAt)).toEqual([iso(24), iso(24), iso(48)]);
  });

  it.each<[string, Milestones, number, string[], number]>([
    ['an hour after the interview, everything is due', {}, 1, ['due', 'due', 'due'], 0],
    ['a day and a half later, nothing done', {}, 36, ['overdue', 'overdue', 'due'], 2],
    ['client debriefed, feedback given, plan late', { clientDebriefAt: iso(3), candidateFeedbackAt: iso(20) }, 50, ['done', 'done', 'overdue'], 1],
    ['everything done, some of it late', { clientDebriefAt: iso(30), candidateFeedbackAt: iso(30), newPlanSentAt: iso(40) }, 100, ['done', 'done', 'done'], 0],
    ['exactly at the due time is not overdue yet', {}, 24, ['due', 'due', 'due'], 0],
    ['an unparsable milestone counts as not done', { clientDebriefAt: 'soon' }, 30, ['overdue', 'overdue', 'due'], 2],
  ])('%s', (_name, milestones, nowHours, states, overdueCount) => {
    const m = clockOf(milestones, nowHours);
    expect(m.milestones.map((c) => c.state)).toEqual(states);
    expect(m.overdueCount).toBe(overdueCount);
  });

  it('measures elapsed, overdue, remaining and late times', () => {
    const m = clockOf({ clientDebriefAt: iso(30) }, 30.5);
    const [debrief, feedback, plan] = m.milestones;
    expect(debrief).toMatchObject({ state: 'done', doneAt: iso(30), elapsedMs: 30 * H, lateByMs: 6 * H, overdueByMs: 0, remainingMs: 0 });
    expect(feedback).toMatchObject({ state: 'overdue', doneAt: null, elapsedMs: 30.5 * H, overdueByMs: 6.5 * H, remainingMs: 0 });
    expect(plan).toMatchObject({ state: 'due', remainingMs: 17.5 * H, overdueByMs: 0 });
  });

  it('nextDue is the most urgent step not done', () => {
    expect(clockOf({}, 1).nextDue?.id).toBe('clientDebrief');
    expect(clockOf({ clientDebriefAt: iso(2) }, 3).nextDue?.id).toBe('candidateFeedback');
    expect(clockOf({ clientDebriefAt: iso(2), candidateFeedbackAt: iso(5) }, 60).nextDue?.id).toBe('newPlan');
    const allDone = clockOf({ clientDebriefAt: iso(2), candidateFeedbackAt: iso(5), newPlanSentAt: iso(9) }, 60);
    expect(allDone).toMatchObject({ nextDue: null, allDone: true });
  });

  it('targets are configurable, with the settings shape used by storage', () => {
    const m = clockOf({}, 10, { feedbackHours: 8, planHours: 12 });
    expect(m.milestones.map((c) => [c.id, c.targetHours, c.state])).toEqual([
      ['clientDebrief', 24, 'due'],
      ['candidateFeedback', 8, 'overdue'],
      ['newPlan', 12, 'due'],
    ]);
  });

  it('an unusable interview date stops the clock instead of inventing deadlines', () => {
    const m = momentum({ interviewAt: '', milestones: { clientDebriefAt: iso(1) } }, at(100));
    expect(m.overdueCount).toBe(0);
    expect(m.milestones.map((c) => [c.state, c.dueAt])).toEqual([['done', null], ['due', null], ['due', null]]);
  });

  it('is a pure function of its inputs', () => {
    expect(clockOf({ clientDebriefAt: iso(3) }, 30)).toEqual(clockOf({ clientDebriefAt: iso(3) }, 30));
  });
});

describe('normaliseTargets', () => {
  it.each([
    [{}, DEFAULT_TARGETS],
    [{ feedbackHours: 12 }, { ...DEFAULT_TARGETS, feedbackHours: 12 }],
    [{ feedbackHours: 0, planHours: -5, clientDebriefHours: Number.NaN }, DEFAULT_TARGETS],
    [{ planHours: '72' as unknown as number }, DEFAULT_TARGETS],
  ])('%j', (input, expected) => {
    expect(normaliseTargets(input)).toEqual(expected);
  });
});

describe('countOverdue', () => {
  it('counts overdue steps on open debriefs only', () => {
    const open = { interviewAt: INTERVIEW, milestones: {}, status: 'open' as const };
    const closed = { ...open, status: 'closed' as const };
    expect(countOverdue([open, closed, open], at(36))).toBe(4);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '< 1 min'],
    [59_000, '< 1 min'],
    [60_000, '1 min'],
    [45 * 60_000, '45 min'],
    [H, '1 h'],
    [3 * H + 20 * 60_000, '3 h 20 min'],
    [24 * H, '1 d'],
    [52 * H + 59 * 60_000, '2 d 4 h'],
    [-(3 * H + 20 * 60_000), '3 h 20 min'],
    [Number.NaN, '–'],
  ])('%d ms → %j', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('describeClock', () => {
  const [debrief, feedback, plan] = clockOf({ clientDebriefAt: iso(30) }, 31).milestones;
  it.each([
    [debrief, 'done in 1 d 6 h (6 h late)'],
    [feedback, 'overdue by 7 h'],
    [plan, 'due in 17 h'],
  ])('%#', (clock, expected) => {
    expect(describeClock(clock!)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { newDebrief, type Debrief, type Milestones } from '@/domain/debrief';
import {
  REMINDER_EVERY_MS,
  activeSnoozes,
  dueReminders,
  recordNotified,
  reminderKey,
  snoozeEnd,
  type LastNotified,
  type ReminderPreferences,
} from '@/domain/reminders';

const INTERVIEW = '2025-03-03T10:00:00.000Z';
const H = 60 * 60 * 1000;
const at = (hoursAfterInterview: number) => new Date(Date.parse(INTERVIEW) + hoursAfterInterview * H);

function debrief(id: string, milestones: Milestones = {}, overrides: Partial<Debrief> = {}): Debrief {
  return { ...newDebrief({ id, candidateKey: `demo:${id}`, clientCompany: 'Acme', roleTitle: 'Data Engineer', interviewAt: INTERVIEW }, at(0)), milestones, ...overrides };
}

const ON: ReminderPreferences = { enabled: true };
const due = (debriefs: Debrief[], hours: number, preferences = ON, lastNotified: LastNotified = {}) =>
  dueReminders({ debriefs, now: at(hours), preferences, lastNotified });

describe('dueReminders', () => {
  it.each<[string, Milestones, number, string[]]>([
    ['nothing is overdue an hour after the interview', {}, 1, []],
    ['feedback overdue after 24 h (the plan is not due until 48 h)', {}, 25, ['candidateFeedback']],
    ['both overdue after 48 h', {}, 49, ['candidateFeedback', 'newPlan']],
    ['feedback given: only the plan', { candidateFeedbackAt: at(5).toISOString() }, 49, ['newPlan']],
    ['an overdue client debrief alone never notifies', { candidateFeedbackAt: at(5).toISOString(), newPlanSentAt: at(6).toISOString() }, 100, []],
  ])('%s', (_, milestones, hours, expected) => {
    expect(due([debrief('d1', milestones)], hours).flatMap((r) => r.steps.map((s) => s.milestone))).toEqual(expected);
  });

  it('closed debriefs and reminders switched off stay silent', () => {
    expect(due([debrief('d1', {}, { status: 'closed' })], 49)).toEqual([]);
    expect(due([debrief('d1')], 49, { enabled: false })).toEqual([]);
  });

  it('uses the recruiter’s targets', () => {
    const reminders = dueReminders({ debriefs: [debrief('d1')], now: at(13), targets: { feedbackHours: 12 }, preferences: ON, lastNotified: {} });
    expect(reminders[0]?.steps.map((s) => s.milestone)).toEqual(['candidateFeedback']);
  });

  it('orders the most overdue first and carries what the notification needs', () => {
    const late = debrief('late');
    const recent = { ...debrief('recent'), interviewAt: at(20).toISOString() };
    const reminders = due([recent, late], 60);
    expect(reminders.map((r) => r.debriefId)).toEqual(['late', 'recent']);
    expect(reminders[0]).toMatchObject({ candidateKey: 'demo:late', clientCompany: 'Acme', roleTitle: 'Data Engineer' });
    expect(reminders[0]!.steps[0]).toMatchObject({ key: 'late:candidateFeedback', overdueByMs: 36 * H });
  });

  it('a snoozed debrief is silent until the snooze ends, then reminds even within the day', () => {
    const d = debrief('d1');
    const notifiedAt = at(25).toISOString();
    const last = { [reminderKey('d1', 'candidateFeedback')]: notifiedAt };
    const snoozed: ReminderPreferences = { enabled: true, snoozedUntil: { d1: at(26).toISOString() } };
    expect(due([d], 25.5, snoozed, last)).toEqual([]);
    expect(due([d], 26, snoozed, last).map((r) => r.debriefId)).toEqual(['d1']);
    // Without the snooze, the daily limit would have held it back until 49 h.
    expect(due([d], 26, ON, last)).toEqual([]);
  });
});

describe('a day of alarms every 15 minutes (fake clock)', () => {
  it('notifies each step at most once per day', () => {
    const debriefs = [debrief('d1')];
    let last: LastNotified = {};
    const shownAt: string[] = [];
    for (let minutes = 0; minutes <= 3 * 24 * 60; minutes += 15) {
      const now = new Date(at(0).getTime() + minutes * 60_000);
      const reminders = dueReminders({ debriefs, now, preferences: ON, lastNotified: last });
      for (const r of reminders) for (const s of r.steps) shownAt.push(`${s.milestone}@${(now.getTime() - at(0).getTime()) / H}h`);
      last = recordNotified(last, reminders, now);
    }
    // Feedback overdue just after 24 h: reminded at 24.25 h, then a day later; the plan from 48.25 h.
    expect(shownAt).toEqual(['candidateFeedback@24.25h', 'candidateFeedback@48.25h', 'newPlan@48.25h']);
  });

  it('"until tomorrow" skips the rest of the day', () => {
    const debriefs = [debrief('d1')];
    const start = at(30);
    const preferences: ReminderPreferences = { enabled: true, snoozedUntil: { d1: snoozeEnd('tomorrow', start).toISOString() } };
    const quiet = [];
    for (let minutes = 0; minutes < 60 * 12; minutes += 15) {
      const now = new Date(start.getTime() + minutes * 60_000);
      if (now < snoozeEnd('tomorrow', start)) quiet.push(dueReminders({ debriefs, now, preferences, lastNotified: {} }).length);
    }
    expect(quiet.every((n) => n === 0)).toBe(true);
  });
});

describe('bookkeeping', () => {
  it('records shown steps and forgets week-old entries', () => {
    const now = at(200);
    const old = new Date(now.getTime() - 8 * REMINDER_EVERY_MS).toISOString();
    const recent = new Date(now.getTime() - REMINDER_EVERY_MS).toISOString();
    const next = recordNotified({ 'gone:newPlan': old, 'd2:newPlan': recent }, due([debrief('d1')], 200), now);
    expect(next).toEqual({ 'd2:newPlan': recent, 'd1:candidateFeedback': now.toISOString(), 'd1:newPlan': now.toISOString() });
  });

  it('drops ended snoozes', () => {
    expect(activeSnoozes({ a: at(1).toISOString(), b: at(3).toISOString(), c: 'junk' }, at(2))).toEqual({ b: at(3).toISOString() });
    expect(activeSnoozes(undefined, at(2))).toEqual({});
  });

  it('snoozes for an hour, or until 09:00 tomorrow local time', () => {
    const now = new Date(2025, 2, 3, 22, 30); // local time, whatever the zone
    expect(snoozeEnd('hour', now).getTime() - now.getTime()).toBe(H);
    const tomorrow = snoozeEnd('tomorrow', now);
    expect([tomorrow.getDate(), tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([4, 9, 0]);
    const earlyMorning = snoozeEnd('tomorrow', new Date(2025, 2, 31, 0, 10));
    expect([earlyMorning.getMonth(), earlyMorning.getDate(), earlyMorning.getHours()]).toEqual([3, 1, 9]);
  });
});

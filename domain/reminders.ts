import type { Debrief } from './debrief';
import { momentum, type MilestoneId, type MomentumTargets } from './momentum';

/**
 * Which overdue steps deserve a browser notification right now. Only the two
 * promises made to people outside — feedback to the candidate and the new
 * plan to the client — raise reminders; the client debrief is the
 * recruiter's own next call and already shows as overdue in every view.
 *
 * Rules:
 * - reminders off: nothing;
 * - a snoozed debrief is silent until its snooze ends;
 * - each step (debrief × milestone) at most once a day, except that the end
 *   of a snooze the recruiter asked for ("in 1 hour") reminds again.
 */
export const REMINDED_MILESTONES = ['candidateFeedback', 'newPlan'] as const satisfies readonly MilestoneId[];
export type RemindedMilestone = (typeof REMINDED_MILESTONES)[number];

export const REMINDER_EVERY_MS = 24 * 60 * 60 * 1000;
/** A morning hour for "until tomorrow": not midnight, when nobody acts on it. */
export const TOMORROW_HOUR = 9;

export interface ReminderPreferences {
  enabled: boolean;
  /** Debrief id → ISO time until which it stays silent. */
  snoozedUntil?: Record<string, string>;
}

/** Step key → ISO time of its last notification. */
export type LastNotified = Record<string, string>;

export interface OverdueStep {
  milestone: RemindedMilestone;
  key: string;
  overdueByMs: number;
}

export interface DueReminder {
  debriefId: string;
  candidateKey: string;
  clientCompany: string;
  roleTitle: string;
  steps: OverdueStep[];
}

export const reminderKey = (debriefId: string, milestone: RemindedMilestone): string => `${debriefId}:${milestone}`;

type RemindableDebrief = Pick<Debrief, 'id' | 'candidateKey' | 'clientCompany' | 'roleTitle' | 'interviewAt' | 'milestones' | 'status'>;

export interface DueRemindersInput {
  debriefs: readonly RemindableDebrief[];
  now: Date;
  targets?: Partial<MomentumTargets>;
  preferences: ReminderPreferences;
  lastNotified: LastNotified;
}

/** Debriefs with at least one step to remind about now, most overdue first. */
export function dueReminders({ debriefs, now, targets = {}, preferences, lastNotified }: DueRemindersInput): DueReminder[] {
  if (!preferences.enabled) return [];
  const nowMs = now.getTime();
  const reminders: DueReminder[] = [];
  for (const d of debriefs) {
    if (d.status !== 'open') continue;
    const snoozeMs = parse(preferences.snoozedUntil?.[d.id]);
    if (snoozeMs !== null && nowMs < snoozeMs) continue;
    const clocks = momentum(d, now, targets).milestones;
    const steps = REMINDED_MILESTONES.flatMap((milestone): OverdueStep[] => {
      const clock = clocks.find((c) => c.id === milestone);
      if (clock?.state !== 'overdue') return [];
      const key = reminderKey(d.id, milestone);
      const lastMs = parse(lastNotified[key]);
      const dailyDue = lastMs === null || nowMs - lastMs >= REMINDER_EVERY_MS;
      const snoozeEnded = snoozeMs !== null && lastMs !== null && snoozeMs > lastMs;
      return dailyDue || snoozeEnded ? [{ milestone, key, overdueByMs: clock.overdueByMs }] : [];
    });
    if (steps.length) reminders.push({ debriefId: d.id, candidateKey: d.candidateKey, clientCompany: d.clientCompany, roleTitle: d.roleTitle, steps });
  }
  return reminders.sort((a, b) => mostOverdue(b) - mostOverdue(a));
}

const mostOverdue = (r: DueReminder) => Math.max(...r.steps.map((s) => s.overdueByMs));

function parse(iso: string | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** Record the notifications just shown; forget steps not notified for a week (their debriefs moved on or were erased). */
export function recordNotified(lastNotified: LastNotified, shown: readonly DueReminder[], now: Date): LastNotified {
  const keepAfter = now.getTime() - 7 * REMINDER_EVERY_MS;
  const kept = Object.entries(lastNotified).filter(([, iso]) => (parse(iso) ?? 0) > keepAfter);
  const added = shown.flatMap((r) => r.steps.map((s) => [s.key, now.toISOString()] as const));
  return Object.fromEntries([...kept, ...added]);
}

/** Snoozes still running; ended ones are dropped once their reminder has been decided. */
export function activeSnoozes(snoozedUntil: Record<string, string> | undefined, now: Date): Record<string, string> {
  return Object.fromEntries(Object.entries(snoozedUntil ?? {}).filter(([, iso]) => (parse(iso) ?? 0) > now.getTime()));
}

export type SnoozeChoice = 'hour' | 'tomorrow';

/** When a snooze ends: in an hour, or tomorrow at 09:00 local time. */
export function snoozeEnd(choice: SnoozeChoice, now: Date): Date {
  if (choice === 'hour') return new Date(now.getTime() + 60 * 60 * 1000);
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(TOMORROW_HOUR, 0, 0, 0);
  return next;
}

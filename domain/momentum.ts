import type { Debrief, Milestones } from './debrief';

/**
 * The momentum clock. Speed matters after a bad interview: clients and
 * candidates change their minds midstream, and the recruiter who re-sets and
 * moves first wins. Every milestone is due a set number of hours after the
 * interview itself (not after the previous milestone), so a slow first step
 * cannot silently push the whole plan back.
 */
export interface MomentumTargets {
  clientDebriefHours: number;
  feedbackHours: number;
  planHours: number;
}

/** 24 h to hear the client and give the candidate feedback, 48 h to send a new plan. */
export const DEFAULT_TARGETS: Readonly<MomentumTargets> = { clientDebriefHours: 24, feedbackHours: 24, planHours: 48 };

export const MOMENTUM_MILESTONES = [
  { id: 'clientDebrief', field: 'clientDebriefAt', target: 'clientDebriefHours', label: 'Client debrief' },
  { id: 'candidateFeedback', field: 'candidateFeedbackAt', target: 'feedbackHours', label: 'Feedback to the candidate' },
  { id: 'newPlan', field: 'newPlanSentAt', target: 'planHours', label: 'New plan to the client' },
] as const satisfies readonly { id: string; field: keyof Milestones; target: keyof MomentumTargets; label: string }[];

export type MilestoneId = (typeof MOMENTUM_MILESTONES)[number]['id'];
export type MilestoneState = 'done' | 'due' | 'overdue';

export interface MilestoneClock {
  id: MilestoneId;
  field: keyof Milestones;
  label: string;
  targetHours: number;
  state: MilestoneState;
  /** Interview time + target; null when the interview date is unusable. */
  dueAt: string | null;
  doneAt: string | null;
  /** From the interview to done (or to now while not done). */
  elapsedMs: number;
  /** How far past due a not-done milestone is; 0 otherwise. */
  overdueByMs: number;
  /** Time left before due for a not-done milestone; 0 otherwise. */
  remainingMs: number;
  /** How late a done milestone was done; 0 when on time. */
  lateByMs: number;
}

export interface Momentum {
  milestones: MilestoneClock[];
  overdueCount: number;
  /** The most urgent milestone not done yet (overdue ones first), or null. */
  nextDue: MilestoneClock | null;
  allDone: boolean;
}

const HOUR_MS = 60 * 60 * 1000;

/** Settings may be partial or hand-edited: anything not a positive number falls back to the default. */
export function normaliseTargets(targets: Partial<MomentumTargets> = {}): MomentumTargets {
  const pick = (key: keyof MomentumTargets) => {
    const value = targets[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_TARGETS[key];
  };
  return { clientDebriefHours: pick('clientDebriefHours'), feedbackHours: pick('feedbackHours'), planHours: pick('planHours') };
}

export function momentum(
  debrief: Pick<Debrief, 'interviewAt' | 'milestones'>,
  now: Date,
  targets: Partial<MomentumTargets> = {},
): Momentum {
  const hours = normaliseTargets(targets);
  const interviewMs = Date.parse(debrief.interviewAt);
  const nowMs = now.getTime();
  const milestones = MOMENTUM_MILESTONES.map((m): MilestoneClock => {
    const raw = debrief.milestones?.[m.field];
    const doneMs = raw ? Date.parse(raw) : NaN;
    const done = !Number.isNaN(doneMs);
    const targetHours = hours[m.target];
    const base = { id: m.id, field: m.field, label: m.label, targetHours, doneAt: done ? new Date(doneMs).toISOString() : null };
    if (Number.isNaN(interviewMs)) {
      return { ...base, state: done ? 'done' : 'due', dueAt: null, elapsedMs: 0, overdueByMs: 0, remainingMs: 0, lateByMs: 0 };
    }
    const dueMs = interviewMs + targetHours * HOUR_MS;
    const endMs = done ? doneMs : nowMs;
    const overdue = !done && nowMs > dueMs;
    return {
      ...base,
      state: done ? 'done' : overdue ? 'overdue' : 'due',
      dueAt: new Date(dueMs).toISOString(),
      elapsedMs: Math.max(0, endMs - interviewMs),
      overdueByMs: overdue ? nowMs - dueMs : 0,
      remainingMs: !done && !overdue ? dueMs - nowMs : 0,
      lateByMs: done ? Math.max(0, doneMs - dueMs) : 0,
    };
  });
  const open = milestones.filter((m) => m.state !== 'done');
  // Earliest due first; stable sort keeps milestone order for equal due times.
  const nextDue = [...open].sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? '') || 0)[0] ?? null;
  return {
    milestones,
    overdueCount: milestones.filter((m) => m.state === 'overdue').length,
    nextDue,
    allDone: open.length === 0,
  };
}

/** Overdue steps across open debriefs: closed debriefs never nag (the toolbar badge uses this). */
export function countOverdue(
  debriefs: readonly Pick<Debrief, 'interviewAt' | 'milestones' | 'status'>[],
  now: Date,
  targets: Partial<MomentumTargets> = {},
): number {
  return debriefs.filter((d) => d.status === 'open').reduce((sum, d) => sum + momentum(d, now, targets).overdueCount, 0);
}

/** "45 min", "3 h 20 min", "2 d 4 h"; the sign is ignored (say "overdue by" around it). */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  if (!Number.isFinite(totalMinutes)) return '–';
  if (totalMinutes < 1) return '< 1 min';
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** A short status line for one milestone: "due in 3 h", "overdue by 2 d 1 h", "done in 5 h". */
export function describeClock(clock: MilestoneClock): string {
  if (clock.state === 'done') {
    const late = clock.lateByMs > 0 ? ` (${formatDuration(clock.lateByMs)} late)` : '';
    return clock.dueAt ? `done in ${formatDuration(clock.elapsedMs)}${late}` : 'done';
  }
  if (clock.state === 'overdue') return `overdue by ${formatDuration(clock.overdueByMs)}`;
  return clock.dueAt ? `due in ${formatDuration(clock.remainingMs)}` : 'due (set the interview date to start the clock)';
}

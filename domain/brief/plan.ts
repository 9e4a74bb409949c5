import { addWorkingDays, toCalendarDate } from './dates';
import type { Urgency } from './fields';
import { toIso } from './records';

/**
 * A new recruitment plan built on the revised brief: a fresh shortlist from
 * people already known, a new sourcing strategy, or both, with dates the
 * client can hold the recruiter to. Speed is the point, so the dates are
 * proposed from the brief's urgency rather than left blank.
 */

export type PlanKind = 'shortlist' | 'sourcing' | 'both';
export type PlanStatus = 'draft' | 'sent';

export interface ShortlistEntry {
  candidateKey: string;
  /** Why this person fits the revised brief, in a sentence the client can read. */
  reason: string;
}

export interface SourcingStrategy {
  targetTitles: string[];
  targetCompanies: string[];
  channels: string[];
  booleanString: string;
}

/** Calendar dates, 'YYYY-MM-DD'. */
export interface PlanDates {
  shortlistBy: string;
  interviewsBy: string;
  decisionBy?: string;
}

export interface RecruitmentPlan {
  id: string;
  briefId: string;
  /** The brief version the plan was built on. */
  briefVersion: number;
  kind: PlanKind;
  shortlist: ShortlistEntry[];
  sourcing: SourcingStrategy;
  dates: PlanDates;
  status: PlanStatus;
  createdAt: string;
  sentAt?: string;
}

/** Working days from today to each milestone, by urgency. */
export const PLAN_TIMINGS: Readonly<Record<Exclude<Urgency, ''>, { shortlist: number; interviews: number; decision: number }>> = {
  high: { shortlist: 2, interviews: 5, decision: 8 },
  normal: { shortlist: 3, interviews: 10, decision: 15 },
  low: { shortlist: 5, interviews: 15, decision: 20 },
};

export function proposePlanDates(now: Date | string, urgency: Urgency, holidays: readonly string[] = []): PlanDates {
  const today = toCalendarDate(now);
  const timing = PLAN_TIMINGS[urgency === '' ? 'normal' : urgency];
  const off = new Set(holidays);
  return {
    shortlistBy: addWorkingDays(today, timing.shortlist, off),
    interviewsBy: addWorkingDays(today, timing.interviews, off),
    decisionBy: addWorkingDays(today, timing.decision, off),
  };
}

export function emptySourcing(): SourcingStrategy {
  return { targetTitles: [], targetCompanies: [], channels: [], booleanString: '' };
}

export interface NewPlanInput {
  id: string;
  briefId: string;
  briefVersion: number;
  kind: PlanKind;
  now: Date | string;
  urgency?: Urgency;
  shortlist?: readonly ShortlistEntry[];
  sourcing?: SourcingStrategy;
  dates?: PlanDates;
}

/** A draft plan; dates proposed from the urgency unless given. */
export function createPlan(input: NewPlanInput): RecruitmentPlan {
  const sourcing = input.sourcing ?? emptySourcing();
  return {
    id: input.id,
    briefId: input.briefId,
    briefVersion: input.briefVersion,
    kind: input.kind,
    shortlist: (input.shortlist ?? []).map((entry) => ({ ...entry })),
    sourcing: { ...sourcing, targetTitles: [...sourcing.targetTitles], targetCompanies: [...sourcing.targetCompanies], channels: [...sourcing.channels] },
    dates: input.dates ? { ...input.dates } : proposePlanDates(input.now, input.urgency ?? ''),
    status: 'draft',
    createdAt: toIso(input.now),
  };
}

export function markPlanSent(plan: RecruitmentPlan, now: Date | string): RecruitmentPlan {
  return { ...plan, status: 'sent', sentAt: toIso(now) };
}

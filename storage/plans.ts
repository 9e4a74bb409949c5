import {
  createPlan, latestVersion, markPlanSent, proposeShortlist, proposeSourcing, rankCandidates, toCalendarDate, validatePlan,
  type PlanKind, type RecruitmentPlan,
} from '@/domain/brief';
import { newId, nowIso } from './clock';
import { db } from './db';
import { BriefInputError, briefHistory } from './briefs';
import { candidatePool, candidateNames } from './candidate-pool';

/**
 * Recruitment plans built on a brief version. A draft is edited freely; once
 * sent to the client it is a record of what was promised and is no longer
 * changed (a new plan is made instead). Sending a plan that came from a
 * debrief stops that debrief's "new plan" clock.
 */

/** The stored plan: the domain record plus where it came from and how its summary compares. */
export interface StoredPlan extends RecruitmentPlan {
  /** The debrief that led to the revision, when there was one. */
  debriefId?: string;
  /** The brief version the client summary compares with (default: before the debrief's revision). */
  compareWith?: number;
  updatedAt?: string;
}

export interface NewPlanRequest {
  briefId: string;
  kind: PlanKind;
  debriefId?: string;
}

/** A draft on the brief's current version: shortlist ranked from known candidates, sourcing from the must-haves, dates from the urgency. */
export async function createPlanForBrief(request: NewPlanRequest): Promise<StoredPlan> {
  const history = await briefHistory(request.briefId);
  const current = latestVersion(history);
  if (!current) throw new BriefInputError('noVersionToPlan', 'Save a version of the brief before planning on it.');
  const excludeRole = { briefId: request.briefId, client: current.content.client, title: current.content.title };
  const ranked = rankCandidates(current.content, await candidatePool({ excludeRole }));
  const now = nowIso();
  const plan: StoredPlan = {
    ...createPlan({
      id: newId(),
      briefId: request.briefId,
      briefVersion: current.version,
      kind: request.kind,
      now,
      urgency: current.content.urgency,
      shortlist: request.kind === 'sourcing' ? [] : proposeShortlist(ranked),
      sourcing: proposeSourcing(current.content),
    }),
    updatedAt: now,
  };
  if (request.debriefId) plan.debriefId = request.debriefId;
  await db().plans.add(plan);
  return plan;
}

export function getPlan(id: string): Promise<StoredPlan | undefined> {
  return db().plans.get(id) as Promise<StoredPlan | undefined>;
}

/** A brief's plans, newest first. */
export async function plansForBrief(briefId: string): Promise<StoredPlan[]> {
  const plans = (await db().plans.where('briefId').equals(briefId).toArray()) as StoredPlan[];
  return plans.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

type Editable = Partial<Pick<StoredPlan, 'kind' | 'shortlist' | 'sourcing' | 'dates' | 'compareWith'>>;

/** Change a draft from its current stored value (two views editing one plan do not undo each other). */
export async function updateDraftPlan(id: string, change: (current: StoredPlan) => Editable): Promise<StoredPlan> {
  return db().transaction('rw', db().plans, async () => {
    const current = (await db().plans.get(id)) as StoredPlan | undefined;
    if (!current) throw new BriefInputError('planGone', 'This plan no longer exists (it may have been erased in another window).');
    if (current.status === 'sent') throw new BriefInputError('planSent', 'This plan was sent to the client and is kept as sent. Make a new plan to change it.');
    const next: StoredPlan = { ...current, ...change(current), updatedAt: nowIso() };
    await db().plans.put(next);
    return next;
  });
}

/** Mark as sent: only a valid plan goes to the client; its debrief's clock records the moment. */
export async function markPlanAsSent(id: string, now = new Date()): Promise<StoredPlan> {
  const t = db();
  const plan = (await t.plans.get(id)) as StoredPlan | undefined;
  const names = plan ? await candidateNames(plan.shortlist.map((e) => e.candidateKey)) : {};
  return t.transaction('rw', t.plans, t.debriefs, async () => {
    const current = (await t.plans.get(id)) as StoredPlan | undefined;
    if (!current) throw new BriefInputError('planGone', 'This plan no longer exists (it may have been erased in another window).');
    if (current.status === 'sent') return current;
    const check = validatePlan(current, { today: toCalendarDate(now), names });
    const firstError = check.issues.find((issue) => issue.severity === 'error');
    if (firstError) throw new BriefInputError('planIssue', firstError.message, [], firstError);
    const sent: StoredPlan = { ...markPlanSent(current, now.toISOString()), updatedAt: now.toISOString() };
    await t.plans.put(sent);
    if (current.debriefId) {
      const debrief = await t.debriefs.get(current.debriefId);
      if (debrief && !debrief.milestones.newPlanSentAt) {
        await t.debriefs.put({ ...debrief, milestones: { ...debrief.milestones, newPlanSentAt: sent.sentAt }, updatedAt: now.toISOString() });
      }
    }
    return sent;
  });
}

export async function deleteDraftPlan(id: string): Promise<void> {
  await db().transaction('rw', db().plans, async () => {
    const current = await db().plans.get(id);
    if (current?.status === 'sent') throw new BriefInputError('sentPlanKept', 'A sent plan is kept as a record of what the client was promised.');
    await db().plans.delete(id);
  });
}

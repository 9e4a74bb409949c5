import {
  checkStaleEdit, createBrief, findVersion, latestVersion, mergeBriefEdits, nextVersion, applyVersionToBrief, restoreVersion,
  type Brief, type BriefContent, type BriefStatus, type BriefVersion, type MergeConflict, type PlanIssue, type VersionSource,
} from '@/domain/brief';
import { sameValue } from '@/domain/brief/merge';
import { BRIEF_LIMITS, reasonProblem, sanitiseBriefContent } from '@/domain/brief-input';
import { newId, nowIso } from './clock';
import { db } from './db';

/**
 * Briefs and their versions. A version is written once and never changed:
 * every save, restore or merge appends version N+1 and moves the head, in
 * one transaction, so two tabs can never both write "version 3".
 */

/** What the recruiter can fix, for the views to word; `values` fill the message (the English beside each throw says which). */
export type BriefInputProblem =
  | 'briefGone' | 'debriefGone' | 'planGone' | 'reasonMissing' | 'reasonTooLong' | 'nothingToSave' | 'versionNotFound'
  | 'versionSame' | 'noVersionToPlan' | 'planSent' | 'sentPlanKept' | 'planIssue';

/** Input the recruiter can fix (an empty reason, nothing changed). `message` is the English, for logs. */
export class BriefInputError extends Error {
  constructor(
    readonly code: BriefInputProblem,
    message: string,
    readonly values: readonly (string | number)[] = [],
    /** For `planIssue`: the plan check that stopped it. */
    readonly issue?: PlanIssue,
  ) {
    super(message);
    this.name = 'BriefInputError';
  }
}

const GONE = 'This brief no longer exists (it may have been erased in another window).';

export function getBrief(id: string): Promise<Brief | undefined> {
  return db().briefs.get(id);
}

/** Every version of a brief, oldest first. */
export function briefHistory(briefId: string): Promise<BriefVersion[]> {
  return db().briefVersions.where('[briefId+version]').between([briefId, 0], [briefId, Infinity]).toArray();
}

export async function currentVersion(briefId: string): Promise<BriefVersion | undefined> {
  return latestVersion(await briefHistory(briefId));
}

export interface NewBriefRecord {
  content?: Partial<BriefContent>;
  reason?: string;
  status?: BriefStatus;
}

export async function createBriefRecord(input: NewBriefRecord = {}): Promise<{ brief: Brief; version: BriefVersion }> {
  const created = createBrief({ id: newId(), content: sanitiseBriefContent(input.content ?? {}), now: nowIso(), status: input.status, reason: input.reason });
  await db().transaction('rw', db().briefs, db().briefVersions, async () => {
    await db().briefs.add(created.brief);
    await db().briefVersions.add(created.version);
  });
  return created;
}

export interface RevisionInput {
  content: BriefContent;
  reason: string;
  /** The version the editor started from. */
  basedOn: number;
  source?: VersionSource;
  /**
   * When another tab saved meanwhile: 'merge' saves the three-way merge when
   * no field was changed on both sides; 'refuse' never saves a stale edit.
   * Either way, a field changed on both sides is returned as a conflict.
   */
  onStale?: 'merge' | 'refuse';
}

export type SaveOutcome =
  | { status: 'saved'; version: BriefVersion; brief: Brief; mergedWith?: number }
  | { status: 'conflict'; basedOn: number; latest: BriefVersion; merged: BriefContent; conflicts: MergeConflict[]; message: string };

async function appendVersion(brief: Brief, version: BriefVersion): Promise<Brief> {
  const head = applyVersionToBrief(brief, version);
  await db().briefVersions.add(version);
  await db().briefs.put(head);
  return head;
}

export async function saveBriefRevision(briefId: string, input: RevisionInput): Promise<SaveOutcome> {
  const problem = reasonProblem(input.reason);
  const reasonLength = input.reason.trim().length;
  if (problem) throw new BriefInputError(reasonLength ? 'reasonTooLong' : 'reasonMissing', problem, [BRIEF_LIMITS.reasonChars, reasonLength]);
  const mine = sanitiseBriefContent(input.content);
  return db().transaction('rw', db().briefs, db().briefVersions, async (): Promise<SaveOutcome> => {
    const brief = await db().briefs.get(briefId);
    if (!brief) throw new BriefInputError('briefGone', GONE);
    const history = await briefHistory(briefId);
    const latest = latestVersion(history);
    const stale = checkStaleEdit(history, input.basedOn);
    let content = mine;
    let mergedWith: number | undefined;
    if (stale) {
      const base = findVersion(history, input.basedOn)?.content ?? stale.latest.content;
      const { merged, conflicts } = mergeBriefEdits(base, mine, stale.latest.content);
      if (conflicts.length > 0 || input.onStale === 'refuse') {
        return { status: 'conflict', basedOn: input.basedOn, latest: stale.latest, merged, conflicts, message: stale.message };
      }
      content = sanitiseBriefContent(merged);
      mergedWith = stale.latest.version;
    }
    if (latest && sameValue(content, latest.content)) {
      throw new BriefInputError('nothingToSave', `Nothing to save: this is the same as version ${latest.version}.`, [latest.version]);
    }
    const version = nextVersion(history, { content, reason: input.reason, now: nowIso(), source: input.source, briefId });
    const head = await appendVersion(brief, version);
    return mergedWith === undefined ? { status: 'saved', version, brief: head } : { status: 'saved', version, brief: head, mergedWith };
  });
}

/** Version N's content as version latest+1: the revisions in between stay on record. */
export async function restoreBriefVersion(briefId: string, versionNumber: number): Promise<BriefVersion> {
  return db().transaction('rw', db().briefs, db().briefVersions, async () => {
    const brief = await db().briefs.get(briefId);
    if (!brief) throw new BriefInputError('briefGone', GONE);
    const history = await briefHistory(briefId);
    const latest = latestVersion(history);
    const target = findVersion(history, versionNumber);
    if (!target) throw new BriefInputError('versionNotFound', `Version ${versionNumber} is not in this brief's history.`, [versionNumber]);
    if (latest && sameValue(target.content, latest.content)) {
      throw new BriefInputError('versionSame', `Version ${versionNumber} is the same as the current version ${latest.version}: nothing to restore.`, [versionNumber, latest.version]);
    }
    const version = restoreVersion(history, versionNumber, nowIso());
    await appendVersion(brief, version);
    return version;
  });
}

export async function setBriefStatus(briefId: string, status: BriefStatus): Promise<void> {
  const updated = await db().briefs.update(briefId, { status, updatedAt: nowIso() });
  if (!updated) throw new BriefInputError('briefGone', GONE);
}

/** Briefs newest first (the list orders open ones first itself). */
export function listBriefs(): Promise<Brief[]> {
  return db().briefs.orderBy('updatedAt').reverse().toArray();
}

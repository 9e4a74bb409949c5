import { cloneBriefContent, type BriefContent } from './fields';
import { toIso, type Brief, type BriefStatus, type BriefVersion, type VersionSource } from './records';

/**
 * Version history is append-only: every function here returns new records
 * and never changes the ones passed in, so an earlier brief can always be
 * shown exactly as the client agreed it.
 */

export function versionId(briefId: string, version: number): string {
  return `${briefId}@v${version}`;
}

export function latestVersion(history: readonly BriefVersion[]): BriefVersion | undefined {
  let latest: BriefVersion | undefined;
  for (const entry of history) if (!latest || entry.version > latest.version) latest = entry;
  return latest;
}

export function findVersion(history: readonly BriefVersion[], version: number): BriefVersion | undefined {
  return history.find((entry) => entry.version === version);
}

export interface NewBriefInput {
  id: string;
  content: BriefContent;
  now: Date | string;
  status?: BriefStatus;
  reason?: string;
}

/** A new brief head and its version 1. */
export function createBrief(input: NewBriefInput): { brief: Brief; version: BriefVersion } {
  const createdAt = toIso(input.now);
  const version: BriefVersion = {
    id: versionId(input.id, 1),
    briefId: input.id,
    version: 1,
    content: cloneBriefContent(input.content),
    reason: input.reason?.trim() || 'First version',
    createdAt,
  };
  const brief: Brief = {
    id: input.id,
    clientCompany: input.content.client.trim(),
    roleTitle: input.content.title.trim(),
    status: input.status ?? 'open',
    currentVersion: 1,
    createdAt,
    updatedAt: createdAt,
  };
  return { brief, version };
}

export interface NextVersionInput {
  content: BriefContent;
  reason: string;
  now: Date | string;
  source?: VersionSource;
  /** Used only when the history is empty. */
  briefId?: string;
}

/** The version after the latest one in `history`, numbered one above the highest so far. */
export function nextVersion(history: readonly BriefVersion[], input: NextVersionInput): BriefVersion {
  const latest = latestVersion(history);
  const briefId = latest?.briefId ?? input.briefId;
  if (briefId === undefined) throw new RangeError('nextVersion needs a briefId when the history is empty');
  const version = (latest?.version ?? 0) + 1;
  const next: BriefVersion = {
    id: versionId(briefId, version),
    briefId,
    version,
    content: cloneBriefContent(input.content),
    reason: input.reason.trim(),
    createdAt: toIso(input.now),
  };
  if (input.source) next.source = { debriefId: input.source.debriefId, changes: input.source.changes.map((change) => ({ ...change })) };
  return next;
}

/** Restoring is a new version with the old content, so the revision it undoes stays on record. */
export function restoreVersion(history: readonly BriefVersion[], versionNumber: number, now: Date | string): BriefVersion {
  const target = findVersion(history, versionNumber);
  if (!target) throw new RangeError(`Version ${versionNumber} is not in this brief's history`);
  return {
    ...nextVersion(history, { content: target.content, reason: `Restored version ${versionNumber}`, now }),
    restoredFrom: versionNumber,
  };
}

/** The head after a new version: current version, title and client follow the content. */
export function applyVersionToBrief(brief: Brief, version: BriefVersion): Brief {
  return {
    ...brief,
    currentVersion: version.version,
    roleTitle: version.content.title.trim() || brief.roleTitle,
    clientCompany: version.content.client.trim() || brief.clientCompany,
    updatedAt: version.createdAt,
  };
}

export interface StaleEdit {
  basedOn: number;
  latest: BriefVersion;
  message: string;
}

/**
 * An editor opened on version `basedOn`; has someone (another tab) saved a
 * newer one since? Saving anyway would silently discard their revision, so
 * the caller should merge (see `mergeBriefEdits`) or ask.
 */
export function checkStaleEdit(history: readonly BriefVersion[], basedOn: number): StaleEdit | null {
  const latest = latestVersion(history);
  if (!latest || latest.version <= basedOn) return null;
  return {
    basedOn,
    latest,
    message: `This brief was changed elsewhere (version ${latest.version}) after you started editing version ${basedOn}.`,
  };
}

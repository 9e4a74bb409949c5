import type { BriefContent } from './fields';

/**
 * Stored records of a brief. The head (`Brief`) changes; versions never do:
 * every revision is a new `BriefVersion`, so the story of the search (what the
 * client asked for, when, and why it changed) is never lost.
 */

export type BriefStatus = 'open' | 'on-hold' | 'filled' | 'closed';

/**
 * A requirement change proposed by a debrief. Structurally the same as the
 * debrief module's own type; declared here so briefs do not depend on the
 * debrief workflow.
 */
export type BriefRequirementChangeKind =
  | 'add-must-have'
  | 'remove-must-have'
  | 'make-nice-to-have'
  | 'change-seniority'
  | 'change-salary'
  | 'change-location'
  | 'change-reporting-line'
  | 'change-title'
  | 'other';

export interface BriefRequirementChange {
  kind: BriefRequirementChangeKind;
  detail: string;
}

/** Where a revision came from, when it came from a debrief. */
export interface VersionSource {
  debriefId: string;
  changes: BriefRequirementChange[];
}

export interface BriefVersion {
  id: string;
  briefId: string;
  /** 1, 2, 3… in order of creation, never reused. */
  version: number;
  content: BriefContent;
  /** Why it changed, in the recruiter's words. */
  reason: string;
  source?: VersionSource;
  /** Set when this version restores an earlier one. */
  restoredFrom?: number;
  /** ISO timestamp. */
  createdAt: string;
}

export interface Brief {
  id: string;
  clientCompany: string;
  roleTitle: string;
  status: BriefStatus;
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
}

export function toIso(now: Date | string): string {
  return typeof now === 'string' ? now : now.toISOString();
}

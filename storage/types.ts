import type { CandidatePage } from '@/domain/candidate';

/** A person seen on a candidate page, one per site id. */
export interface CandidateRecord extends CandidatePage {
  /** `site:externalId` (see `candidateKey`). */
  key: string;
  /** What the recruiter typed when detection got the name/job wrong: it wins over the page. */
  correction?: { name?: string; jobTitle?: string; company?: string };
  createdAt: string;
  updatedAt: string;
  lastSeenAt: string;
}

export interface NoteRecord {
  id: string;
  candidateKey: string;
  /** Set when the note was taken inside a debrief. */
  debriefId?: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** Text being typed, saved on every keystroke so closing a view loses nothing. */
export interface DraftRecord {
  /** What the draft is for, e.g. `note:linkedin:jane-doe`. */
  id: string;
  text: string;
  updatedAt: string;
}

export function displayName(c: Pick<CandidateRecord, 'name' | 'correction'>): string {
  return c.correction?.name || c.name;
}

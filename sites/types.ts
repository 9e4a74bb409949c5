import type { CandidatePage } from '@/domain/candidate';

/** What `detect` learns from the URL alone (pure, cheap: runs on every page). */
export interface UrlMatch {
  /** Candidate id on the site, from the URL. */
  externalId: string;
  /** Job/project id when the URL carries one. */
  jobId?: string;
}

/**
 * Result of reading the DOM.
 * - `candidate`: the page shows this candidate.
 * - `not-candidate`: the URL looked right but the page is not a profile
 *   (profile not found, login wall, bot check): remove the panel.
 * - `pending`: not rendered yet, or the DOM still belongs to the previous
 *   profile after a single-page navigation: wait and try again (bounded).
 */
export type Extraction =
  | { status: 'candidate'; page: CandidatePage }
  | { status: 'not-candidate'; reason: string }
  | { status: 'pending'; reason: string };

export interface SiteAdapter {
  /** Stable id, also the file name and the `site` of every snapshot. */
  id: string;
  /** Human name shown in settings, e.g. "LinkedIn Recruiter". */
  label: string;
  /** Host match patterns the content script needs for this system. */
  matches: readonly string[];
  /** Pure: does this URL show a candidate of this system, and which one? */
  detect(url: URL): UrlMatch | null;
  /** Read the candidate off the page. Never throws; never touches storage. */
  extract(doc: Document, url: URL, match: UrlMatch): Extraction;
  /** Beside the code (architecture rule 2): URLs `detect` must accept / reject. */
  testUrls: { readonly positive: readonly string[]; readonly negative: readonly string[] };
  /** The id lives in `location.hash`: also react to `hashchange`. */
  hashRouting?: boolean;
}

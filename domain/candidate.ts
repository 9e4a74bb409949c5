/**
 * What a site adapter reads off a candidate page. Plain, serialisable data:
 * it crosses the message boundary from the content script to the background.
 */
export interface CandidatePage {
  /** Adapter id, e.g. `linkedin`, `greenhouse`, `demo`. */
  site: string;
  /** Stable id of the candidate on that site (profile slug, numeric id, uuid). */
  externalId: string;
  name: string;
  headline: string;
  /** Canonical URL of the candidate's profile on that site. */
  profileUrl: string;
  /** The job/role the page shows the candidate against, when it shows one. */
  job?: JobRef;
}

export interface JobRef {
  /** Id of the job/project on that site, when the URL carries one. */
  id?: string;
  title?: string;
  company?: string;
}

/** Primary key of a candidate record: one per person per site. */
export function candidateKey(page: Pick<CandidatePage, 'site' | 'externalId'>): string {
  return `${page.site}:${page.externalId}`;
}

import type { CandidatePage } from '@/domain/candidate';
import type { AdapterMatch } from '@/sites/registry';

/**
 * LinkedIn pages are asked nothing: a LinkedIn profile without a name is a
 * login wall, an error page or a bot check, never a real profile, and the
 * panel there is a policy-sensitive overlay. ATS screens keep their markup
 * private and change it often, so there a missing name means "ask".
 */
const NEVER_ASK = new Set(['linkedin', 'linkedin-recruiter']);

export function promptsWhenNameMissing(siteId: string): boolean {
  return !NEVER_ASK.has(siteId);
}

/** The background accepts profile URLs up to this length. */
const MAX_URL = 2000;

/** A snapshot with the id only: the background answers with a remembered name, or the panel asks. */
export function namelessSnapshot(found: AdapterMatch, url: URL): CandidatePage {
  const href = url.href.length <= MAX_URL ? url.href : `${url.origin}${url.pathname}`.slice(0, MAX_URL);
  const page: CandidatePage = { site: found.adapter.id, externalId: found.match.externalId, name: '', headline: '', profileUrl: href };
  if (found.match.jobId) page.job = { id: found.match.jobId };
  return page;
}

import { ASHBY_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.ashbyhq.com';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `/candidates/<uuid>` anywhere in the path: deep pipeline URLs nest it; the last one is the open candidate. */
const CANDIDATE = new RegExp(`/candidates/(${UUID})(?=/|$)`, 'gi');
/** A job in the same path (inferred: `/jobs/<uuid>/…`). */
const JOB = new RegExp(`/jobs/(${UUID})(?=/|$)`, 'i');

export const ashby: SiteAdapter = {
  id: 'ashby',
  label: 'Ashby',
  matches: ASHBY_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const ids = Array.from(url.pathname.matchAll(CANDIDATE), (m) => m[1]);
    const id = ids[ids.length - 1];
    if (!id) return null;
    const jobId = JOB.exec(url.pathname)?.[1];
    return jobId ? { externalId: id.toLowerCase(), jobId: jobId.toLowerCase() } : { externalId: id.toLowerCase() };
  },
  extract: layeredExtractor({
    site: 'ashby',
    profileUrl: (_url, match) => `https://app.ashbyhq.com/candidates/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—·-]\s+Ashby$/, // "Full Name | Ashby" (assumed form)
    ],
    containers: [
      '[data-testid="candidate-header"]', // candidate header (assumed test hook)
      '[class*="CandidateHeader"]', // CSS-module class prefix (assumed)
    ],
    nameSelectors: [
      '[data-testid="candidate-name"]', // name (assumed test hook)
      '[class*="CandidateName"]', // CSS-module class prefix (assumed)
    ],
    headlineSelectors: [
      '[data-testid="candidate-headline"]', // current title (assumed test hook)
      '[class*="CandidateHeadline"]', // CSS-module class prefix (assumed)
    ],
    jobTitleSelectors: [
      '[data-testid="application-job-title"]', // job of the open application (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
      'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/applications/aa2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
      'https://app.ashbyhq.com/jobs/bb2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/pipeline/candidates/cc2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
    ],
    negative: [
      'https://app.ashbyhq.com/candidates',
      'https://app.ashbyhq.com/candidates/pipeline/active',
      'https://app.ashbyhq.com/jobs/bb2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
      'https://jobs.ashbyhq.com/acme/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
    ],
  },
};

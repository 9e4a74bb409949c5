import { LEVER_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

/** Lever Hire and its sandbox. Candidate (opportunity) ids are UUIDs. */
const HOST = /^hire\.(?:sandbox\.)?lever\.co$/i;
const PATH = /^\/candidates\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

export const lever: SiteAdapter = {
  id: 'lever',
  label: 'Lever',
  matches: LEVER_MATCHES,
  detect(url) {
    if (!HOST.test(url.hostname)) return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id.toLowerCase() } : null;
  },
  extract: layeredExtractor({
    site: 'lever',
    profileUrl: (url, match) => `${url.origin}/candidates/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[–—-]\s+Lever Hire$/, // "Full Name – Lever Hire" (confirmed title form)
    ],
    containers: [
      '[data-candidate-id]', // candidate view root carrying the id (assumed)
      '.candidate-profile', // candidate view, class form (assumed)
    ],
    idAttributes: ['data-candidate-id'],
    nameSelectors: [
      '.candidate-header .candidate-name', // name in the profile header (assumed)
      '[data-qa="candidate-name"]', // name, QA hook (assumed)
    ],
    headlineSelectors: [
      '.candidate-header .candidate-headline', // current role under the name (assumed)
      '[data-qa="candidate-headline"]', // same, QA hook (assumed)
    ],
    jobTitleSelectors: [
      '.opportunity-posting .posting-title', // posting the opportunity is for (assumed)
      '[data-qa="posting-title"]', // same, QA hook (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://hire.lever.co/candidates/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      'https://hire.lever.co/candidates/0F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B/feedback',
      'https://hire.sandbox.lever.co/candidates/11111111-2222-3333-4444-555555555555?id=x',
    ],
    negative: [
      'https://hire.lever.co/candidates',
      'https://hire.lever.co/candidates?stage=new',
      'https://hire.lever.co/interviews/11111111-2222-3333-4444-555555555555',
      'https://hire.lever.co/candidates/not-a-uuid',
      'https://jobs.lever.co/acme/11111111-2222-3333-4444-555555555555',
    ],
  },
};

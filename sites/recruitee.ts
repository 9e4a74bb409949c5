import { RECRUITEE_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.recruitee.com';
/** Hash routes: `#/candidates?candidate=<id>`, and inside a job `#/offers/<offer>/…?candidate=<id>` (inferred). */
const HASH_ROUTE = /^#\/(candidates|offers\/([A-Za-z0-9_-]{1,64}))(?:\/[^?]*)?\?(.*)$/;

/** The id lives in `location.hash`: the content script must also react to `hashchange`. */
export const recruitee: SiteAdapter = {
  id: 'recruitee',
  label: 'Recruitee',
  matches: RECRUITEE_MATCHES,
  hashRouting: true,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const m = HASH_ROUTE.exec(url.hash);
    if (!m) return null;
    const id = new URLSearchParams(m[3]).get('candidate');
    if (!id || !/^\d{1,12}$/.test(id)) return null;
    return m[2] ? { externalId: id, jobId: m[2] } : { externalId: id };
  },
  extract: layeredExtractor({
    site: 'recruitee',
    profileUrl: (_url, match) => `https://app.recruitee.com/#/candidates?candidate=${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Recruitee$/i, // "Full Name - Recruitee" (assumed form)
    ],
    containers: [
      '[data-testid="candidate-profile"]', // candidate side panel (assumed test hook)
      '.candidate-profile', // side panel, class form (assumed)
    ],
    idAttributes: ['data-candidate-id'],
    nameSelectors: [
      '[data-testid="candidate-name"]', // name (assumed test hook)
      '.candidate-profile__name', // name, BEM class (assumed)
    ],
    headlineSelectors: [
      '[data-testid="candidate-headline"]', // headline under the name (assumed)
    ],
    jobTitleSelectors: [
      '[data-testid="offer-title"]', // job (offer) the candidate is in (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://app.recruitee.com/#/candidates?candidate=12345678',
      'https://app.recruitee.com/#/candidates/?candidate=42&company=7',
      'https://app.recruitee.com/#/offers/senior-engineer-2/pipeline?candidate=4242',
    ],
    negative: [
      'https://app.recruitee.com/#/candidates',
      'https://app.recruitee.com/#/candidates?query=jane',
      'https://app.recruitee.com/#/dashboard',
      'https://app.recruitee.com/candidates?candidate=123',
      'https://acme.recruitee.com/o/senior-engineer',
    ],
  },
};

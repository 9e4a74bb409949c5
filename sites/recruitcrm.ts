import { RECRUITCRM_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.recruitcrm.io';
/** Singular `/candidate/<slug>`; the list is `/candidates`. */
const PATH = /^\/candidate\/([A-Za-z0-9_-]{3,80})(?:\/|$)/;

export const recruitcrm: SiteAdapter = {
  id: 'recruitcrm',
  label: 'Recruit CRM',
  matches: RECRUITCRM_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'recruitcrm',
    profileUrl: (_url, match) => `https://app.recruitcrm.io/candidate/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Recruit ?CRM$/i, // "Full Name | Recruit CRM" (assumed form)
    ],
    containers: [
      '.candidate-profile', // profile page body (assumed)
      '.profile-header', // header card (assumed)
    ],
    nameSelectors: [
      '.profile-header .profile-name', // name on the header card (assumed)
      '.candidate-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '.profile-header .profile-designation', // position under the name (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://app.recruitcrm.io/candidate/16795437990310000003DsW',
      'https://app.recruitcrm.io/candidate/jane-doe-42/notes',
    ],
    negative: [
      'https://app.recruitcrm.io/candidates',
      'https://app.recruitcrm.io/candidate/',
      'https://app.recruitcrm.io/job/16795437990310000003DsW',
      'https://recruitcrm.io/candidate/abc123',
    ],
  },
};

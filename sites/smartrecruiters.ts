import { SMARTRECRUITERS_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'www.smartrecruiters.com';
/** `/app/people/candidates/<uuid>` or `/app/people/(applications|profile)/<id>`. */
const PATH = /^\/app\/people\/(?:candidates|applications|profile)\/([A-Za-z0-9-]{6,64})(?:\/|$)/;

/**
 * SmartRecruiters renders with `spl-*` web components whose open shadow roots
 * hide the text from `document.querySelector`: extraction walks them (bounded).
 */
export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matches: SMARTRECRUITERS_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'smartrecruiters',
    profileUrl: (url) => `${url.origin}${PATH.exec(url.pathname)?.[0].replace(/\/$/, '') ?? url.pathname}`,
    shadowDom: true,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+SmartRecruiters$/, // "Full Name | SmartRecruiters" (assumed form)
    ],
    containers: [
      '[data-test="candidate-header"]', // profile header (assumed test hook)
      'sr-candidate-header', // header component (assumed tag)
    ],
    nameSelectors: [
      '[data-test="candidate-name"]', // name (assumed test hook)
      'spl-typography[variant="h1"]', // design-system heading component (assumed)
      '.candidate-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '[data-test="candidate-headline"]', // current position (assumed test hook)
    ],
    jobTitleSelectors: [
      '[data-test="application-job-title"]', // job of the application shown (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9',
      'https://www.smartrecruiters.com/app/people/applications/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/overview',
      'https://www.smartrecruiters.com/app/people/profile/abc123def',
    ],
    negative: [
      'https://www.smartrecruiters.com/app/people/candidates',
      'https://www.smartrecruiters.com/app/jobs/123456',
      'https://jobs.smartrecruiters.com/Acme/743999',
      'https://www.smartrecruiters.com/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9',
    ],
  },
};

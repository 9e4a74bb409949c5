import { LINKEDIN_RECRUITER_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

/**
 * LinkedIn Recruiter (an Ember app under www.linkedin.com/talent/). A profile
 * opens on its own page or as an overlay on a hiring project's pipeline,
 * whose rows carry the same name markup: names are read only inside the
 * profile container, or from a single unambiguous lockup.
 */
const HOST = 'www.linkedin.com';
/** Profile ids are opaque tokens like `AEMAAADi_jsBaFBD…`. */
const ID = '([A-Za-z0-9_-]{6,120})';
const PATHS: readonly RegExp[] = [
  new RegExp(`^/talent/profile/${ID}/?$`), // standalone profile
  new RegExp(`^/talent/hire/(\\d+)/(?:manage|discover)/[A-Za-z]+/profile/${ID}/?$`), // inside a hiring project: manage/all, discover/applicants, …
  new RegExp(`^/talent/search/profile/${ID}/?$`), // opened from a search (inferred from search-result links)
];
const PROFILE_LINK = /\/talent\/(?:[^?#]*\/)?profile\/([A-Za-z0-9_-]+)/;

export const linkedinRecruiter: SiteAdapter = {
  id: 'linkedin-recruiter',
  label: 'LinkedIn Recruiter',
  matches: LINKEDIN_RECRUITER_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    for (const path of PATHS) {
      const m = path.exec(url.pathname);
      if (!m) continue;
      const [, first, second] = m;
      // With a project, group 1 is the project (the job) and group 2 the profile.
      return second ? { externalId: second, jobId: first } : { externalId: first as string };
    }
    return null;
  },
  extract: layeredExtractor({
    site: 'linkedin-recruiter',
    profileUrl: (_url, match) => `https://www.linkedin.com/talent/profile/${encodeURIComponent(match.externalId)}`,
    // No title patterns: inside a project the title names the project, not the person.
    containers: [
      '#profile-container', // profile page and project overlay
      '[data-live-test-profile-container]', // same container, test hook
      '.profile__topcard-wrapper', // the top card alone (condensed layouts)
    ],
    nameSelectors: [
      '.profile__topcard-wrapper [data-test-row-lockup-full-name]', // top card lockup
      '[data-test-row-lockup-full-name]', // lockup name (also the only one on a single-row page)
      '.artdeco-entity-lockup__title', // lockup title when the test hooks are stripped
    ],
    headlineSelectors: [
      '.topcard-condensed__content-left [data-test-row-lockup-headline]', // condensed top card
      '[data-test-row-lockup-headline]', // lockup headline
    ],
    jobTitleSelectors: [
      '[data-test-project-name]', // project header (assumed hook; the id from the URL is the reliable part)
      '.project-header__title', // project header, class form
    ],
    anyHeading: false, // the page h1 names the project, never the person
    idFromHref: (href) => PROFILE_LINK.exec(href)?.[1] ?? null,
  }),
  testUrls: {
    positive: [
      'https://www.linkedin.com/talent/profile/AEMAAADi_jsBaFBDp0bq1Fv2f330Fk6fjmzIpYg',
      'https://www.linkedin.com/talent/profile/AEMAAADi_jsBaFBD?highlightedPatternSource=x&trk=SEARCH_GLOBAL',
      'https://www.linkedin.com/talent/hire/1234567/manage/all/profile/AEMAAAB1xyzAbc',
      'https://www.linkedin.com/talent/hire/1234567/discover/applicants/profile/AEMAAAB1xyzAbc?applicationId=42',
      'https://www.linkedin.com/talent/search/profile/AEMAAAC9zz_k-1?searchContextId=abc',
    ],
    negative: [
      'https://www.linkedin.com/talent/home',
      'https://www.linkedin.com/talent/hire/1234567/manage/all',
      'https://www.linkedin.com/talent/hire/1234567/discover/applicants',
      'https://www.linkedin.com/talent/profile/',
      'https://www.linkedin.com/in/jane-doe/',
      'https://uk.linkedin.com/talent/profile/AEMAAAB1xyzAbc',
      'https://www.linkedin.com.evil.example/talent/profile/AEMAAAB1xyzAbc',
    ],
  },
};

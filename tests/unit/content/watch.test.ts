import { describe, expect, it } from 'vitest';
import { mayShowCandidate } from '@/content/watch';
import { ADAPTERS } from '@/sites/registry';
import { LINKEDIN_CANDIDATE_PAGE_MATCHES, WATCHED_MATCHES } from '@/sites/host-patterns';
import { hostMatches, urlMatchesPattern } from '@/sites/match-pattern';

/** Adapters whose hosts get only the URL watch: the watch must never hide one of their candidate pages. */
const watched = ADAPTERS.filter((a) => a.matches.some((m) => WATCHED_MATCHES.some((w) => w.split('/')[2] === m.split('/')[2])));

describe('LinkedIn URL watch (the content script declared on LinkedIn)', () => {
  it('covers the LinkedIn adapters', () => {
    expect(watched.map((a) => a.id).sort()).toEqual(['linkedin', 'linkedin-recruiter']);
  });

  it.each(watched.flatMap((a) => a.testUrls.positive.map((url) => [a.id, url])))('%s: loads the full script on %s', (_id, url) => {
    expect(mayShowCandidate(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/notifications/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/search/results/people/?keywords=engineer',
    'not a url',
  ])('stays a watch on %s', (url) => {
    expect(mayShowCandidate(url)).toBe(false);
  });

  it.each([...watched.flatMap((a) => [...a.testUrls.positive, ...a.testUrls.negative]), 'https://www.linkedin.com/feed/', 'https://uk.linkedin.com/jobs/'])(
    'agrees with the manifest on %s: the full script where the watch would ask for it, the watch elsewhere',
    (url) => {
      const direct = LINKEDIN_CANDIDATE_PAGE_MATCHES.some((pattern) => urlMatchesPattern(new URL(url), pattern));
      const linkedin = WATCHED_MATCHES.some((pattern) => urlMatchesPattern(new URL(url), pattern));
      if (linkedin) expect(mayShowCandidate(url)).toBe(direct);
    },
  );

  it.each(watched.flatMap((a) => a.testUrls.positive))('runs on the host of %s', (url) => {
    const host = new URL(url).hostname;
    expect(WATCHED_MATCHES.some((pattern) => hostMatches(host, pattern.split('/')[2]!))).toBe(true);
  });
});

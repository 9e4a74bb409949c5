import { describe, expect, it } from 'vitest';
import { ADAPTERS, findAdapter } from '@/sites/registry';
import type { UrlMatch } from '@/sites/types';

/** What each positive test URL must yield: the id (and job) the rest of the product keys on. */
const EXPECTED: Record<string, UrlMatch> = {
  // linkedin-recruiter
  'https://www.linkedin.com/talent/profile/AEMAAADi_jsBaFBDp0bq1Fv2f330Fk6fjmzIpYg': { externalId: 'AEMAAADi_jsBaFBDp0bq1Fv2f330Fk6fjmzIpYg' },
  'https://www.linkedin.com/talent/profile/AEMAAADi_jsBaFBD?highlightedPatternSource=x&trk=SEARCH_GLOBAL': { externalId: 'AEMAAADi_jsBaFBD' },
  'https://www.linkedin.com/talent/hire/1234567/manage/all/profile/AEMAAAB1xyzAbc': { externalId: 'AEMAAAB1xyzAbc', jobId: '1234567' },
  'https://www.linkedin.com/talent/hire/1234567/discover/applicants/profile/AEMAAAB1xyzAbc?applicationId=42': { externalId: 'AEMAAAB1xyzAbc', jobId: '1234567' },
  'https://www.linkedin.com/talent/search/profile/AEMAAAC9zz_k-1?searchContextId=abc': { externalId: 'AEMAAAC9zz_k-1' },
  // linkedin
  'https://www.linkedin.com/in/eduardo-alvarez-nowak/': { externalId: 'eduardo-alvarez-nowak' },
  'https://www.linkedin.com/in/vasileiosalevizos': { externalId: 'vasileiosalevizos' },
  'https://uk.linkedin.com/in/jane-doe-12345/': { externalId: 'jane-doe-12345' },
  'https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/': { externalId: 'jürgen-müller' },
  'https://www.linkedin.com/in/jane-doe/overlay/about-this-profile/': { externalId: 'jane-doe' },
  'https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk': { externalId: 'jane-doe' },
  // greenhouse
  'https://app.greenhouse.io/people/123456789': { externalId: '123456789' },
  'https://app.greenhouse.io/people/123456789?application_id=987654321': { externalId: '123456789' },
  'https://app4.greenhouse.io/people/55501/applications/77702': { externalId: '55501' },
  'https://app.eu.greenhouse.io/people/4242#activity': { externalId: '4242' },
  // lever
  'https://hire.lever.co/candidates/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b': { externalId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' },
  'https://hire.lever.co/candidates/0F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B/feedback': { externalId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' },
  'https://hire.sandbox.lever.co/candidates/11111111-2222-3333-4444-555555555555?id=x': { externalId: '11111111-2222-3333-4444-555555555555' },
  // ashby
  'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c': { externalId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c' },
  'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/applications/aa2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c': { externalId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c' },
  'https://app.ashbyhq.com/jobs/bb2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c/pipeline/candidates/cc2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c': { externalId: 'cc2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c', jobId: 'bb2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c' },
  // workable
  'https://acme.workable.com/backend/jobs/2345678/candidates/98765432': { externalId: '98765432', jobId: '2345678' },
  'https://acme-recruiting.workable.com/backend/jobs/2345678/browser/applied/candidate/98765432': { externalId: '98765432', jobId: '2345678' },
  'https://acme.workable.com/backend/jobs/C0FFEE12/candidates/ab12cd34/timeline': { externalId: 'ab12cd34', jobId: 'C0FFEE12' },
  // smartrecruiters
  'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9': { externalId: '6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9' },
  'https://www.smartrecruiters.com/app/people/applications/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/overview': { externalId: '6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9' },
  'https://www.smartrecruiters.com/app/people/profile/abc123def': { externalId: 'abc123def' },
  // bullhorn
  'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=123456': { externalId: '123456' },
  'https://cls5.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?entity=candidate&ID=42&view=Overview': { externalId: '42' },
  'https://app.bullhornstaffing.com/content/record/Candidate/123456/overview': { externalId: '123456' },
  'https://app.bullhornstaffing.com/content/record/Candidate/778899': { externalId: '778899' },
  // jobadder
  'https://app.jobadder.com/candidates/1234567': { externalId: '1234567' },
  'https://app.jobadder.com/candidates/42/activity': { externalId: '42' },
  // recruitcrm
  'https://app.recruitcrm.io/candidate/16795437990310000003DsW': { externalId: '16795437990310000003DsW' },
  'https://app.recruitcrm.io/candidate/jane-doe-42/notes': { externalId: 'jane-doe-42' },
  // vincere
  'https://acme.vincere.io/candidateDashboard.do?id=123456': { externalId: '123456' },
  'https://acme-uk.vincere.io/candidateDashboard.do?tabId=1&id=42': { externalId: '42' },
  // teamtailor
  'https://app.teamtailor.com/companies/aBc123xYz/candidates/12345678': { externalId: '12345678' },
  'https://app.teamtailor.com/companies/aBc123xYz/candidates/42/notes': { externalId: '42' },
  // recruitee
  'https://app.recruitee.com/#/candidates?candidate=12345678': { externalId: '12345678' },
  'https://app.recruitee.com/#/candidates/?candidate=42&company=7': { externalId: '42' },
  'https://app.recruitee.com/#/offers/senior-engineer-2/pipeline?candidate=4242': { externalId: '4242', jobId: 'senior-engineer-2' },
  // manatal
  'https://app.manatal.com/candidates/1234567': { externalId: '1234567' },
  'https://app.manatal.com/candidates/42/overview': { externalId: '42' },
  // demo
  'http://localhost:5178/demo/candidates/priya-raman': { externalId: 'priya-raman' },
  'http://127.0.0.1:8080/demo/candidates/c-1002/': { externalId: 'c-1002' },
};

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s detect', (_id, adapter) => {
  it.each(adapter.testUrls.positive.map((u) => [u]))('accepts %s with the right ids', (href) => {
    expect(href in EXPECTED, `add ${href} to EXPECTED`).toBe(true);
    expect(adapter.detect(new URL(href))).toEqual(EXPECTED[href]);
  });

  it.each(adapter.testUrls.negative.map((u) => [u]))('rejects %s', (href) => {
    expect(adapter.detect(new URL(href))).toBeNull();
  });

  const others = ADAPTERS.filter((a) => a !== adapter).flatMap((a) => a.testUrls.positive.map((u) => [a.id, u] as const));
  it.each(others)('rejects %s URL %s', (_other, href) => {
    expect(adapter.detect(new URL(href))).toBeNull();
  });
});

describe('findAdapter', () => {
  it('routes every positive URL to its own adapter', () => {
    for (const adapter of ADAPTERS) {
      for (const href of adapter.testUrls.positive) expect(findAdapter(href)?.adapter.id).toBe(adapter.id);
    }
  });

  it('finds nothing for garbage or unrelated URLs', () => {
    for (const href of ['not a url', '', 'https://example.com/candidates/1', 'chrome://extensions', 'file:///tmp/x.html']) {
      expect(findAdapter(href)).toBeNull();
    }
  });

  it('keeps detect cheap: 10,000 lookups over all adapters well under a second', () => {
    const urls = ADAPTERS.flatMap((a) => [...a.testUrls.positive, ...a.testUrls.negative]);
    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) findAdapter(urls[i % urls.length] as string);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

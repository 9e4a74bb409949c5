import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedin } from '@/sites/linkedin';
import { linkedinRecruiter } from '@/sites/linkedin-recruiter';
import { extractAt, hasSharedFixtures, loadFixture, loadShared, parse, SHARED_LINKEDIN_DIR } from './fixtures';

describe('LinkedIn profile, own reduced fixtures', () => {
  it('logged-in profile: name and headline from the top card', () => {
    const result = extractAt(linkedin, loadFixture('linkedin', 'logged-in-profile.html'), 'https://www.linkedin.com/in/maren-okafor-lindqvist/');
    expect(result).toMatchObject({
      status: 'candidate',
      page: { site: 'linkedin', externalId: 'maren-okafor-lindqvist', name: 'Maren Okafor-Lindqvist', headline: 'Head of Platform Engineering · Distributed systems, hiring, mentoring' },
    });
  });

  it('logged-out public profile on a country subdomain: top-card-layout classes', () => {
    const result = extractAt(linkedin, loadFixture('linkedin', 'public-profile.html'), 'https://pt.linkedin.com/in/ines-cb');
    expect(result).toMatchObject({
      status: 'candidate',
      page: { externalId: 'ines-cb', name: 'Ines Carvalho-Brandt', headline: 'Product Designer at Lumen Health · Clinical UX', profileUrl: 'https://www.linkedin.com/in/ines-cb/' },
    });
  });

  it('logged-out public profile without the top card: the JSON-LD Person with a job, not the article author', () => {
    const doc = loadFixture('linkedin', 'public-profile.html');
    doc.querySelector('section.top-card-layout')?.remove();
    const result = extractAt(linkedin, doc, 'https://pt.linkedin.com/in/ines-cb');
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Ines Carvalho-Brandt', headline: 'Product Designer' } });
  });

  it.each([['not-found.html'], ['authwall.html']])('%s is not a candidate', (file) => {
    expect(extractAt(linkedin, loadFixture('linkedin', file), 'https://www.linkedin.com/in/somebody/').status).toBe('not-candidate');
  });

  it('SPA stale case: the top card still links to the previous member → pending', () => {
    const result = extractAt(linkedin, loadFixture('linkedin', 'spa-stale.html'), 'https://www.linkedin.com/in/next-person/');
    expect(result.status).toBe('pending');
    // Same DOM, once the URL and the card agree, is the member.
    expect(extractAt(linkedin, loadFixture('linkedin', 'spa-stale.html'), 'https://www.linkedin.com/in/maren-okafor-lindqvist/').status).toBe('candidate');
  });
});

describe.skipIf(!hasSharedFixtures)('LinkedIn, real saved markup (../shared/fixtures/linkedin)', () => {
  const file = (name: string) => `${SHARED_LINKEDIN_DIR}${name}`;

  it('logged-in full page: Eduardo Alvarez Nowak, "Tech Education Lead…"', () => {
    const result = extractAt(linkedin, loadShared('scoutr__logged-in__eduardo-alvarez-nowak__full-with-head__2024-07.html'), 'https://www.linkedin.com/in/eduardo-alvarez-nowak/');
    expect(result.status).toBe('candidate');
    if (result.status !== 'candidate') return;
    expect(result.page.name).toBe('Eduardo Alvarez Nowak');
    expect(result.page.headline.startsWith('Tech Education Lead')).toBe(true);
  });

  it('logged-in body-only minimal profile: Vasileios Alevizos, "Researcher."', () => {
    const result = extractAt(linkedin, loadShared('scoutr__logged-in__profile5__body-only__minimal-profile__2024-08.html'), 'https://www.linkedin.com/in/vasileiosalevizos/');
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Vasileios Alevizos', headline: 'Researcher.' } });
  });

  it.each([['scoutr__guest__profile-not-found__public_profile_v3.html'], ['scoutr__guest__login-signup-homepage__authwall.html']])('%s is not a candidate', (name) => {
    expect(extractAt(linkedin, loadShared(name), 'https://www.linkedin.com/in/somebody/').status).toBe('not-candidate');
  });

  it('anti-bot interstitial is never a candidate', () => {
    const status = extractAt(linkedin, loadShared('scoutr__anti-bot-redirect-page.html'), 'https://www.linkedin.com/in/somebody/').status;
    expect(['not-candidate', 'pending']).toContain(status);
  });

  it('Recruiter pipeline row fragment: "Test User" from [data-test-row-lockup-full-name]', () => {
    expect(existsSync(file('aidenkeating__recruiter-search-or-pipeline-row__fragment__anonymized.html'))).toBe(true);
    const fragment = loadShared('aidenkeating__recruiter-search-or-pipeline-row__fragment__anonymized.html').body.innerHTML;
    const doc = parse(`<!DOCTYPE html><html><head><title>Recruiter</title></head><body>${fragment}</body></html>`);
    const result = extractAt(linkedinRecruiter, doc, 'https://www.linkedin.com/talent/hire/998877/manage/all/profile/AEMAAATESTUSER1');
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Test User', headline: 'Recruiter at Company 1', job: { id: '998877' } } });
  });

  it('Recruiter: the same row repeated (a pipeline list) is ambiguous → pending, never the first row', () => {
    const fragment = loadShared('aidenkeating__recruiter-search-or-pipeline-row__fragment__anonymized.html').body.innerHTML;
    const other = fragment.replace('Test User', 'Other Person');
    const doc = parse(`<!DOCTYPE html><html><body>${fragment}${other}</body></html>`);
    expect(extractAt(linkedinRecruiter, doc, 'https://www.linkedin.com/talent/profile/AEMAAATESTUSER1').status).toBe('pending');
  });
});

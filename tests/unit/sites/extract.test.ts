import { describe, expect, it } from 'vitest';
import { ashby } from '@/sites/ashby';
import { bullhorn } from '@/sites/bullhorn';
import { demo } from '@/sites/demo';
import { greenhouse } from '@/sites/greenhouse';
import { jobadder } from '@/sites/jobadder';
import { lever } from '@/sites/lever';
import { linkedinRecruiter } from '@/sites/linkedin-recruiter';
import { manatal } from '@/sites/manatal';
import { recruitcrm } from '@/sites/recruitcrm';
import { recruitee } from '@/sites/recruitee';
import { smartrecruiters } from '@/sites/smartrecruiters';
import { teamtailor } from '@/sites/teamtailor';
import type { SiteAdapter } from '@/sites/types';
import { vincere } from '@/sites/vincere';
import { workable } from '@/sites/workable';
import { extractAt, loadFixture } from './fixtures';

interface Case {
  adapter: SiteAdapter;
  fixture: string;
  url: string;
  name: string;
  headline: string;
  job?: { id?: string; title?: string };
}

const LEVER_ID = '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const RECRUITER_PROJECT = 'https://www.linkedin.com/talent/hire/1234567/manage/all/profile';

/** Candidate pages: the right person, headline and job. */
const CANDIDATES: Case[] = [
  { adapter: linkedinRecruiter, fixture: 'profile.html', url: 'https://www.linkedin.com/talent/profile/AEMAAAPRIYA_x1', name: 'Priyanka Venkataraman', headline: 'Staff Site Reliability Engineer at Kestrel Payments' },
  { adapter: linkedinRecruiter, fixture: 'project-pipeline-overlay.html', url: `${RECRUITER_PROJECT}/AEMAAAROWTWO_bb2`, name: 'Amara Nwosu', headline: 'Senior Go Developer at Harbourline', job: { id: '1234567', title: 'Senior Backend Engineer (Berlin)' } },
  { adapter: greenhouse, fixture: 'candidate.html', url: 'https://app.greenhouse.io/people/1001?application_id=5', name: 'Jordan Avery', headline: 'Senior Data Engineer at Northwind Analytics', job: { title: 'Staff Data Engineer (Remote)' } },
  { adapter: greenhouse, fixture: 'candidate-several-h1.html', url: 'https://app2.greenhouse.io/people/1002', name: "Dr. Zoë O'Brien-Łukasz 🚀", headline: 'Principal Scientist, Computational Biology' },
  { adapter: lever, fixture: 'candidate.html', url: `https://hire.lever.co/candidates/${LEVER_ID}`, name: "Dr. Zoë O'Brien-Łukasz 🚀", headline: 'VP Engineering at Quanta Robotics', job: { title: 'Chief Technology Officer' } },
  { adapter: ashby, fixture: 'candidate.html', url: 'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c', name: 'Kwame Mensah-Adjei', headline: 'Engineering Manager, Payments · Accra / Remote', job: { title: 'Director of Engineering' } },
  { adapter: workable, fixture: 'candidate.html', url: 'https://acme.workable.com/backend/jobs/2345678/candidates/98765432', name: '<img src=x onerror=alert(1)>', headline: 'Account Manager at Polder Software', job: { id: '2345678', title: 'Customer Success Lead' } },
  { adapter: workable, fixture: 'candidate-titled.html', url: 'https://acme.workable.com/backend/jobs/2345678/browser/applied/candidate/111', name: 'Femke de Vries', headline: 'Support Team Lead at Dijkstra Cloud', job: { id: '2345678', title: 'Customer Success Lead' } },
  { adapter: smartrecruiters, fixture: 'candidate.html', url: 'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9', name: 'Aiyana Hawthorne-Reyes', headline: 'Talent Acquisition Partner at Orchard Retail Group', job: { title: 'Head of People Operations' } },
  { adapter: bullhorn, fixture: 'novo-record.html', url: 'https://app.bullhornstaffing.com/content/record/Candidate/778899/overview', name: 'Oluwaseun Adebayo', headline: 'Senior Project Manager' },
  { adapter: bullhorn, fixture: 'classic-candidate.html', url: 'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=778899', name: 'Oluwaseun Adebayo', headline: 'Senior Project Manager' },
  { adapter: jobadder, fixture: 'candidate.html', url: 'https://app.jobadder.com/candidates/1234567', name: 'Mei-Ling Tan', headline: 'Payroll Manager at Southern Cross Foods' },
  { adapter: recruitcrm, fixture: 'candidate.html', url: 'https://app.recruitcrm.io/candidate/16795437990310000003DsW', name: 'Björn Þórsson', headline: 'Maritime Operations Lead at Nordhaf Shipping' },
  { adapter: vincere, fixture: 'candidate.html', url: 'https://acme.vincere.io/candidateDashboard.do?id=123456', name: 'Camille Dubois-Nakamura', headline: 'Regulatory Affairs Specialist' },
  { adapter: teamtailor, fixture: 'candidate.html', url: 'https://app.teamtailor.com/companies/aBc123xYz/candidates/12345678', name: 'Siobhán Ní Bhriain', headline: 'Service designer moving into product. Dublin.', job: { title: 'Product Designer' } },
  { adapter: recruitee, fixture: 'candidate.html', url: 'https://app.recruitee.com/#/candidates?candidate=12345678', name: 'Hana Kobayashi', headline: 'QA Automation Engineer', job: { title: 'Senior QA Engineer' } },
  { adapter: manatal, fixture: 'candidate.html', url: 'https://app.manatal.com/candidates/1234567', name: 'Nguyễn Thị Thu Hà', headline: 'Regional Sales Director at Mekong Beverages' },
  { adapter: demo, fixture: 'candidate.html', url: 'http://localhost:5178/demo/candidates/priya-raman', name: 'Priya Raman', headline: 'Senior Product Manager, Payments', job: { id: 'job-42', title: 'Head of Product', company: 'Northwind Bank' } as Case['job'] },
];

describe.each(CANDIDATES.map((c) => [`${c.adapter.id}/${c.fixture}`, c] as const))('%s', (_label, c) => {
  it('is the right candidate', () => {
    const result = extractAt(c.adapter, loadFixture(c.adapter.id, c.fixture), c.url);
    expect(result.status).toBe('candidate');
    if (result.status !== 'candidate') return;
    const url = new URL(c.url);
    const match = c.adapter.detect(url);
    expect(result.page).toMatchObject({ site: c.adapter.id, externalId: match?.externalId, name: c.name, headline: c.headline });
    expect(result.page.job).toEqual(c.job);
    expect(new URL(result.page.profileUrl).hostname).toBe(url.hostname);
    // The snapshot crosses the message boundary: plain data only.
    expect(JSON.parse(JSON.stringify(result.page))).toEqual(result.page);
  });

  it('finds the same person from the page alone (title layer removed)', () => {
    const doc = loadFixture(c.adapter.id, c.fixture);
    doc.title = '';
    expect(extractAt(c.adapter, doc, c.url)).toMatchObject({ status: 'candidate', page: { name: c.name } });
  });
});

/** Pages of the same systems that show no single candidate (served at a candidate URL mid-navigation). */
const NOT_CANDIDATES: { adapter: SiteAdapter; fixture: string; url: string; status: 'pending' | 'not-candidate' }[] = [
  { adapter: linkedinRecruiter, fixture: 'project-pipeline.html', url: `${RECRUITER_PROJECT}/AEMAAAROWTWO_bb2`, status: 'pending' },
  { adapter: greenhouse, fixture: 'people-list.html', url: 'https://app.greenhouse.io/people/1001', status: 'pending' },
  { adapter: greenhouse, fixture: 'sign-in.html', url: 'https://app.greenhouse.io/people/1001', status: 'not-candidate' },
  { adapter: lever, fixture: 'candidates-list.html', url: `https://hire.lever.co/candidates/${LEVER_ID}`, status: 'pending' },
  { adapter: ashby, fixture: 'pipeline.html', url: 'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c', status: 'pending' },
  { adapter: workable, fixture: 'job-pipeline.html', url: 'https://acme.workable.com/backend/jobs/2345678/browser/applied/candidate/111', status: 'pending' },
  { adapter: smartrecruiters, fixture: 'people-list.html', url: 'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9', status: 'pending' },
  { adapter: bullhorn, fixture: 'classic-job-order.html', url: 'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=778899', status: 'pending' },
  { adapter: bullhorn, fixture: 'classic-login.html', url: 'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=778899', status: 'not-candidate' },
  { adapter: bullhorn, fixture: 'novo-shell-frame-only.html', url: 'https://app.bullhornstaffing.com/content/record/Candidate/778899', status: 'pending' },
  { adapter: jobadder, fixture: 'candidates-list.html', url: 'https://app.jobadder.com/candidates/1234567', status: 'pending' },
  { adapter: recruitcrm, fixture: 'candidates-list.html', url: 'https://app.recruitcrm.io/candidate/16795437990310000003DsW', status: 'pending' },
  { adapter: vincere, fixture: 'job-dashboard.html', url: 'https://acme.vincere.io/candidateDashboard.do?id=123456', status: 'pending' },
  { adapter: teamtailor, fixture: 'candidates-list.html', url: 'https://app.teamtailor.com/companies/aBc123xYz/candidates/12345678', status: 'pending' },
  { adapter: recruitee, fixture: 'candidates-list.html', url: 'https://app.recruitee.com/#/candidates?candidate=12345678', status: 'pending' },
  { adapter: manatal, fixture: 'jobs-list.html', url: 'https://app.manatal.com/candidates/1234567', status: 'pending' },
  { adapter: manatal, fixture: 'candidate-missing-name.html', url: 'https://app.manatal.com/candidates/1234567', status: 'pending' },
  { adapter: demo, fixture: 'not-candidate.html', url: 'http://localhost:5178/demo/candidates/priya-raman', status: 'pending' },
];

describe('pages that show no single candidate', () => {
  it.each(NOT_CANDIDATES.map((c) => [`${c.adapter.id}/${c.fixture}`, c] as const))('%s → %s', (_label, c) => {
    expect(extractAt(c.adapter, loadFixture(c.adapter.id, c.fixture), c.url).status).toBe(c.status);
  });
});

describe('stale DOM after in-app navigation', () => {
  it('Lever: the view still carries the previous candidate id', () => {
    const result = extractAt(lever, loadFixture('lever', 'stale.html'), `https://hire.lever.co/candidates/${LEVER_ID}`);
    expect(result).toMatchObject({ status: 'pending', reason: expect.stringContaining('previous') });
  });

  it('LinkedIn Recruiter: the overlay still links to the previous profile', () => {
    const result = extractAt(linkedinRecruiter, loadFixture('linkedin-recruiter', 'stale-overlay.html'), `${RECRUITER_PROJECT}/AEMAAAROWTWO_bb2`);
    expect(result).toMatchObject({ status: 'pending', reason: expect.stringContaining('previous') });
  });

  it('Teamtailor: the view id belongs to another candidate', () => {
    const doc = loadFixture('teamtailor', 'candidate.html');
    const result = extractAt(teamtailor, doc, 'https://app.teamtailor.com/companies/aBc123xYz/candidates/99999');
    expect(result.status).toBe('pending');
  });

  it('Recruitee: hash navigation to another candidate while the panel shows the previous one', () => {
    const doc = loadFixture('recruitee', 'candidate.html');
    expect(extractAt(recruitee, doc, 'https://app.recruitee.com/#/candidates?candidate=12345678').status).toBe('candidate');
    expect(extractAt(recruitee, doc, 'https://app.recruitee.com/#/candidates?candidate=555').status).toBe('pending');
  });
});

describe('late rendering: skeleton first, name later', () => {
  it('Lever: pending while busy, the candidate once the app fills the header', () => {
    const doc = loadFixture('lever', 'late.html');
    const href = `https://hire.lever.co/candidates/${LEVER_ID}`;
    expect(extractAt(lever, doc, href).status).toBe('pending');

    const view = doc.querySelector('.candidate-profile') as Element;
    (view.querySelector('.candidate-name') as Element).textContent = 'Marisol Ochoa';
    (view.querySelector('.candidate-headline') as Element).textContent = 'Head of Data at Verdant Farms';
    view.removeAttribute('aria-busy');
    view.querySelector('.loading')?.remove();
    expect(extractAt(lever, doc, href)).toMatchObject({ status: 'candidate', page: { name: 'Marisol Ochoa', headline: 'Head of Data at Verdant Farms' } });
  });

  it('Lever: the title arriving first is enough', () => {
    const doc = loadFixture('lever', 'late.html');
    doc.title = 'Marisol Ochoa – Lever Hire';
    expect(extractAt(lever, doc, `https://hire.lever.co/candidates/${LEVER_ID}`)).toMatchObject({ status: 'candidate', page: { name: 'Marisol Ochoa' } });
  });

  it('JobAdder: empty header, then the name', () => {
    const doc = loadFixture('jobadder', 'late.html');
    const href = 'https://app.jobadder.com/candidates/1234567';
    expect(extractAt(jobadder, doc, href).status).toBe('pending');
    (doc.querySelector('.record-name') as Element).textContent = 'Mei-Ling Tan';
    expect(extractAt(jobadder, doc, href)).toMatchObject({ status: 'candidate', page: { name: 'Mei-Ling Tan', headline: '' } });
  });

  it('Teamtailor: "Loading…" placeholder is never a name', () => {
    const doc = loadFixture('teamtailor', 'late.html');
    const href = 'https://app.teamtailor.com/companies/aBc123xYz/candidates/12345678';
    expect(extractAt(teamtailor, doc, href).status).toBe('pending');
    doc.querySelector('.candidate-view')?.removeAttribute('aria-busy');
    expect(extractAt(teamtailor, doc, href).status).toBe('pending'); // still "Loading…"
    (doc.querySelector('[data-test-candidate-name]') as Element).textContent = 'Siobhán Ní Bhriain';
    expect(extractAt(teamtailor, doc, href)).toMatchObject({ status: 'candidate', page: { name: 'Siobhán Ní Bhriain' } });
  });
});

// Records for the brief and plan e2e test and screenshots: a debrief for the
// demo page's Priya Raman (Lead Product Designer at Acme Bank, turned down,
// causes confirmed, requirement changes proposed) and a near miss from
// another search (Mei Lin, ready for her next role). Written straight into
// the extension's IndexedDB from one of its own pages, because the debrief
// workflow that would create them is another feature's UI. The two helpers
// that do the writing (seedDatabase, shiftDates) serve the other seeded tests
// and screenshots too.

const at = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

function candidate(key, name, headline) {
  const [site, externalId] = key.split(':');
  const profileUrl = site === 'demo' ? `http://127.0.0.1/demo/candidates/${externalId}` : `https://www.linkedin.com/in/${externalId}/`;
  return { key, site, externalId, name, headline, profileUrl, createdAt: at(20), updatedAt: at(2), lastSeenAt: at(2) };
}

function debrief(id, candidateKey, clientCompany, roleTitle, extra) {
  return {
    id, candidateKey, clientCompany, roleTitle,
    interviewAt: at(1), stage: 'final', interviewers: ['Maya Chen'], outcome: 'rejected',
    feedback: [], evidence: {}, confirmedCauses: [], track1: {}, proposedChanges: [],
    track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'in-process' },
    milestones: { clientDebriefAt: at(1) }, createdAt: at(1), updatedAt: at(1), status: 'open',
    ...extra,
  };
}

/** @param {string} priyaKey the demo page's candidate key ("demo:priya-raman") */
export function briefSeed(priyaKey = 'demo:priya-raman') {
  return {
    candidates: [
      candidate('linkedin:mei-lin', 'Mei Lin', 'Senior Product Designer · Figma, design systems, accessibility audits, fintech'),
      candidate('linkedin:ana-silva', 'Ana Silva', 'Product Designer · Figma, user research'),
      candidate('linkedin:tom-okafor', 'Tom Okafor', 'Staff Backend Engineer · Go, Kubernetes'),
    ],
    notes: [{ id: 'seed-note-mei', candidateKey: 'linkedin:mei-lin', text: 'Ran user research for a payments app; WCAG audits for a bank.', createdAt: at(10), updatedAt: at(10) }],
    debriefs: [
      debrief('seed-debrief-priya', priyaKey, 'Acme Bank', 'Lead Product Designer', {
        confirmedCauses: ['brief', 'client'],
        feedback: [
          { id: 'f1', quote: 'We need someone who has led accessibility audits, not just followed them.', saidBy: 'Maya Chen', topic: 'Accessibility', sentiment: 'negative' },
          { id: 'f2', quote: 'Her portfolio was the strongest we have seen this year.', saidBy: 'Maya Chen', topic: 'Craft', sentiment: 'positive' },
        ],
        proposedChanges: [
          { id: 'c1', kind: 'add-must-have', detail: 'Accessibility audits' },
          { id: 'c2', kind: 'change-reporting-line', detail: 'Reports to the Chief Product Officer' },
        ],
        track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'keep-for-next' },
      }),
      debrief('seed-debrief-mei', 'linkedin:mei-lin', 'Northwind', 'Senior UX Designer', {
        updatedAt: at(5), createdAt: at(6), interviewAt: at(6),
        track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'keep-for-next' },
      }),
    ],
  };
}

/** The Acme Bank job ad, as a client would send it. */
export const ACME_JOB_AD = `Lead Product Designer
Acme Bank — London (hybrid, 3 days in the office)

About the role
You will lead design for our retail banking app, so that customers can manage their money without calling us.

Responsibilities
- Lead the design of the mobile app end to end
- Run user research with customers every sprint
- Coach two product designers

Requirements
- Figma
- User research
- Fintech experience

Nice to have
- Design systems

Salary: £85,000 - £95,000 per year
Reporting to: Head of Design
`;

/** Put records into the extension's own database, from a page of the extension that has already opened it. */
export async function seedDatabase(page, records) {
  await page.evaluate(async (data) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('recalibrate');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tables = Object.keys(data);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of data[table]) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Move every ISO timestamp in the records by `ms`. A fixture written for a
 * fixed "now" meets the extension's real clock with every interval (and so
 * every period and speed figure) intact.
 */
export function shiftDates(value, ms) {
  if (typeof value === 'string') return ISO.test(value) ? new Date(Date.parse(value) + ms).toISOString() : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, ms));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, ms)]));
  return value;
}

const EMPTY_CONTENT = {
  title: '', client: '', location: '', remotePolicy: '', salary: { min: null, max: null, currency: '', period: '' },
  reportingLine: '', team: '', purpose: '', responsibilities: [], mustHaves: [], niceToHaves: [], experienceLevel: '',
  experienceYears: null, qualifications: [], personality: '', dealBreakers: [], success6Months: '', success12Months: '',
  interviewProcess: '', timeline: '', urgency: '', whyJoin: '',
};

const ACME_V1 = {
  ...EMPTY_CONTENT,
  title: 'Lead Product Designer', client: 'Acme Bank', location: 'London', remotePolicy: 'hybrid',
  salary: { min: 85000, max: 95000, currency: 'GBP', period: 'year' }, reportingLine: 'Head of Design', team: 'Retail app',
  purpose: 'Lead design for the retail banking app, so that customers can manage their money without calling the bank.',
  responsibilities: ['Lead the design of the mobile app end to end', 'Run user research with customers every sprint', 'Coach two product designers'],
  mustHaves: ['Figma', 'User research', 'Fintech experience'], niceToHaves: ['Design systems'], experienceLevel: 'lead', experienceYears: 8,
  success6Months: 'Shipped the new onboarding flow, measured by completion rate.', interviewProcess: 'Portfolio review, then a panel with the Head of Design.',
  timeline: 'Start within two months', urgency: 'high', whyJoin: 'Own the design of an app used by two million customers.',
};

/** A brief with history and a draft plan, for screenshots of every brief view. */
export function briefScreenRecords() {
  const v2 = { ...ACME_V1, reportingLine: 'Chief Product Officer', mustHaves: [...ACME_V1.mustHaves, 'Accessibility audits'], dealBreakers: ['No portfolio'] };
  const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const seed = briefSeed();
  const priya = seed.debriefs[0];
  return {
    ...seed,
    debriefs: [{ ...priya, status: 'closed', briefId: 'screens-acme' }, seed.debriefs[1]],
    briefs: [
      { id: 'screens-acme', clientCompany: 'Acme Bank', roleTitle: 'Lead Product Designer', status: 'open', currentVersion: 2, createdAt: at(9), updatedAt: at(0.5) },
      { id: 'screens-globex', clientCompany: 'Globex Payments', roleTitle: 'Senior Product Designer', status: 'open', currentVersion: 1, createdAt: at(4), updatedAt: at(4) },
      { id: 'screens-empty', clientCompany: '', roleTitle: '', status: 'on-hold', currentVersion: 1, createdAt: at(3), updatedAt: at(3) },
    ],
    briefVersions: [
      { id: 'screens-acme@v1', briefId: 'screens-acme', version: 1, content: ACME_V1, reason: 'First version, from the pasted job ad', createdAt: at(9) },
      { id: 'screens-acme@v2', briefId: 'screens-acme', version: 2, content: v2, createdAt: at(0.5),
        reason: 'After interview debrief with Acme Bank: an incomplete brief, a change in what the role needs. Add “Accessibility audits” as a must-have. Change the reporting line: Reports to the Chief Product Officer.',
        source: { debriefId: priya.id, changes: priya.proposedChanges.map(({ kind, detail }) => ({ kind, detail })) } },
      { id: 'screens-globex@v1', briefId: 'screens-globex', version: 1, reason: 'First version', createdAt: at(4),
        content: { ...EMPTY_CONTENT, title: 'Senior Product Designer', client: 'Globex Payments', mustHaves: ['Figma', 'Design systems', 'Payments'], remotePolicy: 'remote' } },
      { id: 'screens-empty@v1', briefId: 'screens-empty', version: 1, reason: 'First version', createdAt: at(3), content: EMPTY_CONTENT },
    ],
    plans: [{
      id: 'screens-plan', briefId: 'screens-acme', briefVersion: 2, kind: 'both', debriefId: priya.id, status: 'draft', createdAt: at(0.2), updatedAt: at(0.2),
      shortlist: [
        { candidateKey: 'linkedin:mei-lin', reason: 'Meets 4 of 4 must-haves (Figma, User research, Fintech experience and Accessibility audits). Near miss for Senior UX Designer at Northwind, ready for the next role.' },
        { candidateKey: 'linkedin:ana-silva', reason: 'Meets 2 of 4 must-haves (Figma and User research); not yet shown: Fintech experience and Accessibility audits.' },
      ],
      sourcing: {
        targetTitles: ['Lead Product Designer', 'Principal Product Designer', 'Design Lead'], targetCompanies: ['Monzo', 'Starling Bank'],
        channels: ['LinkedIn Recruiter search', 'Own database and past applicants', 'Referrals from placed candidates'],
        booleanString: '("Lead Product Designer" OR "Principal Product Designer" OR "Design Lead") AND Figma AND "user research" AND (fintech OR banking) AND (accessibility OR WCAG)',
      },
      dates: { shortlistBy: day(2), interviewsBy: day(7), decisionBy: day(12) },
    }],
  };
}

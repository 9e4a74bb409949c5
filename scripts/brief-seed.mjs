// Records for the brief and plan e2e test and screenshots: a debrief for the
// demo page's Priya Raman (Lead Product Designer at Acme Bank, turned down,
// causes confirmed, requirement changes proposed) and a near miss from
// another search (Mei Lin, ready for her next role). Written straight into
// the extension's IndexedDB from one of its own pages, because the debrief
// workflow that would create them is another feature's UI.

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

/**
 * Records exactly as each schema version wrote them. Add an entry when a new
 * schema version ships; never change an existing one.
 */
type Rows = Record<string, Record<string, unknown>[]>;

const v1: Rows = {
  candidates: [
    { key: 'linkedin:jane-doe', site: 'linkedin', externalId: 'jane-doe', name: 'Jane Doe', headline: 'Engineering Manager', profileUrl: 'https://www.linkedin.com/in/jane-doe/', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z' },
    { key: 'demo:priya-raman', site: 'demo', externalId: 'priya-raman', name: 'Priya Raman', headline: 'Designer', profileUrl: 'http://127.0.0.1:5178/demo/candidates/priya-raman', job: { id: 'job-42', title: 'Lead Product Designer', company: 'Acme Bank' }, createdAt: '2026-01-03T09:00:00.000Z', updatedAt: '2026-01-03T09:00:00.000Z' },
  ],
  debriefs: [
    { id: 'd1', candidateKey: 'linkedin:jane-doe', clientCompany: 'Acme', roleTitle: 'Head of Platform', interviewAt: '2026-01-02T08:00:00.000Z', stage: 'first', interviewers: ['CTO'], outcome: 'rejected', feedback: [{ id: 'f1', quote: 'Too hands-off', saidBy: 'CTO', topic: 'Technical depth', sentiment: 'negative' }], evidence: {}, confirmedCauses: [], track1: {}, proposedChanges: [], track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'in-process' }, milestones: {}, createdAt: '2026-01-02T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z', status: 'open' },
  ],
  notes: [
    { id: 'n1', candidateKey: 'linkedin:jane-doe', text: 'Client wants more hands-on.', createdAt: '2026-01-02T10:05:00.000Z', updatedAt: '2026-01-02T10:05:00.000Z' },
    { id: 'n2', candidateKey: 'demo:priya-raman', text: 'Prefers hybrid.', createdAt: '2026-01-03T09:05:00.000Z', updatedAt: '2026-01-03T09:05:00.000Z' },
  ],
};

const v2: Rows = {
  candidates: v1.candidates!.map((c) => ({ ...c, lastSeenAt: c.updatedAt })),
  debriefs: v1.debriefs!,
  notes: [...v1.notes!, { id: 'n3', candidateKey: 'linkedin:jane-doe', debriefId: 'd1', text: 'Said in the debrief call', createdAt: '2026-01-02T11:00:00.000Z', updatedAt: '2026-01-02T11:00:00.000Z' }],
  drafts: [{ id: 'note:linkedin:jane-doe', text: 'half a sente', updatedAt: '2026-01-02T11:01:00.000Z' }],
};

const v3: Rows = {
  ...v2,
  debriefs: v2.debriefs!.map((d) => ({ ...d, briefId: 'b1' })),
  briefs: [{ id: 'b1', clientCompany: 'Acme', roleTitle: 'Head of Platform', status: 'open', currentVersion: 1, createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-01-01T08:00:00.000Z' }],
  briefVersions: [{ id: 'bv1', briefId: 'b1', version: 1, content: { title: 'Head of Platform', mustHaves: ['Kubernetes'] }, reason: 'First brief', createdAt: '2026-01-01T08:00:00.000Z' }],
  plans: [{ id: 'p1', briefId: 'b1', briefVersion: 1, kind: 'shortlist', shortlist: [], status: 'draft', createdAt: '2026-01-04T08:00:00.000Z' }],
};

/** v4 added only the derived search index: records are shaped as in v3 (the index is rebuilt, not seeded). */
const v4: Rows = { ...v3 };

const BY_VERSION: Record<number, Rows> = { 1: v1, 2: v2, 3: v3, 4: v4 };

export function seedForVersion(version: number): Rows {
  const rows = BY_VERSION[version];
  if (!rows) throw new Error(`No upgrade fixture for schema v${version}: add one in tests/integration/upgrade-fixtures.ts`);
  return structuredClone(rows);
}

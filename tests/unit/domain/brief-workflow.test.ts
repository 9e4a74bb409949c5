import { describe, expect, it } from 'vitest';
import { createBrief, nextVersion, withDefaults, type BriefVersion } from '@/domain/brief';
import { canReviseFrom, learnedFromDebrief, revisionFromDebrief, revisionReason, sameRole } from '@/domain/brief-from-debrief';
import { applyPaste, defaultPasteSelection, previewPaste } from '@/domain/brief-paste';
import { reasonProblem, sanitiseBriefContent } from '@/domain/brief-input';
import { baselineVersion, clientSummaryInput } from '@/domain/client-summary-input';
import { buildCandidatePool } from '@/domain/candidate-pool';
import { emptyDebrief, workedDebrief } from './debrief-fixture';

const v1Content = withDefaults({ title: 'Senior Data Engineer', client: 'Acme Analytics', mustHaves: ['Spark', 'Airflow'], reportingLine: 'Head of Data' });

function history(): BriefVersion[] {
  const { version: v1 } = createBrief({ id: 'b1', content: v1Content, now: '2025-03-01T09:00:00.000Z' });
  const v2 = nextVersion([v1], { content: { ...v1Content, mustHaves: ['Spark', 'Airflow', 'Data modelling'] }, reason: 'After debrief', now: '2025-03-04T09:00:00.000Z', source: { debriefId: 'd1', changes: [] } });
  const v3 = nextVersion([v1, v2], { content: { ...v2.content, reportingLine: 'CTO' }, reason: 'Touch-up', now: '2025-03-05T09:00:00.000Z' });
  return [v1, v2, v3];
}

describe('brief from debrief', () => {
  it('matches a role whatever the case, accents and spacing; never two blank roles', () => {
    expect(sameRole({ client: 'Acme  Bank', title: 'Lead Designer' }, { client: 'acme bank', title: 'lead designer' })).toBe(true);
    expect(sameRole({ client: 'Société Générale', title: 'CFO' }, { client: 'Societe Generale', title: 'cfo' })).toBe(true);
    expect(sameRole({ client: '', title: '' }, { client: ' ', title: '' })).toBe(false);
  });

  it('is ready to revise once causes are confirmed or changes proposed', () => {
    expect(canReviseFrom(emptyDebrief())).toBe(false);
    expect(canReviseFrom(workedDebrief())).toBe(true);
  });

  it('pre-fills a revision: mechanical changes applied, a reason naming client, date, causes and changes, the debrief as source', () => {
    const debrief = workedDebrief({ proposedChanges: [
      { id: 'c1', kind: 'add-must-have', detail: 'Data modelling' },
      { id: 'c2', kind: 'other', detail: 'Ask about on-call' },
      { id: 'c3', kind: 'add-must-have', detail: '   ' },
    ] });
    const revision = revisionFromDebrief(v1Content, debrief);
    expect(revision.content.mustHaves).toEqual(['Spark', 'Airflow', 'Data modelling']);
    expect(revision.pending).toEqual([{ kind: 'other', detail: 'Ask about on-call' }]);
    expect(revision.source).toEqual({ debriefId: 'd1', changes: [{ kind: 'add-must-have', detail: 'Data modelling' }, { kind: 'other', detail: 'Ask about on-call' }] });
    expect(revision.reason).toMatch(/^After interview debrief with Acme Analytics on Mon 3 Mar 2025: Our assessment of the candidate, an incomplete brief\. Add “Data modelling” as a must-have\./);
    expect(revisionReason(emptyDebrief({ clientCompany: '', interviewAt: 'not a date' }))).toBe('After interview debrief with the client.');
  });

  it('says what we learned in client words, quoting only critical feedback', () => {
    const learned = learnedFromDebrief(workedDebrief());
    expect(learned[0]).toMatch(/rated the candidate’s fit higher/);
    expect(learned[1]).toMatch(/original brief missed/);
    expect(learned).toContain('Communication: “Her answers were vague and she never gave a concrete example.” (Priya Shah)');
    expect(learned.join(' ')).not.toMatch(/inside out/);
  });
});

describe('paste a job ad into a brief', () => {
  const current = withDefaults({ title: 'Data Engineer', mustHaves: [], location: '' });
  const parsed = { title: 'Senior Data Engineer', mustHaves: ['Spark'], location: 'Berlin' };

  it('fills empty fields, asks before replacing what the recruiter wrote', () => {
    const rows = previewPaste(current, parsed, ['title', 'mustHaves', 'location']);
    expect(rows.map((r) => [r.field, r.action])).toEqual([['title', 'replace'], ['location', 'fill'], ['mustHaves', 'fill']]);
    expect(rows[0]).toMatchObject({ before: 'Data Engineer', after: 'Senior Data Engineer' });
    expect(defaultPasteSelection(rows)).toEqual(['location', 'mustHaves']);
    const applied = applyPaste(current, parsed, defaultPasteSelection(rows));
    expect(applied).toMatchObject({ title: 'Data Engineer', location: 'Berlin', mustHaves: ['Spark'] });
    expect(current.mustHaves).toEqual([]);
  });

  it('a value already there is marked unchanged', () => {
    expect(previewPaste(withDefaults({ title: 'X' }), { title: 'X' }, ['title'])[0]?.action).toBe('same');
  });
});

describe('brief input limits', () => {
  it('requires a reason of readable length', () => {
    expect(reasonProblem('  ')).toMatch(/Say why/);
    expect(reasonProblem('x'.repeat(1_001))).toMatch(/under 1,000/);
    expect(reasonProblem('Client feedback')).toBeNull();
  });

  it('bounds text, lists, numbers and money', () => {
    const clean = sanitiseBriefContent({ purpose: 'a'.repeat(20_000), mustHaves: Array.from({ length: 150 }, (_, i) => `Skill ${i}`), salary: { min: -5, max: Number.NaN, currency: 'gbp ', period: 'year' } });
    expect(clean.purpose.length).toBeLessThanOrEqual(10_000);
    expect(clean.mustHaves).toHaveLength(100);
    expect(clean.salary).toEqual({ min: null, max: null, currency: 'GBP', period: 'year' });
  });
});

describe('client summary input', () => {
  it('compares with the version before the debrief’s first revision, so later touch-ups still count', () => {
    expect(baselineVersion(history(), 3, 'd1')).toBe(1);
    expect(baselineVersion(history(), 3)).toBe(2);
    expect(baselineVersion(history(), 1)).toBeUndefined();
  });

  it('gathers learned, changes and plan with names', () => {
    const input = clientSummaryInput({
      history: history(),
      debrief: workedDebrief(),
      plan: { kind: 'shortlist', briefVersion: 3, shortlist: [{ candidateKey: 'k1', reason: 'Meets 3 of 3 must-haves.' }, { candidateKey: 'gone', reason: '' }],
        sourcing: { targetTitles: [], targetCompanies: [], channels: [], booleanString: '' }, dates: { shortlistBy: '2025-03-06', interviewsBy: '2025-03-13' } },
      names: { k1: 'Mei Lin' },
      today: '2025-03-05',
    });
    expect(input).toMatchObject({ roleTitle: 'Senior Data Engineer', clientName: 'Acme Analytics', fromVersion: 1, toVersion: 3, date: '2025-03-05' });
    expect(input?.briefChanges).toEqual(['Reporting line: Head of Data → CTO', "Must-have skills: added 'Data modelling'"]);
    expect(input?.plan?.shortlist.map((e) => e.name)).toEqual(['Mei Lin', 'A candidate we know']);
    expect(clientSummaryInput({ history: [], names: {}, today: '2025-03-05' })).toBeNull();
  });
});

describe('candidate pool', () => {
  it('takes status and role from the latest debrief, praise as evidence, and leaves out the role’s own candidates', () => {
    const d = (key: string, title: string, updatedAt: string, status: 'keep-for-next' | 'in-process', extra = {}) => ({
      ...emptyDebrief({ candidateKey: key, roleTitle: title, clientCompany: 'Globex', updatedAt }),
      track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: status },
      ...extra,
    });
    const pool = buildCandidatePool(
      [{ key: 'a', name: 'Ann', headline: 'Designer' }, { key: 'b', name: 'Bo', headline: 'Engineer' }],
      new Map([['a', ['Figma expert']]]),
      new Map([
        ['a', [d('a', 'Old role', '2025-01-01', 'in-process'), d('a', 'UX Lead', '2025-02-01', 'keep-for-next', { feedback: [{ id: 'f', quote: 'Great research', saidBy: '', topic: 'Research', sentiment: 'positive' }] })]],
        ['b', [d('b', 'Platform Engineer', '2025-02-01', 'in-process')]],
      ]),
      { excludeRole: { briefId: 'x', client: 'globex', title: 'platform engineer' } },
    );
    expect(pool).toHaveLength(1);
    expect(pool[0]).toMatchObject({ key: 'a', status: 'keep-for-next', lastDebriefRole: 'UX Lead at Globex', notes: 'Figma expert' });
    expect(pool[0]?.text).toContain('Great research');
  });
});

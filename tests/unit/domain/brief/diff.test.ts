import { describe, expect, it } from 'vitest';
import { applyRequirementChanges } from '@/domain/brief/apply-changes';
import { diffBriefContent, diffVersions, type FieldDiff } from '@/domain/brief/diff';
import { diffSummary } from '@/domain/brief/diff-summary';
import { emptyBriefContent } from '@/domain/brief/fields';
import type { BriefRequirementChange } from '@/domain/brief/records';
import { createBrief, nextVersion } from '@/domain/brief/versions';
import { qualifiedBrief } from './sample-briefs';

function field(diff: { fields: FieldDiff[] }, key: string): FieldDiff {
  const found = diff.fields.find((f) => f.field === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe('diffBriefContent', () => {
  it('identical briefs: every field unchanged, nothing in changed', () => {
    const diff = diffBriefContent(qualifiedBrief(), qualifiedBrief());
    expect(diff.changed).toEqual([]);
    expect(diff.fields.every((f) => f.status === 'unchanged')).toBe(true);
  });

  it('list fields: items added, removed and kept; case and plurals are the same item', () => {
    const before = qualifiedBrief({ mustHaves: ['Java', 'PostgreSQL', 'REST APIs'] });
    const after = qualifiedBrief({ mustHaves: ['postgresql', 'REST API', 'Kubernetes'] });
    const diff = field(diffBriefContent(before, after), 'mustHaves');
    expect(diff.kind).toBe('list');
    if (diff.kind !== 'list') return;
    expect(diff.status).toBe('changed');
    expect(diff.added).toEqual(['Kubernetes']);
    expect(diff.removed).toEqual(['Java']);
    expect(diff.kept).toEqual(['postgresql', 'REST API']);
    expect(diff.items.map((i) => `${i.status}:${i.value}`)).toEqual(['removed:Java', 'kept:postgresql', 'kept:REST API', 'added:Kubernetes']);
  });

  it('a reordered list item is kept, not removed and re-added', () => {
    const diff = field(diffBriefContent(qualifiedBrief({ mustHaves: ['Go', 'SQL', 'AWS'] }), qualifiedBrief({ mustHaves: ['AWS', 'Go', 'SQL'] })), 'mustHaves');
    if (diff.kind !== 'list') throw new Error('list expected');
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.items).toHaveLength(3);
    expect(diff.status).toBe('unchanged');
  });

  it('text fields: word-level parts', () => {
    const before = qualifiedBrief({ purpose: 'Build the payments API' });
    const after = qualifiedBrief({ purpose: 'Build and run the payments platform' });
    const diff = field(diffBriefContent(before, after), 'purpose');
    if (diff.kind !== 'text') throw new Error('text expected');
    expect(diff.status).toBe('changed');
    expect(diff.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['and run', 'platform']);
    expect(diff.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['API']);
    expect(diff.parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe('Build the payments API');
    expect(diff.parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe('Build and run the payments platform');
  });

  it.each([
    ['added', { reportingLine: '' }, { reportingLine: 'CTO' }],
    ['removed', { reportingLine: 'CTO' }, { reportingLine: '' }],
    ['changed', { reportingLine: 'CTO' }, { reportingLine: 'CEO' }],
    ['unchanged', { reportingLine: 'CTO' }, { reportingLine: 'CTO' }],
  ] as const)('status %s', (expected, before, after) => {
    expect(field(diffBriefContent(qualifiedBrief(before), qualifiedBrief(after)), 'reportingLine').status).toBe(expected);
  });

  it('diffVersions orders the two versions and records their numbers', () => {
    const { version: v1 } = createBrief({ id: 'b', content: qualifiedBrief(), now: '2025-01-01T00:00:00Z' });
    const v2 = nextVersion([v1], { content: qualifiedBrief({ title: 'Staff Engineer' }), reason: 'r', now: '2025-01-02T00:00:00Z' });
    const diff = diffVersions(v2, v1);
    expect([diff.from, diff.to]).toEqual([1, 2]);
    expect(diff.changed.map((f) => f.field)).toEqual(['title']);
  });
});

describe('diffSummary', () => {
  it('says what changed in sentences', () => {
    const before = qualifiedBrief({
      mustHaves: ['Java', 'PostgreSQL'],
      salary: { min: 60_000, max: 70_000, currency: 'GBP', period: 'year' },
      location: 'London', remotePolicy: 'onsite', reportingLine: '', experienceLevel: 'senior',
    });
    const after = qualifiedBrief({
      mustHaves: ['PostgreSQL', 'Kubernetes'],
      salary: { min: 70_000, max: 80_000, currency: 'GBP', period: 'year' },
      location: 'Manchester', remotePolicy: 'hybrid', reportingLine: 'CTO', experienceLevel: 'lead',
      purpose: 'A completely new purpose statement for the role that is long enough not to be quoted in full here.',
    });
    expect(diffSummary(diffBriefContent(before, after))).toEqual([
      'Location: London → Manchester',
      'Remote policy: On-site → Hybrid',
      'Salary: £60k–£70k per year → £70k–£80k per year',
      'Reporting line: set to CTO',
      'Purpose of the role: rewritten',
      "Must-have skills: added 'Kubernetes', removed 'Java'",
      'Experience level: Senior → Lead',
    ]);
  });

  it('is empty when nothing changed, and says "cleared" for emptied fields', () => {
    expect(diffSummary(diffBriefContent(qualifiedBrief(), qualifiedBrief()))).toEqual([]);
    expect(diffSummary(diffBriefContent(qualifiedBrief(), qualifiedBrief({ team: '' })))).toEqual(['Team: cleared (was Ledger team, six engineers)']);
  });
});

describe('applyRequirementChanges', () => {
  const base = () => qualifiedBrief({ mustHaves: ['5+ years of Java', 'PostgreSQL', 'Kubernetes'], niceToHaves: ['Kafka'] });

  it.each<[string, BriefRequirementChange, (c: ReturnType<typeof base>) => unknown, unknown]>([
    ['add a must-have', { kind: 'add-must-have', detail: 'Terraform' }, (c) => c.mustHaves, ['5+ years of Java', 'PostgreSQL', 'Kubernetes', 'Terraform']],
    ['promote a nice-to-have', { kind: 'add-must-have', detail: 'Add Kafka as a must-have.' }, (c) => [c.mustHaves.at(-1), c.niceToHaves], ['Kafka', []]],
    ['remove a must-have by a word in it', { kind: 'remove-must-have', detail: 'Java' }, (c) => c.mustHaves, ['PostgreSQL', 'Kubernetes']],
    ['remove by synonym', { kind: 'remove-must-have', detail: 'k8s' }, (c) => c.mustHaves, ['5+ years of Java', 'PostgreSQL']],
    ['demote to nice-to-have', { kind: 'make-nice-to-have', detail: 'Postgres' }, (c) => [c.mustHaves, c.niceToHaves], [['5+ years of Java', 'Kubernetes'], ['Kafka', 'PostgreSQL']]],
    ['seniority', { kind: 'change-seniority', detail: 'Lead level, 8+ years' }, (c) => [c.experienceLevel, c.experienceYears], ['lead', 8]],
    ['salary keeps the currency', { kind: 'change-salary', detail: 'Raise to 90-100k' }, (c) => c.salary, { min: 90_000, max: 100_000, currency: 'GBP', period: 'year' }],
    ['fully remote changes only the policy', { kind: 'change-location', detail: 'Now fully remote' }, (c) => [c.location, c.remotePolicy], ['London', 'remote']],
    ['a new city', { kind: 'change-location', detail: 'Manchester, hybrid' }, (c) => [c.location, c.remotePolicy], ['Manchester, hybrid', 'hybrid']],
    ['reporting line', { kind: 'change-reporting-line', detail: 'Now reports to the CTO.' }, (c) => c.reportingLine, 'CTO'],
    ['title', { kind: 'change-title', detail: 'Retitle to "Staff Engineer"' }, (c) => c.title, 'Staff Engineer'],
  ])('%s', (_name, change, pick, expected) => {
    const result = applyRequirementChanges(base(), [change]);
    expect(pick(result.content)).toEqual(expected);
    expect(result.applied).toEqual([change]);
    expect(result.pending).toEqual([]);
  });

  it.each<BriefRequirementChange>([
    { kind: 'other', detail: 'Client wants more gravitas' },
    { kind: 'remove-must-have', detail: 'Haskell' },
    { kind: 'change-salary', detail: 'a bit more' },
    { kind: 'change-seniority', detail: 'more gravitas' },
    { kind: 'add-must-have', detail: '   ' },
  ])('leaves %j for the recruiter', (change) => {
    const result = applyRequirementChanges(base(), [change]);
    expect(result.pending).toEqual([change]);
    expect(result.applied).toEqual([]);
    expect(result.content).toEqual(base());
  });

  it('never mutates the content passed in', () => {
    const content = base();
    const snapshot = structuredClone(content);
    applyRequirementChanges(content, [{ kind: 'add-must-have', detail: 'Rust' }, { kind: 'remove-must-have', detail: 'Java' }]);
    expect(content).toEqual(snapshot);
  });

  it('does not add a must-have twice', () => {
    const result = applyRequirementChanges(emptyBriefContent(), [{ kind: 'add-must-have', detail: 'Go' }, { kind: 'add-must-have', detail: 'go' }]);
    expect(result.content.mustHaves).toEqual(['Go']);
  });
});

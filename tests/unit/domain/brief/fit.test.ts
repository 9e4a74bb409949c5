import { describe, expect, it } from 'vitest';
import { assessFit, bestBriefsFor, nearMissesFor, rankCandidates, type FitCandidate, type OpenBrief } from '@/domain/brief/fit';
import { tokens } from '@/domain/brief/text-match';

const brief = { mustHaves: ['Kubernetes', 'TypeScript', 'PostgreSQL', 'REST APIs'], niceToHaves: ['Kafka', 'Terraform'] };

const people: FitCandidate[] = [
  { key: 'li:ada', name: 'Ada Byron', headline: 'Platform engineer, k8s and Postgres', skills: ['ts', 'REST API design'] },
  { key: 'li:bo', name: 'Bo Chen', headline: 'Backend developer', notes: 'Strong TypeScript; built REST APIs on postgres; kafka', status: 'keep-for-next', lastDebriefRole: 'Senior Engineer at Northwind' },
  { key: 'li:cy', name: 'Cy Dunn', headline: 'Backend developer', notes: 'TypeScript, REST APIs, PostgreSQL, Kafka, Terraform', status: 'active' },
  { key: 'li:di', name: 'Di Evans', headline: 'Java developer', skills: ['Spring'] },
  { key: 'li:ed', name: 'ed ford', headline: 'Backend developer', notes: 'typescript, rest apis, postgresql' },
];

describe('token matching', () => {
  it.each([
    ['K8s', 'Kubernetes'],
    ['JS', 'javascript'],
    ['ts', 'TypeScript'],
    ['Postgres', 'PostgreSQL'],
    ['APIs', 'API'],
    ['Node.js', 'nodejs'],
    ['C#', 'csharp'],
    ['Amazon Web Services', 'AWS'],
    ['CI/CD', 'cicd'],
    ['Företag', 'foretag'],
  ])('%s ≡ %s', (a, b) => {
    expect(tokens(a)).toEqual(tokens(b));
  });

  it('does not confuse C with C++ or C#', () => {
    expect(new Set([tokens('C++')[0], tokens('C#')[0], tokens('C')[0]]).size).toBe(3);
  });
});

describe('assessFit', () => {
  it('full, partial, missing and unchecked must-haves', () => {
    const have = new Set(tokens('payments APIs in Go'));
    const fit = assessFit({ mustHaves: ['Go', 'payments platform', 'Rust', '5+ years'], niceToHaves: ['APIs'] }, have);
    expect(fit).toEqual({
      score: 50, matched: ['Go'], partial: ['payments platform'], missing: ['Rust'], unchecked: ['5+ years'], niceMatched: ['APIs'],
    });
  });

  it('scores 0 when the brief has no must-haves', () => {
    expect(assessFit({ mustHaves: [], niceToHaves: [] }, new Set(['go'])).score).toBe(0);
  });
});

describe('rankCandidates', () => {
  it('ranks by score; at equal score the ready near miss comes first (even with fewer nice-to-haves), then nice-to-haves, then name', () => {
    const ranked = rankCandidates(brief, people);
    expect(ranked.map((c) => [c.key, c.score, c.ready])).toEqual([
      ['li:ada', 100, false],
      ['li:bo', 75, true],
      ['li:cy', 75, false],
      ['li:ed', 75, false],
      ['li:di', 0, false],
    ]);
    expect(ranked[1]).toMatchObject({ missing: ['Kubernetes'], niceMatched: ['Kafka'], lastDebriefRole: 'Senior Engineer at Northwind' });
  });

  it('is independent of input order', () => {
    const forward = rankCandidates(brief, people).map((c) => c.key);
    const backward = rankCandidates(brief, [...people].reverse()).map((c) => c.key);
    expect(backward).toEqual(forward);
  });

  it('applies minScore and limit', () => {
    expect(rankCandidates(brief, people, { minScore: 80 }).map((c) => c.key)).toEqual(['li:ada']);
    expect(rankCandidates(brief, people, { limit: 2 })).toHaveLength(2);
    expect(rankCandidates(brief, [])).toEqual([]);
  });
});

describe('nearMissesFor', () => {
  it('lists only ready candidates who meet at least one must-have', () => {
    const others: FitCandidate[] = [...people, { key: 'li:fa', name: 'Fa', headline: 'Designer', status: 'keep-for-next' }];
    expect(nearMissesFor(brief, others).map((c) => c.key)).toEqual(['li:bo']);
  });
});

describe('bestBriefsFor', () => {
  const open: OpenBrief[] = [
    { id: 'b-data', content: { title: 'Data Engineer', client: 'Acme', mustHaves: ['PostgreSQL', 'Python', 'Airflow'], niceToHaves: [] } },
    { id: 'b-api', content: { title: 'API Engineer', client: 'Globex', mustHaves: ['TypeScript', 'REST APIs'], niceToHaves: ['Kafka'] } },
    { id: 'b-ios', content: { title: 'iOS Engineer', client: 'Initech', mustHaves: ['Swift'], niceToHaves: [] } },
    { id: 'b-old', content: { title: 'Senior Engineer', client: 'Northwind', mustHaves: ['TypeScript'], niceToHaves: [] } },
  ];

  it('orders open briefs by fit and leaves out the ones they do not fit at all', () => {
    const fits = bestBriefsFor(people[1]!, open, { excludeBriefIds: ['b-old'] });
    expect(fits.map((f) => [f.briefId, f.score])).toEqual([['b-api', 100], ['b-data', 33]]);
    expect(fits[0]).toMatchObject({ title: 'API Engineer', client: 'Globex', niceMatched: ['Kafka'] });
  });

  it('respects the limit', () => {
    expect(bestBriefsFor(people[1]!, open, { limit: 1 })).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildBooleanSearch, LINKEDIN_MAX_QUERY } from '@/domain/brief/boolean-search';
import { cleanTerm, excludableTerm, renderTerm, searchGroups, titleVariants } from '@/domain/brief/search-terms';

const brief = (title: string, mustHaves: string[] = [], dealBreakers: string[] = []) => ({ title, mustHaves, dealBreakers });

describe('buildBooleanSearch', () => {
  it('ORs title variants, ANDs must-haves with their synonyms, NOTs exclusions', () => {
    const search = buildBooleanSearch(brief('Senior Backend Engineer', ['Kubernetes', 'Go or Java in production', 'PostgreSQL at scale'], ['Agency recruiters']), { excludeTitles: ['Intern'] });
    expect(search.query).toBe(
      '("Senior Backend Engineer" OR "Senior Backend Developer" OR "Senior Back-end Engineer")'
      + ' AND (Kubernetes OR K8s) AND (Go OR Golang OR Java) AND (PostgreSQL OR Postgres)'
      + ' NOT (Intern OR "Agency recruiters")',
    );
    expect(search.dropped).toEqual([]);
  });

  it('quotes multi-word terms and terms with symbols, leaves single words bare', () => {
    const { query } = buildBooleanSearch(brief('Analyst', ['Power BI', 'C++', 'SQL']));
    expect(query).toBe('Analyst AND "Power BI" AND ("C++" OR CPP) AND SQL');
  });

  it('escapes quotes and brackets so a term can never break the syntax', () => {
    const { query } = buildBooleanSearch(brief('The "Best" Engineer (Remote)', ['Say “hello” (nicely)', 'Logic "gates"']));
    expect(query).not.toMatch(/""|\(\)/);
    expect(query).toBe('("The Best Engineer" OR "The Best Developer") AND "Say hello" AND "Logic gates"');
    expect(query.split('"').length % 2).toBe(1);
    const opens = (query.match(/\(/g) ?? []).length;
    expect(opens).toBe((query.match(/\)/g) ?? []).length);
  });

  it('splits "A and B" into two required groups', () => {
    expect(buildBooleanSearch(brief('', ['Java and Spring Boot'])).query).toBe('Java AND "Spring Boot"');
  });

  it('drops empty groups: no title, prose must-haves, unusable deal-breakers', () => {
    const search = buildBooleanSearch(brief('', ['Kafka', 'Able to explain complex technical trade-offs to finance people clearly'], ['No on-call experience']));
    expect(search.query).toBe('Kafka');
    expect(search.excluded).toEqual([]);
  });

  it('an empty brief gives an empty query', () => {
    expect(buildBooleanSearch(brief('')).query).toBe('');
  });

  it('never returns a query made only of NOT terms', () => {
    expect(buildBooleanSearch(brief('', [], ['Recruiters'])).query).toBe('');
  });

  it('uses upper-case operators only', () => {
    const { query } = buildBooleanSearch(brief('Research AND Development OR Ops', ['Kafka']));
    expect(query).toBe('"Research and Development or Ops" AND Kafka');
  });

  it('keeps under the length cap, dropping synonyms first, then exclusions, title variants, then the last must-haves', () => {
    const gadgets = Array.from({ length: 40 }, (_, i) => `Gizmo${i} Pro`);
    const search = buildBooleanSearch(brief('Senior Backend Engineer', ['Kubernetes', ...gadgets], ['Agency recruiters']), { maxLength: 300 });
    expect(search.query.length).toBeLessThanOrEqual(300);
    expect(search.dropped.slice(0, 4)).toEqual(['K8s', 'Agency recruiters', 'Senior Back-end Engineer', 'Senior Backend Developer']);
    expect(search.query.startsWith('"Senior Backend Engineer" AND Kubernetes AND "Gizmo0 Pro" AND "Gizmo1 Pro"')).toBe(true);
    // What is left of the must-haves is a prefix of the brief's order: the last ones went first.
    const kept = search.required.slice(1).map((group) => group[0]);
    expect(kept).toEqual(gadgets.slice(0, kept.length));
    expect(search.dropped.slice(4)).toEqual(gadgets.slice(kept.length).reverse());
  });

  it('default cap is LinkedIn-sized', () => {
    const mustHaves = Array.from({ length: 200 }, (_, i) => `Skill ${i}`);
    expect(buildBooleanSearch(brief('Engineer', mustHaves)).query.length).toBeLessThanOrEqual(LINKEDIN_MAX_QUERY);
  });

  it('cuts an absurdly long title rather than exceed the cap', () => {
    expect(buildBooleanSearch(brief('x'.repeat(5_000))).query.length).toBeLessThanOrEqual(LINKEDIN_MAX_QUERY);
  });
});

describe('search term helpers', () => {
  it.each([
    ['5+ years of Go', [['Go', 'Golang']]],
    ['Accessibility (WCAG 2.1)', [['Accessibility']]],
    ['5+ years building backend services', [['backend services']]],
    ['CI/CD', [['CI/CD', 'CICD', 'Continuous integration']]],
    ['ACA or ACCA qualified', [['ACA', 'ACCA']]],
  ])('searchGroups(%j)', (mustHave, expected) => {
    expect(searchGroups(mustHave)).toEqual(expected);
  });

  it.each([
    ['Agency recruiters', 'Agency recruiters'],
    ['No on-call experience', ''],
    ['Less than 2 years in post', ''],
    ['Candidates who have only worked in large banks for their whole career', ''],
  ])('excludableTerm(%j) → %j', (dealBreaker, expected) => {
    expect(excludableTerm(dealBreaker)).toBe(expected);
  });

  it('titleVariants', () => {
    expect(titleVariants('Frontend Developer (React)')).toEqual(['Frontend Developer', 'Frontend Engineer', 'Front-end Developer']);
    expect(titleVariants('Data Analyst - Claims Team')).toEqual(['Data Analyst']);
    expect(titleVariants('')).toEqual([]);
  });

  it('cleanTerm and renderTerm', () => {
    expect(cleanTerm('“Smart” quotes’ AND (stuff)')).toBe("Smart quotes' and");
    expect(renderTerm('Kafka')).toBe('Kafka');
    expect(renderTerm('Zoë')).toBe('Zoë');
    expect(renderTerm('Node.js')).toBe('"Node.js"');
  });
});

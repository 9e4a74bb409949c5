import { describe, expect, it } from 'vitest';
import { parseJobText } from '@/domain/brief/parse';
import { MAX_ITEM_CHARS, MAX_LIST_ITEMS, MAX_PARSE_CHARS, MAX_TEXT_CHARS } from '@/domain/brief/parse-items';
import { parseSalary, formatSalary } from '@/domain/brief/salary';
import { detectRemotePolicy, detectYears } from '@/domain/brief/signals';
import { BULLET_AD, CAPS_AD, COLON_AD, EMAIL_BRIEF, LINKEDIN_AD, MARKDOWN_AD, NO_HEADINGS_AD } from './job-ads';

describe('parseJobText on differently formatted ads', () => {
  it('Markdown headings and bold labels', () => {
    const { content, recognised } = parseJobText(MARKDOWN_AD);
    expect(content).toMatchObject({
      title: 'Senior Backend Engineer',
      client: 'Northwind Payments',
      location: 'London (hybrid, 2 days in the office)',
      remotePolicy: 'hybrid',
      salary: { min: 80_000, max: 95_000, currency: 'GBP', period: 'year' },
      reportingLine: 'Head of Platform Engineering',
      mustHaves: ['5+ years building backend services', 'Go or Java in production', 'PostgreSQL at scale', 'Kubernetes'],
      niceToHaves: ['Kafka', 'Experience in payments or banking'],
      experienceLevel: 'senior',
      experienceYears: 5,
    });
    expect(content.responsibilities).toHaveLength(3);
    expect(content.purpose).toMatch(/^Northwind is rebuilding/);
    expect(content.interviewProcess).toBe('30-minute call with the hiring manager\nTake-home exercise\nFinal panel with the CTO');
    expect(recognised).toEqual(expect.arrayContaining(['title', 'client', 'salary', 'mustHaves', 'niceToHaves', 'interviewProcess']));
  });

  it('plain "Heading:" lines and label: value pairs', () => {
    const { content } = parseJobText(COLON_AD);
    expect(content).toMatchObject({
      title: 'Marketing Manager',
      client: 'Bramble & Co',
      location: 'Manchester',
      reportingLine: 'Marketing Director',
      salary: { min: 45_000, max: 55_000, currency: 'GBP', period: 'year' },
      mustHaves: ['B2B marketing experience', 'SEO', 'HubSpot'],
      niceToHaves: ['CIM qualification'],
      urgency: 'high',
    });
    expect(content.responsibilities).toEqual([
      'Own the annual marketing plan and a £400k budget', 'Run paid social and search campaigns', 'Manage one marketing executive',
    ]);
    expect(content.timeline).toMatch(/^Urgent/);
  });

  it('ALL CAPS headings, salary and benefits in one section', () => {
    const { content } = parseJobText(CAPS_AD);
    expect(content).toMatchObject({
      title: 'Data Analyst - Claims Team',
      mustHaves: ['SQL', 'Power BI', '2+ years in an analyst role'],
      niceToHaves: ['Python', 'Insurance experience'],
      salary: { min: 38_000, max: 42_000, currency: 'GBP' },
      location: 'Leeds, office-based',
      remotePolicy: 'onsite',
      experienceYears: 2,
    });
    expect(content.whyJoin).toBe('25 days holiday plus bank holidays\nPrivate medical cover');
    expect(content.responsibilities).toHaveLength(2);
  });

  it('bare headings with • bullets; the pay figure is taken out of the benefits', () => {
    const { content } = parseJobText(BULLET_AD);
    expect(content).toMatchObject({
      title: 'Frontend Developer (React)',
      mustHaves: ['3 years of React', 'TypeScript', 'Accessibility (WCAG 2.1)'],
      niceToHaves: ['Next.js', 'Testing with Playwright'],
      salary: { min: 55_000, max: 65_000, currency: 'GBP' },
      remotePolicy: 'remote',
      whyJoin: 'Fully remote within the UK\nLearning budget',
    });
    expect(content.responsibilities).toHaveLength(3);
  });

  it('an e-mail brief: headers skipped, subject as title, inline lists split', () => {
    const { content } = parseJobText(EMAIL_BRIEF);
    expect(content).toMatchObject({
      title: 'Head of Finance',
      reportingLine: 'CEO',
      mustHaves: ['ACA or ACCA qualified', 'Experience of a Series B business', 'Fundraising'],
      salary: { min: null, max: 120_000, currency: 'GBP' },
      success6Months: 'month-end close in 5 working days and a clean audit.',
      interviewProcess: 'CEO, then chair of the board, then a case study.',
      experienceLevel: 'executive',
      urgency: 'high',
    });
    expect(content.timeline).toMatch(/in seat by March/);
    expect(JSON.stringify(content)).not.toMatch(/priya@example\.com|Tom Reed/);
  });

  it('a LinkedIn job page: "Company · Place (Hybrid)" line and · bullets', () => {
    const { content } = parseJobText(LINKEDIN_AD);
    expect(content).toMatchObject({
      title: 'Product Designer',
      client: 'Lumen Health',
      location: 'Bristol, England, United Kingdom',
      remotePolicy: 'hybrid',
      mustHaves: ['A portfolio showing shipped product work', 'Figma', 'User research'],
      niceToHaves: ['Healthcare experience'],
    });
    expect(content.responsibilities).toHaveLength(3);
    // "£2,000 learning budget" is a benefit, not the salary.
    expect(content.salary).toBeUndefined();
    expect(content.whyJoin).toMatch(/four-day week/);
  });

  it('prose with no headings at all', () => {
    const { content } = parseJobText(NO_HEADINGS_AD);
    expect(content).toMatchObject({
      title: 'Senior Java Developer',
      team: 'payments team',
      location: 'Leeds',
      reportingLine: 'Engineering Manager',
      mustHaves: ['5+ years of Java and experience with Spring Boot'],
      niceToHaves: ['Experience with Kafka'],
      salary: { min: null, max: 75_000, currency: 'GBP' },
      remotePolicy: 'hybrid',
      experienceLevel: 'senior',
      experienceYears: 5,
    });
    expect(content.purpose).toBe('We are looking for a Senior Java Developer to join our payments team in Leeds.');
    expect(content.responsibilities).toEqual(['Build and run the services that move money for two million customers']);
  });

  it('numbered and lettered lists: 1. 1) a)', () => {
    const { content } = parseJobText('Requirements\n1. Python\n2) SQL\na) dbt\nb. Airflow\n\nNice to have\n(i) Looker');
    expect(content.mustHaves).toEqual(['Python', 'SQL', 'dbt', 'Airflow']);
    expect(content.niceToHaves).toEqual(['Looker']);
  });

  it('splits short comma lists of skills, but not duties', () => {
    const { content } = parseJobText('Requirements\n- Python, Django, PostgreSQL\n\nResponsibilities\n- Plan, run and report on campaigns');
    expect(content.mustHaves).toEqual(['Python', 'Django', 'PostgreSQL']);
    expect(content.responsibilities).toEqual(['Plan, run and report on campaigns']);
  });

  it('Windows line endings, tab after the bullet, no title line: headings and bullets are never the title', () => {
    const ad = 'Key Responsibilities:\r\n•\tOwn the roadmap\r\n•\tRun discovery\r\n\r\nWho you are:\r\n•\t5+ years in product management\r\n'
      + '\r\nSalary: Competitive\r\nStart date: ASAP\r\nReports to: VP Product';
    const { content } = parseJobText(ad);
    expect(content).toEqual({
      responsibilities: ['Own the roadmap', 'Run discovery'],
      mustHaves: ['5+ years in product management'],
      timeline: 'ASAP',
      reportingLine: 'VP Product',
      experienceYears: 5,
      urgency: 'high',
    });
  });

  it('"No remote work experience" says nothing about the job\'s remote policy', () => {
    expect(parseJobText('Staff Engineer\n\nDeal-breakers\n- No remote work experience').content.remotePolicy).toBeUndefined();
  });

  it('does not read "Experience with Kafka" on its own line as a heading', () => {
    const { content } = parseJobText('Requirements\nExperience with Kafka\nGo');
    expect(content.mustHaves).toEqual(['Experience with Kafka', 'Go']);
  });
});

describe('parseJobText on bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n '],
    ['only punctuation', ':::\n***\n###'],
    ['not a string', 42 as unknown as string],
  ])('%s → empty result, no throw', (_name, input) => {
    const result = parseJobText(input);
    expect(result.truncated).toBe(false);
    expect(result).toEqual({ content: {}, recognised: [], truncated: false });
  });

  it('copes with 200 KB quickly and bounds what it keeps', () => {
    const huge = `Requirements\n${'- Kubernetes and a very long requirement line '.repeat(3)}\n`.repeat(2_000) + 'x'.repeat(20_000);
    expect(huge.length).toBeGreaterThan(200_000);
    const started = performance.now();
    const { content } = parseJobText(huge);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(content.mustHaves!.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
    for (const item of content.mustHaves!) expect(item.length).toBeLessThanOrEqual(MAX_ITEM_CHARS);
  });

  it('bounds text fields and flags input beyond the parse limit', () => {
    const long = `About the role\n${'The team ships payments software every single day. '.repeat(10_000)}`;
    const result = parseJobText(long);
    expect(result.truncated).toBe(long.length > MAX_PARSE_CHARS);
    expect(Array.from(result.content.purpose ?? '').length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it.each([
    ['a 200 KB single line', 'a'.repeat(200_000)],
    ['200 KB of digits and commas', '1,'.repeat(100_000)],
    ['200 KB of pound signs', '£1 '.repeat(70_000)],
    ['200 KB of open brackets', '('.repeat(200_000)],
    ['50,000 empty bullets', '- \n'.repeat(50_000)],
    ['25,000 ALL CAPS lines', 'ABC DEF\n'.repeat(25_000)],
  ])('%s stays fast and does not throw', (_name, input) => {
    const started = performance.now();
    expect(() => parseJobText(input)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('parseSalary', () => {
  it.each<[string, boolean, string]>([
    ['£60,000–£70,000', false, '£60k–£70k per year'],
    ['$120k-$140k', false, '$120k–$140k per year'],
    ['€55k', false, '€55k per year'],
    ['60-70k GBP', false, '£60k–£70k per year'],
    ['up to £75,000 per annum', false, 'up to £75k per year'],
    ['from $90,000', false, 'from $90k per year'],
    ['£450 per day', false, '£450 per day'],
    ['EUR 55.000 - 65.000', false, '€55k–€65k per year'],
    ['£60,000.00 - £65,000.00', false, '£60k–£65k per year'],
    ['CHF 120k', false, '120k CHF per year'],
    ['60,000 - 70,000', true, '60k–70k per year'],
    ['£60k to £70k + bonus', false, '£60k–£70k per year'],
  ])('%s', (text, lenient, expected) => {
    const salary = parseSalary(text, lenient);
    expect(salary).not.toBeNull();
    expect(formatSalary(salary!)).toBe(expected);
  });

  it.each(['3-5 years of experience', '60,000 - 70,000', 'We raised $20m', 'a £2,000 learning budget', 'no figures here'])(
    '%s is not a salary without context', (text) => {
      expect(parseSalary(text)).toBeNull();
    },
  );
});

describe('signals', () => {
  it.each([
    ['Hybrid, 2 days a week in the office', 'hybrid'],
    ['Fully remote (UK only)', 'remote'],
    ['This is not a remote role', 'onsite'],
    ['Office-based in Leeds', 'onsite'],
    ['Remote-first company', 'remote'],
    ['London', ''],
  ])('remote policy of %j is %j', (text, expected) => {
    expect(detectRemotePolicy(text)).toBe(expected);
  });

  it.each([['5+ years of Go', 5], ['3-5 years', 3], ['at least 7 yrs', 7], ['Go', null], ['99 years', null]])(
    'years in %j → %j', (text, expected) => {
      expect(detectYears(text)).toBe(expected);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { JUSTIFICATION_RULES, LISTENING_PROMPTS, detectJustification } from '@/domain/justification';

/** [note, rule expected to fire] */
const FLAGGED: [string, string][] = [
  ['But he actually built that pipeline himself.', 'but-actually'],
  ['but she really knows Kafka inside out', 'but-actually'],
  ['But they actually did answer the design question', 'but-actually'],
  ['I think they misunderstood his answer on caching.', 'misunderstood'],
  ['The panel must have misread her CV', 'misunderstood'],
  ['It was just a misunderstanding about notice periods', 'misunderstood'],
  ['To be fair, it was a very long panel.', 'to-be-fair'],
  ['In fairness he was only given 20 minutes', 'to-be-fair'],
  ['In her defence the brief never mentioned Go', 'to-be-fair'],
  ["I'm sure she could do the job", 'sure-about-candidate'],
  ['I am confident that he would pick it up quickly', 'sure-about-candidate'],
  ["I know she can handle stakeholders", 'sure-about-candidate'],
  ["She's usually great in interviews", 'usually-great'],
  ['He normally interviews really well', 'usually-great'],
  ["He's better than that.", 'usually-great'],
  ["They didn't give him a chance to explain", 'no-chance'],
  ['the panel never gave her a fair hearing', 'no-chance'],
  ["She wasn’t given a proper chance to finish", 'no-chance'],
  ["That's not really fair on the candidate", 'not-fair'],
  ['Feels a bit harsh to me', 'not-fair'],
  ['He just had an off day', 'off-day'],
  ['she was just nervous', 'off-day'],
  ['I disagree with their take on his leadership', 'disagree'],
  ["I'd respectfully disagree", 'disagree'],
  ["That's not what happened in the prep call", 'disagree'],
  ['They must have wanted someone more senior all along', 'must-have-been'],
  ['The hiring manager must have been in a bad mood', 'must-have-been'],
  ["It doesn't reflect her true ability", 'not-a-fair-reflection'],
  ["It wasn't his fault the VPN failed", 'not-a-fair-reflection'],
  ['The client is being unrealistic about salary', 'client-is-wrong'],
  ["They're looking for a unicorn", 'client-is-wrong'],
  ["They didn't ask the right questions", 'wrong-questions'],
];

const NOT_FLAGGED: string[] = [
  'But the client wants someone who has led a migration.',
  'She was fair in her assessment of the trade-offs.',
  'Client said: "I disagree with his approach to testing."',
  '“They misunderstood the brief” — quoting the CTO verbatim.',
  'Interview ran 45 minutes; two interviewers; system design round.',
  'Priya felt his SQL was weak on window functions.',
  'He struggled to give a concrete example of leading a team.',
  'They asked about Kubernetes, which was not in the brief.',
  'The salary expectations were fair given the market.',
  'I misunderstood the brief: they need production ML, not research.',
  'The interviewers disagreed with each other about seniority.',
  'With respect to the notice period, she can start in May.',
  'Candidates must have used Spark in production.',
  'The client must have a decision by Friday.',
  'She had a tough interview with three panellists.',
  'He was nervous at the start and said so.',
  'They really wanted someone local to Leeds.',
  'But they actually asked about cost optimisation, which surprised me.',
  'Fair point from Tom about stakeholder management.',
  'He is usually based in Berlin, relocation needed.',
  'The team were clear that depth in Python matters most.',
  'Next step: call the candidate tomorrow with feedback.',
  'Asked the client: what would a strong answer have looked like?',
  'I agree the examples were thin.',
  'The candidate gave a good answer on incident response.',
  'Unfairly low offer last time, per the candidate (check).',
  'The client had a bad quarter and budget is tight.',
  'That is fair: the role needs more hands-on coding.',
  'I never had a chance to ask about the bonus.',
  'She was given a take-home task on Monday.',
];

describe('detectJustification: flags defensive or dismissive phrasing', () => {
  it.each(FLAGGED)('%j → %s', (note, ruleId) => {
    const flags = detectJustification(note);
    expect(flags.map((f) => f.ruleId)).toEqual([ruleId]);
    const flag = flags[0]!;
    expect(note.slice(flag.start, flag.end)).toBe(flag.match);
    expect(flag.explanation.length).toBeGreaterThan(20);
    expect(flag.alternative).toMatch(/\?|\.$/);
  });
});

describe('detectJustification: leaves listening and factual notes alone', () => {
  it.each(NOT_FLAGGED.map((n) => [n]))('%j', (note) => {
    expect(detectJustification(note)).toEqual([]);
  });

  it('tests at least 40 phrases, at least half of them clean', () => {
    expect(FLAGGED.length + NOT_FLAGGED.length).toBeGreaterThanOrEqual(40);
    expect(NOT_FLAGGED.length).toBeGreaterThanOrEqual((FLAGGED.length + NOT_FLAGGED.length) / 2 - 2);
  });
});

describe('detectJustification: details', () => {
  it('handles curly apostrophes and keeps the original text in the match', () => {
    const note = 'Honestly? I’m sure she’d nail it, and that’s not really fair.';
    const flags = detectJustification(note);
    expect(flags.map((f) => [f.ruleId, f.match])).toEqual([
      ['sure-about-candidate', 'I’m sure she'],
      ['not-fair', 'that’s not really fair'],
    ]);
  });

  it('is case-insensitive', () => {
    expect(detectJustification('TO BE FAIR HE JUST HAD AN OFF DAY').map((f) => f.ruleId)).toEqual(['to-be-fair', 'off-day']);
  });

  it('finds several hits, in order, with correct spans', () => {
    const note = 'They misunderstood him. To be fair he was tired. I disagree with Tom.';
    const flags = detectJustification(note);
    expect(flags.map((f) => f.ruleId)).toEqual(['misunderstood', 'to-be-fair', 'disagree']);
    for (const f of flags) expect(note.slice(f.start, f.end)).toBe(f.match);
    expect(flags[0]).toMatchObject({ start: 0, end: 18 });
  });

  it('does not double-flag one phrase matched by two rules', () => {
    const flags = detectJustification('They must have misunderstood her.');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.match).toBe('They must have misunderstood');
  });

  it('knows the candidate by name when told', () => {
    expect(detectJustification('But Zoë actually led that project.')).toEqual([]);
    const flags = detectJustification('But Zoë actually led that project.', { candidateNames: ['Zoë', ''] });
    expect(flags.map((f) => f.match)).toEqual(['But Zoë actually']);
  });

  it('only skips text inside closed quotes; a stray quote mark silences nothing', () => {
    expect(detectJustification('He said "fine" but to be fair it was late')).toHaveLength(1);
    expect(detectJustification('The CTO: "to be fair, no"')).toEqual([]);
    expect(detectJustification('Stray " mark, to be fair')).toHaveLength(1);
  });

  it('gives the same key for the same phrase wherever it sits, so a dismissal sticks', () => {
    const a = detectJustification('To be fair, long day.')[0];
    const b = detectJustification('Notes first. to  be fair, long day.')[0];
    expect(a?.key).toBe(b?.key);
  });

  it('copes with empty, huge and odd input', () => {
    expect(detectJustification('')).toEqual([]);
    expect(detectJustification(undefined as unknown as string)).toEqual([]);
    const huge = `${'Neutral factual note about SQL. '.repeat(1_600)}He just had an off day.`;
    const started = performance.now();
    expect(detectJustification(huge).map((f) => f.ruleId)).toEqual(['off-day']);
    expect(performance.now() - started).toBeLessThan(500);
    expect(detectJustification('مرشح ممتاز 🚀 to be fair')).toHaveLength(1);
  });
});

describe('rules and prompts', () => {
  it('every rule has a unique id and compiles', () => {
    expect(new Set(JUSTIFICATION_RULES.map((r) => r.id)).size).toBe(JUSTIFICATION_RULES.length);
    expect(() => detectJustification('x', { candidateNames: ['A (b)', 'c.d*'] })).not.toThrow();
  });

  it('offers the listening prompts from the brief', () => {
    const texts = LISTENING_PROMPTS.map((p) => p.text);
    expect(texts).toContain('What did you see, specifically?');
    expect(texts).toContain('Can you give me an example?');
    expect(texts).toContain('What would a strong answer have looked like?');
  });
});

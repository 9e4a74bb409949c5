import { describe, expect, it } from 'vitest';
import { CAUSES, type CauseId } from '@/domain/diagnosis/causes';
import {
  MIN_ANSWERS_FOR_DIAGNOSIS,
  diagnose,
  diagnosisCoverage,
  type CauseScore,
  type EvidenceAnswers,
} from '@/domain/diagnosis/engine';
import { EVIDENCE_QUESTIONS } from '@/domain/diagnosis/questions';

const order = (ranked: CauseScore[]) => ranked.map((r) => r.cause);
const scoreOf = (ranked: CauseScore[], cause: CauseId) => ranked.find((r) => r.cause === cause)?.score ?? NaN;
const prior = (cause: CauseId) => CAUSES[cause].prior;

describe('diagnose: no evidence', () => {
  const ranked = diagnose({});

  it('returns the priors, assessment first and candidate last', () => {
    expect(order(ranked)).toEqual(['assessment', 'brief', 'client', 'candidate']);
    for (const r of ranked) expect(r.score).toBeCloseTo(prior(r.cause), 12);
    expect(scoreOf(ranked, 'brief')).toBe(scoreOf(ranked, 'client'));
    expect(ranked.every((r) => r.evidence.length === 0)).toBe(true);
  });

  it('gives whole percentages that sum to 100', () => {
    expect(ranked.map((r) => r.percent)).toEqual([40, 22, 22, 16]);
  });
});

describe('diagnose: realistic scenarios', () => {
  it.each<[string, EvidenceAnswers, CauseId[], CauseId[]]>([
    // [scenario, answers, causes that must rank above assessment/others, causes that must rise above their prior]
    ['client asked about a skill that was never in the brief', { 'skill-not-in-brief': 'yes' }, ['brief', 'client'], ['brief', 'client']],
    ['candidate was late and unprepared', { 'late-or-rescheduled': 'yes', unprepared: 'yes' }, ['candidate'], ['candidate']],
    ['recruiter rated communication 5/5, client says poor', { 'rated-strong-found-weak': 'yes', 'skills-tested': 'no' }, ['assessment'], ['assessment']],
    ['client changed the requirements and a new director joined', { 'requirements-changed': 'yes', 'new-decision-maker': 'yes' }, ['client'], ['client']],
    ['brief taken from HR only, no ranked must-haves, others failed too', { 'brief-from-hiring-manager': 'no', 'must-haves-ranked': 'no', 'same-reason-rejections': 'yes' }, ['brief'], ['brief']],
    ['candidate has gone cold and had a bad day', { 'interest-cooled': 'yes', 'off-form': 'yes', 'candidate-agrees': 'yes' }, ['candidate'], ['candidate']],
  ])('%s', (_scenario, answers, leaders, risers) => {
    const ranked = diagnose(answers);
    const top = order(ranked).slice(0, leaders.length);
    expect(top.sort()).toEqual([...leaders].sort());
    for (const cause of risers) expect(scoreOf(ranked, cause)).toBeGreaterThan(prior(cause));
  });

  it('a skill missing from the brief raises brief and client equally, brief first by priority', () => {
    const ranked = diagnose({ 'skill-not-in-brief': 'yes' });
    expect(order(ranked).slice(0, 2)).toEqual(['brief', 'client']);
    expect(scoreOf(ranked, 'brief')).toBe(scoreOf(ranked, 'client'));
  });

  it('counter-evidence lowers a cause: skills were tested and motivation checked', () => {
    const ranked = diagnose({ 'skills-tested': 'yes', 'motivation-checked': 'yes' });
    expect(scoreOf(ranked, 'assessment')).toBeLessThan(prior('assessment'));
    expect(order(ranked)[0]).not.toBe('assessment');
  });
});

describe('diagnose: what does not count', () => {
  it('"unsure" changes nothing', () => {
    const allUnsure = Object.fromEntries(EVIDENCE_QUESTIONS.map((q) => [q.id, 'unsure' as const]));
    expect(diagnose(allUnsure)).toEqual(diagnose({}));
    const mixed = diagnose({ 'skill-not-in-brief': 'yes', 'off-form': 'unsure' });
    expect(mixed).toEqual(diagnose({ 'skill-not-in-brief': 'yes' }));
  });

  it('a "no" on a question with no "no" weights changes nothing', () => {
    expect(diagnose({ 'late-or-rescheduled': 'no' })).toEqual(diagnose({}));
  });

  it('ignores unknown questions and malformed answers from old data', () => {
    const junk = { 'not-a-question': 'yes', unprepared: 'perhaps' } as unknown as EvidenceAnswers;
    expect(diagnose(junk)).toEqual(diagnose({}));
    expect(diagnose(null as unknown as EvidenceAnswers)).toEqual(diagnose({}));
  });
});

describe('diagnose: evidence and determinism', () => {
  const answers: EvidenceAnswers = {
    'rated-strong-found-weak': 'yes',
    'skills-tested': 'no',
    'vague-answers': 'yes',
    'motivation-checked': 'yes',
    'same-reason-rejections': 'no',
  };

  it('lists the evidence behind each cause, strongest first', () => {
    const assessment = diagnose(answers).find((r) => r.cause === 'assessment');
    expect(assessment?.evidence.map((e) => [e.questionId, e.answer, e.weight])).toEqual([
      ['rated-strong-found-weak', 'yes', 3],
      ['skills-tested', 'no', 2],
      ['vague-answers', 'yes', 1],
      ['same-reason-rejections', 'no', 1],
      ['motivation-checked', 'yes', -1],
    ]);
    expect(assessment?.evidence[0]?.text).toMatch(/rated strong/);
  });

  it('is deterministic and independent of answer order', () => {
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    expect(diagnose(answers)).toEqual(diagnose(answers));
    expect(diagnose(reversed)).toEqual(diagnose(answers));
  });

  it('scores always sum to 1 and percentages to 100', () => {
    const everythingYes = Object.fromEntries(EVIDENCE_QUESTIONS.map((q) => [q.id, 'yes' as const]));
    const everythingNo = Object.fromEntries(EVIDENCE_QUESTIONS.map((q) => [q.id, 'no' as const]));
    for (const a of [answers, everythingYes, everythingNo, {}]) {
      const ranked = diagnose(a);
      expect(ranked.reduce((s, r) => s + r.score, 0)).toBeCloseTo(1, 12);
      expect(ranked.reduce((s, r) => s + r.percent, 0)).toBe(100);
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    }
  });
});

describe('diagnosisCoverage', () => {
  it.each<[EvidenceAnswers, { answered: number; unsure: number; enough: boolean }]>([
    [{}, { answered: 0, unsure: 0, enough: false }],
    [{ unprepared: 'yes', 'off-form': 'no', 'cv-gap': 'unsure' }, { answered: 2, unsure: 1, enough: false }],
    [{ unprepared: 'yes', 'off-form': 'no', 'cv-gap': 'unsure', 'fit-doubts': 'unsure', 'skills-tested': 'yes' }, { answered: 3, unsure: 2, enough: true }],
    [{ bogus: 'yes' } as EvidenceAnswers, { answered: 0, unsure: 0, enough: false }],
  ])('%j', (answers, expected) => {
    const coverage = diagnosisCoverage(answers);
    expect(coverage).toMatchObject(expected);
    expect(coverage.answered + coverage.unsure + coverage.unanswered).toBe(EVIDENCE_QUESTIONS.length);
  });

  it('needs a handful of considered questions', () => {
    expect(MIN_ANSWERS_FOR_DIAGNOSIS).toBe(5);
  });
});

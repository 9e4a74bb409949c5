import { describe, expect, it } from 'vitest';
import { CAUSES, CAUSE_IDS, isCauseId } from '@/domain/diagnosis/causes';
import { EVIDENCE_QUESTIONS, EVIDENCE_THEMES, evidenceQuestion, isEvidenceAnswer, questionsByTheme } from '@/domain/diagnosis/questions';

describe('causes', () => {
  it('priors sum to 1 and follow the brief', () => {
    const sum = CAUSE_IDS.reduce((s, id) => s + CAUSES[id].prior, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(CAUSES.assessment.prior).toBeGreaterThan(CAUSES.brief.prior);
    expect(CAUSES.brief.prior).toBe(CAUSES.client.prior);
    for (const id of CAUSE_IDS) expect(CAUSES.candidate.prior).toBeLessThanOrEqual(CAUSES[id].prior);
  });

  it.each([
    ['assessment', true],
    ['candidate', true],
    ['Assessment', false],
    ['', false],
    [null, false],
  ])('isCauseId(%j) → %j', (value, expected) => {
    expect(isCauseId(value)).toBe(expected);
  });
});

describe('the evidence weights table', () => {
  it('has at least 24 questions with unique ids', () => {
    expect(EVIDENCE_QUESTIONS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(EVIDENCE_QUESTIONS.map((q) => q.id)).size).toBe(EVIDENCE_QUESTIONS.length);
  });

  it.each(EVIDENCE_QUESTIONS.map((q) => [q.id, q] as const))('%s is well formed', (_id, q) => {
    expect(Object.keys(EVIDENCE_THEMES)).toContain(q.theme);
    expect(q.text.trim().endsWith('?')).toBe(true);
    const weights = [q.yes, q.no ?? {}].flatMap((w) => Object.entries(w));
    expect(weights.length).toBeGreaterThan(0);
    for (const [cause, points] of weights) {
      expect(isCauseId(cause)).toBe(true);
      expect(Number.isInteger(points)).toBe(true);
      expect(Math.abs(points as number)).toBeLessThanOrEqual(3);
    }
  });

  it('covers every theme and gives every cause some supporting evidence', () => {
    const themes = new Set(EVIDENCE_QUESTIONS.map((q) => q.theme));
    expect([...themes].sort()).toEqual(Object.keys(EVIDENCE_THEMES).sort());
    for (const cause of CAUSE_IDS) {
      const supporting = EVIDENCE_QUESTIONS.filter((q) => (q.yes[cause] ?? 0) > 0 || (q.no?.[cause] ?? 0) > 0);
      expect(supporting.length, cause).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps questions of a theme together, so the checklist can group them', () => {
    const seen: string[] = [];
    for (const q of EVIDENCE_QUESTIONS) {
      if (seen.at(-1) !== q.theme) {
        expect(seen).not.toContain(q.theme);
        seen.push(q.theme);
      }
    }
  });

  it('groups the checklist by theme without losing or repeating a question', () => {
    const groups = questionsByTheme();
    expect(groups.map((g) => g.label)).toEqual(Object.values(EVIDENCE_THEMES));
    expect(groups.flatMap((g) => g.questions)).toEqual([...EVIDENCE_QUESTIONS]);
  });

  it('looks questions up by id', () => {
    expect(evidenceQuestion('skill-not-in-brief')?.theme).toBe('the-brief');
    expect(evidenceQuestion('nope')).toBeUndefined();
  });

  it.each([
    ['yes', true],
    ['no', true],
    ['unsure', true],
    ['maybe', false],
    [undefined, false],
  ])('isEvidenceAnswer(%j) → %j', (value, expected) => {
    expect(isEvidenceAnswer(value)).toBe(expected);
  });
});

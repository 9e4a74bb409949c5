import { describe, expect, it } from 'vitest';
import { MAX_PARAPHRASE_LENGTH, paraphraseForCandidate } from '@/domain/paraphrase';

describe('paraphraseForCandidate', () => {
  it.each([
    ["He couldn't explain his caching strategy", "You couldn't explain your caching strategy."],
    ['She struggles to give concrete examples.', 'You struggle to give concrete examples.'],
    ['Her answers were vague and she never gave a concrete example.', 'Your answers were vague and you never gave a concrete example.'],
    ['“I asked her about Kafka and she really was lost!”', 'The interviewer asked you about Kafka and you really were lost.'],
    ["Didn't know our product at all", "You didn't know the team's product at all."],
    ['Too junior for us', 'You came across as too junior for the team.'],
    ['I think that his communication was poor', 'Your communication was weaker than the team had hoped.'],
    ['Honestly, the system design was terrible', 'The system design was weaker than the team had hoped.'],
    ["I wasn't convinced by his leadership examples", "The interviewer wasn't convinced by your leadership examples."],
    ["I'm not sure he has led a team", "The interviewer is not sure you have led a team."],
    ["We needed more depth on data modelling; we're after someone hands-on", "The team needed more depth on data modelling; the team are after someone hands-on."],
    ["The candidate's SQL seemed a bit weak", 'Your SQL seemed weaker than the team had hoped.'],
    ["He's got good instincts but he goes off on tangents", "You've got good instincts but you go off on tangents."],
    ["They don't know the US market", "You don't know the US market."],
    ['Not enough hands-on experience with Spark', 'Not enough hands-on experience with Spark.'],
    ['Why did he not ask any questions?', 'Why did you not ask any questions?'],
    ['', ''],
  ])('%j → %j', (quote, expected) => {
    expect(paraphraseForCandidate(quote)).toBe(expected);
  });

  it('uses the candidate names when given', () => {
    expect(paraphraseForCandidate("Zoë misses details; Zoë's code was sloppy", ['Zoë'])).toBe(
      'You miss details; your code was weaker than the team had hoped.',
    );
  });

  it('straightens curly apostrophes', () => {
    expect(paraphraseForCandidate('She didn’t prepare')).toBe("You didn't prepare.");
  });

  it('bounds very long quotes', () => {
    const out = paraphraseForCandidate(`He rambled ${'on and on '.repeat(600)}`);
    expect(Array.from(out).length).toBeLessThanOrEqual(MAX_PARAPHRASE_LENGTH + 1);
    expect(out.startsWith('You rambled')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { draftCandidateFeedback, type CandidateFeedbackInput } from '@/domain/candidate-feedback';

const base: CandidateFeedbackInput = {
  candidateFirstName: 'Jane',
  roleTitle: 'Senior Data Engineer',
  clientCompany: 'Acme Analytics',
  feedback: [
    { id: 'f2', quote: "She couldn't explain how she'd partition the events table.", saidBy: 'Tom', topic: 'Technical skills', sentiment: 'negative' },
    { id: 'f1', quote: 'She knew our product inside out!', saidBy: 'Priya', topic: 'Preparation', sentiment: 'positive' },
    { id: 'f3', quote: 'Her communication was really poor', saidBy: 'Priya', topic: 'Communication', sentiment: 'negative' },
    { id: 'f4', quote: 'Interview overran by ten minutes', saidBy: 'Priya', topic: 'Logistics', sentiment: 'neutral' },
  ],
  coachingPoints: ['star-answers', 'Practise whiteboard design questions'],
  outcome: 'rejected',
  recruiterName: 'Sam',
};

describe('draftCandidateFeedback', () => {
  const message = draftCandidateFeedback(base);
  const paragraphs = message.split('\n\n');

  it('opens personally and names the role and client', () => {
    expect(paragraphs[0]).toBe('Hi Jane,');
    expect(paragraphs[1]).toBe(
      'Thank you for the time you put into interviewing with Acme Analytics for the Senior Data Engineer role. I have spoken with Acme Analytics and want to pass on their feedback while it is fresh.',
    );
  });

  it('puts strengths first, then development areas, in the second person', () => {
    expect(paragraphs[2]).toBe("What went well:\n- Preparation: You knew the team's product inside out.");
    expect(paragraphs[3]).toBe(
      "Where they wanted to see more:\n- Technical skills: You couldn't explain how you'd partition the events table.\n- Communication: Your communication was weaker than the team had hoped.",
    );
    expect(message.indexOf('What went well')).toBeLessThan(message.indexOf('Where they wanted'));
  });

  it('never forwards the harsh words verbatim, nor neutral remarks', () => {
    expect(message).not.toMatch(/really poor/);
    expect(message).not.toMatch(/She couldn't/);
    expect(message).not.toMatch(/overran/);
  });

  it('adds coaching from the catalogue and the recruiter’s own points', () => {
    expect(paragraphs[4]).toMatch(/^A few things that could help next time:\n- Answer with examples \(STAR\): Prepare five stories/);
    expect(paragraphs[4]).toMatch(/\n- Practise whiteboard design questions$/);
  });

  it('ends with next steps for the outcome and a sign-off', () => {
    expect(paragraphs[5]).toMatch(/^They have decided not to take things further for this role\. .*next suitable role/);
    expect(paragraphs[6]).toBe('Best wishes,\nSam');
  });

  it.each([
    ['another-round', /would like to see you again/],
    ['on-hold', /on hold/],
    ['undecided', /not made a final decision/],
    [undefined, /not made a final decision/],
  ] as const)('next steps for %s', (outcome, expected) => {
    expect(draftCandidateFeedback({ ...base, outcome })).toMatch(expected);
  });

  it('copes with missing details without inventing praise', () => {
    const bare = draftCandidateFeedback({ candidateFirstName: ' ', roleTitle: '', clientCompany: '', feedback: [], coachingPoints: [] });
    expect(bare).toBe(
      [
        'Hi,',
        'Thank you for the time you put into interviewing for the role. I have spoken with the client and want to pass on their feedback while it is fresh.',
        'They have not shared detailed feedback yet; I will pass it on as soon as I have it.',
        'They have not made a final decision yet, and I will update you as soon as I hear. In the meantime, could we have a quick call to talk it through?',
        'Best wishes,',
      ].join('\n\n'),
    );
  });

  it('drops repeated points and blank coaching, and knows the candidate by name', () => {
    const out = draftCandidateFeedback({
      ...base,
      candidateNames: ['Jane Doe'],
      feedback: [
        { id: 'a', quote: 'Jane Doe rambles', saidBy: '', topic: '', sentiment: 'negative' },
        { id: 'b', quote: 'Jane Doe rambles.', saidBy: '', topic: '', sentiment: 'negative' },
      ],
      coachingPoints: ['  ', 'star-answers', 'star-answers'],
    });
    expect(out).toMatch(/Where they wanted to see more:\n- You ramble\.\n\n/);
    expect(out.match(/STAR/g)).toHaveLength(1);
  });

  it('handles RTL and emoji names', () => {
    expect(draftCandidateFeedback({ ...base, candidateFirstName: 'ليلى 🌟' }).startsWith('Hi ليلى 🌟,')).toBe(true);
  });
});

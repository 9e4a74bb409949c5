import { resolveCoachingPoint } from './coaching-points';
import type { FeedbackItem, Outcome } from './debrief';
import { paraphraseForCandidate } from './paraphrase';

export interface CandidateFeedbackInput {
  candidateFirstName: string;
  roleTitle: string;
  clientCompany: string;
  feedback: readonly FeedbackItem[];
  /** Coaching catalogue ids or the recruiter's own points. */
  coachingPoints: readonly string[];
  /** Decides the next-steps paragraph; without it the message stays neutral. */
  outcome?: Outcome;
  recruiterName?: string;
  /** Other ways the quotes may name the candidate (full name, nickname). */
  candidateNames?: readonly string[];
}

const NEXT_STEPS: Record<Outcome, string> = {
  rejected:
    'They have decided not to take things further for this role. One interview does not define you, and I would like to keep working with you: I will keep you in mind for the next suitable role. Could we have a quick call this week to talk it through and check what you are looking for next?',
  'another-round':
    "The good news is that they would like to see you again. Let's prepare for the next round together: when are you free for a call?",
  'on-hold':
    'They have put the process on hold for now, and I will let you know as soon as it moves. In the meantime, could we have a quick call to talk it through?',
  undecided:
    'They have not made a final decision yet, and I will update you as soon as I hear. In the meantime, could we have a quick call to talk it through?',
};

/**
 * A first draft of the feedback message to the candidate: specific (built from
 * what the client said), kind (strengths first, the client's words turned into
 * second-person points with the harshest words softened, never forwarded as
 * quotes), and useful (coaching, then clear next steps). The recruiter edits it.
 * Neutral feedback items are left out: they rarely help the candidate act.
 */
export function draftCandidateFeedback(input: CandidateFeedbackInput): string {
  const first = input.candidateFirstName.trim();
  const names = [first, ...(input.candidateNames ?? [])].filter(Boolean);
  const role = input.roleTitle.trim();
  const company = input.clientCompany.trim();

  const lines = (sentiment: FeedbackItem['sentiment']) => {
    const seen = new Set<string>();
    return input.feedback.flatMap((item) => {
      if (item.sentiment !== sentiment) return [];
      const point = paraphraseForCandidate(item.quote, names);
      if (!point || seen.has(point.toLowerCase())) return [];
      seen.add(point.toLowerCase());
      const topic = item.topic.trim();
      return [`- ${topic ? `${topic}: ` : ''}${point}`];
    });
  };
  const strengths = lines('positive');
  const developments = lines('negative');
  const coaching = [...new Set(input.coachingPoints.map((ref) => ref.trim()).filter(Boolean))].map((ref) => {
    const { title, tip } = resolveCoachingPoint(ref);
    return `- ${tip ? `${title}: ${tip}` : title}`;
  });

  const where = [company && `with ${company}`, role ? `for the ${role} role` : 'for the role'].filter(Boolean).join(' ');
  const parts: string[] = [
    first ? `Hi ${first},` : 'Hi,',
    `Thank you for the time you put into interviewing ${where}. I have spoken with ${company || 'the client'} and want to pass on their feedback while it is fresh.`,
  ];
  if (strengths.length) parts.push(['What went well:', ...strengths].join('\n'));
  if (developments.length) parts.push(['Where they wanted to see more:', ...developments].join('\n'));
  if (!strengths.length && !developments.length) {
    parts.push('They have not shared detailed feedback yet; I will pass it on as soon as I have it.');
  }
  if (coaching.length) parts.push(['A few things that could help next time:', ...coaching].join('\n'));
  parts.push(NEXT_STEPS[input.outcome ?? 'undecided']);
  const recruiter = input.recruiterName?.trim();
  parts.push(recruiter ? `Best wishes,\n${recruiter}` : 'Best wishes,');
  return parts.join('\n\n');
}

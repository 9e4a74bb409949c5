import { CAUSE_IDS, isCauseId, type CauseId } from './diagnosis/causes';

/**
 * Track 1: re-setting the requirement with the client. The recruiter works as
 * a consultant — questioning, listening, telling the story of the market —
 * so the bank mixes three kinds of prompt:
 * - clarify: open questions that make the client say what they need;
 * - market: storytelling prompts that bring in comparable hires and market
 *   reality ([square brackets] are for the recruiter to fill in);
 * - advise: the recruiter proposing the next move.
 */
export type ClientQuestionKind = 'clarify' | 'market' | 'advise';

export interface ClientQuestion {
  id: string;
  /** The confirmed causes that make this question worth asking. */
  causes: readonly CauseId[];
  kind: ClientQuestionKind;
  text: string;
}

export const CLIENT_QUESTIONS: readonly ClientQuestion[] = [
  // Assessment: find out exactly where the recruiter's reading differed from the client's.
  { id: 'strong-answer', causes: ['assessment'], kind: 'clarify', text: 'What would a strong answer have looked like at the moments that went badly?' },
  { id: 'shortest-competency', causes: ['assessment'], kind: 'clarify', text: 'Which competency fell shortest of what you need, and how far short?' },
  { id: 'moment-it-turned', causes: ['assessment', 'candidate'], kind: 'clarify', text: "Can you walk me through the moment you knew it wasn't right?" },
  { id: 'cv-not-borne-out', causes: ['assessment'], kind: 'clarify', text: "Was there anything on the CV that the interview didn't bear out?" },
  { id: 'team-personality', causes: ['assessment'], kind: 'clarify', text: 'What kind of person thrives in your team, and what was missing here?' },
  { id: 'market-trade-off', causes: ['assessment'], kind: 'market', text: 'Candidates at this level usually bring [strength] but not [gap]. Is that trade-off acceptable, or is [gap] essential?' },
  { id: 'two-profiles', causes: ['assessment', 'brief'], kind: 'market', text: 'If I showed you two profiles, one strong on [X] and one strong on [Y], which would you meet first?' },
  { id: 'test-before-sending', causes: ['assessment'], kind: 'advise', text: 'What should I test before I send the next person, so you only meet people who clear that bar?' },

  // Brief: take the fully qualified brief that should have been taken the first time.
  { id: 'first-three-months', causes: ['brief'], kind: 'clarify', text: 'What will this person actually be doing in their first three months?' },
  { id: 'success-at-twelve-months', causes: ['brief'], kind: 'clarify', text: 'What does success look like at six and at twelve months?' },
  { id: 'keep-only-three', causes: ['brief'], kind: 'clarify', text: 'If you could keep only three requirements, which three would they be?' },
  { id: 'first-ten-minutes', causes: ['brief'], kind: 'clarify', text: 'What would make you say no in the first ten minutes of an interview?' },
  { id: 'interview-plan', causes: ['brief'], kind: 'clarify', text: 'Who interviews next time, and what is each person assessing?' },
  { id: 'real-package', causes: ['brief'], kind: 'clarify', text: 'What is the real salary range, and how flexible is it for the right person?' },
  { id: 'skill-not-in-brief', causes: ['brief', 'client'], kind: 'clarify', text: "The interview focused on [skill], which wasn't in the brief. Is it a must-have, or could someone learn it on the job?" },
  { id: 'comparable-hires', causes: ['brief'], kind: 'market', text: 'Comparable hires in this market have come from [backgrounds]. Would any of those work for you, and which matters more to you?' },

  // Client: the requirement moved, or was defined wrongly; re-set it together.
  { id: 'what-changed', causes: ['client'], kind: 'clarify', text: 'What has changed since we first spoke about this role?' },
  { id: 'business-need', causes: ['client'], kind: 'clarify', text: 'Has the need behind this hire moved: new projects, a new team shape, different priorities?' },
  { id: 'who-decides', causes: ['client'], kind: 'clarify', text: 'Who has a say in this hire now, and what matters most to each of them?' },
  { id: 'benchmark', causes: ['client'], kind: 'clarify', text: 'Is there someone, inside the business or elsewhere, you are comparing candidates with? What do they have?' },
  { id: 'timeline', causes: ['client'], kind: 'clarify', text: 'Is the timeline still the same, or has the urgency changed?' },
  { id: 'rare-combination', causes: ['client', 'brief'], kind: 'market', text: 'People who have all of [requirements] are rare in this market and usually earn [range]. Which would you trade for a faster hire?' },
  { id: 'similar-search-story', causes: ['client'], kind: 'market', text: 'In a similar search, [client type] found their hire once they [changed what]. Could that work here?' },
  { id: 'rewrite-together', causes: ['client', 'brief'], kind: 'advise', text: 'Shall we rewrite the brief together now, so the next shortlist matches what you need today?' },

  // Candidate: get specific, usable feedback, and keep the door open.
  { id: 'what-went-well', causes: ['candidate'], kind: 'clarify', text: 'Which parts of the interview went well, so I can build on them with the candidate?' },
  { id: 'feedback-to-pass-on', causes: ['candidate'], kind: 'clarify', text: 'What specific feedback can I pass on to the candidate, in your words?' },
  { id: 'prepared-and-interested', causes: ['candidate'], kind: 'clarify', text: 'Did they come across as prepared and interested in the role?' },
  { id: 'interest-dropped', causes: ['candidate'], kind: 'clarify', text: 'Was there a moment where their interest or energy seemed to drop?' },
  { id: 'firm-no', causes: ['candidate'], kind: 'clarify', text: 'If they prepared differently, would you see them again, or is it a firm no?' },
  { id: 'competing-processes', causes: ['candidate'], kind: 'market', text: 'Good candidates are interviewing in several processes at once right now. What would make your process the one they choose?' },
  { id: 'other-role', causes: ['candidate'], kind: 'advise', text: 'Could they fit a different role in your business, now or later?' },
];

export interface SelectedQuestion extends ClientQuestion {
  /** The confirmed cause this question was chosen for (the first one, by priority). */
  forCause: CauseId;
}

/**
 * The questions to ask for the confirmed causes: the union, each question once,
 * grouped by cause in priority order (CAUSE_IDS by default, or the order the
 * caller passes, e.g. the diagnosis ranking), in bank order within a cause.
 */
export function questionsFor(
  confirmedCauses: readonly CauseId[],
  order: readonly CauseId[] = CAUSE_IDS,
): SelectedQuestion[] {
  const confirmed = new Set(confirmedCauses.filter(isCauseId));
  // Causes missing from a caller's order still count, after the ones it lists.
  const priority = [...new Set([...order.filter(isCauseId), ...CAUSE_IDS])].filter((c) => confirmed.has(c));
  const picked = new Map<string, SelectedQuestion>();
  for (const cause of priority) {
    for (const question of CLIENT_QUESTIONS) {
      if (question.causes.includes(cause) && !picked.has(question.id)) {
        picked.set(question.id, { ...question, forCause: cause });
      }
    }
  }
  return [...picked.values()];
}

/** How many of the selected questions have a non-blank answer. */
export function track1Progress(
  questions: readonly Pick<ClientQuestion, 'id'>[],
  answers: Readonly<Record<string, string | undefined>>,
): { answered: number; total: number } {
  const answered = questions.filter((q) => (answers[q.id] ?? '').trim() !== '').length;
  return { answered, total: questions.length };
}

export {
  MAX_CHANGE_DETAIL_LENGTH,
  REQUIREMENT_CHANGE_KIND_OPTIONS,
  describeChange,
  validateRequirementChange,
  validateRequirementChanges,
} from './requirement-changes';

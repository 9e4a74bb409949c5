/**
 * Phrases that show the recruiter slipping into "justification mode":
 * defending the candidate or dismissing the client instead of listening.
 *
 * Patterns are regular-expression sources, matched case-insensitively on text
 * whose curly apostrophes were straightened. Two placeholders keep them short:
 * - {cand}: the candidate as a subject (he, she, the candidate, or the
 *   candidate's names when the caller passes them);
 * - {client}: the client side (they, the client, the panel, the interviewers…).
 * Each rule is written to need its defensive context, not a single word: "fair"
 * alone or "but the client wants" must never trip a flag. Precision matters
 * more than recall here; a nagging detector gets switched off.
 */
export type JustificationCategory = 'defending-candidate' | 'dismissing-client' | 'arguing' | 'excusing' | 'assuming';

export const JUSTIFICATION_CATEGORIES: Record<JustificationCategory, string> = {
  'defending-candidate': 'Defending the candidate',
  'dismissing-client': "Dismissing the client's view",
  arguing: 'Arguing the point',
  excusing: 'Explaining it away',
  assuming: 'Assuming instead of asking',
};

export interface JustificationRule {
  id: string;
  category: JustificationCategory;
  pattern: string;
  explanation: string;
  alternative: string;
}

const SOFT = String.raw`(?:really\s+|very\s+|entirely\s+|totally\s+|exactly\s+|quite\s+)?`;
const IS = String.raw`(?:'s|'re|\s+is|\s+are|\s+was|\s+were)`;

export const JUSTIFICATION_RULES: readonly JustificationRule[] = [
  {
    id: 'but-actually', category: 'defending-candidate',
    pattern: String.raw`but\s+(?:(?:{cand})\s+(?:actually|really|clearly|definitely|obviously|honestly|genuinely)|they\s+(?:actually|really|clearly|definitely|obviously)\s+(?:has|have|had|did|does|do|is|are|was|were|knows?|knew|can|could))`,
    explanation: "Pointing to what the candidate really did argues with the client's experience of the interview. Their impression is the data.",
    alternative: 'What did you see, specifically?',
  },
  {
    id: 'misunderstood', category: 'dismissing-client',
    pattern: String.raw`(?:{client}|{cand})\s+(?:(?:must|may|might)\s+have\s+|probably\s+|clearly\s+|just\s+|simply\s+|completely\s+|totally\s+)?(?:misunderstood|misunderstand|misread|misinterpreted|misheard|got\s+(?:him|her|them)\s+wrong|didn't\s+get\s+(?:him|her|them))|(?:there\s+was|it\s+was|just)\s+a\s+misunderstanding`,
    explanation: 'Saying they misunderstood puts the problem on the client before you know what they saw.',
    alternative: 'What would a strong answer have looked like?',
  },
  {
    id: 'to-be-fair', category: 'arguing',
    pattern: String.raw`to\s+be\s+fair|in\s+(?:all\s+)?fairness|in\s+(?:his|her|their)\s+defen[cs]e|with\s+all\s+due\s+respect|with\s+respect(?!\s+(?:to|of)\b)`,
    explanation: "Softening the client's point before you have understood it signals you are defending, not listening.",
    alternative: 'Can you give me an example?',
  },
  {
    id: 'sure-about-candidate', category: 'assuming',
    pattern: String.raw`i(?:'m|\s+am)\s+(?:sure|certain|confident|convinced|positive)\s+(?:that\s+)?(?:{cand})|i\s+know\s+(?:that\s+)?(?:{cand})\s+(?:can|could|is|was|has|would|knows|did)`,
    explanation: "Your confidence in the candidate does not change what the client saw, and it closes the conversation.",
    alternative: 'What gave you that impression?',
  },
  {
    id: 'usually-great', category: 'defending-candidate',
    pattern: String.raw`(?:{cand}|they)${IS}\s+(?:usually|normally|generally|always|typically)\s+(?:really\s+|very\s+|so\s+)?(?:great|good|excellent|brilliant|strong|fine|solid|impressive|sharp)|(?:usually|normally|always|generally)\s+interviews?\s+(?:really\s+|very\s+)?well|(?:{cand})${IS}\s+better\s+than\s+(?:that|this)`,
    explanation: 'How the candidate usually performs is not what the client saw in this interview.',
    alternative: 'What would a strong answer have looked like?',
  },
  {
    id: 'no-chance', category: 'dismissing-client',
    pattern: String.raw`(?:didn't|did\s+not|never|wouldn't|would\s+not)\s+(?:really\s+|even\s+)?(?:give|gave|let)\s+(?:him|her|them|the\s+candidate)\s+(?:a\s+|much\s+of\s+a\s+|any\s+|a\s+real\s+|a\s+fair\s+|the\s+)?(?:chance|shot|hearing|opportunity)|never\s+(?:really\s+)?stood\s+a\s+chance|(?:wasn't|was\s+not|weren't|were\s+not)\s+(?:really\s+|even\s+)?given\s+(?:a\s+|much\s+of\s+a\s+|a\s+real\s+|a\s+fair\s+|a\s+proper\s+)(?:chance|shot|hearing)`,
    explanation: "Saying the candidate wasn't given a chance blames the client for the interview they ran.",
    alternative: 'What did you need to see that you did not?',
  },
  {
    id: 'not-fair', category: 'dismissing-client',
    pattern: String.raw`(?:that|it|this)(?:'s\s+not|\s+is\s+not|\s+isn't|\s+was\s+not|\s+wasn't|'s\s+hardly|\s+is\s+hardly)\s+${SOFT}fair|(?:bit|quite|rather|very|really|pretty|too|so|totally|completely|seems|seemed|feels|felt|that's|that\s+is|that\s+was|it's|it\s+was|being)\s+(?:unfair|unreasonable|harsh)|unfair\s+(?:on|to)\s+(?:him|her|them|the\s+candidate)`,
    explanation: 'Judging the feedback as unfair turns the call into a debate about the client.',
    alternative: 'Help me understand what you were looking for.',
  },
  {
    id: 'off-day', category: 'excusing',
    pattern: String.raw`(?:had|having|has)\s+(?:an?\s+)?(?:off|bad|rough|tough)\s+day|(?:had|having)\s+one\s+of\s+those\s+days|(?:was|were|is|got)\s+(?:just|only|probably|simply)\s+(?:a\s+(?:bit|little)\s+)?(?:nervous|tired|jet-?lagged)|nerves\s+got\s+(?:the\s+better\s+of|to)`,
    explanation: 'An off day may be true, but it explains the result away before you have heard the detail.',
    alternative: 'Which moments went wrong, and what would a strong answer have looked like?',
  },
  {
    id: 'disagree', category: 'arguing',
    pattern: String.raw`i(?:'d|\s+would|\s+have\s+to|\s+must)?\s+(?:totally\s+|completely\s+|strongly\s+|really\s+|just\s+|respectfully\s+)?(?:disagree|don't\s+agree|do\s+not\s+agree|beg\s+to\s+differ)|(?:that|this)(?:'s|\s+is)\s+(?:just\s+|simply\s+)?(?:not\s+true|not\s+right|untrue|not\s+what\s+happened)`,
    explanation: 'Disagreeing now makes the client defend their view instead of explaining it.',
    alternative: 'Before I respond, can you tell me more about what you saw?',
  },
  {
    id: 'must-have-been', category: 'assuming',
    pattern: String.raw`(?:{client}|{cand})\s+must(?:\s+have|'ve)\s+(?:been|missed|misheard|misread|confused|forgotten|wanted|expected|thought|assumed|decided|changed|ignored|overlooked|skimmed|mixed)`,
    explanation: 'Guessing at what happened fills the gap with your story instead of theirs.',
    alternative: 'Ask them: what were you hoping to hear?',
  },
  {
    id: 'not-a-fair-reflection', category: 'defending-candidate',
    pattern: String.raw`not\s+(?:a\s+)?(?:fair|true|real|accurate)\s+(?:reflection|representation|picture)|(?:doesn't|does\s+not|didn't|did\s+not)\s+(?:really\s+)?(?:reflect|show|represent|do\s+justice\s+to)\s+(?:his|her|their|the\s+candidate's)\s+(?:true\s+|real\s+|actual\s+|full\s+)?(?:ability|abilities|skills?|potential|level|experience|talent)|(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:really\s+)?(?:his|her|their|the\s+candidate's)\s+fault`,
    explanation: 'Deciding the interview was not representative sets the feedback aside instead of learning from it.',
    alternative: 'Was that a surprise, given the CV? What did you expect to see?',
  },
  {
    id: 'client-is-wrong', category: 'dismissing-client',
    pattern: String.raw`(?:{client})${IS}\s+(?:just\s+|simply\s+|completely\s+|totally\s+|clearly\s+|plain\s+)?wrong|(?:{client})${IS}\s+(?:being\s+)?(?:too\s+|so\s+|very\s+|really\s+|a\s+bit\s+|just\s+|way\s+too\s+)?(?:picky|fussy|unrealistic|unreasonable|nitpicking|narrow-minded)|(?:looking\s+for|wants?|wanted)\s+a\s+unicorn`,
    explanation: 'Calling the client wrong or unrealistic ends the listening; the requirement may really have moved.',
    alternative: 'How important is that for the role, compared with the rest?',
  },
  {
    id: 'wrong-questions', category: 'dismissing-client',
    pattern: String.raw`(?:{client})\s+(?:didn't|did\s+not|never)\s+(?:even\s+|really\s+)?ask(?:ed)?\s+(?:the\s+right|the\s+proper|good|the\s+correct|relevant|sensible|proper)`,
    explanation: 'Questioning how they interviewed moves the conversation away from what they learned.',
    alternative: 'Which questions mattered most to you, and why?',
  },
];

/** Listening and clarifying prompts for the capture screen. */
export const LISTENING_PROMPTS: readonly { id: string; text: string }[] = [
  { id: 'specifically', text: 'What did you see, specifically?' },
  { id: 'example', text: 'Can you give me an example?' },
  { id: 'strong-answer', text: 'What would a strong answer have looked like?' },
  { id: 'when', text: 'At what point in the interview did that come up?' },
  { id: 'who-else', text: 'Did the others on the panel see it the same way?' },
  { id: 'weight', text: 'How important is that for the role, compared with the rest?' },
  { id: 'surprise', text: 'Was that a surprise, given the CV?' },
  { id: 'liked', text: 'Was there anything you liked?' },
  { id: 'next-time', text: 'What would you need to see to feel confident next time?' },
  { id: 'tell-me-more', text: 'Tell me more about that.' },
];

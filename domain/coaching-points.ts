import type { FeedbackItem } from './debrief';

/**
 * Interview-skills coaching the recruiter can offer the candidate. Points are
 * suggested from the client's negative feedback (its topic and its words), so
 * the coaching answers what the client actually saw rather than generic advice.
 *
 * Keywords match at the start of a word; a trailing `*` allows any ending
 * ("prepar*" matches prepared, preparation), otherwise the whole word must match
 * ("star" must not match "start").
 */
export interface CoachingPoint {
  id: string;
  title: string;
  /** What to practise, addressed to the candidate. */
  tip: string;
  keywords: readonly string[];
}

export const COACHING_POINTS: readonly CoachingPoint[] = [
  { id: 'star-answers', title: 'Answer with examples (STAR)', tip: 'Prepare five stories using Situation, Task, Action, Result, each ending in a measurable result.', keywords: ['exampl*', 'vague*', 'specific*', 'concrete', 'star', 'evidence', 'detail*', 'generic', 'theoretical'] },
  { id: 'concise-answers', title: 'Keep answers concise', tip: 'Lead with the answer, then the detail; aim for two minutes and check whether they want more.', keywords: ['concise', 'rambl*', 'waffl*', 'long-winded', 'tangent*', 'talked too much', 'succinct', 'clarity', 'unclear', 'communicat*'] },
  { id: 'research-company', title: 'Research the company', tip: 'Read the website, recent news and the product; be ready to say why this company and what you would do in your first 90 days.', keywords: ['research*', 'prepar*', 'unprepared', 'product', 'homework', 'why us', 'knowledge of the company', 'company'] },
  { id: 'ask-questions', title: 'Ask good questions', tip: 'Bring three questions about the team, its challenges and what success looks like; questions show interest and judgement.', keywords: ['question*', 'curious', 'curiosity'] },
  { id: 'show-motivation', title: 'Show why you want the role', tip: 'Say plainly why this role and this company, linked to what you want next in your career.', keywords: ['motivat*', 'enthusias*', 'energy', 'passion*', 'interest*', 'engag*', 'flat', 'keen'] },
  { id: 'technical-refresh', title: 'Refresh the technical fundamentals', tip: 'Revisit the core skills in the job description and practise explaining your design decisions out loud.', keywords: ['technical*', 'coding', 'code', 'architecture', 'system design', 'design', 'sql', 'algorithm*', 'depth', 'hands-on'] },
  { id: 'leadership-examples', title: 'Evidence leadership and influence', tip: 'Prepare examples of leading people or work: the decision, how you brought others along, and the outcome.', keywords: ['leader*', 'lead', 'led', 'manag*', 'stakeholder*', 'influenc*', 'ownership', 'senior*'] },
  { id: 'confidence', title: 'Speak with confidence', tip: 'Rehearse your key stories aloud; pause before answering, and own your part with "I", not "we".', keywords: ['nervous*', 'confiden*', 'hesitant', 'unsure', 'shy', 'presence', 'quiet'] },
  { id: 'answer-the-question', title: 'Answer the question asked', tip: 'Listen to the whole question, check you have understood it, and answer that question before adding context.', keywords: ['listen*', "didn't answer", 'off topic', 'interrupt*', 'evasive', 'avoid*'] },
  { id: 'salary-conversation', title: 'Handle the salary conversation', tip: 'Give a researched range, link it to the value you bring, and keep the whole package open for discussion.', keywords: ['salary', 'money', 'package', 'pay', 'compensation', 'salary expectations', 'day rate'] },
  { id: 'weaknesses', title: 'Talk about weaknesses and mistakes', tip: 'Choose a real example, say what you learned and what you do differently now; avoid sounding defensive.', keywords: ['weakness*', 'failure*', 'mistake*', 'defensive', 'self-aware*', 'arrogan*', 'blame*'] },
  { id: 'team-fit', title: 'Show how you work with others', tip: 'Share examples of collaboration and disagreement handled well; reflect the values the company talks about.', keywords: ['culture*', 'fit', 'values', 'collaborat*', 'team player', 'attitude'] },
  { id: 'video-setup', title: 'Video interview set-up', tip: 'Test the camera, sound and connection beforehand; look at the camera and keep notes off-screen.', keywords: ['camera', 'video', 'zoom', 'connection', 'audio', 'eye contact', 'background'] },
  { id: 'logistics', title: 'Logistics and timing', tip: 'Plan to arrive or log in ten minutes early, with the address, link and interviewer names to hand.', keywords: ['late', 'punctual*', 'reschedul*', 'logistics', 'on time'] },
];

const BY_ID = new Map(COACHING_POINTS.map((p) => [p.id, p]));

const KEYWORD_PATTERNS = new Map(
  COACHING_POINTS.map((p) => [
    p.id,
    p.keywords.map((keyword) => {
      const stem = keyword.endsWith('*');
      const body = (stem ? keyword.slice(0, -1) : keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
      return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}${stem ? '' : String.raw`(?![\p{L}\p{N}])`}`, 'iu');
    }),
  ]),
);

export interface CoachingSuggestion {
  point: CoachingPoint;
  /** Ids of the negative feedback items that point to it. */
  feedbackIds: string[];
}

/**
 * Coaching points worth offering, from the negative feedback: most-evidenced
 * first, catalogue order for ties. A topic match and a quote match count alike.
 */
export function suggestCoachingPoints(feedback: readonly FeedbackItem[]): CoachingSuggestion[] {
  const negatives = feedback.filter((f) => f.sentiment === 'negative');
  const suggestions = COACHING_POINTS.map((point) => {
    const patterns = KEYWORD_PATTERNS.get(point.id) ?? [];
    const feedbackIds = negatives
      .filter((f) => patterns.some((re) => re.test(`${f.topic} ${f.quote}`.replace(/[\u2018\u2019]/g, "'"))))
      .map((f) => f.id);
    return { point, feedbackIds };
  });
  return suggestions
    .map((s, order) => ({ ...s, order }))
    .filter((s) => s.feedbackIds.length > 0)
    .sort((a, b) => b.feedbackIds.length - a.feedbackIds.length || a.order - b.order)
    .map(({ point, feedbackIds }) => ({ point, feedbackIds }));
}

/**
 * A stored coaching point is a catalogue id or the recruiter's own words;
 * either way it comes back as a title (and the catalogue tip when there is one).
 */
export function resolveCoachingPoint(ref: string): { id: string | null; title: string; tip: string } {
  const point = BY_ID.get(ref);
  if (point) return { id: point.id, title: point.title, tip: point.tip };
  return { id: null, title: ref.trim(), tip: '' };
}

export function coachingPoint(id: string): CoachingPoint | undefined {
  return BY_ID.get(id);
}

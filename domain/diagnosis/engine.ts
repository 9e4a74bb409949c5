import { CAUSES, CAUSE_IDS, causePriority, type CauseId } from './causes';
import {
  EVIDENCE_QUESTIONS,
  isEvidenceAnswer,
  type EvidenceAnswer,
  type EvidenceTheme,
} from './questions';

/**
 * The model, in one paragraph (so a recruiter can be told why a cause ranks
 * where it does):
 *
 *   logOdds(cause) = ln(prior(cause)) + POINT_LOG_ODDS × Σ points(cause)
 *   score(cause)   = exp(logOdds(cause)) / Σ exp(logOdds(every cause))
 *
 * Each yes/no answer adds the points its row in the weights table gives to
 * each cause; "unsure" and unanswered questions add nothing, so with no
 * evidence the scores are exactly the priors. The softmax turns the sums into
 * shares that add up to 1. Additive points are deliberately naive (answers are
 * treated as independent): the point is a ranking a human can check line by
 * line, not a calibrated probability. The recruiter confirms the causes.
 */
export const POINT_LOG_ODDS = 0.5;

/** Below this many considered questions the ranking is mostly the priors. */
export const MIN_ANSWERS_FOR_DIAGNOSIS = 5;

export type EvidenceAnswers = Readonly<Record<string, EvidenceAnswer | undefined>>;

export interface EvidenceLine {
  questionId: string;
  text: string;
  theme: EvidenceTheme;
  answer: Exclude<EvidenceAnswer, 'unsure'>;
  /** Points this answer gave the cause: positive supports it, negative counts against. */
  weight: number;
}

export interface CauseScore {
  cause: CauseId;
  label: string;
  /** Share of belief, 0..1; the four scores sum to 1. */
  score: number;
  /** Whole percentages that sum to exactly 100 (largest remainder). */
  percent: number;
  /** The answers that moved this cause, strongest first. */
  evidence: EvidenceLine[];
}

/** Ranked causes, most likely first. Ties go to the priority order of CAUSE_IDS. */
export function diagnose(answers: EvidenceAnswers): CauseScore[] {
  const evidence = collectEvidence(answers);
  const logOdds = CAUSE_IDS.map((cause) => {
    const points = evidence[cause].reduce((sum, line) => sum + line.weight, 0);
    return Math.log(CAUSES[cause].prior) + POINT_LOG_ODDS * points;
  });
  // Subtract the maximum before exponentiating: same result, no overflow.
  const max = Math.max(...logOdds);
  const exps = logOdds.map((value) => Math.exp(value - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const scores = exps.map((value) => value / total);
  const percents = largestRemainderPercents(scores);

  const ranked = CAUSE_IDS.map((cause, i) => ({
    cause,
    label: CAUSES[cause].label,
    score: scores[i] ?? 0,
    percent: percents[i] ?? 0,
    evidence: evidence[cause].sort(byImpact),
    logOdds: logOdds[i] ?? 0,
  }));
  ranked.sort((a, b) => {
    // Compare the log-odds with a tolerance: equal evidence must tie exactly
    // even when floating-point sums differ in the last bit.
    if (Math.abs(a.logOdds - b.logOdds) > 1e-9) return b.logOdds - a.logOdds;
    return causePriority(a.cause) - causePriority(b.cause);
  });
  return ranked.map(({ logOdds: _ignored, ...rest }) => rest);
}

export interface DiagnosisCoverage {
  total: number;
  /** Answered yes or no: the answers that carry weight. */
  answered: number;
  unsure: number;
  unanswered: number;
  /** Enough questions considered (yes, no or unsure) to show the ranking with confidence. */
  enough: boolean;
}

export function diagnosisCoverage(answers: EvidenceAnswers): DiagnosisCoverage {
  let answered = 0;
  let unsure = 0;
  for (const question of EVIDENCE_QUESTIONS) {
    const answer = answers[question.id];
    if (answer === 'yes' || answer === 'no') answered += 1;
    else if (answer === 'unsure') unsure += 1;
  }
  const total = EVIDENCE_QUESTIONS.length;
  return {
    total,
    answered,
    unsure,
    unanswered: total - answered - unsure,
    enough: answered + unsure >= MIN_ANSWERS_FOR_DIAGNOSIS,
  };
}

function collectEvidence(answers: EvidenceAnswers): Record<CauseId, EvidenceLine[]> {
  const lines: Record<CauseId, EvidenceLine[]> = { assessment: [], brief: [], client: [], candidate: [] };
  // Answers may come from storage written by an older version: ignore unknown
  // question ids and malformed values rather than failing the whole diagnosis.
  if (!answers || typeof answers !== 'object') return lines;
  for (const question of EVIDENCE_QUESTIONS) {
    const answer = answers[question.id];
    if (!isEvidenceAnswer(answer) || answer === 'unsure') continue;
    const weights = answer === 'yes' ? question.yes : (question.no ?? {});
    for (const cause of CAUSE_IDS) {
      const weight = weights[cause];
      if (!weight) continue;
      lines[cause].push({ questionId: question.id, text: question.text, theme: question.theme, answer, weight });
    }
  }
  return lines;
}

const TABLE_ORDER = new Map(EVIDENCE_QUESTIONS.map((q, i) => [q.id, i]));

/** Strongest first; for equal strength, support before counter-evidence, then table order. */
function byImpact(a: EvidenceLine, b: EvidenceLine): number {
  const magnitude = Math.abs(b.weight) - Math.abs(a.weight);
  if (magnitude !== 0) return magnitude;
  if (a.weight !== b.weight) return b.weight - a.weight;
  return (TABLE_ORDER.get(a.questionId) ?? 0) - (TABLE_ORDER.get(b.questionId) ?? 0);
}

/** Whole percentages summing to 100; leftover points go to the largest remainders, earliest first. */
function largestRemainderPercents(shares: readonly number[]): number[] {
  const raw = shares.map((share) => share * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

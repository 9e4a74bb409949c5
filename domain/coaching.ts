import type { CompetencyRating, Rating } from './debrief';
import { isRating } from './debrief-guards';

/**
 * Track 2: the candidate. Where the interview revealed a weakness the
 * recruiter had rated as a strength, that is news about the recruiter's own
 * assessment: the gap is recorded so their judgement can be measured, and
 * improve, over time.
 */
export const DEFAULT_COMPETENCIES: readonly string[] = [
  'Technical skills',
  'Relevant experience',
  'Problem solving',
  'Communication',
  'Leadership',
  'Stakeholder management',
  'Culture and team fit',
  'Motivation for the role',
  'Interview preparation',
];

/** A gap of this size or more (on the 1–5 scale) is a misjudgement, not noise. */
export const MISJUDGEMENT_THRESHOLD = 2;

/** Rows for the re-assessment table, not yet rated. */
export function defaultRatings(competencies: readonly string[] = DEFAULT_COMPETENCIES): CompetencyRating[] {
  return competencies.map((competency) => ({ competency, before: null, revealed: null }));
}

export interface CalibrationGap {
  competency: string;
  before: Rating;
  revealed: Rating;
  /** before − revealed: positive when the recruiter rated higher than the interview showed. */
  gap: number;
  direction: 'overrated' | 'underrated' | 'accurate';
  misjudged: boolean;
}

/** Gaps for the rows rated both before and after; unrated rows are skipped. */
export function calibrationGaps(ratings: readonly CompetencyRating[]): CalibrationGap[] {
  return ratings.flatMap((r) => {
    if (!isRating(r.before) || !isRating(r.revealed)) return [];
    const gap = r.before - r.revealed;
    return [{
      competency: r.competency.trim(),
      before: r.before,
      revealed: r.revealed,
      gap,
      direction: gap > 0 ? 'overrated' : gap < 0 ? 'underrated' : 'accurate',
      misjudged: Math.abs(gap) >= MISJUDGEMENT_THRESHOLD,
    }];
  });
}

/** Mean absolute gap of one debrief's ratings, or null when nothing was rated both ways. */
export function meanAbsoluteGap(ratings: readonly CompetencyRating[]): number | null {
  const gaps = calibrationGaps(ratings);
  return gaps.length ? round2(gaps.reduce((sum, g) => sum + Math.abs(g.gap), 0) / gaps.length) : null;
}

export interface RatingsSnapshot {
  /** When the ratings were made: use the interview date. */
  at: string;
  ratings: readonly CompetencyRating[];
}

export interface TrendPoint {
  at: string;
  gap: number;
  absoluteGap: number;
}

export interface CompetencyTrend {
  competency: string;
  points: TrendPoint[];
  meanAbsoluteGap: number;
  /** Signed mean: above 0, the recruiter tends to overrate this competency. */
  meanGap: number;
  /** Compares the earlier half of the points with the later half. */
  trend: 'improving' | 'worsening' | 'steady' | 'not-enough-data';
}

/** Fewer points than this and a trend would be reading tea leaves. */
export const MIN_POINTS_FOR_TREND = 4;
/** A change in mean absolute gap smaller than this is "steady". */
const TREND_STEP = 0.5;

/**
 * How well calibrated the recruiter is per competency, over time (the insights
 * page). Competencies are matched case- and space-insensitively; the result is
 * ordered worst-calibrated first, then by name.
 */
export function calibrationTrend(history: readonly RatingsSnapshot[]): CompetencyTrend[] {
  const dated = history
    .filter((h) => !Number.isNaN(Date.parse(h.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const series = new Map<string, { competency: string; points: TrendPoint[] }>();
  for (const snapshot of dated) {
    for (const g of calibrationGaps(snapshot.ratings)) {
      const key = g.competency.toLowerCase().replace(/\s+/g, ' ');
      if (!key) continue;
      const entry = series.get(key) ?? { competency: g.competency, points: [] };
      entry.points.push({ at: snapshot.at, gap: g.gap, absoluteGap: Math.abs(g.gap) });
      series.set(key, entry);
    }
  }
  return [...series.values()]
    .map(({ competency, points }) => ({
      competency,
      points,
      meanAbsoluteGap: round2(mean(points.map((p) => p.absoluteGap))),
      meanGap: round2(mean(points.map((p) => p.gap))),
      trend: trendOf(points),
    }))
    .sort((a, b) => b.meanAbsoluteGap - a.meanAbsoluteGap || a.competency.localeCompare(b.competency, 'en'));
}

function trendOf(points: readonly TrendPoint[]): CompetencyTrend['trend'] {
  if (points.length < MIN_POINTS_FOR_TREND) return 'not-enough-data';
  const half = Math.floor(points.length / 2);
  const earlier = mean(points.slice(0, half).map((p) => p.absoluteGap));
  const later = mean(points.slice(points.length - half).map((p) => p.absoluteGap));
  if (earlier - later >= TREND_STEP) return 'improving';
  if (later - earlier >= TREND_STEP) return 'worsening';
  return 'steady';
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Re-checking goals and motivation: maybe the role was never what they wanted. */
export const MOTIVATION_QUESTIONS: readonly { id: string; text: string }[] = [
  { id: 'why-move', text: 'What made you open to a move in the first place, and is that still true?' },
  { id: 'after-meeting', text: 'Now that you have met the team, how do you feel about the role?' },
  { id: 'what-matters', text: 'What matters most in your next role: the work, the people, pay, growth or flexibility?' },
  { id: 'right-kind-of-role', text: 'Looking back, is this the kind of role you want, or should we look at something different?' },
  { id: 'other-processes', text: 'Where else are you interviewing, and how do those roles compare?' },
  { id: 'package', text: 'Have your salary or package expectations changed?' },
  { id: 'timing', text: 'Has anything changed in your timing or notice period?' },
  { id: 'deal-breakers', text: 'Is there anything that would make you turn down an offer?' },
  { id: 'next-role', text: 'Shall I keep you in mind for similar roles? What should the next one have that this one did not?' },
];

export {
  COACHING_POINTS,
  coachingPoint,
  resolveCoachingPoint,
  suggestCoachingPoints,
  type CoachingPoint,
  type CoachingSuggestion,
} from './coaching-points';
export { draftCandidateFeedback, type CandidateFeedbackInput } from './candidate-feedback';

import type { Debrief } from '../debrief';
import { calibrationGaps, calibrationTrend, type CompetencyTrend } from '../coaching';
import { chartMonths, monthKey } from './filters';
import { mean, round1 } from './math';

/**
 * The recruiter's own calibration: the ratings given before the interview
 * next to what the interview revealed, per competency and over time. Built
 * on the coaching module's gaps and trend so the debrief and the insights
 * page never disagree about what a "misjudgement" is.
 */
export interface CalibrationMonth {
  month: string;
  /** Mean of |before − revealed| that month, or null with no ratings. */
  meanAbsoluteGap: number | null;
  ratings: number;
}

export interface CalibrationInsights {
  competencies: CompetencyTrend[];
  months: CalibrationMonth[];
  /** Competency ratings given both before and after. */
  ratings: number;
  meanAbsoluteGap: number | null;
  /** Signed: above 0 the recruiter tends to rate candidates higher than clients find them. */
  meanGap: number | null;
  overrated: number;
  underrated: number;
  misjudged: number;
}

type RatedDebrief = Pick<Debrief, 'interviewAt' | 'track2'>;

/** `debriefs` must already be filtered by period and client. Dated by the interview (when the ratings were tested). */
export function calibrationInsights(debriefs: readonly RatedDebrief[], start: Date | null, now: Date): CalibrationInsights {
  const history = debriefs.map((d) => ({ at: d.interviewAt, ratings: d.track2?.ratings ?? [] }));
  const dated = history.map((h) => ({ at: h.at, gaps: calibrationGaps(h.ratings) })).filter((h) => h.gaps.length > 0);
  const gaps = dated.flatMap((h) => h.gaps);
  const byMonth = new Map<string, number[]>();
  for (const h of dated) {
    const month = monthKey(h.at);
    if (month) byMonth.set(month, [...(byMonth.get(month) ?? []), ...h.gaps.map((g) => Math.abs(g.gap))]);
  }
  const months = chartMonths(dated.map((h) => h.at), start, now).map((month) => {
    const values = byMonth.get(month) ?? [];
    const m = mean(values);
    return { month, meanAbsoluteGap: m === null ? null : round1(m), ratings: values.length };
  });
  const meanAbs = mean(gaps.map((g) => Math.abs(g.gap)));
  const meanSigned = mean(gaps.map((g) => g.gap));
  return {
    competencies: calibrationTrend(history),
    months,
    ratings: gaps.length,
    meanAbsoluteGap: meanAbs === null ? null : round1(meanAbs),
    meanGap: meanSigned === null ? null : round1(meanSigned),
    overrated: gaps.filter((g) => g.direction === 'overrated').length,
    underrated: gaps.filter((g) => g.direction === 'underrated').length,
    misjudged: gaps.filter((g) => g.misjudged).length,
  };
}

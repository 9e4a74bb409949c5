/**
 * Automatic deletion of candidates nobody has touched for a while (data
 * minimisation: personal data is not kept longer than it is useful). Pure:
 * given when each candidate was last touched, who is past the limit.
 */
export interface CandidateActivity {
  candidateKey: string;
  name: string;
  /** ISO date of the latest change to the candidate or anything about them (notes, debriefs), or their last visit. */
  lastActivity: string;
}

export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;

/** The same day `months` calendar months earlier (clamped to the month's end: 31 March − 1 month = 28/29 February). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

/** Candidates untouched since before the cutoff, longest untouched first. */
export function staleCandidates(activity: readonly CandidateActivity[], months: number, now: Date): CandidateActivity[] {
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) return [];
  const cutoff = retentionCutoff(now, months).toISOString();
  return activity.filter((a) => a.lastActivity < cutoff).sort((a, b) => a.lastActivity.localeCompare(b.lastActivity));
}

export const latest = (...dates: (string | undefined)[]): string => dates.reduce<string>((max, d) => (d && d > max ? d : max), '');

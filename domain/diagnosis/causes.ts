/**
 * The four reasons an interview goes badly (product brief, "the four causes").
 *
 * The order of CAUSE_IDS is the priority order used everywhere a stable order
 * is needed (tie-breaking in the ranking, ordering the client question bank):
 * most likely first, so the recruiter's own assessment is never hidden below
 * the easier story of "the candidate had a bad day".
 */
export const CAUSE_IDS = ['assessment', 'brief', 'client', 'candidate'] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export interface Cause {
  id: CauseId;
  /** Short label for a chip or a heading. */
  label: string;
  /** One sentence saying what this cause means, shown under the label. */
  description: string;
  /**
   * Likelihood before any evidence. The four priors sum to 1.
   *
   * - assessment 0.40: the brief calls it "most likely" — the recruiter
   *   submitted the candidate, so a mismatch is first of all news about the
   *   recruiter's own judgement.
   * - brief 0.22 and client 0.22: "possible" and "as likely as each other".
   * - candidate 0.16: possible, but the lowest on purpose. Blaming the
   *   candidate is the comfortable explanation ("justification mode"), so it
   *   has to be earned by evidence rather than assumed.
   */
  prior: number;
}

export const CAUSES: Readonly<Record<CauseId, Cause>> = {
  assessment: {
    id: 'assessment',
    label: 'Assessment',
    description:
      "You misjudged the candidate's skills, experience or personality fit for the role.",
    prior: 0.4,
  },
  brief: {
    id: 'brief',
    label: 'Brief',
    description: 'You did not take a fully qualified brief from the client.',
    prior: 0.22,
  },
  client: {
    id: 'client',
    label: 'Client',
    description: 'The client changed their mind, or defined the job wrongly in the first place.',
    prior: 0.22,
  },
  candidate: {
    id: 'candidate',
    label: 'Candidate',
    description: 'The candidate was off form, had lost interest, or simply performed poorly.',
    prior: 0.16,
  },
};

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (CAUSE_IDS as readonly string[]).includes(value);
}

/** Position in the priority order; unknown ids sort last. */
export function causePriority(id: CauseId): number {
  return CAUSE_IDS.indexOf(id);
}

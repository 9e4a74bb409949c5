import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { newDebrief, type Debrief } from '@/domain/debrief';
import type { MomentumTargets } from '@/domain/momentum';
import { getDebrief } from '@/storage/debriefs';
import { useSettings } from '../hooks/use-settings';

/** The debrief, live: `undefined` while loading, `null` when it no longer exists. */
export function useDebrief(id: string) {
  return useLiveQuery(async () => {
    const stored = await getDebrief(id);
    return stored ? completeDebrief(stored) : null;
  }, [id]);
}

/** Momentum targets from the recruiter's settings (the client debrief keeps the default). */
export function useMomentumTargets(): Partial<MomentumTargets> {
  const settings = useSettings();
  return useMemo(
    () => (settings ? { feedbackHours: settings.feedbackTargetHours, planHours: settings.planTargetHours } : {}),
    [settings],
  );
}

/**
 * A stored debrief with every part present. Records written by an older
 * version, or damaged, may lack whole sections; the workflow must still open
 * them rather than crash, and the first edit writes the full shape back.
 */
export function completeDebrief(raw: Debrief): Debrief {
  const base = newDebrief({ id: raw.id, candidateKey: raw.candidateKey ?? '' }, new Date(0));
  const list = <T,>(value: T[] | undefined) => (Array.isArray(value) ? value : []);
  const map = <T,>(value: T | undefined, fallback: T) => (value && typeof value === 'object' ? value : fallback);
  const track2 = map(raw.track2, base.track2);
  return {
    ...base,
    ...raw,
    clientCompany: typeof raw.clientCompany === 'string' ? raw.clientCompany : '',
    roleTitle: typeof raw.roleTitle === 'string' ? raw.roleTitle : '',
    interviewers: list(raw.interviewers),
    feedback: list(raw.feedback),
    evidence: map(raw.evidence, {}),
    confirmedCauses: list(raw.confirmedCauses),
    track1: map(raw.track1, {}),
    proposedChanges: list(raw.proposedChanges),
    milestones: map(raw.milestones, {}),
    track2: {
      ...base.track2,
      ...track2,
      ratings: list(track2.ratings),
      coachingPoints: list(track2.coachingPoints),
      motivation: map(track2.motivation, {}),
      candidateMessage: typeof track2.candidateMessage === 'string' ? track2.candidateMessage : '',
    },
  };
}

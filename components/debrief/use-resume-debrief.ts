import { useEffect } from 'react';
import { db } from '@/storage/db';
import { watchPanelIntent } from '@/storage/panel-intent';
import { useAppStore } from '@/stores/app-store';
import { useDebriefs } from '../hooks/use-data';

/** The candidate's most recently worked open debrief, if any. */
async function latestOpenDebriefId(candidateKey: string): Promise<string | null> {
  const all = await db().debriefs.where('candidateKey').equals(candidateKey).toArray();
  return all.filter((d) => d.status === 'open').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null;
}

/**
 * Resume where the recruiter left off: the first time a view shows a
 * candidate with an open debrief, it opens that debrief (once per candidate,
 * so "All debriefs and notes" stays where the recruiter put it).
 */
export function useResumeDebrief(candidateKey: string | undefined): void {
  const debriefs = useDebriefs(candidateKey);
  const resumedFor = useAppStore((s) => s.resumedFor);
  useEffect(() => {
    if (!candidateKey || debriefs === undefined || resumedFor === candidateKey) return;
    const { markResumed, openDebriefId, openDebrief } = useAppStore.getState();
    markResumed(candidateKey);
    const open = debriefs.find((d) => d.status === 'open'); // newest first
    if (open && !openDebriefId) openDebrief(open.id);
  }, [candidateKey, debriefs, resumedFor]);
}

/**
 * The in-page panel's "Interview went badly?" (side panel only): open that
 * candidate's open debrief, or put a prominent "Start debrief" in front of
 * the recruiter. Subscribes once the view knows its tab's candidate, so the
 * view's own "follow the tab" reset cannot undo it.
 */
export function usePanelIntent(enabled: boolean, tabCandidateKey: string | undefined): void {
  useEffect(() => {
    if (!enabled) return;
    return watchPanelIntent((intent) => {
      void latestOpenDebriefId(intent.candidateKey).then((id) => {
        const s = useAppStore.getState();
        s.pickCandidate(intent.candidateKey === tabCandidateKey ? null : intent.candidateKey);
        s.markResumed(intent.candidateKey);
        if (id) {
          s.setStartPrompt(null);
          s.openDebrief(id);
        } else {
          s.setStartPrompt(intent.candidateKey);
        }
      });
    });
  }, [enabled, tabCandidateKey]);
}

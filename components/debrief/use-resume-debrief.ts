import { useEffect } from 'react';
import { db } from '@/storage/db';
import { watchPanelIntent } from '@/storage/panel-intent';
import { useAppStore } from '@/stores/app-store';
import { useLiveQuery } from 'dexie-react-hooks';

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
  // Tagged with the key it was read for: a live query keeps its previous result while re-reading
  // for a new key, and an empty list from "no candidate yet" must not count as "no open debrief".
  const found = useLiveQuery(
    async () => (candidateKey ? { candidateKey, openId: await latestOpenDebriefId(candidateKey) } : null),
    [candidateKey],
  );
  const resumedFor = useAppStore((s) => s.resumedFor);
  useEffect(() => {
    if (!candidateKey || found?.candidateKey !== candidateKey || resumedFor === candidateKey) return;
    const { markResumed, openDebriefId, openDebrief } = useAppStore.getState();
    markResumed(candidateKey);
    if (found.openId && !openDebriefId) openDebrief(found.openId);
  }, [candidateKey, found, resumedFor]);
}

/**
 * The in-page panel's "Interview went badly?" (side panel only): open that
 * candidate's open debrief, or put a prominent "Start debrief" in front of
 * the recruiter. Subscribes once the view knows its tab's candidate, so the
 * view's own "follow the tab" reset cannot undo it.
 */
export function usePanelIntent(enabled: boolean, tabId: number | null | undefined, tabCandidateKey: string | undefined): void {
  useEffect(() => {
    if (!enabled) return;
    return watchPanelIntent((intent) => {
      // A view bound to another tab, or an intent this page already acted on, changes nothing.
      if ((typeof tabId === 'number' && intent.tabId !== tabId) || handledIntents.has(intent.at)) return;
      handledIntents.add(intent.at);
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
  }, [enabled, tabId, tabCandidateKey]);
}

/** Intents acted on in this page (by their time stamp): each is acted on once. */
const handledIntents = new Set<string>();

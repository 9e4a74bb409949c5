import { useEffect } from 'react';
import { useAppStore } from '@/stores/app-store';

/**
 * `?candidate=<key>&debrief=<id>` opens the view on that candidate and
 * debrief. A reminder notification opens the side panel page in a tab this
 * way: browsers do not let a notification click open the real side panel.
 */
export function useCandidateFromUrl(): void {
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const candidate = params.get('candidate');
    if (!candidate) return;
    const store = useAppStore.getState();
    store.pickCandidate(candidate);
    const debrief = params.get('debrief');
    if (debrief) store.openDebrief(debrief);
  }, []);
}

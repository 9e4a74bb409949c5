import type { StateCreator } from 'zustand';

/**
 * UI state only (architecture rule 10): which candidate/debrief a view is
 * looking at. Anything that must survive lives in Dexie, not here.
 */
export interface ViewSlice {
  /** A candidate picked from "recent" instead of the tab's own. */
  pickedCandidateKey: string | null;
  openDebriefId: string | null;
  pickCandidate(key: string | null): void;
  openDebrief(id: string | null): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  pickedCandidateKey: null,
  openDebriefId: null,
  pickCandidate: (key) => set({ pickedCandidateKey: key, openDebriefId: null }),
  openDebrief: (id) => set({ openDebriefId: id }),
});

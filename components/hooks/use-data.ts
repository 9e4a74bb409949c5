import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getCandidate, recentCandidates } from '@/storage/candidates';
import { db } from '@/storage/db';
import { notesForCandidate } from '@/storage/notes';
import { watchTabCandidate, type TabCandidate } from '@/storage/tab-state';

/**
 * Live views of the database. `useLiveQuery` re-runs when any extension
 * context (popup, side panel, background) writes, so every open view agrees.
 * `undefined` means still loading.
 */
export function useTabCandidate(tabId: number | null | undefined): TabCandidate | null | undefined {
  const [value, setValue] = useState<TabCandidate | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return setValue(null);
    setValue(undefined);
    return watchTabCandidate(tabId, setValue);
  }, [tabId]);
  return value;
}

/** `null` when the key names no stored candidate (so the view can say so instead of loading forever). */
export const useCandidate = (key: string | undefined) =>
  useLiveQuery(async () => (key ? ((await getCandidate(key)) ?? null) : undefined), [key]);

export const useNotes = (key: string | undefined) =>
  useLiveQuery(() => (key ? notesForCandidate(key) : []), [key]);

export const useDebriefs = (key: string | undefined) =>
  useLiveQuery(
    async () => (key ? (await db().debriefs.where('candidateKey').equals(key).toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : []),
    [key],
  );

export const useRecentCandidates = (limit = 8) => useLiveQuery(() => recentCandidates(limit), [limit]);

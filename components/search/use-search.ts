import { useEffect, useState } from 'react';
import { search, type SearchResult } from '@/storage/search';
import { reportStorageError } from '@/storage/storage-health';

/**
 * Results for a query, searched after a short pause in typing (each
 * keystroke does not need its own query) and never shown out of order: a
 * slow answer for "st" cannot replace the answer for "stake".
 */
export function useSearch(query: string, delayMs = 120): { result: SearchResult | null; busy: boolean } {
  const [result, setResult] = useState<SearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!query.trim()) {
      setResult(null);
      setBusy(false);
      return;
    }
    let current = true;
    setBusy(true);
    const timer = setTimeout(() => {
      search(query)
        .then((r) => current && setResult(r))
        .catch((e) => current && reportStorageError(e))
        .finally(() => current && setBusy(false));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, delayMs]);
  return { result, busy };
}

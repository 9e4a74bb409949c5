import { candidateKey, type CandidatePage } from '@/domain/candidate';
import type { AdapterMatch } from '@/sites/registry';
import type { Extraction } from '@/sites/types';
import { waitForExtraction } from './wait-for-extraction';

/** The last person read off this page (id and name as the page showed it). */
export interface PreviousRead {
  key: string;
  name: string;
}

/**
 * Read the candidate the URL names, waiting (bounded) while the page renders.
 *
 * A single-page app can show the new URL over the previous person's header
 * for a moment. Whatever an adapter's own stale-DOM checks miss, the previous
 * person's name on a different id means "not yet". Two people can share a
 * name, though: after the wait the page is believed.
 */
export async function readCandidate(
  found: AdapterMatch,
  url: URL,
  options: { previous: PreviousRead | null; signal: AbortSignal; timeoutMs?: number; onWaiting?: () => void },
): Promise<Extraction> {
  const { previous } = options;
  let sameNameAsPrevious: CandidatePage | null = null;
  const attempt = (): Extraction => {
    const read = found.adapter.extract(document, url, found.match);
    if (read.status !== 'candidate' || !previous || previous.key === candidateKey(read.page) || previous.name !== read.page.name) return read;
    sameNameAsPrevious = read.page;
    return { status: 'pending', reason: 'the page still shows the previous candidate’s name' };
  };
  const waited = await waitForExtraction(attempt, { signal: options.signal, timeoutMs: options.timeoutMs, onWaiting: options.onWaiting });
  const believed = sameNameAsPrevious as CandidatePage | null;
  return waited.status === 'pending' && believed && !options.signal.aborted ? { status: 'candidate', page: believed } : waited;
}

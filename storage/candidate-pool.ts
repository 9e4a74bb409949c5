import { READY_STATUS, type FitCandidate } from '@/domain/brief';
import { buildCandidatePool, type PoolDebrief, type PoolOptions } from '@/domain/candidate-pool';
import { db } from './db';
import { displayName, type CandidateRecord } from './types';

/**
 * Candidates known locally, shaped for fit ranking (domain/candidate-pool).
 * Read-only; one pass per table, so a database of thousands of candidates
 * is ranked without a query per person.
 */

export interface PoolQuery extends PoolOptions {
  /** Only people whose latest debrief marks them ready for their next role (near misses). */
  onlyReady?: boolean;
  /** Only these candidates (a single candidate's redeployment). */
  keys?: readonly string[];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function latestStatus(debriefs: readonly PoolDebrief[]): string | undefined {
  return [...debriefs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.track2.candidateStatus;
}

export async function candidatePool(query: PoolQuery = {}): Promise<FitCandidate[]> {
  const t = db();
  return t.transaction('r', t.candidates, t.notes, t.debriefs, async () => {
    const debriefs = (query.keys ? await t.debriefs.where('candidateKey').anyOf([...query.keys]).toArray() : await t.debriefs.toArray()) as PoolDebrief[];
    const byKey = groupBy(debriefs, (d) => d.candidateKey);
    let keys: string[] | undefined = query.keys ? [...query.keys] : undefined;
    if (query.onlyReady) {
      keys = [...byKey.entries()].filter(([key, list]) => (!keys || keys.includes(key)) && latestStatus(list) === READY_STATUS).map(([key]) => key);
    }
    const candidates: CandidateRecord[] = keys
      ? (await t.candidates.bulkGet(keys)).filter((c): c is CandidateRecord => c !== undefined)
      : await t.candidates.toArray();
    const wanted = new Set(candidates.map((c) => c.key));
    const notes = new Map<string, string[]>();
    const collect = (note: { candidateKey: string; text: string }) => {
      if (!wanted.has(note.candidateKey)) return;
      const list = notes.get(note.candidateKey);
      if (list) list.push(note.text);
      else notes.set(note.candidateKey, [note.text]);
    };
    if (keys) await t.notes.where('candidateKey').anyOf([...wanted]).each(collect);
    else await t.notes.each(collect);
    const people = candidates.map((c) => ({ key: c.key, name: displayName(c) || 'Unnamed candidate', headline: c.headline }));
    return buildCandidatePool(people, notes, byKey, query);
  });
}

/** Display names by candidate key, for plans and summaries. */
export async function candidateNames(keys: readonly string[]): Promise<Record<string, string>> {
  const found = await db().candidates.bulkGet([...keys]);
  const names: Record<string, string> = {};
  found.forEach((c, i) => {
    if (c) names[keys[i]!] = displayName(c) || 'Unnamed candidate';
  });
  return names;
}

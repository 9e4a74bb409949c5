import { highlight, type Segment } from '@/domain/search/highlight';
import { queryWords } from '@/domain/search/tokens';
import { db } from './db';
import { SEARCH_DOCUMENTS, type SearchKind } from './search-documents';
import type { SearchEntry } from './search-index';
import { displayName, type CandidateRecord } from './types';

/**
 * Search over the index kept by storage/search-index. Query words are word
 * prefixes, all of which must match ("stake man" finds "stakeholder
 * management"). The rarest word is looked up first through the multiEntry
 * index; only its entries are read and filtered by the other words, so the
 * cost follows the number of matches, not the size of the database.
 */
export interface SearchHit {
  kind: SearchKind;
  /** Stable id for lists and keyboard focus: the index entry id. */
  id: string;
  title: string;
  /** Matched parts of the title and of the best matching text, as plain segments. */
  titleSegments: Segment[];
  snippet: Segment[];
  /** Where selecting the hit goes. */
  candidateKey?: string;
  debriefId?: string;
  briefId?: string;
  at: string;
}

export interface SearchResult {
  words: string[];
  groups: Record<SearchKind, SearchHit[]>;
  /** Matches per kind (before the per-kind limit). */
  counts: Record<SearchKind, number>;
  /** More records matched than were examined: type more to narrow. */
  truncated: boolean;
  ms: number;
}

export const KIND_ORDER: readonly SearchKind[] = ['candidate', 'debrief', 'note', 'brief'];
/** Entries examined per query at most; keeps a one-letter-ish query on 50,000 notes fast. */
export const MAX_EXAMINED = 3000;

const emptyGroups = (): Record<SearchKind, SearchHit[]> => ({ candidate: [], debrief: [], note: [], brief: [] });
const zeroCounts = (): Record<SearchKind, number> => ({ candidate: 0, debrief: 0, note: 0, brief: 0 });

export async function search(query: string, perKind = 6): Promise<SearchResult> {
  const started = performance.now();
  const words = queryWords(query);
  const result: SearchResult = { words, groups: emptyGroups(), counts: zeroCounts(), truncated: false, ms: 0 };
  if (words.length === 0) return result;

  await db().transaction('r', db().tables, async () => {
    const index = db().searchIndex;
    const sizes = await Promise.all(words.map((w) => index.where('words').startsWith(w).count()));
    const rarest = words[sizes.indexOf(Math.min(...sizes))]!;
    const keys = [...new Set(await index.where('words').startsWith(rarest).limit(MAX_EXAMINED * 2).primaryKeys())];
    result.truncated = keys.length > MAX_EXAMINED || Math.min(...sizes) >= MAX_EXAMINED * 2;
    const others = words.filter((w) => w !== rarest);
    const entries = (await index.bulkGet(keys.slice(0, MAX_EXAMINED))).filter(
      (e): e is SearchEntry => !!e && others.every((w) => e.words.some((x) => x.startsWith(w))),
    );
    await collectHits(entries, words, perKind, result);
  });
  result.ms = Math.round(performance.now() - started);
  return result;
}

async function collectHits(entries: SearchEntry[], words: string[], perKind: number, result: SearchResult): Promise<void> {
  entries.sort((a, b) => b.at.localeCompare(a.at));
  const picked: SearchEntry[] = [];
  const taken = zeroCounts();
  const seenBriefs = new Set<string>();
  const briefKeys = new Map<string, string>();
  for (const e of entries) {
    const kind = KIND_BY_TABLE[e.table];
    if (!kind) continue;
    if (kind === 'brief') {
      // A brief and its versions are one result: the newest matching text wins.
      const briefId = e.table === 'briefVersions' ? await briefIdOfVersion(e.key) : e.key;
      if (!briefId || seenBriefs.has(briefId)) continue;
      seenBriefs.add(briefId);
      briefKeys.set(e.id, briefId);
    }
    result.counts[kind]++;
    if (taken[kind]++ < perKind) picked.push(e);
  }
  const hits = await Promise.all(picked.map((e) => toHit(e, words, briefKeys.get(e.id))));
  for (const hit of hits) if (hit) result.groups[hit.kind].push(hit);
}

const KIND_BY_TABLE: Readonly<Record<string, SearchKind>> = { candidates: 'candidate', notes: 'note', debriefs: 'debrief', briefs: 'brief', briefVersions: 'brief' };

async function briefIdOfVersion(versionId: string): Promise<string | undefined> {
  return (await db().briefVersions.get(versionId))?.briefId;
}

/** The text to show under the title: the first indexed text that matches, else the first one. */
function bestSnippet(texts: string[], words: string[]): Segment[] {
  const nonEmpty = texts.filter(Boolean);
  const hit = nonEmpty.map((t) => highlight(t, words)).find((segments) => segments.some((s) => s.match));
  return hit ?? highlight(nonEmpty[0] ?? '', words);
}

const nameOf = async (key: string | undefined): Promise<string> => {
  const c: CandidateRecord | undefined = key ? await db().candidates.get(key) : undefined;
  return c ? displayName(c) : 'Unknown candidate';
};

async function toHit(e: SearchEntry, words: string[], briefId: string | undefined): Promise<SearchHit | null> {
  const record = (await db().table(e.table).get(e.key)) as Record<string, unknown> | undefined;
  if (!record) return null;
  const texts = SEARCH_DOCUMENTS[e.table]!(record).texts;
  const base = { id: e.id, at: e.at };
  switch (e.table) {
    case 'candidates': {
      const c = record as unknown as CandidateRecord;
      const title = displayName(c);
      return { ...base, kind: 'candidate', title, titleSegments: highlight(title, words), snippet: bestSnippet(texts.slice(1), words), candidateKey: c.key };
    }
    case 'notes': {
      const title = `Note · ${await nameOf(record.candidateKey as string)}`;
      return { ...base, kind: 'note', title, titleSegments: highlight(title, words), snippet: bestSnippet(texts, words), candidateKey: record.candidateKey as string, ...(record.debriefId ? { debriefId: record.debriefId as string } : {}) };
    }
    case 'debriefs': {
      const role = [record.roleTitle, record.clientCompany].filter((s) => typeof s === 'string' && s).join(' · ') || 'Untitled debrief';
      const title = `${role} — ${await nameOf(record.candidateKey as string)}`;
      return { ...base, kind: 'debrief', title, titleSegments: highlight(title, words), snippet: bestSnippet(texts.slice(2), words), candidateKey: record.candidateKey as string, debriefId: e.key };
    }
    default: {
      const brief = briefId ? await db().briefs.get(briefId) : undefined;
      const title = brief ? [brief.roleTitle, brief.clientCompany].filter(Boolean).join(' · ') || 'Untitled brief' : 'Brief';
      return { ...base, kind: 'brief', title, titleSegments: highlight(title, words), snippet: bestSnippet(texts, words), briefId };
    }
  }
}

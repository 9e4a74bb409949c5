import { highlight, type Segment } from '@/domain/search/highlight';
import { queryWords } from '@/domain/search/tokens';
import { db } from './db';
import { SEARCH_DOCUMENTS, type SearchKind } from './search-documents';
import { parseEntryId } from './search-index';
import { displayName, type CandidateRecord } from './types';

/**
 * Search over the index kept by storage/search-index. Query words are word
 * prefixes, all of which must match ("stake man" finds "stakeholder
 * management"). IndexedDB reads cost per entry, so every read is bounded:
 * 1. each word's first PROBE keys from the multiEntry word index (keys only;
 *    entry keys start with the record's age, so these are its newest
 *    matches). A word with fewer matches than that is complete;
 * 2. the smallest set is the candidates; for several words, their entries
 *    are read newest first, a batch at a time, and checked for the other
 *    words until each kind has enough to show.
 * Matches are shown newest first; `truncated` says more may exist beyond
 * what was read (typing more narrows them).
 * Only the few records shown are then read, for titles and snippets.
 */
export interface SearchHit {
  kind: SearchKind;
  /** Stable id for lists and keyboard focus: `table:key` of the record. */
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
/** Keys read per query word; fewer back means the word's matches are complete. */
export const PROBE = 300;
/** Candidate entries read at a time when checking the other words of a query. */
const CHECK_BATCH = 50;
/** Brief versions examined to find distinct briefs (a brief's versions share most words). */
const MAX_BRIEF_VERSIONS = 60;

const KIND_BY_TABLE: Readonly<Record<string, SearchKind>> = { candidates: 'candidate', notes: 'note', debriefs: 'debrief', briefs: 'brief', briefVersions: 'brief' };
const emptyGroups = (): Record<SearchKind, SearchHit[]> => ({ candidate: [], debrief: [], note: [], brief: [] });
const zeroCounts = (): Record<SearchKind, number> => ({ candidate: 0, debrief: 0, note: 0, brief: 0 });

export async function search(query: string, perKind = 6): Promise<SearchResult> {
  const started = performance.now();
  const words = queryWords(query);
  const result: SearchResult = { words, groups: emptyGroups(), counts: zeroCounts(), truncated: false, ms: 0 };
  if (words.length === 0) return result;

  await db().transaction('r', db().tables, async () => {
    const index = db().searchIndex;
    const probes = await Promise.all(words.map((w) => index.where('words').startsWith(w).limit(PROBE).primaryKeys() as Promise<string[]>));
    const sets = probes.map((keys) => [...new Set(keys)]);
    const smallest = sets.reduce((best, set, i) => (set.length < sets[best]!.length ? i : best), 0);
    result.truncated = probes.every((keys) => keys.length >= PROBE);
    const candidates = sets[smallest]!.sort();
    const others = words.filter((_, i) => i !== smallest);
    let matched = candidates;
    if (others.length) {
      // Check the newest candidates first, a batch at a time, until every kind has enough to show.
      matched = [];
      const enough = perKind * new Set(candidates.map((k) => parseEntryId(k).table)).size;
      let checked = 0;
      while (checked < candidates.length && matched.length < enough) {
        const batch = candidates.slice(checked, checked + CHECK_BATCH);
        const entries = await index.bulkGet(batch);
        batch.forEach((key, i) => {
          const entry = entries[i];
          if (!entry || !others.every((w) => entry.words.some((x) => x.startsWith(w)))) return;
          matched.push(key);
        });
        checked += batch.length;
      }
      if (checked < candidates.length) result.truncated = true;
    }
    const ranked = matched.map(parseEntryId);
    await collectHits(ranked, words, perKind, result);
  });
  result.ms = Math.round(performance.now() - started);
  return result;
}

type Ranked = ReturnType<typeof parseEntryId>;

async function collectHits(ranked: Ranked[], words: string[], perKind: number, result: SearchResult): Promise<void> {
  const picked: { ref: Ranked; briefId?: string }[] = [];
  const taken = zeroCounts();
  const briefs = new Set<string>();
  // A brief and its versions are one result; versions are mapped to their brief (newest first, bounded).
  const versionIds = ranked.filter((r) => r.table === 'briefVersions').slice(0, MAX_BRIEF_VERSIONS).map((r) => r.key);
  const versionBrief = new Map((await db().briefVersions.bulkGet(versionIds)).filter((v) => !!v).map((v) => [v.id, v.briefId]));
  for (const ref of ranked) {
    const kind = KIND_BY_TABLE[ref.table];
    if (!kind) continue;
    let briefId: string | undefined;
    if (kind === 'brief') {
      briefId = ref.table === 'briefs' ? ref.key : versionBrief.get(ref.key);
      if (!briefId || briefs.has(briefId)) continue;
      briefs.add(briefId);
    }
    result.counts[kind]++;
    if (taken[kind]++ < perKind) picked.push({ ref, briefId });
  }
  const hits = await Promise.all(picked.map(({ ref, briefId }) => toHit(ref, words, briefId)));
  for (const hit of hits) if (hit) result.groups[hit.kind].push(hit);
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

async function toHit(e: Ranked, words: string[], briefId: string | undefined): Promise<SearchHit | null> {
  const record = (await db().table(e.table).get(e.key)) as Record<string, unknown> | undefined;
  if (!record) return null;
  const texts = SEARCH_DOCUMENTS[e.table]!(record).texts;
  const base = { id: `${e.table}:${e.key}`, at: e.at };
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

/**
 * What each searchable table contributes to the search index: the texts to
 * index and the date results sort by. Written against loose shapes on
 * purpose: the index must keep working when another part of the product adds
 * a field, and must never throw on an old or partial record.
 */
export type SearchKind = 'candidate' | 'note' | 'debrief' | 'brief';

export interface SearchDocument {
  kind: SearchKind;
  texts: string[];
  /** ISO date used to rank results, newest first. */
  at: string;
}

type Loose = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});

/** Every string (or list of strings) directly inside an object: brief content, track 1 answers. */
const allStrings = (value: unknown): string[] => Object.values(obj(value)).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));

export const SEARCH_DOCUMENTS: Readonly<Record<string, (record: Loose) => SearchDocument>> = {
  candidates: (c) => ({
    kind: 'candidate',
    texts: [str(c.name), str(obj(c.correction).name), str(c.headline), str(obj(c.job).title), str(obj(c.job).company), str(obj(c.correction).jobTitle), str(obj(c.correction).company)],
    at: str(c.lastSeenAt) || str(c.updatedAt),
  }),
  notes: (n) => ({ kind: 'note', texts: [str(n.text)], at: str(n.updatedAt) || str(n.createdAt) }),
  debriefs: (d) => ({
    kind: 'debrief',
    texts: [
      str(d.roleTitle),
      str(d.clientCompany),
      ...strings(d.interviewers),
      ...(Array.isArray(d.feedback) ? d.feedback.map(obj).flatMap((f) => [str(f.quote), str(f.topic), str(f.saidBy), str(f.momentOfInterview)]) : []),
      str(d.notes),
      ...(Array.isArray(d.proposedChanges) ? d.proposedChanges.map((c) => str(obj(c).detail)) : []),
      ...allStrings(d.track1),
    ],
    at: str(d.updatedAt) || str(d.createdAt),
  }),
  briefs: (b) => ({ kind: 'brief', texts: [str(b.roleTitle), str(b.clientCompany)], at: str(b.updatedAt) || str(b.createdAt) }),
  briefVersions: (v) => ({ kind: 'brief', texts: [...allStrings(v.content), str(v.reason)], at: str(v.createdAt) }),
};

export const SEARCHABLE_TABLES: readonly string[] = Object.keys(SEARCH_DOCUMENTS);

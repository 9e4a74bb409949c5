import { BRIEF_FIELDS, cloneBriefContent, LIST_FIELDS, type BriefContent, type BriefFieldKey, type ListFieldKey } from './fields';
import { itemKey } from './text-match';

/**
 * Two tabs edit the same brief: one saves, then the other. A three-way merge
 * against the version both started from keeps both edits where they touch
 * different fields (or different list items), and names the fields both
 * changed so the recruiter chooses: nothing is overwritten silently.
 */

export interface MergeConflict {
  field: BriefFieldKey;
  /** The edit being saved now. */
  mine: BriefContent[BriefFieldKey];
  /** The edit saved first, elsewhere. */
  theirs: BriefContent[BriefFieldKey];
}

export interface BriefMerge {
  /** Both edits combined; where both changed the same field, `mine` is used and the conflict listed. */
  merged: BriefContent;
  conflicts: MergeConflict[];
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return a === b;
}

/** Their list, minus what I removed, plus what I added: item edits on both sides survive. */
function mergeList(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const baseKeys = new Set(base.map(itemKey));
  const mineKeys = new Set(mine.map(itemKey));
  const removedByMe = new Set([...baseKeys].filter((key) => !mineKeys.has(key)));
  const result = theirs.filter((item) => !removedByMe.has(itemKey(item)));
  const present = new Set(result.map(itemKey));
  for (const item of mine) {
    const key = itemKey(item);
    if (!baseKeys.has(key) && !present.has(key)) {
      result.push(item);
      present.add(key);
    }
  }
  return result;
}

export function mergeBriefEdits(base: BriefContent, mine: BriefContent, theirs: BriefContent): BriefMerge {
  const merged = cloneBriefContent(theirs);
  const mineCopy = cloneBriefContent(mine);
  const conflicts: MergeConflict[] = [];
  const listKeys = new Set<BriefFieldKey>(LIST_FIELDS);
  for (const { key } of BRIEF_FIELDS) {
    if (sameValue(mine[key], base[key]) || sameValue(mine[key], theirs[key])) continue;
    if (listKeys.has(key)) {
      const list = key as ListFieldKey;
      merged[list] = mergeList(base[list], mine[list], theirs[list]);
    } else {
      Object.assign(merged, { [key]: mineCopy[key] });
      if (!sameValue(theirs[key], base[key])) conflicts.push({ field: key, mine: mine[key], theirs: theirs[key] });
    }
  }
  return { merged, conflicts };
}

/**
 * What importing a backup does to one table, decided before anything is
 * written: the preview shows these counts, and the import applies exactly
 * this plan. Pure: records in, plan out.
 *
 * - merge: records only in the file are added; records in both are updated
 *   from the file unless the copy here was changed more recently (then ours
 *   is kept: merging an older backup must not roll back newer work);
 *   records only here stay.
 * - replace: the table ends up exactly as in the file (records only here
 *   are deleted).
 */
export type ImportMode = 'merge' | 'replace';

export interface TableCounts {
  add: number;
  update: number;
  unchanged: number;
  /** Merge only: in both, but the copy here is newer, so it is kept. */
  keepNewer: number;
  delete: number;
}

export interface TablePlan<T> {
  counts: TableCounts;
  /** New here: written with `add` (nothing to replace, so nothing to look up first). */
  adds: T[];
  updates: T[];
  deletes: string[];
}

export const emptyCounts = (): TableCounts => ({ add: 0, update: 0, unchanged: 0, keepNewer: 0, delete: 0 });

export function planTable<T extends object>(
  existing: ReadonlyMap<string, T>,
  incoming: readonly T[],
  keyOf: (record: T) => string,
  mode: ImportMode,
): TablePlan<T> {
  const counts = emptyCounts();
  const adds: T[] = [];
  const updates: T[] = [];
  const inFile = new Set<string>();
  for (const record of incoming) {
    const key = keyOf(record);
    inFile.add(key);
    const current = existing.get(key);
    if (!current) {
      counts.add++;
      adds.push(record);
    } else if (deepEqual(current, record)) {
      counts.unchanged++;
    } else if (mode === 'merge' && isNewer(current, record)) {
      counts.keepNewer++;
    } else {
      counts.update++;
      updates.push(record);
    }
  }
  const deletes = mode === 'replace' ? [...existing.keys()].filter((k) => !inFile.has(k)) : [];
  counts.delete = deletes.length;
  return { counts, adds, updates, deletes };
}

function isNewer(ours: object, theirs: object): boolean {
  const a = (ours as { updatedAt?: unknown }).updatedAt;
  const b = (theirs as { updatedAt?: unknown }).updatedAt;
  return typeof a === 'string' && typeof b === 'string' && a > b;
}

/** Structural equality of plain data (what JSON and IndexedDB hold), key order ignored. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

import type Dexie from 'dexie';

/**
 * Storage problems the recruiter must hear about, in words they can act on:
 * the disk (or the browser's quota) is full, or another window runs a newer
 * version of the database. One small observable per extension page; the
 * `StorageAlert` banner shows it. Nothing typed is lost meanwhile: drafts
 * keep their write-ahead copy until IndexedDB accepts them.
 */
export type StorageProblemKind = 'quota' | 'blocked' | 'upgraded' | 'closed';

/** The views word each kind (components/error-text.ts). */
export interface StorageProblem {
  kind: StorageProblemKind;
}

const names = (error: unknown): string[] => {
  const out: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  return out;
};

/** The kind of storage problem an error is, if it is one. */
export function classifyStorageError(error: unknown): StorageProblemKind | null {
  const all = names(error);
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (all.includes('QuotaExceededError') || /quota/i.test(message)) return 'quota';
  if (all.includes('VersionError') || all.includes('UpgradeError')) return 'upgraded';
  if (all.includes('DatabaseClosedError')) return 'closed';
  return null;
}

let current: StorageProblem | null = null;
const listeners = new Set<(p: StorageProblem | null) => void>();

function set(problem: StorageProblem | null): void {
  current = problem;
  for (const l of listeners) l(problem);
}

export function reportStorageProblem(kind: StorageProblemKind): void {
  set({ kind });
}

/** Report an error if it is a storage problem; returns whether it was. */
export function reportStorageError(error: unknown): boolean {
  const kind = classifyStorageError(error);
  if (kind) reportStorageProblem(kind);
  return !!kind;
}

export function clearStorageProblem(): void {
  set(null);
}

export function watchStorageHealth(callback: (p: StorageProblem | null) => void): () => void {
  listeners.add(callback);
  callback(current);
  return () => listeners.delete(callback);
}

/**
 * Listen where storage problems surface: Dexie's `blocked` (our open waits
 * for an older connection) and `versionchange` (a newer version wants the
 * database: Dexie closes ours), and promise rejections nobody caught (a
 * draft save failing for lack of space).
 */
export function installStorageHealth(database: Dexie, target: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = typeof window === 'undefined' ? null : window): () => void {
  const onBlocked = () => reportStorageProblem('blocked');
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null) reportStorageProblem('upgraded');
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    if (reportStorageError(event.reason)) event.preventDefault();
  };
  database.on('blocked', onBlocked);
  database.on('versionchange', onVersionChange);
  target?.addEventListener('unhandledrejection', onRejection as EventListener);
  return () => {
    database.on('blocked').unsubscribe(onBlocked);
    database.on('versionchange').unsubscribe(onVersionChange);
    target?.removeEventListener('unhandledrejection', onRejection as EventListener);
  };
}

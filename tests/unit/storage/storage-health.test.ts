import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { errorText } from '@/components/error-text';
import { classifyStorageError, installStorageHealth, reportStorageError, watchStorageHealth } from '@/storage/storage-health';

describe('storage health', () => {
  it('recognises quota errors, bare or wrapped by Dexie in a transaction abort', () => {
    expect(classifyStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe('quota');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyStorageError(new Dexie.VersionError('newer'))).toBe('upgraded');
    expect(classifyStorageError(new Error('A note needs some text.'))).toBeNull();
  });

  it('explains storage errors and keeps other messages', () => {
    expect(errorText(new DOMException('x', 'QuotaExceededError'))).toMatch(/no room left.*kept on the side/);
    expect(errorText(new Dexie.DatabaseClosedError())).toMatch(/connection to Recalibrate’s database was closed/);
    expect(errorText(new Error('A note needs some text.'))).toBe('A note needs some text.');
    expect(errorText('not an error')).toBe('The change could not be saved.');
    expect(errorText(null, 'The note was not saved.')).toBe('The note was not saved.');
  });

  it('reports to watchers, and catches storage errors nobody handled', () => {
    const seen: (string | null)[] = [];
    const stop = watchStorageHealth((p) => seen.push(p?.kind ?? null));
    expect(reportStorageError(new Error('unrelated'))).toBe(false);
    const target = new EventTarget();
    const uninstall = installStorageHealth(new Dexie('health-test'), target as never);
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: new DOMException('full', 'QuotaExceededError') });
    target.dispatchEvent(event);
    expect(seen.at(-1)).toBe('quota');
    expect(event.defaultPrevented).toBe(true);
    uninstall();
    stop();
  });
});

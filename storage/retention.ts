import { browser } from 'wxt/browser';
import { latest, staleCandidates, type CandidateActivity } from '@/domain/retention';
import { db } from './db';
import { eraseCandidate } from './erase';
import { nowIso } from './clock';
import { displayName } from './types';

/**
 * The retention choice lives in storage.local (`retention`). Deletion runs
 * only when the recruiter has seen the preview for the current period and
 * confirmed it: `confirmedMonths` must equal `months`. Changing the period,
 * or restoring a backup, asks for the preview and confirmation again.
 */
export interface RetentionPolicy {
  /** null: keep everything (the default). */
  months: number | null;
  confirmedAt?: string;
  confirmedMonths?: number;
  lastRun?: { at: string; deleted: number };
}

const KEY = 'retention';

export async function loadRetention(): Promise<RetentionPolicy> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<RetentionPolicy> | undefined;
  return { months: null, ...stored };
}

/** Choosing a period (or turning it off) withdraws any earlier confirmation. */
export async function setRetentionMonths(months: number | null): Promise<RetentionPolicy> {
  const { lastRun } = await loadRetention();
  const next: RetentionPolicy = { months, ...(lastRun ? { lastRun } : {}) };
  await browser.storage.local.set({ [KEY]: next });
  await syncRetentionAlarm(next);
  return next;
}

export async function confirmRetention(months: number): Promise<RetentionPolicy> {
  const current = await loadRetention();
  if (current.months !== months) throw new Error('The retention period changed meanwhile; look at the preview again.');
  const next: RetentionPolicy = { ...current, confirmedAt: nowIso(), confirmedMonths: months };
  await browser.storage.local.set({ [KEY]: next });
  await syncRetentionAlarm(next);
  return next;
}

export const isRetentionActive = (p: RetentionPolicy): p is RetentionPolicy & { months: number } =>
  p.months !== null && !!p.confirmedAt && p.confirmedMonths === p.months;

/** When each candidate was last touched: their own record, their notes and debriefs. */
export async function candidateActivity(): Promise<CandidateActivity[]> {
  return db().transaction('r', [db().candidates, db().notes, db().debriefs], async () => {
    const touched = new Map<string, string>();
    const bump = (key: string, at: string | undefined) => touched.set(key, latest(touched.get(key), at));
    await db().notes.each((n) => bump(n.candidateKey, n.updatedAt));
    await db().debriefs.each((d) => bump(d.candidateKey, d.updatedAt));
    const out: CandidateActivity[] = [];
    await db().candidates.each((c) => {
      out.push({ candidateKey: c.key, name: displayName(c), lastActivity: latest(c.updatedAt, c.lastSeenAt, touched.get(c.key)) });
    });
    return out;
  });
}

export async function retentionPreview(months: number, now = new Date()): Promise<CandidateActivity[]> {
  return staleCandidates(await candidateActivity(), months, now);
}

/** The daily run: erase who is past the confirmed period. Does nothing unless confirmed. */
export async function runRetention(now = new Date()): Promise<{ ran: boolean; deleted: string[] }> {
  const policy = await loadRetention();
  if (!isRetentionActive(policy)) return { ran: false, deleted: [] };
  const stale = await retentionPreview(policy.months, now);
  for (const c of stale) await eraseCandidate(c.candidateKey);
  await browser.storage.local.set({ [KEY]: { ...(await loadRetention()), lastRun: { at: now.toISOString(), deleted: stale.length } } });
  return { ran: true, deleted: stale.map((c) => c.candidateKey) };
}

export const RETENTION_ALARM = 'recalibrate.retention';

/**
 * Called from the background at every start. The alarm is created only when
 * missing (re-creating it at each service-worker start would push the next
 * run back each time); the listener is registered synchronously, as MV3
 * requires for events that wake the worker.
 */
export function registerRetentionAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention().catch((e) => console.warn('[Recalibrate] retention run failed', e));
  });
  void syncRetentionAlarm();
}

/** The daily alarm exists only while retention is confirmed: no wake-ups for nothing. */
export async function syncRetentionAlarm(policy?: RetentionPolicy): Promise<void> {
  const active = isRetentionActive(policy ?? (await loadRetention()));
  const existing = await browser.alarms.get(RETENTION_ALARM);
  if (active && !existing) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  if (!active && existing) await browser.alarms.clear(RETENTION_ALARM);
}

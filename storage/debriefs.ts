import { newDebrief, type Debrief, type FeedbackItem } from '@/domain/debrief';
import { newId, nowIso } from './clock';
import { db } from './db';
import type { CandidateRecord } from './types';

/**
 * Debrief writes are field-level: each call reads the current record and
 * changes only what it was given, inside one transaction. Popup and side
 * panel editing different fields (or different feedback items) of the same
 * debrief therefore never overwrite each other's work.
 */
export async function startDebrief(candidate: CandidateRecord, now = new Date()): Promise<Debrief> {
  const debrief = newDebrief(
    {
      id: newId(),
      candidateKey: candidate.key,
      clientCompany: candidate.correction?.company || candidate.job?.company,
      roleTitle: candidate.correction?.jobTitle || candidate.job?.title,
    },
    now,
  );
  await db().debriefs.add(debrief);
  return debrief;
}

export function getDebrief(id: string): Promise<Debrief | undefined> {
  return db().debriefs.get(id);
}

type Mutable = Omit<Debrief, 'id' | 'candidateKey' | 'createdAt' | 'updatedAt'>;

/** Change top-level fields. Nested objects (track2, milestones) are merged one level deep. */
export async function patchDebrief(id: string, patch: Partial<Mutable>): Promise<void> {
  await db().transaction('rw', db().debriefs, async () => {
    const current = await db().debriefs.get(id);
    if (!current) throw new Error('This debrief no longer exists (it may have been erased in another window).');
    const next: Debrief = { ...current, ...patch, updatedAt: nowIso() };
    if (patch.track2) next.track2 = { ...current.track2, ...patch.track2 };
    if (patch.milestones) next.milestones = { ...current.milestones, ...patch.milestones };
    if (patch.evidence) next.evidence = { ...current.evidence, ...patch.evidence };
    if (patch.track1) next.track1 = { ...current.track1, ...patch.track1 };
    await db().debriefs.put(next);
  });
}

/** Apply a change to one debrief's current value (for list edits that must not race). */
export async function updateDebriefWith(id: string, change: (current: Debrief) => Partial<Mutable>): Promise<void> {
  await db().transaction('rw', db().debriefs, async () => {
    const current = await db().debriefs.get(id);
    if (!current) throw new Error('This debrief no longer exists (it may have been erased in another window).');
    await db().debriefs.put({ ...current, ...change(current), updatedAt: nowIso() });
  });
}

export function addFeedbackItem(debriefId: string, item: Omit<FeedbackItem, 'id'>): Promise<void> {
  return updateDebriefWith(debriefId, (d) => ({ feedback: [...d.feedback, { ...item, id: newId() }] }));
}

export function updateFeedbackItem(debriefId: string, itemId: string, patch: Partial<Omit<FeedbackItem, 'id'>>): Promise<void> {
  return updateDebriefWith(debriefId, (d) => ({ feedback: d.feedback.map((f) => (f.id === itemId ? { ...f, ...patch } : f)) }));
}

export function removeFeedbackItem(debriefId: string, itemId: string): Promise<void> {
  return updateDebriefWith(debriefId, (d) => ({ feedback: d.feedback.filter((f) => f.id !== itemId) }));
}

export async function deleteDebrief(id: string): Promise<void> {
  await db().transaction('rw', db().debriefs, db().notes, async () => {
    await db().notes.where('debriefId').equals(id).modify((n) => void delete n.debriefId);
    await db().debriefs.delete(id);
  });
}

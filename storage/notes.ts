import { newId, nowIso } from './clock';
import { db } from './db';
import type { NoteRecord } from './types';

/** Notes are free text, but not unbounded: 50,000 characters is a long call transcript. */
export const MAX_NOTE_LENGTH = 50_000;

export class NoteValidationError extends Error {}

function validNoteText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new NoteValidationError('A note needs some text.');
  if (trimmed.length > MAX_NOTE_LENGTH) {
    throw new NoteValidationError(`Notes are limited to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters; this one has ${trimmed.length.toLocaleString('en')}.`);
  }
  return trimmed;
}

export async function addNote(candidateKey: string, text: string, debriefId?: string): Promise<NoteRecord> {
  const now = nowIso();
  const note: NoteRecord = { id: newId(), candidateKey, text: validNoteText(text), createdAt: now, updatedAt: now, ...(debriefId ? { debriefId } : {}) };
  await db().notes.add(note);
  return note;
}

export async function updateNote(id: string, text: string): Promise<void> {
  await db().notes.update(id, { text: validNoteText(text), updatedAt: nowIso() });
}

export function deleteNote(id: string): Promise<void> {
  return db().notes.delete(id);
}

/** A candidate's notes, newest first. */
export function notesForCandidate(candidateKey: string, limit = 200): Promise<NoteRecord[]> {
  return db()
    .notes.where('[candidateKey+createdAt]')
    .between([candidateKey, ''], [candidateKey, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}

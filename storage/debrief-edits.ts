import { defaultRatings } from '@/domain/coaching';
import type { CauseId } from '@/domain/diagnosis/causes';
import { CAUSE_IDS } from '@/domain/diagnosis/causes';
import type { EvidenceAnswer } from '@/domain/diagnosis/questions';
import type {
  CandidateStatus,
  Debrief,
  DebriefStatus,
  FeedbackItem,
  Milestones,
  Rating,
  RequirementChange,
  RequirementChangeKind,
} from '@/domain/debrief';
import { newId } from './clock';
import { patchDebrief, updateDebriefWith } from './debriefs';

/**
 * Every edit the workflow UI makes to a debrief, one function per gesture.
 * Each reads the current record inside a transaction (updateDebriefWith), so
 * two views editing different parts of one debrief never undo each other.
 */

/** Text fields the UI autosaves, addressed by path (also the write-ahead key, see field-write-ahead.ts). */
export type DebriefTextPath =
  | 'clientCompany'
  | 'roleTitle'
  | 'notes'
  | 'interviewers'
  | 'track2.candidateMessage'
  | `track1.${string}`
  | `track2.motivation.${string}`
  | `feedback.${string}.${'quote' | 'saidBy' | 'topic' | 'momentOfInterview'}`
  | `proposedChanges.${string}.detail`;

const FEEDBACK_TEXT_FIELDS = new Set(['quote', 'saidBy', 'topic', 'momentOfInterview']);

/** Interviewers are typed as one line: "Priya Shah, Tom Okafor". */
export function splitNames(text: string): string[] {
  return text.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean);
}

/** The change one text path makes, as a pure function of the current record. */
export function textChange(d: Debrief, path: string, text: string): Partial<Debrief> | null {
  if (path === 'clientCompany' || path === 'roleTitle' || path === 'notes') return { [path]: text };
  if (path === 'interviewers') return { interviewers: splitNames(text) };
  if (path === 'track2.candidateMessage') return { track2: { ...d.track2, candidateMessage: text } };
  if (path.startsWith('track2.motivation.')) {
    const question = path.slice('track2.motivation.'.length);
    return { track2: { ...d.track2, motivation: { ...d.track2.motivation, [question]: text } } };
  }
  if (path.startsWith('track1.')) return { track1: { ...d.track1, [path.slice('track1.'.length)]: text } };
  const feedback = /^feedback\.([^.]+)\.(\w+)$/.exec(path);
  if (feedback && FEEDBACK_TEXT_FIELDS.has(feedback[2]!)) {
    const [, itemId, field] = feedback;
    if (!d.feedback.some((f) => f.id === itemId)) return null; // removed meanwhile
    return { feedback: d.feedback.map((f) => (f.id === itemId ? { ...f, [field!]: text } : f)) };
  }
  const change = /^proposedChanges\.([^.]+)\.detail$/.exec(path);
  if (change) {
    if (!d.proposedChanges.some((c) => c.id === change[1])) return null;
    return { proposedChanges: d.proposedChanges.map((c) => (c.id === change[1] ? { ...c, detail: text } : c)) };
  }
  return null;
}

/** Read a text path back (what the field shows when nobody is typing in it). */
export function textAt(d: Debrief, path: string): string {
  if (path === 'clientCompany' || path === 'roleTitle') return d[path];
  if (path === 'notes') return d.notes ?? '';
  if (path === 'interviewers') return d.interviewers.join(', ');
  if (path === 'track2.candidateMessage') return d.track2.candidateMessage;
  if (path.startsWith('track2.motivation.')) return d.track2.motivation[path.slice('track2.motivation.'.length)] ?? '';
  if (path.startsWith('track1.')) return d.track1[path.slice('track1.'.length)] ?? '';
  const feedback = /^feedback\.([^.]+)\.(\w+)$/.exec(path);
  if (feedback) {
    const item = d.feedback.find((f) => f.id === feedback[1]);
    return String(item?.[feedback[2] as keyof FeedbackItem] ?? '');
  }
  const change = /^proposedChanges\.([^.]+)\.detail$/.exec(path);
  if (change) return d.proposedChanges.find((c) => c.id === change[1])?.detail ?? '';
  return '';
}

/** Save one text field. A path whose item was removed in another view is silently dropped. */
export async function setDebriefText(id: string, path: DebriefTextPath | string, text: string): Promise<void> {
  await updateDebriefWith(id, (d) => textChange(d, path, text) ?? {});
}

/** `null` clears the answer (the map is replaced: stored answers cannot be undefined). */
export function setEvidenceAnswer(id: string, questionId: string, answer: EvidenceAnswer | null): Promise<void> {
  return updateDebriefWith(id, (d) => {
    const evidence = { ...d.evidence };
    if (answer) evidence[questionId] = answer;
    else delete evidence[questionId];
    return { evidence };
  });
}

export function setCauseConfirmed(id: string, cause: CauseId, confirmed: boolean): Promise<void> {
  return updateDebriefWith(id, (d) => {
    const set = new Set(d.confirmedCauses);
    if (confirmed) set.add(cause);
    else set.delete(cause);
    // Kept in priority order so the question bank and the summary read the same way everywhere.
    return { confirmedCauses: CAUSE_IDS.filter((c) => set.has(c)) };
  });
}

export async function addRequirementChange(id: string, change: { kind: RequirementChangeKind; detail: string }): Promise<void> {
  const item: RequirementChange = { id: newId(), kind: change.kind, detail: change.detail.trim() };
  await updateDebriefWith(id, (d) => ({ proposedChanges: [...d.proposedChanges, item] }));
}

export function setRequirementChangeKind(id: string, changeId: string, kind: RequirementChangeKind): Promise<void> {
  return updateDebriefWith(id, (d) => ({ proposedChanges: d.proposedChanges.map((c) => (c.id === changeId ? { ...c, kind } : c)) }));
}

export function removeRequirementChange(id: string, changeId: string): Promise<void> {
  return updateDebriefWith(id, (d) => ({ proposedChanges: d.proposedChanges.filter((c) => c.id !== changeId) }));
}

/** Rate one competency; the first rating turns the suggested rows into stored ones. */
export function setRating(id: string, competency: string, which: 'before' | 'revealed', value: Rating | null): Promise<void> {
  return updateDebriefWith(id, (d) => {
    const rows = d.track2.ratings.length ? d.track2.ratings : defaultRatings();
    const known = rows.some((r) => r.competency === competency);
    const ratings = (known ? rows : [...rows, { competency, before: null, revealed: null }]).map((r) =>
      r.competency === competency ? { ...r, [which]: value } : r,
    );
    return { track2: { ...d.track2, ratings } };
  });
}

export function addCompetency(id: string, competency: string): Promise<void> {
  const name = competency.trim();
  return updateDebriefWith(id, (d) => {
    const rows = d.track2.ratings.length ? d.track2.ratings : defaultRatings();
    if (!name || rows.some((r) => r.competency.toLowerCase() === name.toLowerCase())) return { track2: { ...d.track2, ratings: rows } };
    return { track2: { ...d.track2, ratings: [...rows, { competency: name, before: null, revealed: null }] } };
  });
}

export function setCoachingPoint(id: string, ref: string, chosen: boolean): Promise<void> {
  return updateDebriefWith(id, (d) => {
    const others = d.track2.coachingPoints.filter((p) => p !== ref);
    return { track2: { ...d.track2, coachingPoints: chosen ? [...others, ref] : others } };
  });
}

export function setCandidateStatus(id: string, candidateStatus: CandidateStatus): Promise<void> {
  return patchDebrief(id, { track2: { candidateStatus } as Debrief['track2'] });
}

/** Mark a milestone done now, or undo it (`null`). */
export function setMilestone(id: string, field: keyof Milestones, at: string | null): Promise<void> {
  return updateDebriefWith(id, (d) => {
    const milestones = { ...d.milestones };
    if (at) milestones[field] = at;
    else delete milestones[field];
    return { milestones };
  });
}

export function setDebriefStatus(id: string, status: DebriefStatus): Promise<void> {
  return patchDebrief(id, { status });
}

export function dismissFlag(id: string, key: string): Promise<void> {
  return updateDebriefWith(id, (d) => ({ dismissedFlags: [...new Set([...(d.dismissedFlags ?? []), key])] }));
}

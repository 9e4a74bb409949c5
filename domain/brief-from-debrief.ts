import { applyRequirementChanges, formatLongDate, toCalendarDate, type BriefContent, type BriefRequirementChange, type VersionSource } from './brief';
import type { Debrief } from './debrief';
import { CAUSES, type CauseId } from './diagnosis/causes';
import { describeChange } from './requirement-changes';

/**
 * The bridge between a debrief and the brief of its role. Lives outside
 * domain/brief on purpose: the brief module stays independent of the debrief
 * workflow, and this file is the one place that knows both.
 */

/** Same role: client and title compared without case, accents or extra spaces. */
export function roleKey(client: string, title: string): string {
  const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${fold(client)}|${fold(title)}`;
}

export function sameRole(a: { client: string; title: string }, b: { client: string; title: string }): boolean {
  return roleKey(a.client, a.title) === roleKey(b.client, b.title) && roleKey(a.client, a.title) !== '|';
}

/** A debrief is ready to revise a brief once causes are confirmed or changes proposed. */
export function canReviseFrom(debrief: Pick<Debrief, 'confirmedCauses' | 'proposedChanges'>): boolean {
  return debrief.confirmedCauses.length > 0 || debrief.proposedChanges.some((change) => change.detail.trim() !== '');
}

/** The debrief's proposed changes in the brief module's shape (no ids, no empty details). */
export function briefChangesOf(debrief: Pick<Debrief, 'proposedChanges'>): BriefRequirementChange[] {
  return debrief.proposedChanges.filter((change) => change.detail.trim() !== '').map(({ kind, detail }) => ({ kind, detail: detail.trim() }));
}

const CAUSE_WORDS: Readonly<Record<CauseId, string>> = {
  assessment: 'our assessment of the candidate',
  brief: 'an incomplete brief',
  client: 'a change in what the role needs',
  candidate: 'the candidate’s performance on the day',
};

/**
 * "After interview debrief with Acme Bank on Tue 13 Jan 2026: an incomplete
 * brief. Add “Design systems” as a must-have." — a reason the recruiter can
 * keep or edit, and that reads well in the version history.
 */
export function revisionReason(debrief: Pick<Debrief, 'clientCompany' | 'interviewAt' | 'confirmedCauses' | 'proposedChanges'>): string {
  const client = debrief.clientCompany.trim() || 'the client';
  let when = '';
  try {
    when = ` on ${formatLongDate(toCalendarDate(debrief.interviewAt))}`;
  } catch {
    // An unreadable interview date only loses the date from the sentence.
  }
  const causes = debrief.confirmedCauses.map((cause) => CAUSE_WORDS[cause]).filter(Boolean);
  const parts = [`After interview debrief with ${client}${when}`];
  const details: string[] = [];
  if (causes.length) details.push(`${causes.join(', ')}.`.replace(/^./, (c) => c.toUpperCase()));
  details.push(...briefChangesOf(debrief).map(describeChange));
  return details.length ? `${parts[0]}: ${details.join(' ')}` : `${parts[0]}.`;
}

export interface DebriefRevision {
  content: BriefContent;
  applied: BriefRequirementChange[];
  /** Changes needing the recruiter's judgement: shown next to the form, not applied. */
  pending: BriefRequirementChange[];
  reason: string;
  source: VersionSource;
}

/** A revision pre-filled from the debrief: mechanical changes applied, the rest listed. */
export function revisionFromDebrief(content: BriefContent, debrief: Debrief): DebriefRevision {
  const changes = briefChangesOf(debrief);
  const result = applyRequirementChanges(content, changes);
  return { ...result, reason: revisionReason(debrief), source: { debriefId: debrief.id, changes } };
}

/** Client-facing sentences per confirmed cause: honest, without blaming anyone. */
const CAUSE_LEARNED: Readonly<Record<CauseId, string>> = {
  assessment: 'We rated the candidate’s fit higher than your interview found; we have re-checked our assessment against your feedback.',
  brief: 'The original brief missed requirements that matter to you; we have taken a fuller brief.',
  client: 'The interview clarified what the role really needs; the brief now reflects it.',
  candidate: 'The candidate did not perform at their best on the day; we have given them specific feedback.',
};

const MAX_QUOTES = 6;

/** "What we learned": the confirmed causes in client words, then what the client said (their words, quoted). */
export function learnedFromDebrief(debrief: Pick<Debrief, 'confirmedCauses' | 'feedback'>): string[] {
  const learned = debrief.confirmedCauses.map((cause) => CAUSE_LEARNED[cause]).filter((line): line is string => Boolean(line));
  const quotes = debrief.feedback
    .filter((item) => item.quote.trim() !== '' && item.sentiment !== 'positive')
    .slice(0, MAX_QUOTES)
    .map((item) => {
      const topic = item.topic.trim() ? `${item.topic.trim()}: ` : '';
      const who = item.saidBy.trim() ? ` (${item.saidBy.trim()})` : '';
      return `${topic}“${item.quote.trim()}”${who}`;
    });
  return [...learned, ...quotes];
}

/** Label for a cause, for the brief page's debrief line. */
export function causeLabels(causes: readonly CauseId[]): string {
  return causes.map((cause) => CAUSES[cause]?.label ?? cause).join(', ');
}

import { isCauseId } from './diagnosis/causes';
import { isEvidenceAnswer } from './diagnosis/questions';
import type { Debrief, FeedbackItem, Milestones } from './debrief';
import { isCandidateStatus, isInterviewStage, isOutcome, isRating, isSentiment } from './debrief-guards';
import { validateRequirementChanges } from './requirement-changes';
import { charLength, formatCount, type ValidationCode, type ValidationIssue } from './validation';

export const LIMITS = {
  clientCompany: 200,
  roleTitle: 200,
  interviewerName: 120,
  quote: 5_000,
  /** Above this, notes are kept but the recruiter is nudged to structure them. */
  notesWarning: 50_000,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

const MILESTONE_LABELS: Record<keyof Milestones, string> = {
  clientDebriefAt: 'The client debrief date',
  candidateFeedbackAt: 'The candidate feedback date',
  newPlanSentAt: 'The new plan date',
};

/**
 * Every problem with a debrief being edited, each with a code and the values
 * it names (and the English message). Never throws,
 * whatever it is given (data from storage may be old or damaged): the caller
 * shows the messages and keeps saving — nothing typed is ever rejected.
 */
export function validateDebriefDraft(draft: unknown, now: Date): ValidationIssue[] {
  if (!draft || typeof draft !== 'object') {
    return [{ path: '', code: 'draftDamaged', message: 'This debrief is empty or damaged; start a new one.', severity: 'error' }];
  }
  const d = draft as Partial<Debrief>;
  const issues: ValidationIssue[] = [];
  const error: Report = (path, code, params, message) => issues.push({ path, code, params, message, severity: 'error' });
  const warn: Report = (path, code, params, message) => issues.push({ path, code, params, message, severity: 'warning' });

  if (!text(d.candidateKey)) error('candidateKey', 'noCandidate', [], 'This debrief is not linked to a candidate.');
  requiredText(d.clientCompany, 'clientCompany', LIMITS.clientCompany, error);
  requiredText(d.roleTitle, 'roleTitle', LIMITS.roleTitle, error);

  const interviewMs = Date.parse(text(d.interviewAt));
  if (!text(d.interviewAt)) error('interviewAt', 'interviewAtMissing', [], 'Add the interview date and time.');
  else if (Number.isNaN(interviewMs)) error('interviewAt', 'interviewAtInvalid', [], 'The interview date is not a valid date.');
  else if (interviewMs > now.getTime() + DAY_MS) {
    error('interviewAt', 'interviewAtFuture', [], 'The interview date is more than a day in the future; a debrief follows an interview that has happened.');
  } else if (interviewMs < now.getTime() - 365 * DAY_MS) {
    warn('interviewAt', 'interviewAtOld', [], 'The interview was more than a year ago; check the date.');
  }

  if (d.stage !== undefined && !isInterviewStage(d.stage)) error('stage', 'stageInvalid', [], 'Choose the interview stage.');
  if (d.outcome !== undefined && !isOutcome(d.outcome)) error('outcome', 'outcomeInvalid', [], 'Choose the outcome: rejected, on hold, another round or not decided yet.');

  if (Array.isArray(d.interviewers)) {
    d.interviewers.forEach((name, i) => {
      if (typeof name !== 'string' || !name.trim()) error(`interviewers.${i}`, 'interviewerNoName', [i + 1], `Interviewer ${i + 1} has no name.`);
      else if (charLength(name) > LIMITS.interviewerName) error(`interviewers.${i}`, 'interviewerTooLong', [i + 1, LIMITS.interviewerName], `Interviewer ${i + 1}'s name is too long (over ${LIMITS.interviewerName} characters).`);
    });
  }

  if (Array.isArray(d.feedback)) validateFeedback(d.feedback, error, warn);

  if (d.evidence && typeof d.evidence === 'object') {
    for (const [id, answer] of Object.entries(d.evidence)) {
      if (!isEvidenceAnswer(answer)) error(`evidence.${id}`, 'evidenceInvalid', [], 'Answer yes, no or not sure.');
    }
  }
  (Array.isArray(d.confirmedCauses) ? d.confirmedCauses : []).forEach((cause, i) => {
    if (!isCauseId(cause)) error(`confirmedCauses.${i}`, 'causeInvalid', [String(cause)], `“${String(cause)}” is not one of the four causes.`);
  });
  issues.push(...validateRequirementChanges(d.proposedChanges));

  const track2 = d.track2;
  if (track2 && typeof track2 === 'object') {
    (Array.isArray(track2.ratings) ? track2.ratings : []).forEach((r, i) => {
      const named = text(r?.competency);
      const name = named || `competency ${i + 1}`;
      // params: the competency's name ('' when it has none) and its position.
      if (!named) error(`track2.ratings.${i}.competency`, 'ratingNoCompetency', [i + 1], `Name competency ${i + 1}.`);
      if (r?.before != null && !isRating(r.before)) error(`track2.ratings.${i}.before`, 'ratingBeforeInvalid', [named, i + 1], `Your rating for “${name}” must be 1 to 5.`);
      if (r?.revealed != null && !isRating(r.revealed)) error(`track2.ratings.${i}.revealed`, 'ratingRevealedInvalid', [named, i + 1], `The interview rating for “${name}” must be 1 to 5.`);
    });
    if (track2.candidateStatus !== undefined && !isCandidateStatus(track2.candidateStatus)) {
      error('track2.candidateStatus', 'candidateStatusInvalid', [], "Choose the candidate's status.");
    }
  }

  if (d.milestones && typeof d.milestones === 'object') {
    for (const key of Object.keys(MILESTONE_LABELS) as (keyof Milestones)[]) {
      const value = d.milestones[key];
      if (value === undefined || value === '') continue;
      const ms = Date.parse(String(value));
      const label = MILESTONE_LABELS[key];
      // params: which milestone (its key in Milestones).
      if (Number.isNaN(ms)) error(`milestones.${key}`, 'milestoneInvalid', [key], `${label} is not a valid date.`);
      else if (!Number.isNaN(interviewMs) && ms < interviewMs) warn(`milestones.${key}`, 'milestoneBeforeInterview', [key], `${label} is before the interview.`);
      else if (ms > now.getTime() + DAY_MS) warn(`milestones.${key}`, 'milestoneFuture', [key], `${label} is in the future.`);
    }
  }

  if (typeof d.notes === 'string' && charLength(d.notes) > LIMITS.notesWarning) {
    warn('notes', 'notesLong', [charLength(d.notes)], `Your notes are ${formatCount(charLength(d.notes))} characters. They are all kept; consider moving the client's words into feedback items.`);
  }
  if (d.status !== undefined && d.status !== 'open' && d.status !== 'closed') error('status', 'statusInvalid', [], 'The debrief must be open or closed.');
  return issues;
}

type Report = (path: string, code: ValidationCode, params: readonly (string | number)[], message: string) => void;

function validateFeedback(items: readonly Partial<FeedbackItem>[], error: Report, warn: Report): void {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const at = `feedback.${i}`;
    const n = i + 1;
    if (!item || typeof item !== 'object') return error(at, 'feedbackEmpty', [n], `Feedback item ${n} is empty.`);
    if (item.id && ids.has(item.id)) error(`${at}.id`, 'feedbackDuplicateId', [n], `Feedback item ${n} has the same id as an earlier one.`);
    if (item.id) ids.add(item.id);
    const quote = text(item.quote);
    if (!quote) error(`${at}.quote`, 'feedbackNoQuote', [n], `Feedback item ${n} has no quote: write what the client said, in their words.`);
    else if (charLength(quote) > LIMITS.quote) {
      error(`${at}.quote`, 'feedbackQuoteTooLong', [n, charLength(quote), LIMITS.quote], `Feedback item ${n} is ${formatCount(charLength(quote))} characters; keep a quote under ${formatCount(LIMITS.quote)} by splitting it into several items.`);
    }
    if (!text(item.saidBy)) warn(`${at}.saidBy`, 'feedbackNoSaidBy', [n], `Feedback item ${n}: who said it?`);
    if (!text(item.topic)) warn(`${at}.topic`, 'feedbackNoTopic', [n], `Feedback item ${n}: which competency or topic is it about?`);
    if (!isSentiment(item.sentiment)) error(`${at}.sentiment`, 'feedbackNoSentiment', [n], `Feedback item ${n}: mark it positive, negative or neutral.`);
  });
}

const REQUIRED_TEXT = {
  clientCompany: { missing: 'Add the client company.', label: 'The client company' },
  roleTitle: { missing: 'Add the role title.', label: 'The role title' },
} as const;

function requiredText(value: unknown, path: keyof typeof REQUIRED_TEXT, max: number, error: Report): void {
  const v = text(value);
  const { missing, label } = REQUIRED_TEXT[path];
  if (!v) error(path, `${path}Missing`, [], missing);
  else if (charLength(v) > max) error(path, `${path}TooLong`, [max], `${label} is too long (over ${formatCount(max)} characters).`);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

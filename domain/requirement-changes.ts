import { REQUIREMENT_CHANGE_KINDS, type RequirementChange, type RequirementChangeKind } from './debrief';
import { isRequirementChangeKind } from './debrief-guards';
import { charLength, formatCount, type ValidationIssue } from './validation';

export const MAX_CHANGE_DETAIL_LENGTH = 500;

/** The kinds in the order a picker should offer them. */
export const REQUIREMENT_CHANGE_KIND_OPTIONS = (
  Object.entries(REQUIREMENT_CHANGE_KINDS) as [RequirementChangeKind, string][]
).map(([kind, label]) => ({ kind, label }));

/** One readable sentence per change, for the brief revision and the ATS summary. */
export function describeChange(change: Pick<RequirementChange, 'kind' | 'detail'>): string {
  const detail = tidy(change.detail);
  if (!detail) return `${REQUIREMENT_CHANGE_KINDS[change.kind] ?? 'Change'} (not described yet).`;
  switch (change.kind) {
    case 'add-must-have':
      return `Add “${stripStop(detail)}” as a must-have.`;
    case 'remove-must-have':
      return `Drop “${stripStop(detail)}” from the must-haves.`;
    case 'make-nice-to-have':
      return `Move “${stripStop(detail)}” from must-have to nice-to-have.`;
    case 'change-seniority':
      return sentence(`Change the seniority: ${detail}`);
    case 'change-salary':
      return sentence(`Change the salary or package: ${detail}`);
    case 'change-location':
      return sentence(`Change the location or remote policy: ${detail}`);
    case 'change-reporting-line':
      return sentence(`Change the reporting line: ${detail}`);
    case 'change-title':
      return sentence(`Change the job title: ${detail}`);
    default:
      return sentence(detail.charAt(0).toUpperCase() + detail.slice(1));
  }
}

/** Problems with one change; `index` places the messages in a list. */
export function validateRequirementChange(change: unknown, index = 0): ValidationIssue[] {
  const at = `proposedChanges.${index}`;
  const n = index + 1;
  if (!change || typeof change !== 'object') {
    return [{ path: at, code: 'changeEmpty', params: [n], message: `Change ${n} is empty.`, severity: 'error' }];
  }
  const { kind, detail } = change as Partial<RequirementChange>;
  const issues: ValidationIssue[] = [];
  if (!isRequirementChangeKind(kind)) {
    issues.push({ path: `${at}.kind`, code: 'changeNoKind', params: [n], message: `Choose what kind of change change ${n} is.`, severity: 'error' });
  }
  const text = typeof detail === 'string' ? tidy(detail) : '';
  if (!text) {
    issues.push({ path: `${at}.detail`, code: 'changeNoDetail', params: [n], message: `Describe change ${n} (for example, the skill to add).`, severity: 'error' });
  } else if (charLength(text) > MAX_CHANGE_DETAIL_LENGTH) {
    issues.push({
      path: `${at}.detail`,
      code: 'changeTooLong',
      params: [n, charLength(text), MAX_CHANGE_DETAIL_LENGTH],
      message: `Change ${n} is ${formatCount(charLength(text))} characters; keep it under ${formatCount(MAX_CHANGE_DETAIL_LENGTH)} and put the reasoning in your notes.`,
      severity: 'error',
    });
  }
  return issues;
}

/** Each change, plus the list as a whole: repeats and contradictions. */
export function validateRequirementChanges(changes: unknown): ValidationIssue[] {
  if (!Array.isArray(changes)) return [];
  const issues = changes.flatMap((change, i) => validateRequirementChange(change, i));
  const seen = new Map<string, number>();
  changes.forEach((change: Partial<RequirementChange> | null, i) => {
    if (!change || !isRequirementChangeKind(change.kind) || typeof change.detail !== 'string') return;
    const subject = tidy(change.detail).toLowerCase();
    if (!subject) return;
    const key = `${change.kind}|${subject}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ path: `proposedChanges.${i}`, code: 'changeRepeats', params: [i + 1, first + 1], message: `Change ${i + 1} repeats change ${first + 1}.`, severity: 'warning' });
    } else {
      seen.set(key, i);
    }
    const opposite = change.kind === 'add-must-have' ? 'remove-must-have' : change.kind === 'remove-must-have' ? 'add-must-have' : null;
    const clash = opposite ? seen.get(`${opposite}|${subject}`) : undefined;
    if (clash !== undefined) {
      issues.push({
        path: `proposedChanges.${i}`,
        code: 'changeContradicts',
        params: [i + 1, clash + 1],
        message: `Change ${i + 1} contradicts change ${clash + 1}: the same requirement is both added and removed.`,
        severity: 'warning',
      });
    }
  });
  return issues;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripStop(text: string): string {
  return text.replace(/[.!?…]+$/u, '');
}

function sentence(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

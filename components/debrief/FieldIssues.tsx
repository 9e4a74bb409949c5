import type { ValidationIssue } from '@/domain/validation';
import { validationText } from './validation-text';

/** A domain issue (worded here from its code), or a line the view has already worded. */
export type FieldIssue = ValidationIssue | { path: string; severity: ValidationIssue['severity']; text: string };

/** Validation messages under a field: errors first, then the gentler warnings. */
export function FieldIssues({ id, issues }: { id?: string; issues: readonly FieldIssue[] }) {
  if (!issues.length) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="issues" id={id}>
      {sorted.map((issue, i) => (
        <li key={`${issue.path}-${i}`} className={issue.severity === 'error' ? 'error' : 'warn-line'}>
          {'text' in issue ? issue.text : validationText(issue)}
        </li>
      ))}
    </ul>
  );
}

/** The issues at `path` or below it ("feedback.0" also takes "feedback.0.quote"). */
export function issuesAt(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
}

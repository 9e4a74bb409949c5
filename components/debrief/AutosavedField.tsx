import { useId } from 'react';
import type { ValidationIssue } from '@/domain/validation';
import { FieldIssues } from './FieldIssues';
import { useAutosavedText } from './use-autosaved-text';

interface Props {
  debriefId: string;
  /** Where the text lives in the debrief, e.g. "track1.what-changed" (see storage/debrief-edits). */
  path: string;
  stored: string;
  label: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  issues?: readonly ValidationIssue[];
  testId?: string;
  /** Visually hide the label (the question is already shown as text above). */
  hideLabel?: boolean;
}

/** A labelled input or textarea that saves itself (see use-autosaved-text). */
export function AutosavedField({ debriefId, path, stored, label, multiline, rows = 3, placeholder, issues = [], testId, hideLabel }: Props) {
  const id = useId();
  const field = useAutosavedText(debriefId, path, stored);
  const describedBy = issues.length || field.error ? `${id}-issues` : undefined;
  const common = {
    id,
    value: field.value,
    placeholder,
    dir: 'auto' as const,
    'data-testid': testId,
    'aria-describedby': describedBy,
    'aria-invalid': issues.some((i) => i.severity === 'error') || undefined,
    onFocus: field.onFocus,
    onBlur: field.onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} className="autogrow" onChange={(e) => field.onChange(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => field.onChange(e.target.value)} />
      )}
      <FieldIssues id={`${id}-issues`} issues={field.error ? [...issues, { path, text: field.error, severity: 'error' }] : issues} />
    </div>
  );
}

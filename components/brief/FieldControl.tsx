import { type BriefContent, type BriefFieldKey, type FieldSpec, type QualificationIssue, type SalaryRange } from '@/domain/brief';
import { ListEditor } from './ListEditor';
import { SalaryInput } from './SalaryInput';
import { t } from '../i18n';
import { asksQuestion, CHOICE_OPTIONS, fieldLabelText, fieldQuestionText, issueText } from './labels';

/** Text fields written as paragraphs; the others are one line. */
const LONG_TEXT = new Set<BriefFieldKey>(['purpose', 'personality', 'success6Months', 'success12Months', 'interviewProcess', 'whyJoin', 'timeline']);

/** Where a qualification issue sends focus: the field's first control. */
export const fieldInputId = (key: BriefFieldKey) => `brief-field-${key}`;

/** Wide controls take the whole row of the field grid. */
export function isWide(spec: FieldSpec): boolean {
  return spec.kind === 'list' || spec.kind === 'salary' || LONG_TEXT.has(spec.key);
}

interface Props {
  spec: FieldSpec;
  content: BriefContent;
  issue?: QualificationIssue;
  onChange(key: BriefFieldKey, value: BriefContent[BriefFieldKey]): void;
}

/** One brief field, drawn for its kind, with the client question under it when it is missing or weak. */
export function FieldControl({ spec, content, issue, onChange }: Props) {
  const id = fieldInputId(spec.key);
  const hintId = issue ? `${id}-issue` : undefined;
  // Missing: the label already names the field, so the hint is the question to ask; weak: why it is weak.
  const label = fieldLabelText(spec.key);
  const question = fieldQuestionText(spec.key);
  const hint = issue && (
    <p id={hintId} className={issue.severity === 'missing' ? 'field-issue missing' : 'field-issue'}>
      <span className="issue-tag">{t(issue.severity === 'missing' ? 'briefIssueTagMissing' : 'briefIssueTagWeak')}</span>{' '}
      {asksQuestion(issue) ? t('briefIssueAsk', question) : issueText(issue)}
    </p>
  );
  const value = content[spec.key];
  let control;
  switch (spec.kind) {
    case 'list':
      control = <ListEditor label={label} items={value as string[]} inputId={id} describedBy={hintId} testId={`field-${spec.key}`}
        onChange={(items) => onChange(spec.key, items)} />;
      break;
    case 'salary':
      control = <SalaryInput value={value as SalaryRange} inputId={id} describedBy={hintId} onChange={(next) => onChange(spec.key, next)} />;
      break;
    case 'choice':
      control = (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={value as string} aria-describedby={hintId} data-testid={`field-${spec.key}`} onChange={(e) => onChange(spec.key, e.target.value)}>
            <option value="">{t('briefNotSet')}</option>
            {Object.entries(CHOICE_OPTIONS[spec.key] ?? {}).map(([v, key]) => <option key={v} value={v}>{t(key)}</option>)}
          </select>
        </div>
      );
      break;
    case 'number':
      control = (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <input id={id} type="number" min={0} max={60} value={(value as number | null) ?? ''} aria-describedby={hintId} data-testid={`field-${spec.key}`}
            onChange={(e) => onChange(spec.key, e.target.value === '' ? null : Number(e.target.value))} />
        </div>
      );
      break;
    default:
      control = (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {LONG_TEXT.has(spec.key) ? (
            <textarea id={id} dir="auto" rows={3} value={value as string} aria-describedby={hintId} data-testid={`field-${spec.key}`}
              placeholder={issue ? undefined : question} onChange={(e) => onChange(spec.key, e.target.value)} />
          ) : (
            <input id={id} type="text" dir="auto" value={value as string} aria-describedby={hintId} data-testid={`field-${spec.key}`}
              placeholder={issue ? undefined : question} onChange={(e) => onChange(spec.key, e.target.value)} />
          )}
        </div>
      );
  }
  return (
    <div className={isWide(spec) ? 'brief-field wide' : 'brief-field'} data-field={spec.key}>
      {control}
      {hint}
    </div>
  );
}

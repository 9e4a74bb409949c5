import { useId } from 'react';
import type { Qualification } from '@/domain/brief';
import { t } from '../i18n';
import { fieldInputId } from './FieldControl';
import { fieldLabelText, issueText } from './labels';
import { tRich } from '../rich-message';

interface Props {
  qualification: Qualification;
  /** When the form is on screen, each issue can move focus to its field. */
  canFocusFields?: boolean;
  compact?: boolean;
}

/** Score bar and its words: a colour alone must not carry the meaning. */
export function QualificationScore({ qualification, compact }: { qualification: Qualification; compact?: boolean }) {
  const { score, fullyQualified } = qualification;
  return (
    <div className={compact ? 'qual-score compact' : 'qual-score'}>
      <div className="row spread">
        <span className="small">{tRich('briefQualScore', <strong data-testid="qual-score">{score}</strong>)}</span>
        {fullyQualified ? (
          <span className="badge ok" data-testid="qual-badge">{t('briefQualFull')}</span>
        ) : (
          <span className="badge warn" data-testid="qual-badge">{t('briefQualNotFull')}</span>
        )}
      </div>
      <div className="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={score} aria-label={t('briefQualMeterLabel')}>
        <span style={{ width: `${score}%` }} className={fullyQualified ? 'ok' : undefined} />
      </div>
    </div>
  );
}

/**
 * Is this brief fully qualified? Shown wherever a brief is shown: what is
 * missing comes first, each with the question to put to the client.
 */
export function QualificationPanel({ qualification, canFocusFields, compact }: Props) {
  const id = useId();
  const missing = qualification.issues.filter((issue) => issue.severity === 'missing');
  const weak = qualification.issues.filter((issue) => issue.severity === 'weak');
  const focus = (field: string) => document.getElementById(fieldInputId(field as never))?.focus();
  const renderIssue = (issue: Qualification['issues'][number], i: number) => (
    <li key={`${issue.field}-${i}`} data-testid="qual-issue">
      {canFocusFields ? (
        <button type="button" className="btn link issue-link" onClick={() => focus(issue.field)}>{fieldLabelText(issue.field)}</button>
      ) : (
        <strong>{fieldLabelText(issue.field)}</strong>
      )}
      {/* Missing: the label already says what; the question says what to ask. */}
      <span className="small"> {issueText(issue)}</span>
    </li>
  );
  return (
    <section className="card stack qualification" aria-labelledby={`${id}-h`} data-testid="qualification">
      <h2 id={`${id}-h`}>{t('briefQualHeading')}</h2>
      <QualificationScore qualification={qualification} />
      {missing.length > 0 && (
        <div className="stack tight">
          <h3>{t('briefQualMissingHeading', missing.length)}</h3>
          <ul className="issues missing">{missing.map(renderIssue)}</ul>
        </div>
      )}
      {weak.length > 0 && !compact && (
        <div className="stack tight">
          <h3>{t('briefQualWeakHeading', weak.length)}</h3>
          <ul className="issues">{weak.map(renderIssue)}</ul>
        </div>
      )}
      {qualification.issues.length === 0 && <p className="small">{t('briefQualAllGood')}</p>}
    </section>
  );
}

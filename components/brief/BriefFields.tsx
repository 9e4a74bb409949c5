import { BRIEF_FIELDS, type BriefContent, type BriefFieldKey, type QualificationIssue } from '@/domain/brief';
import { t } from '../i18n';
import { FieldControl } from './FieldControl';
import { SECTIONS } from './labels';

interface Props {
  content: BriefContent;
  issues: readonly QualificationIssue[];
  onChange(key: BriefFieldKey, value: BriefContent[BriefFieldKey]): void;
}

/** Every brief field, grouped by section, each section a fieldset. */
export function BriefFields({ content, issues, onChange }: Props) {
  const firstIssue = new Map<BriefFieldKey, QualificationIssue>();
  for (const issue of issues) if (!firstIssue.has(issue.field)) firstIssue.set(issue.field, issue);
  return (
    <>
      {SECTIONS.map((section) => (
        <fieldset key={section.id} className="brief-section" data-testid={`section-${section.id}`}>
          <legend>{t(section.title)}</legend>
          <p className="hint">{t(section.hint)}</p>
          <div className="field-grid">
            {BRIEF_FIELDS.filter((spec) => spec.section === section.id).map((spec) => (
              <FieldControl key={spec.key} spec={spec} content={content} issue={firstIssue.get(spec.key)} onChange={onChange} />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

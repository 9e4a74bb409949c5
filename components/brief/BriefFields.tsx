import { BRIEF_FIELDS, type BriefContent, type BriefFieldKey, type FieldSection, type QualificationIssue } from '@/domain/brief';
import { FieldControl } from './FieldControl';

/** The three parts of a brief, in the order a recruiter takes it from the client. */
export const SECTIONS: readonly { id: FieldSection; title: string; hint: string }[] = [
  { id: 'role', title: 'Job description', hint: 'The role: what the person will do, where, for whom and for what pay.' },
  { id: 'person', title: 'Person specification', hint: 'Who fits it: the must-haves the client would reject a candidate for lacking, and the deal-breakers.' },
  { id: 'process', title: 'Process', hint: 'How and how fast the client will decide.' },
];

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
          <legend>{section.title}</legend>
          <p className="hint">{section.hint}</p>
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

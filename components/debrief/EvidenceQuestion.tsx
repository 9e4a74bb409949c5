import { EVIDENCE_ANSWERS, type EvidenceAnswer, type EvidenceQuestion as Question } from '@/domain/diagnosis/questions';
import { setEvidenceAnswer } from '@/storage/debrief-edits';
import { t, type MessageKey } from '../i18n';
import { evidenceQuestionText } from './content';
import { SegmentedChoice } from './SegmentedChoice';
import { usePendingValue } from './use-pending-value';

const ANSWER_KEYS: Readonly<Record<EvidenceAnswer, MessageKey>> = { yes: 'debriefAnswerYes', no: 'debriefAnswerNo', unsure: 'debriefAnswerUnsure' };
const answers = () => EVIDENCE_ANSWERS.map((value) => ({ value, label: t(ANSWER_KEYS[value]) }));

/** One evidence question: yes, no or not sure, saved on choice. */
export function EvidenceQuestion({ debriefId, question, answer }: { debriefId: string; question: Question; answer: EvidenceAnswer | null }) {
  const [shown, show] = usePendingValue(answer);
  return (
    <SegmentedChoice<EvidenceAnswer> className="question" legend={evidenceQuestionText(question.id, question.text)} options={answers()} value={shown} testId={`evidence-${question.id}`}
      onChange={(value) => {
        show(value);
        void setEvidenceAnswer(debriefId, question.id, value);
      }} />
  );
}

import type { EvidenceAnswer, EvidenceQuestion as Question } from '@/domain/diagnosis/questions';
import { setEvidenceAnswer } from '@/storage/debrief-edits';
import { SegmentedChoice } from './SegmentedChoice';
import { usePendingValue } from './use-pending-value';

const ANSWERS: readonly { value: EvidenceAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** One evidence question: yes, no or not sure, saved on choice. */
export function EvidenceQuestion({ debriefId, question, answer }: { debriefId: string; question: Question; answer: EvidenceAnswer | null }) {
  const [shown, show] = usePendingValue(answer);
  return (
    <SegmentedChoice<EvidenceAnswer> className="question" legend={question.text} options={ANSWERS} value={shown} testId={`evidence-${question.id}`}
      onChange={(value) => {
        show(value);
        void setEvidenceAnswer(debriefId, question.id, value);
      }} />
  );
}

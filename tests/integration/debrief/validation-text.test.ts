import { describe, expect, it } from 'vitest';
import type { Debrief } from '@/domain/debrief';
import { validateDebriefDraft } from '@/domain/debrief-validation';
import type { ValidationCode, ValidationIssue } from '@/domain/validation';
import { validationText } from '@/components/debrief/validation-text';
import { NOW, emptyDebrief } from '../../unit/domain/debrief-fixture';

/** Drafts that between them raise every validation code. */
const drafts: unknown[] = [
  null,
  emptyDebrief({ candidateKey: '', clientCompany: '', roleTitle: '', interviewAt: '', stage: 'fifth' as Debrief['stage'], outcome: 'hired' as Debrief['outcome'], status: 'archived' as 'open' }),
  emptyDebrief({ clientCompany: 'x'.repeat(201), roleTitle: 'x'.repeat(201), interviewAt: 'next tuesday', interviewers: [' ', 'y'.repeat(121)] }),
  emptyDebrief({ interviewAt: '2025-03-06T09:00:00.000Z' }),
  emptyDebrief({ interviewAt: '2023-01-01T09:00:00.000Z', notes: 'n'.repeat(50_001) }),
  emptyDebrief({ evidence: { 'off-form': 'maybe' as 'yes' }, confirmedCauses: ['luck' as 'brief'] }),
  emptyDebrief({
    feedback: [
      null as never,
      { id: 'f1', quote: '', saidBy: '', topic: '', sentiment: 'meh' as 'positive' },
      { id: 'f1', quote: 'q'.repeat(5_001), saidBy: 'Priya', topic: 'SQL', sentiment: 'negative' },
    ],
  }),
  emptyDebrief({
    milestones: { clientDebriefAt: 'soon', candidateFeedbackAt: '2025-03-02T09:00:00.000Z', newPlanSentAt: '2025-03-09T09:00:00.000Z' },
  }),
  emptyDebrief({ milestones: { clientDebriefAt: '2025-03-02T09:00:00.000Z', candidateFeedbackAt: 'soon', newPlanSentAt: 'later' } }),
  emptyDebrief({ milestones: { clientDebriefAt: '2025-03-09T09:00:00.000Z', candidateFeedbackAt: '2025-03-09T09:00:00.000Z', newPlanSentAt: '2025-03-02T09:00:00.000Z' } }),
  emptyDebrief({
    track2: {
      ...emptyDebrief().track2,
      ratings: [{ competency: '', before: 9 as 1, revealed: 0 as 1 }, { competency: 'SQL', before: 7 as 1, revealed: 6 as 1 }],
      candidateStatus: 'gone' as never,
    },
  }),
  emptyDebrief({
    proposedChanges: [
      null as never,
      { id: 'a', kind: 'nonsense' as 'other', detail: '' },
      { id: 'b', kind: 'other', detail: 'd'.repeat(501) },
      { id: 'c', kind: 'add-must-have', detail: 'Kafka' },
      { id: 'd', kind: 'add-must-have', detail: 'kafka ' },
      { id: 'e', kind: 'remove-must-have', detail: 'Kafka' },
    ],
  }),
];

describe('debrief validation in the UI language', () => {
  const issues: ValidationIssue[] = drafts.flatMap((draft) => validateDebriefDraft(draft, NOW));

  it('words every issue exactly as the domain\'s English does', () => {
    for (const issue of issues) expect(validationText(issue), issue.code).toBe(issue.message);
  });

  it('the drafts above raise every code (so the test above covers each message)', () => {
    const all: ValidationCode[] = [
      'draftDamaged', 'noCandidate', 'clientCompanyMissing', 'clientCompanyTooLong', 'roleTitleMissing', 'roleTitleTooLong',
      'interviewAtMissing', 'interviewAtInvalid', 'interviewAtFuture', 'interviewAtOld', 'stageInvalid', 'outcomeInvalid',
      'interviewerNoName', 'interviewerTooLong', 'evidenceInvalid', 'causeInvalid',
      'ratingNoCompetency', 'ratingBeforeInvalid', 'ratingRevealedInvalid', 'candidateStatusInvalid',
      'milestoneInvalid', 'milestoneBeforeInterview', 'milestoneFuture', 'notesLong', 'statusInvalid',
      'feedbackEmpty', 'feedbackDuplicateId', 'feedbackNoQuote', 'feedbackQuoteTooLong', 'feedbackNoSaidBy', 'feedbackNoTopic',
      'feedbackNoSentiment', 'changeEmpty', 'changeNoKind', 'changeNoDetail', 'changeTooLong', 'changeRepeats', 'changeContradicts',
    ];
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(all));
    const milestones = issues.filter((i) => i.code.startsWith('milestone')).map((i) => `${i.code} ${i.params?.[0]}`);
    expect(new Set(milestones).size).toBe(9);
  });
});

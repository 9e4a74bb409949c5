import { describe, expect, it } from 'vitest';
import { describeGap, type StepGap } from '@/domain/workflow';
import { stepMissing } from '@/components/debrief/labels';

/** The checklist's "still missing" line comes from the domain's gap code; in English it reads as the domain's own text. */
const GAPS: StepGap[] = [
  { code: 'no-quote' },
  { code: 'more-evidence', answered: 3, total: 29 },
  { code: 'no-cause' },
  { code: 'no-client-answer' },
  { code: 'reassess-and-feedback' },
  { code: 'feedback' },
  { code: 'reassess' },
  { code: 'not-closed' },
];

describe('step gaps in the UI language', () => {
  it.each(GAPS)('$code reads as the domain says it', (gap) => {
    expect(stepMissing({ gap })).toBe(describeGap(gap));
  });

  it('a done step has nothing missing', () => {
    expect(stepMissing({ gap: null })).toBe('');
  });
});

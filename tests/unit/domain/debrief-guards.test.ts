import { describe, expect, it } from 'vitest';
import {
  isCandidateStatus,
  isInterviewStage,
  isOutcome,
  isRating,
  isRequirementChangeKind,
  isSentiment,
} from '@/domain/debrief-guards';

describe('type guards', () => {
  it.each([
    [isInterviewStage, 'final', true],
    [isInterviewStage, 'toString', false],
    [isOutcome, 'on-hold', true],
    [isOutcome, 'hired', false],
    [isSentiment, 'negative', true],
    [isSentiment, 'Negative', false],
    [isRequirementChangeKind, 'change-title', true],
    [isRequirementChangeKind, 42, false],
    [isCandidateStatus, 'keep-for-next', true],
    [isCandidateStatus, 'hired', false],
    [isRating, 5, true],
    [isRating, 0, false],
    [isRating, 2.5, false],
    [isRating, '3', false],
  ] as const)('%o(%j) → %j', (guard, value, expected) => {
    expect((guard as (v: unknown) => boolean)(value)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { RequirementChange, RequirementChangeKind } from '@/domain/debrief';
import {
  REQUIREMENT_CHANGE_KIND_OPTIONS,
  describeChange,
  validateRequirementChange,
  validateRequirementChanges,
} from '@/domain/requirement-changes';

describe('describeChange', () => {
  it.each<[RequirementChangeKind, string, string]>([
    ['add-must-have', 'Kubernetes in production', 'Add “Kubernetes in production” as a must-have.'],
    ['remove-must-have', 'A computer science degree.', 'Drop “A computer science degree” from the must-haves.'],
    ['make-nice-to-have', 'German', 'Move “German” from must-have to nice-to-have.'],
    ['change-seniority', 'senior, not lead', 'Change the seniority: senior, not lead.'],
    ['change-salary', 'up to £95k base', 'Change the salary or package: up to £95k base.'],
    ['change-location', 'hybrid, 2 days in Leeds', 'Change the location or remote policy: hybrid, 2 days in Leeds.'],
    ['change-reporting-line', 'reports to the CTO!', 'Change the reporting line: reports to the CTO!'],
    ['change-title', '  Staff   Engineer ', 'Change the job title: Staff Engineer.'],
    ['other', 'start date moved to June', 'Start date moved to June.'],
    ['add-must-have', '   ', 'Add a must-have (not described yet).'],
  ])('%s %j → %j', (kind, detail, expected) => {
    expect(describeChange({ kind, detail })).toBe(expected);
  });

  it('offers every kind to a picker', () => {
    expect(REQUIREMENT_CHANGE_KIND_OPTIONS.map((o) => o.kind)).toContain('change-reporting-line');
    expect(REQUIREMENT_CHANGE_KIND_OPTIONS).toHaveLength(9);
  });
});

describe('validateRequirementChange', () => {
  it.each<[unknown, string[]]>([
    [{ id: 'c1', kind: 'add-must-have', detail: 'SQL' }, []],
    [{ id: 'c1', kind: 'add-must-have', detail: '' }, ['Describe change 1 (for example, the skill to add).']],
    [{ id: 'c1', kind: 'wish', detail: 'SQL' }, ['Choose what kind of change change 1 is.']],
    [{ id: 'c1', kind: 'other', detail: 'x'.repeat(501) }, ['Change 1 is 501 characters; keep it under 500 and put the reasoning in your notes.']],
    [null, ['Change 1 is empty.']],
  ])('%j', (change, messages) => {
    expect(validateRequirementChange(change).map((i) => i.message)).toEqual(messages);
  });
});

describe('validateRequirementChanges', () => {
  const c = (kind: RequirementChangeKind, detail: string, id = detail): RequirementChange => ({ id, kind, detail });

  it('accepts a clean list', () => {
    expect(validateRequirementChanges([c('add-must-have', 'SQL'), c('change-salary', '+10%')])).toEqual([]);
  });

  it('warns about repeats, ignoring case and spacing', () => {
    const issues = validateRequirementChanges([c('add-must-have', 'SQL'), c('add-must-have', ' sql ', 'b')]);
    expect(issues).toEqual([{ path: 'proposedChanges.1', code: 'changeRepeats', params: [2, 1], message: 'Change 2 repeats change 1.', severity: 'warning' }]);
  });

  it('warns when the same requirement is added and removed', () => {
    const issues = validateRequirementChanges([c('remove-must-have', 'Degree'), c('add-must-have', 'degree')]);
    expect(issues.map((i) => i.message)).toEqual([
      'Change 2 contradicts change 1: the same requirement is both added and removed.',
    ]);
  });

  it('places errors by index and tolerates junk', () => {
    expect(validateRequirementChanges([c('other', 'ok'), c('other', '')])[0]?.path).toBe('proposedChanges.1.detail');
    expect(validateRequirementChanges('nope')).toEqual([]);
  });
});

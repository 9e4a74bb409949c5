import { cloneBriefContent, type BriefContent } from './fields';
import type { BriefRequirementChange } from './records';
import { parseSalary } from './salary';
import { detectExperienceLevel, detectRemotePolicy, detectYears } from './signals';
import { itemKey, significantTokens } from './text-match';

/**
 * Pre-fill a revised brief from a debrief's proposed requirement changes.
 * Only the mechanical ones are applied (a skill added, removed or demoted; a
 * salary, seniority, location, title or reporting line that can be read from
 * the detail); anything needing judgement is returned as pending for the
 * recruiter to write in.
 */

export interface AppliedChanges {
  content: BriefContent;
  applied: BriefRequirementChange[];
  pending: BriefRequirementChange[];
}

/** "Add Kubernetes as a must-have." → "Kubernetes". */
function skillFrom(detail: string): string {
  return detail
    .trim()
    .replace(/^(?:add|remove|drop|make|move|demote|require|must[- ]have|nice[- ]to[- ]have)\s*:?\s*/i, '')
    .replace(/\s+(?:as|to)\s+(?:an?\s+)?(?:must[- ]have|nice[- ]to[- ]have|requirement|essential|desirable)s?\b.*$/i, '')
    .replace(/^["'‘“]|["'’”]$/g, '')
    .replace(/[.;]+$/, '')
    .trim();
}

/** The list item the detail names: same words, or all of the detail's words inside it ("Java" → "5+ years of Java"). */
function findItem(list: readonly string[], detail: string): number {
  const key = itemKey(detail);
  const exact = list.findIndex((item) => itemKey(item) === key);
  if (exact >= 0) return exact;
  const wanted = significantTokens(detail);
  if (wanted.length === 0) return -1;
  return list.findIndex((item) => {
    const have = new Set(significantTokens(item));
    return wanted.every((token) => have.has(token));
  });
}

function addUnique(list: string[], item: string): void {
  if (!list.some((existing) => itemKey(existing) === itemKey(item))) list.push(item);
}

/** Applies one change in place; false when it needs the recruiter's judgement. */
function applyOne(content: BriefContent, change: BriefRequirementChange): boolean {
  const detail = change.detail.trim();
  if (detail === '') return false;
  const skill = skillFrom(detail);
  switch (change.kind) {
    case 'add-must-have': {
      if (skill === '') return false;
      // Promoted from nice-to-have: it must not stay in both lists.
      const nice = findItem(content.niceToHaves, skill);
      if (nice >= 0) content.niceToHaves.splice(nice, 1);
      addUnique(content.mustHaves, skill);
      return true;
    }
    case 'remove-must-have': {
      const index = findItem(content.mustHaves, skill);
      if (index < 0) return false;
      content.mustHaves.splice(index, 1);
      return true;
    }
    case 'make-nice-to-have': {
      if (skill === '') return false;
      const index = findItem(content.mustHaves, skill);
      const moved = index >= 0 ? content.mustHaves.splice(index, 1)[0] ?? skill : skill;
      addUnique(content.niceToHaves, moved);
      return true;
    }
    case 'change-seniority': {
      const level = detectExperienceLevel(detail);
      const years = detectYears(detail);
      if (!level && years === null) return false;
      if (level) content.experienceLevel = level;
      if (years !== null) content.experienceYears = years;
      return true;
    }
    case 'change-salary': {
      const salary = parseSalary(detail, true);
      if (!salary) return false;
      content.salary = {
        ...salary,
        currency: salary.currency || content.salary.currency,
        period: salary.period || content.salary.period,
      };
      return true;
    }
    case 'change-location': {
      const policy = detectRemotePolicy(detail);
      // "Fully remote" changes only the policy; "Manchester, 2 days in the office" is a place too.
      const placeWords = detail.replace(/\b(?:fully|now|100%|remote|hybrid|on-?site|office[- ]based|in[- ]office|working)\b/gi, '').replace(/[^\p{L}]+/gu, '');
      if (!policy && placeWords.length === 0) return false;
      if (policy) content.remotePolicy = policy;
      if (placeWords.length > 0) content.location = detail.replace(/^(?:move|change|relocate)\s+(?:location\s+)?to\s+/i, '').replace(/[.;]+$/, '');
      return true;
    }
    case 'change-reporting-line':
      content.reportingLine = detail.replace(/^(?:now\s+)?(?:reports?|reporting)\s+(?:in)?to\s+(?:the\s+)?/i, '').replace(/[.;]+$/, '');
      return true;
    case 'change-title':
      content.title = detail.replace(/^(?:re-?title|rename|change title)\s+(?:to|as)\s+/i, '').replace(/^["'‘“]|["'’”]$/g, '').replace(/[.;]+$/, '');
      return true;
    default:
      return false;
  }
}

export function applyRequirementChanges(content: BriefContent, changes: readonly BriefRequirementChange[]): AppliedChanges {
  const next = cloneBriefContent(content);
  const applied: BriefRequirementChange[] = [];
  const pending: BriefRequirementChange[] = [];
  for (const change of changes) (applyOne(next, change) ? applied : pending).push({ ...change });
  return { content: next, applied, pending };
}

import type { ExperienceLevel, RemotePolicy, Urgency } from './fields';

/**
 * Small facts read out of free text: remote policy, seniority, years of
 * experience, urgency. Shared by the job-ad parser and by the mechanical
 * application of a debrief's requirement changes.
 */

const MAX_SCAN = 20_000;

/**
 * Hybrid wins over remote ("hybrid, remote Fridays" is hybrid) and an
 * explicit "not remote" means on-site.
 */
export function detectRemotePolicy(text: string): RemotePolicy {
  const sample = text.slice(0, MAX_SCAN);
  if (/\bhybrid\b|\b\d\s?(?:-\s?\d\s?)?days?\s+(?:a week\s+|per week\s+)?(?:in|at) (?:the|our) office\b/i.test(sample)) return 'hybrid';
  // "not a remote role" is on-site; "no remote work experience" is about the candidate, not the job.
  if (/\b(?:not|no|isn't)\s+(?:a\s+)?(?:fully\s+)?remote\b(?!\s+(?:\w+\s+)?experience)/i.test(sample)) return 'onsite';
  if (/\b(?:fully|100%|completely)\s+remote\b|\bremote[- ](?:first|only|friendly|role|position|job|working)\b|\bwork from (?:home|anywhere)\b|\bwfh\b|\(remote\)|^\s*remote\s*$/im.test(sample)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bfull[- ]time in (?:the|our) office\b/i.test(sample)) return 'onsite';
  if (/(?<!\bno\s)\bremote\b(?!\s+(?:\w+\s+)?experience)/i.test(sample)) return 'remote';
  return '';
}

const LEVELS: readonly [RegExp, ExperienceLevel][] = [
  [/\b(?:chief|cto|cfo|ceo|coo|vp|vice president|director|head of)\b/i, 'executive'],
  [/\bprincipal\b|\bstaff (?:engineer|developer|designer)\b/i, 'principal'],
  [/\blead\b|\bteam lead(?:er)?\b|\btech lead\b/i, 'lead'],
  [/\bsenior\b|\bsr\.?(?=\s)/i, 'senior'],
  [/\bmid[- ]?(?:level|weight|senior)?\b|\bintermediate\b/i, 'mid'],
  [/\bjunior\b|\bjr\.?(?=\s)|\bgraduate\b|\bentry[- ]level\b|\bintern\b/i, 'junior'],
];

/** The most senior level named in the text (a "Senior Lead" is a lead). */
export function detectExperienceLevel(text: string): ExperienceLevel {
  const sample = text.slice(0, MAX_SCAN);
  for (const [pattern, level] of LEVELS) if (pattern.test(sample)) return level;
  return '';
}

/** "5+ years", "3-5 years of experience", "at least 7 yrs" → the lower bound; null when absent or absurd. */
export function detectYears(text: string): number | null {
  const match = /\b(\d{1,2})\s?(?:\+|plus)?\s?(?:(?:-|–|to)\s?\d{1,2}\s?)?\+?\s?(?:years?|yrs?)\b/i.exec(text.slice(0, MAX_SCAN));
  if (!match) return null;
  const years = Number(match[1]);
  return years > 0 && years <= 40 ? years : null;
}

export function detectUrgency(text: string): Urgency {
  const sample = text.slice(0, MAX_SCAN);
  if (/\bno rush\b|\bflexible start\b|\bpipeline\b|\bnot urgent\b/i.test(sample)) return 'low';
  if (/\burgent(?:ly)?\b|\basap\b|\bimmediate(?:ly)?\b|\bbusiness[- ]critical\b/i.test(sample)) return 'high';
  return '';
}

import type { BriefFieldKey } from './fields';

/**
 * Which brief field a heading of a job ad introduces. Job ads name the same
 * section a dozen ways ("Requirements", "What you'll need", "Essential"…);
 * this table is the one place those names live.
 */

/** A field, or a section we recognise and deliberately skip (company blurb, e-mail headers). */
export type SectionTarget = BriefFieldKey | 'ignore' | 'subject';

interface HeadingRule {
  pattern: RegExp;
  target: SectionTarget;
  /** Target when the heading is a label with a value on the same line ("Role: Data Engineer"). */
  inlineTarget?: SectionTarget;
  /** Only when it is the whole heading: "To:" is an e-mail header, "Reporting to" is not. */
  wholeOnly?: boolean;
}

const w = (alternatives: string) => new RegExp(`\\b(?:${alternatives})\\b`);

/** Order matters: the first rule that matches wins, so specific names come before generic ones. */
const RULES: readonly HeadingRule[] = [
  { pattern: w('from|to|cc|bcc|sent|date'), target: 'ignore', wholeOnly: true },
  { pattern: w('subject|re|fwd?'), target: 'subject', wholeOnly: true },
  { pattern: w('role|position|job'), target: 'purpose', inlineTarget: 'title', wholeOnly: true },
  { pattern: w("how to apply|about us|about the company|who we are|our story|equal opportunit\\w*|diversity( and inclusion)?|legal"), target: 'ignore' },
  { pattern: w('deal[- ]?breakers?|not for you if|this role (?:isn\'t|is not) for you if|red flags|no[- ]gos?|exclusions|please don\'t apply if'), target: 'dealBreakers' },
  { pattern: w('preferred qualifications|bonus qualifications|desirable( skills| criteria)?|nice[- ]to[- ]haves?|bonus points|bonus|extra credit|preferred( skills)?|it would be great if|good to have|pluses|a plus|would be a plus'), target: 'niceToHaves' },
  { pattern: w('personality|culture( and values)?|our values|values|personal qualities|traits|behaviours|behaviors|soft skills|working style'), target: 'personality' },
  { pattern: w('experience level|seniority|level'), target: 'experienceLevel' },
  { pattern: w('interview( process| stages)?|hiring process|recruitment process|selection process|application process|next steps'), target: 'interviewProcess' },
  { pattern: w('(?:(?:what )?success (?:looks like )?)?(?:at |in |after |within |by )?(?:12|twelve) months|first year|one year|year one'), target: 'success12Months' },
  { pattern: w('(?:(?:what )?success (?:looks like )?)?(?:at |in |after |within |by )?(?:6|six) months|what success looks like|success( measures| criteria| looks like)?|(?:first )?90 days|outcomes|objectives|kpis'), target: 'success6Months' },
  { pattern: w("minimum qualifications|basic qualifications|required qualifications|requirements|what you(?:'ll| will)? need|what we(?:'re| are) looking for|essentials?( criteria| skills)?|must[- ]haves?|required( skills)?|key skills|technical skills|skills|who you are|about you|you have|you(?:'ll| will) (?:have|bring)|what you(?:'ll)? bring|your profile|the candidate|person specification|experience required|your experience|experience"), target: 'mustHaves' },
  { pattern: w('qualifications|education|certifications?|degree|licen[cs]es?'), target: 'qualifications' },
  { pattern: w("responsibilit(?:y|ies)|what you(?:'ll| will) (?:do|be doing)|duties|day[- ]to[- ]day|your role|the role involves|accountabilities|what the job involves|key tasks|you will|you'll|in this role you will"), target: 'responsibilities' },
  { pattern: w('about the team|the team|team|who you(?:\'ll| will) work with'), target: 'team' },
  { pattern: w('report(?:s|ing)? (?:in)?to|reporting line|line manager|hiring manager|manager'), target: 'reportingLine' },
  { pattern: w('salary|compensation|remuneration|pay|package|day rate|rate|ote'), target: 'salary' },
  { pattern: w("benefits|perks|what we offer|we offer|why join( us)?|why work (?:for|with) us|what(?:'s| is) in it for you|why you(?:'ll| will) love (?:it|us|this)|life at \\w+"), target: 'whyJoin' },
  { pattern: w('location|based|where|office|remote policy|working pattern|work(?:ing)? arrangements?|workplace( type)?|remote'), target: 'location' },
  { pattern: w('timeline|start date|urgency|timing|closing date|deadline|when'), target: 'timeline' },
  { pattern: w('about the role|the role|role overview|overview|job summary|summary|purpose( of the role)?|the opportunity|opportunity|job description|about the job|about the position|position summary|role description|the job|mission'), target: 'purpose' },
  { pattern: w('job title|role title|title|position|vacancy'), target: 'title' },
  { pattern: w('client|hiring company|company name|employer|company|organisation|organization'), target: 'client' },
];

const PREFIX = /^(?:the|your|our|key|main|core|essential|role|job)\s+/;

/** Lowercase, straight quotes, no markup, no trailing colon or numbering. */
export function normaliseHeading(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[*_#>|]+/g, ' ')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `strict`: the whole heading must be a known name (used for plain lines with
 * no formatting, where "Experience with Kafka" must not become a heading).
 * Otherwise a known name anywhere in a short, clearly marked heading is enough.
 */
export function headingTarget(raw: string, options: { strict: boolean; inline: boolean }): SectionTarget | null {
  const heading = normaliseHeading(raw);
  if (heading === '' || heading.length > 80) return null;
  let bare = heading;
  while (PREFIX.test(bare)) bare = bare.replace(PREFIX, '');
  for (const rule of RULES) {
    const match = rule.pattern.exec(heading) ?? rule.pattern.exec(bare);
    if (!match) continue;
    const whole = match[0] === heading || match[0] === bare;
    if ((options.strict || rule.wholeOnly) && !whole) continue;
    return options.inline && rule.inlineTarget ? rule.inlineTarget : rule.target;
  }
  return null;
}

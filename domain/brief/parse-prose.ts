/**
 * Inference from prose, for ads with few or no headings: "We are looking for
 * a Senior Java Developer to join our payments team", "You must have…",
 * "Kafka would be a bonus". Each function takes short strings (lines already
 * capped by the caller) and returns '' or [] when it finds nothing.
 */

const GREETING = /^(?:hi|hello|dear|hey|thanks|thank you|cheers|best|regards|kind regards|many thanks|all the best)\b/i;

export function isGreeting(line: string): boolean {
  return GREETING.test(line.trim());
}

function firstMatch(lines: readonly string[], pattern: RegExp): string {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match?.[1]) return match[1].trim().replace(/[\s,;:-]+$/, '');
  }
  return '';
}

export function inferTitleFromProse(lines: readonly string[]): string {
  return firstMatch(lines, /\b(?:looking for|hiring|recruiting|seeking|searching for)\s+(?:an?|our (?:first|next|new))\s+((?:[A-Z][\w+#/.&-]*\s?){1,6})/);
}

export function inferReportingLine(lines: readonly string[]): string {
  return firstMatch(lines, /\breport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+)?([^.,;()\n]{2,60}?)(?=\s+(?:and|who|with|on|in|from|while)\b|[.,;()\n]|$)/i);
}

export function inferTeam(lines: readonly string[]): string {
  const team = firstMatch(lines, /\bjoin\s+(?:our|the|a)\s+([\w &/-]{2,40}?)\s+team\b/i);
  return team ? `${team} team` : '';
}

export function inferLocation(lines: readonly string[]): string {
  return firstMatch(lines, /\b(?:based in|located in|offices? in|office is in|(?:team|role|position|job) in)\s+((?:[A-Z][\w'-]*[ ,]*){1,4})/);
}

const TIMELINE = /\b(?:start(?:ing)? (?:date|in|by|on)|in seat|on board|by (?:january|february|march|april|may|june|july|august|september|october|november|december|the end of|end of|q[1-4])|asap|urgent(?:ly)?|immediate start|notice period)\b/i;

/** The first sentence saying when the hire is needed ("someone in seat by March"). */
export function inferTimeline(lines: readonly string[]): string {
  for (const line of lines) {
    const sentence = splitSentences(line).find((part) => TIMELINE.test(part));
    if (sentence) return sentence.trim();
  }
  return '';
}

/** "Senior Engineer at Acme" → { title, client }; unchanged title when there is no "at". */
export function splitTitleAtCompany(line: string): { title: string; client: string } {
  const match = /^(.{3,80}?)\s+(?:at|@)\s+([A-Z][\w&.' -]{1,60})$/.exec(line.trim());
  return match?.[1] && match[2] ? { title: match[1].trim(), client: match[2].trim() } : { title: line.trim(), client: '' };
}

/** "Brief – Senior Data Engineer (Acme)" → "Senior Data Engineer (Acme)". */
export function cleanSubject(subject: string): string {
  return subject
    .replace(/^(?:\s*(?:re|fwd?|fw)\s*:\s*)+/i, '')
    .replace(/^(?:new\s+)?(?:job\s+|role\s+)?(?:brief|vacancy|role|position|requirement)\s*(?:for)?\s*[:–—-]?\s*/i, '')
    .trim();
}

export type ProseKind = 'mustHaves' | 'niceToHaves' | 'responsibilities';

const NICE = /\b(?:nice to have|bonus|a plus|desirable|ideally|preferred|would be great|advantageous|beneficial|not essential)\b/i;
const MUST = /\b(?:must have|must be|you (?:must|will need to|should) (?:have|be)|you have|you(?:'ll| will)? need|required|essential|we need someone with|experience (?:with|in|of)|proficien(?:t|cy) in|\d+\+?\s?years)\b/i;
const DUTY = /^(?:you(?:'ll| will)|you'd|in this role,? you(?:'ll| will)|your (?:day|job|role) (?:will )?(?:include|involve)s?)\s+(?!need\b|have\b|be expected)/i;

/** Reporting lines are read separately; "You will report to…" is not a duty. */
const REPORTS_TO = /\breport(?:s|ing)? (?:directly )?to\b/i;
const LEAD_INS = /^(?:ideally,?\s+)?(?:you(?:'ll| will| must| should)?\s+(?:need|have|be|bring)\s+(?:to have\s+)?|must have\s*:?\s*|we need someone with\s+|in this role,? you(?:'ll| will)\s+|you(?:'ll| will)\s+|it would be (?:great|nice) if you (?:had|have)\s+)/i;
const TRAILERS = /\s+(?:would be (?:a )?(?:bonus|plus|nice|great|advantageous|beneficial)|is (?:a must|essential|required|a plus|desirable|nice to have)|are (?:essential|required|a plus))\s*$/i;

/** A sentence of prose, classified as a requirement or a duty and cut down to the item itself. */
export function classifySentence(sentence: string): { kind: ProseKind; item: string } | null {
  const clean = sentence.trim().replace(/[.!;]+$/, '');
  if (clean.length < 4 || clean.length > 300 || isGreeting(clean) || REPORTS_TO.test(clean)) return null;
  const kind: ProseKind | null = NICE.test(clean) ? 'niceToHaves' : DUTY.test(clean) ? 'responsibilities' : MUST.test(clean) ? 'mustHaves' : null;
  if (!kind) return null;
  const item = clean.replace(LEAD_INS, '').replace(TRAILERS, '').replace(/^(?:a|an)\s+/i, '').trim();
  if (item.length < 2) return null;
  return { kind, item: item.charAt(0).toUpperCase() + item.slice(1) };
}

/** The opening sentences of a paragraph, up to the first requirement or duty: the role's pitch. */
export function leadingPitch(paragraph: string): string {
  const pitch: string[] = [];
  for (const sentence of splitSentences(paragraph)) {
    if (classifySentence(sentence) || REPORTS_TO.test(sentence) || TIMELINE.test(sentence)) break;
    pitch.push(sentence.trim());
  }
  return pitch.join(' ');
}

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((part) => part.trim() !== '');
}

/** Requirements and duties written as sentences, for ads that never use a heading for them. */
export function proseLists(loose: readonly string[]): Record<ProseKind, string[]> {
  const lists = { mustHaves: [] as string[], niceToHaves: [] as string[], responsibilities: [] as string[] };
  for (const line of loose) {
    if (isGreeting(line)) continue;
    for (const sentence of splitSentences(line)) {
      const found = classifySentence(sentence);
      if (found) lists[found.kind].push(found.item);
    }
  }
  return lists;
}


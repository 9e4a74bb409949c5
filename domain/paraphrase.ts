import { truncate } from './text';

/**
 * Turns a client's remark about the candidate into a line addressed to the
 * candidate: "He couldn't explain his caching strategy" becomes "You couldn't
 * explain your caching strategy." Verbatim quotes read as blame when forwarded;
 * the same point in the second person, with the harshest words softened, reads
 * as feedback. It is a heuristic for a draft the recruiter edits, not grammar
 * software: it handles the shapes client feedback usually takes.
 */
export const MAX_PARAPHRASE_LENGTH = 300;

const LEAD_IN = /^(?:(?:honestly|to be honest|frankly|overall|for me|i think|i felt|i feel|i thought|we felt|we thought|we think|we feel|i found|we found|it felt like|it seemed like|my sense was|the feeling was)(?:\s+that)?[,:]?\s+)+/i;
const ADVERB = String.raw`(?:(?:really|just|also|clearly|never|often|always|sometimes|barely|rarely|simply|only|still|genuinely|definitely)\s+)?`;
/** Verbs a subject-less remark tends to start with ("Didn't know our product"). */
const BARE_START = /^(?:didn't|couldn't|wasn't|was|lacked|lacks|struggled|struggles|seemed|seems|needs|needed|had|has|hasn't|talked|rambled|gave|showed|doesn't|isn't|did|could|would|should|can't|knew|spoke|answered|came|got|went|interrupted|avoided|failed|missed|took)\b/i;
const SUBJECT_VERB: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', does: 'do', "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
};
/** "I" + these become "the interviewer" + the third-person form. */
const FIRST_PERSON_VERB: Record<string, string> = {
  am: 'is', "'m": ' is', have: 'has', "'ve": ' has', do: 'does', "don't": "doesn't", "'d": ' would', "'ll": ' will',
  think: 'thinks', feel: 'feels', want: 'wants', need: 'needs', like: 'likes', know: 'knows', see: 'sees', believe: 'believes', expect: 'expects', find: 'finds',
};
/** After "I", these (and any regular past tense) need no change once "I" is "the interviewer". */
const KEEP_AFTER_I = /^(?:was|wasn't|had|hadn't|did|didn't|could|couldn't|would|wouldn't|will|won't|can|can't|should|might|felt|found|thought|liked|loved|wanted|needed|expected|saw|heard|got|left|came|never|really|just|also)$/;
/** Words after which "her" is an object ("asked her about"), not a possessive ("her answers"). */
const AFTER_OBJECT_HER = /^(?:a|an|the|about|to|for|with|on|in|at|and|but|or|that|this|if|again|back|up|down|out|off|as|from|into|too|very|more|less|enough|when|because|so)$/i;
const HARSH = /\b(?:terrible|awful|appalling|abysmal|rubbish|shocking|dreadful|atrocious)\b/gi;
const PREDICATE_WEAK = /\b(was|were|is|are|seemed|looked|felt)\s+(?:(?:very|quite|really|pretty|rather|extremely|so|a bit|a little|somewhat|fairly)\s+)?(?:poor|bad|weak|disappointing|underwhelming|lacking|sloppy)\b/gi;

export function paraphraseForCandidate(quote: string, candidateNames: readonly string[] = []): string {
  let s = quote
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”'«»„]+|["“”'«»„]+$/g, '')
    .trim()
    .replace(LEAD_IN, '');
  if (!s) return '';
  const lowerFirst = s.charAt(0).toLowerCase() + s.slice(1);
  if (BARE_START.test(s)) s = `he ${lowerFirst}`;
  else if (/^too\b/i.test(s)) s = `he came across as ${lowerFirst}`;

  // Longest first, so "Jane Doe" is replaced whole rather than as "Jane" + "Doe".
  const names = candidateNames.map((n) => n.trim()).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const subject = ['he', 'she', 'they', 'the candidate', ...names].join('|');
  s = s.replace(new RegExp(String.raw`\b(?:${['the candidate', ...names].join('|')})'s\b`, 'gi'), 'your');
  s = s.replace(/\b(?:he|she)'s\s+(got|been)\b/gi, "you've $1").replace(/\b(?:he|she)'s\b/gi, "you're").replace(/\bthey're\b/gi, "you're").replace(/\bthey've\b/gi, "you've");
  s = s.replace(/\b(?:he|she|they)'(d|ll)\b/gi, "you'$1");
  s = s.replace(new RegExp(String.raw`\b(?:${subject})\s+(${ADVERB})([\w']+)`, 'gi'), (_m, adverb: string, verb: string) => `you ${adverb}${toSecondPerson(verb)}`);
  s = s.replace(/\b(?:himself|herself|themselves)\b/gi, 'yourself');
  s = s.replace(/\b(?:his|their)\b/gi, 'your').replace(/\b(?:him|them)\b/gi, 'you');
  s = s.replace(/\bher\b(\s+([\w']+))?/gi, (_m, rest: string | undefined, next: string | undefined) =>
    !next || AFTER_OBJECT_HER.test(next) ? `you${rest ?? ''}` : `your${rest}`,
  );
  s = s.replace(/\bI('m|'ve|'d|'ll|\s+[\w']+)/g, (_m, tail: string) => {
    const word = tail.trim();
    if (FIRST_PERSON_VERB[word.toLowerCase()]) return `the interviewer${tail.startsWith("'") ? '' : ' '}${FIRST_PERSON_VERB[word.toLowerCase()]}`;
    const keep = KEEP_AFTER_I.test(word.toLowerCase()) || /^[a-z]+ed$/i.test(word);
    return keep ? `the interviewer${tail}` : `I${tail}`;
  });
  s = s.replace(/\bme\b/gi, 'the interviewer').replace(/\bmy\b/gi, "the interviewer's");
  s = s.replace(/\bwe're\b/gi, 'the team are').replace(/\bwe've\b/gi, 'the team have').replace(/\bwe'd\b/gi, 'the team would');
  s = s.replace(/\bwe\b/gi, 'the team').replace(/\bus\b/g, 'the team').replace(/\bour\b/gi, "the team's");
  s = s.replace(HARSH, 'weak').replace(PREDICATE_WEAK, '$1 weaker than the team had hoped');
  s = s.replace(/!+/g, '.');

  s = truncate(s, MAX_PARAPHRASE_LENGTH);
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.?…]$/.test(s) ? s : `${s}.`;
}

/** "struggles" → "struggle", "was" → "were": the verb after "you". */
function toSecondPerson(verb: string): string {
  const lower = verb.toLowerCase();
  if (SUBJECT_VERB[lower]) return SUBJECT_VERB[lower];
  if (/^[a-z]+$/.test(lower) && lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|ous)$/.test(lower)) {
    if (lower.endsWith('ies')) return `${verb.slice(0, -3)}y`;
    if (/(?:ss|sh|ch|x|zz|o)es$/.test(lower)) return verb.slice(0, -2);
    return verb.slice(0, -1);
  }
  return verb;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
}

import type { BriefContent, BriefFieldKey } from './fields';
import { collect } from './parse-collect';
import { inferFields } from './parse-infer';
import { MAX_PARSE_CHARS } from './parse-items';
import { proseLists } from './parse-prose';

/**
 * Paste a job ad or a brief, get the fields pre-filled to correct by hand.
 * Never throws, runs in one pass over the lines, and bounds everything it
 * keeps: a 200 KB paste of a whole careers page must not freeze the popup.
 */

export interface ParsedJobText {
  content: Partial<BriefContent>;
  /** Fields given a value. */
  recognised: BriefFieldKey[];
  /** True when the input was longer than MAX_PARSE_CHARS and the rest was ignored. */
  truncated: boolean;
}

export function parseJobText(input: string): ParsedJobText {
  const text = typeof input === 'string' ? input : '';
  const truncated = text.length > MAX_PARSE_CHARS;
  try {
    const found = collect(truncated ? text.slice(0, MAX_PARSE_CHARS) : text);
    const content = inferFields(found, proseLists(found.loose));
    const recognised = (Object.keys(content) as BriefFieldKey[]);
    return { content, recognised, truncated };
  } catch {
    // Parsing is a convenience: a failure must leave the recruiter with an empty form, not an error.
    return { content: {}, recognised: [], truncated };
  }
}

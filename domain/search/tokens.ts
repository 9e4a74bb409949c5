/**
 * Words for the search index and for queries, made the same way on both
 * sides so a query word always finds the words it should: lower case,
 * accents folded ("Zoë" finds "zoe"), split on anything that is not a letter
 * or a digit. Pure: used by the storage index and the highlighter alike.
 */

/** Shorter words carry no meaning on their own ("a", "I"); longer ones are cut so one pasted blob cannot bloat the index. */
export const MIN_WORD_LENGTH = 2;
export const MAX_WORD_LENGTH = 32;
/**
 * One record indexes at most this many distinct words. Every indexed word is
 * an entry in IndexedDB's multiEntry index, written with the record: the cap
 * keeps a pasted 50,000-character transcript from costing thousands of them.
 */
export const MAX_WORDS_PER_RECORD = 400;

/**
 * Words too common to tell records apart. Not indexed (a third of the index
 * entries of ordinary notes) and ignored in queries, consistently.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'about after all also am an and any are as at be been but by can could did do does for from had has have he her him his how if in into is it its just me more my no not of on or our out she so than that the their them then there these they this to too up us very was we were what when which who will with would you your'.split(' '),
);

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, same length behaviour as the input for ASCII. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Distinct index words of some texts, in first-seen order. */
export function indexWords(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of fold(text).matchAll(WORD)) {
      const word = match[0];
      if (word.length < MIN_WORD_LENGTH || STOP_WORDS.has(word)) continue;
      seen.add(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
      if (seen.size >= MAX_WORDS_PER_RECORD) return [...seen];
    }
  }
  return [...seen];
}

/**
 * The words of a query, each matched as a word prefix ("stake" finds
 * "stakeholder"). One-letter words and stop words are dropped, as in the index.
 */
export function queryWords(query: string): string[] {
  const all = [...new Set([...fold(query).matchAll(WORD)].map((m) => m[0].slice(0, MAX_WORD_LENGTH)))];
  return all.filter((w) => w.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(w));
}

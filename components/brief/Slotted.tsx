import type { ReactNode } from 'react';

/** Stands in for an element inside a translated sentence: pass it as the placeholder's value. */
export const SLOT = '\u2063';

/**
 * A translated sentence with one element inside ("<strong>72</strong>/100
 * qualified"): the message keeps the word order translators chose, and the
 * element goes where the slot landed.
 */
export function Slotted({ text, children }: { text: string; children: ReactNode }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}{children}</>;
  return <>{text.slice(0, at)}{children}{text.slice(at + SLOT.length)}</>;
}

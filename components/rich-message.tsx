import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from './i18n';

/**
 * A message with elements inside it ("Start a debrief for <strong>name</strong>. …").
 * The sentence stays one message, so translators can move the element; each
 * placeholder becomes the node passed for it (a private-use character marks
 * its place while the browser substitutes).
 */
export function tRich(key: MessageKey, ...parts: ReactNode[]): ReactNode[] {
  const marks = parts.map((_, i) => String.fromCharCode(0xe000 + i));
  return t(key, ...marks)
    .split(/([\uE000-\uE0FF])/)
    .filter(Boolean)
    .map((piece, i) => {
      const at = marks.indexOf(piece);
      return <Fragment key={i}>{at >= 0 ? parts[at] : piece}</Fragment>;
    });
}

import { useEffect, useRef, useState } from 'react';

interface Props {
  id: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  testId?: string;
  placeholder?: string;
  describedBy?: string;
}

/**
 * A text box over a stored value that is written on every change but kept
 * locally while focused: the stored copy arrives a moment later through the
 * live query, and must never overwrite characters typed meanwhile.
 */
export function LocalText({ id, value, onCommit, multiline, rows = 2, readOnly, testId, placeholder, describedBy }: Props) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  const props = {
    id,
    value: text,
    readOnly,
    placeholder,
    dir: 'auto' as const,
    'data-testid': testId,
    'aria-describedby': describedBy,
    onFocus: () => void (focused.current = true),
    // The last write may still be landing: the next stored value re-syncs the box.
    onBlur: () => void (focused.current = false),
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      onCommit(e.target.value);
    },
  };
  return multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />;
}

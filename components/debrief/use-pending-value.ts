import { useEffect, useRef, useState } from 'react';

/** If the stored value has not caught up by then, the write failed: show what is stored. */
const GIVE_UP_MS = 4_000;

/**
 * A choice (radio, checkbox, select) that shows the recruiter's click at
 * once, while the write to IndexedDB and the live query catch up. Without it
 * a controlled input snaps back to the old stored value for a moment.
 */
export function usePendingValue<T>(stored: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setPending(null), [stored]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const set = (value: T) => {
    setPending({ value });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setPending(null), GIVE_UP_MS);
  };
  return [pending ? pending.value : stored, set];
}

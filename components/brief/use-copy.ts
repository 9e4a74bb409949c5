import { useCallback, useState } from 'react';

/** A copy action with its own short message beside the button (announced politely). */
export function useCopyMessage() {
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const run = useCallback(async (what: string, copy: () => Promise<unknown>) => {
    try {
      await copy();
      setMessage({ tone: 'ok', text: `Copied ${what}.` });
    } catch {
      setMessage({ tone: 'error', text: `Could not copy ${what}: select the text and copy it by hand.` });
    }
  }, []);
  return { message, run };
}

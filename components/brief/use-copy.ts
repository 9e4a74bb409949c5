import { useCallback, useState } from 'react';
import { t, type MessageKey } from '../i18n';

/** A copy action with its own short message beside the button (announced politely). */
export function useCopyMessage() {
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const run = useCallback(async (words: { done: MessageKey; failed: MessageKey }, copy: () => Promise<unknown>) => {
    try {
      await copy();
      setMessage({ tone: 'ok', text: t(words.done) });
    } catch {
      setMessage({ tone: 'error', text: t(words.failed) });
    }
  }, []);
  return { message, run };
}

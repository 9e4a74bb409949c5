import { useCallback, useEffect, useRef, useState } from 'react';
import { setDebriefText } from '@/storage/debrief-edits';
import { fingerprint, settleWriteAhead, writeAhead } from '@/storage/field-write-ahead';
import { t } from '../i18n';
import { errorText } from '../error-text';

/** Quiet time after the last keystroke before the IndexedDB save (the write-ahead copy is immediate). */
export const AUTOSAVE_DELAY_MS = 250;
/** After leaving a field, how long to wait for the live query to catch up before showing the stored value. */
const SETTLE_MS = 400;
/**
 * Above this length the write-ahead copy is taken at most every
 * LARGE_WRITE_AHEAD_MS (and always when the page hides): copying 50,000
 * characters on every keystroke would make typing lag.
 */
const LARGE_TEXT = 10_000;
const LARGE_WRITE_AHEAD_MS = 200;

/**
 * One autosaved text field of a debrief. While the recruiter is typing, the
 * field shows their text and nothing from elsewhere replaces it; when they
 * are not, it shows the stored value live, so an edit made in the side panel
 * appears in the popup at once. Every keystroke is written ahead to
 * localStorage synchronously, then saved debounced, and flushed when the page
 * hides or the field unmounts.
 */
export function useAutosavedText(debriefId: string, path: string, stored: string) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const focused = useRef(false);
  const pending = useRef<string | null>(null);
  // Fingerprint of the stored value this editing session started from (computed once per session).
  const base = useRef<string | null>(null);
  const lastWriteAhead = useRef(0);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    // Make sure the latest words are in the write-ahead copy before the asynchronous save starts.
    writeAhead(debriefId, path, text, base.current ?? fingerprint(storedRef.current));
    try {
      await setDebriefText(debriefId, path, text);
      settleWriteAhead(debriefId, path, text);
      base.current = fingerprint(text); // what is stored now: later keystrokes are typed over this
      setError('');
    } catch (e) {
      // Keep the words (they are in the write-ahead copy too) and say why they are not saved.
      pending.current ??= text;
      setError(errorText(e, t('debriefNotSavedYet')));
    }
  }, [debriefId, path]);

  useEffect(() => {
    const onPageHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  // The record changed underneath a field nobody is typing in: show the new value.
  useEffect(() => {
    if (!focused.current && pending.current === null) setDraft(null);
  }, [stored]);

  const onChange = useCallback(
    (text: string) => {
      if (pending.current === null && base.current === null) base.current = fingerprint(storedRef.current);
      setDraft(text);
      pending.current = text;
      const now = Date.now();
      if (text.length <= LARGE_TEXT || now - lastWriteAhead.current >= LARGE_WRITE_AHEAD_MS) {
        writeAhead(debriefId, path, text, base.current ?? '');
        lastWriteAhead.current = now;
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [debriefId, path, flush],
  );

  const onFocus = useCallback(() => {
    focused.current = true;
    if (pending.current === null) base.current = null; // a new editing session: fingerprint on the first keystroke
  }, []);

  const onBlur = useCallback(() => {
    focused.current = false;
    void flush().then(() =>
      setTimeout(() => {
        if (!focused.current && pending.current === null) setDraft(null);
      }, SETTLE_MS),
    );
  }, [flush]);

  return { value: draft ?? stored, onChange, onFocus, onBlur, error, flush };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from '@/storage/drafts';

/**
 * A text field whose every change is persisted at once (see storage/drafts),
 * so closing the popup mid-sentence loses nothing. Returns `loaded` so the
 * field is not editable before the saved text is back (no clobbering).
 */
export function useDraft(id: string | undefined) {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const currentId = useRef(id);

  useEffect(() => {
    currentId.current = id;
    setLoaded(false);
    setText('');
    if (!id) return;
    let cancelled = false;
    void loadDraft(id).then((saved) => {
      if (cancelled) return;
      setText(saved);
      setLoaded(true);
    });
    return () => void (cancelled = true);
  }, [id]);

  const update = useCallback((next: string) => {
    setText(next);
    if (currentId.current) void saveDraft(currentId.current, next);
  }, []);

  return { text, setText: update, loaded };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { cloneBriefContent, withDefaults, type BriefContent, type BriefRequirementChange, type BriefVersion, type VersionSource } from '@/domain/brief';
import { clearDraft, loadDraft, saveDraft } from '@/storage/drafts';

/**
 * The brief being edited, persisted as a draft on every change (the same
 * write-ahead drafts as notes), so closing the tab mid-sentence loses
 * nothing. The draft remembers the version it started from: if another tab
 * saves meanwhile, this editor keeps its own edits and the save merges.
 */
export interface EditorState {
  /** The version the edits started from. */
  basedOn: number;
  content: BriefContent;
  reason: string;
  source?: VersionSource;
  /** Debrief changes that need the recruiter's judgement, shown beside the form. */
  pending?: BriefRequirementChange[];
  /** Edited since the version it is based on (a draft exists). */
  dirty: boolean;
}

export const briefDraftId = (briefId: string) => `brief-edit:${briefId}`;

function fromVersion(version: BriefVersion): EditorState {
  return { basedOn: version.version, content: cloneBriefContent(version.content), reason: '', dirty: false };
}

function parseDraft(text: string): EditorState | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Partial<EditorState>;
    if (typeof raw.basedOn !== 'number' || !raw.content) return null;
    return { basedOn: raw.basedOn, content: withDefaults(raw.content), reason: String(raw.reason ?? ''), source: raw.source, pending: raw.pending, dirty: true };
  } catch {
    return null;
  }
}

export function useBriefDraft(briefId: string, current: BriefVersion | undefined) {
  const [state, setState] = useState<EditorState | null>(null);
  const loadedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!current || loadedFor.current === briefId) return;
    loadedFor.current = briefId;
    let cancelled = false;
    void loadDraft(briefDraftId(briefId)).then((text) => {
      if (!cancelled) setState(parseDraft(text) ?? fromVersion(current));
    });
    return () => void (cancelled = true);
  }, [briefId, current]);

  // An editor with no edits of its own follows the latest version (saved here, elsewhere, or restored).
  useEffect(() => {
    if (current) setState((s) => (s && !s.dirty && s.basedOn !== current.version ? fromVersion(current) : s));
  }, [current]);

  const update = useCallback(
    (change: (s: EditorState) => Partial<EditorState>) => {
      setState((s) => {
        if (!s) return s;
        const next = { ...s, ...change(s), dirty: true };
        const { dirty: _dirty, ...stored } = next;
        void saveDraft(briefDraftId(briefId), JSON.stringify(stored));
        return next;
      });
    },
    [briefId],
  );

  /** Back to a saved version: after a save, or when the recruiter discards their edits. */
  const reset = useCallback(
    (to: BriefVersion) => {
      void clearDraft(briefDraftId(briefId));
      setState(fromVersion(to));
    },
    [briefId],
  );

  return { state, update, reset };
}

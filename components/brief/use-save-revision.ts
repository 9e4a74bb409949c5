import { useCallback, useState } from 'react';
import { findVersion, latestVersion, mergeBriefEdits, type BriefVersion, type MergeConflict } from '@/domain/brief';
import { saveBriefRevision } from '@/storage/briefs';
import { t } from '../i18n';
import type { EditorState } from './use-brief-draft';
import { errorText } from '../error-text';

export interface Conflict {
  basedOn: number;
  latest: number;
  conflicts: MergeConflict[];
}

export interface SaveMessage {
  text: string;
  tone: 'ok' | 'error';
}

/**
 * Saving the editor as a new version: merges quietly when another tab
 * changed other fields, stops with a conflict when both changed the same
 * ones, and only then saves what the recruiter chose.
 */
export function useSaveRevision(briefId: string, history: readonly BriefVersion[], state: EditorState | null, onSaved: (version: BriefVersion) => void) {
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<SaveMessage | null>(null);

  const run = useCallback(
    async (content: EditorState['content'], basedOn: number) => {
      if (!state) return;
      setBusy(true);
      setMessage(null);
      try {
        const out = await saveBriefRevision(briefId, { content, reason: state.reason, basedOn, source: state.source, onStale: 'merge' });
        if (out.status === 'conflict') {
          setConflict({ basedOn: out.basedOn, latest: out.latest.version, conflicts: out.conflicts });
          return;
        }
        setConflict(null);
        onSaved(out.version);
        setMessage({
          tone: 'ok',
          text: out.mergedWith
            ? t('briefSavedMerged', out.version.version, out.mergedWith)
            : t('briefSaved', out.version.version),
        });
      } catch (error) {
        setMessage({ tone: 'error', text: errorText(error, t('briefSaveFailed')) });
      } finally {
        setBusy(false);
      }
    },
    [briefId, state, onSaved],
  );

  const save = useCallback(() => (state ? run(state.content, state.basedOn) : Promise.resolve()), [state, run]);

  /** The recruiter chose per field: re-merge against the latest version (their edits since the conflict count too), then save on top of it. */
  const resolve = useCallback(
    (choices: Record<string, 'mine' | 'theirs'>) => {
      if (!state || !conflict) return Promise.resolve();
      const latest = latestVersion(history);
      const base = findVersion(history, state.basedOn);
      if (!latest || !base) return Promise.resolve();
      const { merged, conflicts } = mergeBriefEdits(base.content, state.content, latest.content);
      for (const c of conflicts) if (choices[c.field] === 'theirs') Object.assign(merged, { [c.field]: c.theirs });
      return run(merged, latest.version);
    },
    [state, conflict, history, run],
  );

  return { save, resolve, busy, conflict, clearConflict: () => setConflict(null), message, setMessage };
}

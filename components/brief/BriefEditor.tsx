import { useCallback, useEffect, useRef, useState } from 'react';
import { latestVersion, type Brief, type BriefContent, type BriefFieldKey, type BriefVersion, type QualificationIssue } from '@/domain/brief';
import { revisionFromDebrief } from '@/domain/brief-from-debrief';
import type { Debrief } from '@/domain/debrief';
import { BriefFields } from './BriefFields';
import { ConflictPanel } from './ConflictPanel';
import { DebriefRevisionNote } from './DebriefRevisionNote';
import { PastePanel } from './PastePanel';
import { SaveVersionBar } from './SaveVersionBar';
import type { useBriefDraft } from './use-brief-draft';
import { useSaveRevision } from './use-save-revision';
import { isEmptyContent } from './brief-text';
import { t, tCount } from '../i18n';

interface Props {
  brief: Brief;
  history: readonly BriefVersion[];
  /** The editor state lives with the page, so switching tabs keeps it (and the side panel can qualify it live). */
  draft: ReturnType<typeof useBriefDraft>;
  /** The qualification of the form's content, worked out once by the page (which also shows it beside the form). */
  issues: readonly QualificationIssue[];
  /** Pre-fill a revision from this debrief's proposed changes. */
  reviseFrom?: Debrief | null;
  /** The debrief's changes are in the editor (or saved): drop the link so a reload does not apply them twice. */
  onReviseUsed(): void;
}

/** The brief form: edits autosaved as a draft, saved as an immutable version with a reason. */
export function BriefEditor({ brief, history, draft, issues, reviseFrom, onReviseUsed }: Props) {
  const current = latestVersion(history);
  const { state, update, reset } = draft;
  const onSaved = useCallback((version: BriefVersion) => reset(version), [reset]);
  const saving = useSaveRevision(brief.id, history, state, onSaved);
  const [pasteOpen, setPasteOpen] = useState<boolean | null>(null);
  const prefilled = useRef<string | null>(null);

  // Revise from a debrief once: its mechanical changes applied on top of what is in the form, its reason proposed.
  useEffect(() => {
    if (!reviseFrom || !state || prefilled.current === reviseFrom.id) return;
    prefilled.current = reviseFrom.id;
    if (state.source?.debriefId !== reviseFrom.id) {
      const revision = revisionFromDebrief(state.content, reviseFrom);
      update(() => ({ content: revision.content, reason: revision.reason, source: revision.source, pending: revision.pending }));
    }
    onReviseUsed();
  }, [reviseFrom, state, update, onReviseUsed]);

  if (!state || !current) return <p className="muted" aria-busy="true">{t('briefLoading')}</p>;

  const setField = (key: BriefFieldKey, value: BriefContent[BriefFieldKey]) => update((s) => ({ content: { ...s.content, [key]: value } }));
  const showPaste = pasteOpen ?? (isEmptyContent(state.content, ['title', 'client']) && history.length === 1);
  const staleBy = state.dirty && current.version > state.basedOn ? current.version : null;

  return (
    <div className="stack-lg" data-testid="brief-editor" data-based-on={state.basedOn}>
      {staleBy !== null && !saving.conflict && (
        <p className="banner" role="status" data-testid="stale-banner">
          {t('briefStaleBanner', staleBy, state.basedOn)}
        </p>
      )}
      {state.source && <DebriefRevisionNote source={state.source} pending={state.pending ?? []} />}
      {showPaste ? (
        <PastePanel current={state.content} onClose={() => setPasteOpen(false)}
          onApply={(next, fields) => {
            update(() => ({ content: next }));
            saving.setMessage({ tone: 'ok', text: tCount('briefPasteAppliedOne', 'briefPasteAppliedOther', fields.length) });
          }} />
      ) : (
        <button type="button" className="btn" style={{ alignSelf: 'start' }} onClick={() => setPasteOpen(true)} data-testid="open-paste">
          {t('briefOpenPaste')}
        </button>
      )}
      <BriefFields content={state.content} issues={issues} onChange={setField} />
      {saving.conflict && (
        <ConflictPanel latestVersion={saving.conflict.latest} basedOn={saving.conflict.basedOn} conflicts={saving.conflict.conflicts} busy={saving.busy}
          onResolve={(choices) => void saving.resolve(choices)}
          onDiscardMine={() => {
            saving.clearConflict();
            reset(current);
          }} />
      )}
      <SaveVersionBar nextVersion={current.version + 1} reason={state.reason} dirty={state.dirty} busy={saving.busy} message={saving.message}
        onReason={(reason) => update(() => ({ reason }))}
        onSave={() => void saving.save()}
        onDiscard={() => {
          saving.clearConflict();
          reset(current);
          saving.setMessage({ tone: 'ok', text: t('briefEditsDiscarded', current.version) });
        }} />
    </div>
  );
}

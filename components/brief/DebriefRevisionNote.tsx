import type { BriefRequirementChange, VersionSource } from '@/domain/brief';
import { changeSentence } from '../debrief/labels';
import { useDebriefRecord } from './use-briefs';
import { briefTitle, formatStamp } from './brief-text';
import { t } from '../i18n';

/**
 * What the debrief asked for, beside the form: the changes already applied,
 * and those that need the recruiter's own words (e.g. "Other: ask about
 * on-call"), so none is forgotten.
 */
export function DebriefRevisionNote({ source, pending }: { source: VersionSource; pending: readonly BriefRequirementChange[] }) {
  const debrief = useDebriefRecord(source.debriefId);
  const pendingKeys = new Set(pending.map((c) => `${c.kind}|${c.detail}`));
  const applied = source.changes.filter((c) => !pendingKeys.has(`${c.kind}|${c.detail}`));
  return (
    <section className="card stack from-debrief" aria-label={t('briefRevisionNoteLabel')} data-testid="debrief-revision">
      <strong>
        {debrief ? t('briefRevisingFromDebriefFor', briefTitle(debrief), formatStamp(debrief.interviewAt)) : t('briefRevisingFromDebrief')}
      </strong>
      {applied.length > 0 && (
        <div className="stack tight">
          <span className="small">{t('briefRevisionApplied')}</span>
          <ul className="small changes">{applied.map((c, i) => <li key={i}>{changeSentence(c)}</li>)}</ul>
        </div>
      )}
      {pending.length > 0 && (
        <div className="stack tight">
          <span className="small"><strong>{t('briefRevisionPending')}</strong></span>
          <ul className="small changes pending" data-testid="pending-changes">{pending.map((c, i) => <li key={i}>{changeSentence(c)}</li>)}</ul>
        </div>
      )}
      {source.changes.length === 0 && <span className="small">{t('briefRevisionNoChange')}</span>}
    </section>
  );
}

import type { BriefRequirementChange, VersionSource } from '@/domain/brief';
import { describeChange } from '@/domain/requirement-changes';
import { useDebriefRecord } from './use-briefs';
import { briefTitle, formatStamp } from './brief-text';

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
    <section className="card stack from-debrief" aria-label="Revision from the debrief" data-testid="debrief-revision">
      <strong>
        Revising from the debrief
        {debrief ? ` for ${briefTitle(debrief)} (interview ${formatStamp(debrief.interviewAt)})` : ''}
      </strong>
      {applied.length > 0 && (
        <div className="stack tight">
          <span className="small">Applied to the form — check them:</span>
          <ul className="small changes">{applied.map((c, i) => <li key={i}>{describeChange(c)}</li>)}</ul>
        </div>
      )}
      {pending.length > 0 && (
        <div className="stack tight">
          <span className="small"><strong>To write in by hand:</strong></span>
          <ul className="small changes pending" data-testid="pending-changes">{pending.map((c, i) => <li key={i}>{describeChange(c)}</li>)}</ul>
        </div>
      )}
      {source.changes.length === 0 && <span className="small">The debrief proposed no specific change: edit the fields the interview showed were wrong.</span>}
    </section>
  );
}

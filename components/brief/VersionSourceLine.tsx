import type { BriefVersion } from '@/domain/brief';
import { causeLabels } from '@/domain/brief-from-debrief';
import { OUTCOMES } from '@/domain/debrief';
import { describeChange } from '@/domain/requirement-changes';
import { briefTitle, formatStamp } from './brief-text';
import { useDebriefRecord } from './use-briefs';

/**
 * Where a version came from: a restore, or a debrief. The debrief opens in
 * place (causes, outcome, the changes it proposed), because its own view
 * lives in the popup and side panel, next to the candidate.
 */
export function VersionSourceLine({ version }: { version: BriefVersion }) {
  const debrief = useDebriefRecord(version.source?.debriefId);
  if (version.restoredFrom) return <p className="small muted">Restored from version {version.restoredFrom}.</p>;
  if (!version.source) return null;
  if (debrief === null) return <p className="small muted">From a debrief that has since been erased.</p>;
  if (!debrief) return null;
  return (
    <details className="source" data-testid="version-source">
      <summary className="small">
        From the debrief: {briefTitle(debrief)}, interview {formatStamp(debrief.interviewAt)}
      </summary>
      <div className="stack tight small">
        <span>Outcome: {OUTCOMES[debrief.outcome]}{debrief.confirmedCauses.length > 0 && ` · Confirmed causes: ${causeLabels(debrief.confirmedCauses)}`}</span>
        {version.source.changes.length > 0 && (
          <ul className="changes">{version.source.changes.map((c, i) => <li key={i}>{describeChange(c)}</li>)}</ul>
        )}
      </div>
    </details>
  );
}

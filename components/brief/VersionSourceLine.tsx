import type { BriefVersion } from '@/domain/brief';
import { t } from '../i18n';
import { changeSentence, outcomeLabel } from '../debrief/labels';
import { causeLabel } from '../insights/format';
import { briefTitle, formatStamp } from './brief-text';
import { useDebriefRecord } from './use-briefs';

/**
 * Where a version came from: a restore, or a debrief. The debrief opens in
 * place (causes, outcome, the changes it proposed), because its own view
 * lives in the popup and side panel, next to the candidate.
 */
export function VersionSourceLine({ version }: { version: BriefVersion }) {
  const debrief = useDebriefRecord(version.source?.debriefId);
  if (version.restoredFrom) return <p className="small muted">{t('briefRestoredFrom', version.restoredFrom)}</p>;
  if (!version.source) return null;
  if (debrief === null) return <p className="small muted">{t('briefSourceErased')}</p>;
  if (!debrief) return null;
  return (
    <details className="source" data-testid="version-source">
      <summary className="small">
        {t('briefSourceDebrief', briefTitle(debrief), formatStamp(debrief.interviewAt))}
      </summary>
      <div className="stack tight small">
        <span>
          {debrief.confirmedCauses.length > 0
            ? t('briefSourceOutcomeCauses', outcomeLabel(debrief.outcome), debrief.confirmedCauses.map(causeLabel).join(', '))
            : t('briefSourceOutcome', outcomeLabel(debrief.outcome))}
        </span>
        {version.source.changes.length > 0 && (
          <ul className="changes">{version.source.changes.map((c, i) => <li key={i}>{changeSentence(c)}</li>)}</ul>
        )}
      </div>
    </details>
  );
}

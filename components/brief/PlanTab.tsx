import { useId, useState } from 'react';
import { findVersion, latestVersion, type BriefVersion, type PlanKind } from '@/domain/brief';
import { createPlanForBrief } from '@/storage/plans';
import { PlanEditor } from './PlanEditor';
import { PlanKindChoice } from './PlanKindChoice';
import { formatStamp } from './brief-text';
import { t } from '../i18n';
import { usePlans } from './use-briefs';
import { errorText } from '../error-text';

/**
 * Move fast with a new plan: built on the current version of the brief in
 * one click, then adjusted. Earlier plans stay listed with their status.
 */
export function PlanTab({ briefId, history }: { briefId: string; history: readonly BriefVersion[] }) {
  const id = useId();
  const plans = usePlans(briefId);
  const current = latestVersion(history);
  const [kind, setKind] = useState<PlanKind>('both');
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [offerNew, setOfferNew] = useState(false);
  if (!plans || !current) return <p className="muted" aria-busy="true">{t('planLoading')}</p>;
  const selected = plans.find((p) => p.id === picked) ?? plans[0];

  const build = async () => {
    setError('');
    try {
      // The plan follows from the revision: the debrief that led to the current version, if any.
      const plan = await createPlanForBrief({ briefId, kind, debriefId: current.source?.debriefId });
      setPicked(plan.id);
      setOfferNew(false);
    } catch (e) {
      setError(errorText(e, t('planBuildFailed')));
    }
  };

  return (
    <div className="stack-lg">
      {plans.length > 0 && !offerNew ? (
        // Once a plan exists, the next one is a deliberate choice: one button, not a second kind picker.
        <button type="button" className="btn" style={{ alignSelf: 'start' }} onClick={() => setOfferNew(true)} data-testid="offer-new-plan">
          {t('planOfferNew', current.version)}
        </button>
      ) : (
        <section className="card stack" aria-labelledby={`${id}-h`} data-testid="new-plan">
          <h2 id={`${id}-h`}>{t('planNewHeading', current.version)}</h2>
          <PlanKindChoice value={kind} onChange={setKind} />
          <div className="row wrap">
            <button type="button" className="btn primary" onClick={() => void build()} data-testid="build-plan">{t('planBuild')}</button>
            <span className="hint">{t('planBuildHint')}</span>
          </div>
          {error && <p className="error" role="alert">{error}</p>}
        </section>
      )}
      {plans.length > 1 && (
        <div className="field narrow-select">
          <label htmlFor={`${id}-pick`}>{t('planPickerLabel')}</label>
          <select id={`${id}-pick`} value={selected?.id} onChange={(e) => setPicked(e.target.value)} data-testid="plan-picker">
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.status === 'sent' ? 'planPickerSent' : 'planPickerDraft', p.briefVersion, formatStamp(p.createdAt))}
              </option>
            ))}
          </select>
        </div>
      )}
      {selected && findVersion(history, selected.briefVersion) && (
        <PlanEditor key={selected.id} plan={selected} version={findVersion(history, selected.briefVersion)!} currentVersion={current.version}
          onDeleted={() => setPicked(null)} />
      )}
    </div>
  );
}

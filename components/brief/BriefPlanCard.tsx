import { useState } from 'react';
import { createBriefRecord } from '@/storage/briefs';
import { findOrCreateBriefForDebrief } from '@/storage/brief-links';
import type { CandidateRecord } from '@/storage/types';
import { QualificationScore } from './QualificationPanel';
import { ReviseBriefButton } from './ReviseBriefButton';
import { briefPageUrl, openExtensionTab } from './open-page';
import { useCandidateBrief } from './use-candidate-brief';
import { RoleAtClient } from './RoleAtClient';
import { longDate } from './labels';
import { t } from '../i18n';
import './brief-card.css';
import { errorText } from '../error-text';

/**
 * "Brief & plan" for the candidate's role, in the popup and the side panel:
 * the brief's version and qualification, the latest plan and its dates, and
 * the way into the full-page editor (long text needs a full tab).
 */
export function BriefPlanCard({ candidate }: { candidate: CandidateRecord }) {
  const info = useCandidateBrief(candidate);
  const [error, setError] = useState('');
  if (!info) return null;
  const { brief, current, qualification, plan, debrief, client, title } = info;

  const create = async () => {
    setError('');
    try {
      const created = debrief ? await findOrCreateBriefForDebrief(debrief.id) : (await createBriefRecord({ content: { title, client } })).brief;
      await openExtensionTab(briefPageUrl({ brief: created.id, tab: 'edit' }));
    } catch (e) {
      setError(errorText(e, t('briefCreateFailed')));
    }
  };

  return (
    <section className="card stack brief-card-compact" aria-labelledby="brief-plan-h" data-testid="brief-plan-card">
      <div className="row spread">
        <h2 id="brief-plan-h">{t('briefCardHeading')}</h2>
        {brief && <span className="small muted" data-testid="card-version">{t('briefVersionN', brief.currentVersion)}</span>}
      </div>
      {brief && current && qualification ? (
        <>
          <span className="clip" dir="auto" data-testid="card-brief-title">
            <RoleAtClient title={brief.roleTitle} client={brief.clientCompany} />
          </span>
          <QualificationScore qualification={qualification} compact />
          <p className="small" style={{ margin: 0 }} data-testid="card-plan">
            {plan
              ? t(plan.status === 'sent' ? 'briefCardPlanSent' : 'briefCardPlanDraft', longDate(plan.dates.shortlistBy), longDate(plan.dates.interviewsBy))
              : t('briefCardNoPlan')}
          </p>
          <div className="row wrap">
            {info.canRevise && debrief && <ReviseBriefButton debrief={debrief} primary label={t('briefReviseFromDebrief')} />}
            <button type="button" className={info.canRevise ? 'btn' : 'btn primary'} data-testid="open-brief-page"
              onClick={() => void openExtensionTab(briefPageUrl({ brief: brief.id, tab: plan ? 'plan' : 'edit' }))}>
              {t('briefOpenBrief')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="small" style={{ margin: 0 }}>
            {title && client ? t('briefCardNoBriefAt', title, client) : title || client ? t('briefCardNoBriefFor', title || client) : t('briefCardNoRole')}
          </p>
          <div className="row wrap">
            {(title || client || debrief) && (
              <button type="button" className="btn" onClick={() => void create()} data-testid="create-role-brief">{t('briefCreate')}</button>
            )}
            <button type="button" className="btn link small" onClick={() => void openExtensionTab(briefPageUrl())}>{t('briefAllBriefs')}</button>
          </div>
        </>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}

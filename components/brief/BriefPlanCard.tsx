import { useState } from 'react';
import { formatLongDate } from '@/domain/brief';
import { createBriefRecord } from '@/storage/briefs';
import { findOrCreateBriefForDebrief } from '@/storage/brief-links';
import type { CandidateRecord } from '@/storage/types';
import { QualificationScore } from './QualificationPanel';
import { ReviseBriefButton } from './ReviseBriefButton';
import { briefPageUrl, openExtensionTab } from './open-page';
import { useCandidateBrief } from './use-candidate-brief';
import './brief-card.css';

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
      setError(e instanceof Error ? e.message : 'Could not create the brief.');
    }
  };

  return (
    <section className="card stack brief-card-compact" aria-labelledby="brief-plan-h" data-testid="brief-plan-card">
      <div className="row spread">
        <h2 id="brief-plan-h">Brief &amp; plan</h2>
        {brief && <span className="small muted" data-testid="card-version">Version {brief.currentVersion}</span>}
      </div>
      {brief && current && qualification ? (
        <>
          <span className="clip" dir="auto" data-testid="card-brief-title">
            <strong>{brief.roleTitle || 'Untitled role'}</strong>{brief.clientCompany && ` · ${brief.clientCompany}`}
          </span>
          <QualificationScore qualification={qualification} compact />
          <p className="small" style={{ margin: 0 }} data-testid="card-plan">
            {plan
              ? `Plan ${plan.status === 'sent' ? 'sent' : 'in draft'}: shortlist by ${formatLongDate(plan.dates.shortlistBy)}, interviews by ${formatLongDate(plan.dates.interviewsBy)}.`
              : 'No plan yet: build one on the revised brief and send it while the client is still listening.'}
          </p>
          <div className="row wrap">
            {info.canRevise && debrief && <ReviseBriefButton debrief={debrief} primary label="Revise from the debrief" />}
            <button type="button" className={info.canRevise ? 'btn' : 'btn primary'} data-testid="open-brief-page"
              onClick={() => void openExtensionTab(briefPageUrl({ brief: brief.id, tab: plan ? 'plan' : 'edit' }))}>
              Open brief
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="small" style={{ margin: 0 }}>
            {title || client ? `No brief for ${[title, client].filter(Boolean).join(' at ')} yet.` : 'No role known for this candidate yet.'}
          </p>
          <div className="row wrap">
            {(title || client || debrief) && (
              <button type="button" className="btn" onClick={() => void create()} data-testid="create-role-brief">Create the brief</button>
            )}
            <button type="button" className="btn link small" onClick={() => void openExtensionTab(briefPageUrl())}>All briefs</button>
          </div>
        </>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}

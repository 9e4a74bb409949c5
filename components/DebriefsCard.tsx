import { useState } from 'react';
import { useDebriefs } from './hooks/use-data';
import { formatWhen } from './format';
import { MomentumLine } from './debrief/MomentumClock';
import { outcomeLabel } from './debrief/labels';
import { completeDebrief, useMomentumTargets } from './debrief/use-debrief';
import { useNow } from './debrief/use-now';
import { workflowProgress } from '@/domain/workflow';
import { startDebrief } from '@/storage/debriefs';
import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { useAppStore } from '@/stores/app-store';
import { t } from './i18n';
import { tRich } from './rich-message';
import { errorText } from './error-text';

/** The candidate's debriefs, newest first, each with its progress and clock, and the way into a new one. */
export function DebriefsCard({ candidate }: { candidate: CandidateRecord; mode: 'popup' | 'sidepanel' }) {
  const debriefs = useDebriefs(candidate.key);
  const openDebrief = useAppStore((s) => s.openDebrief);
  // Set when the in-page panel's "Interview went badly?" found no open debrief for this candidate.
  const prompted = useAppStore((s) => s.startPromptFor === candidate.key);
  const setStartPrompt = useAppStore((s) => s.setStartPrompt);
  const now = useNow();
  const targets = useMomentumTargets();
  const [error, setError] = useState('');

  const start = async () => {
    try {
      const d = await startDebrief(candidate);
      setStartPrompt(null);
      openDebrief(d.id);
    } catch (e) {
      setError(errorText(e, t('appStartFailed')));
    }
  };

  return (
    <>
      {prompted && (
        <section className="card stack start-hero" aria-labelledby="start-hero-h" data-testid="start-prompt">
          <h2 id="start-hero-h">{t('appInterviewWentBadly')}</h2>
          <p className="small" style={{ margin: 0 }}>
            {tRich('appStartPrompt', <strong dir="auto">{displayName(candidate)}</strong>)}
          </p>
          <button type="button" className="btn primary" onClick={() => void start()} data-testid="start-debrief-hero" autoFocus>
            {t('appStartDebrief')}
          </button>
        </section>
      )}
      <section className="card stack" aria-labelledby="debriefs-h">
        <div className="row spread">
          <h2 id="debriefs-h">{t('appDebriefsHeading')}</h2>
          {!prompted && (
            <button type="button" className="btn primary" onClick={() => void start()} data-testid="start-debrief">
              {t('appStartDebrief')}
            </button>
          )}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {debriefs === undefined ? (
          <p className="muted small">{t('loading')}</p>
        ) : debriefs.length === 0 ? (
          <p className="muted small" data-testid="debriefs-empty">
            {t('appDebriefsEmpty')}
          </p>
        ) : (
          <ul className="list" data-testid="debriefs">
            {debriefs.map((stored) => {
              const d = completeDebrief(stored);
              const progress = workflowProgress(d);
              return (
                <li key={d.id} className="stack" style={{ gap: 2 }}>
                  <button type="button" className="btn link clip" dir="auto" onClick={() => openDebrief(d.id)} style={{ textAlign: 'left' }} data-testid="open-debrief">
                    {[d.roleTitle || t('insightsUntitledRole'), d.clientCompany].filter(Boolean).join(' · ')}
                  </button>
                  <div className="row small muted" style={{ flexWrap: 'wrap', gap: '2px 8px' }}>
                    <span>{interviewWhen(d.interviewAt, now)}</span>
                    <span className={d.status === 'open' ? 'pill' : 'pill closed'}>{t(d.status === 'open' ? 'appDebriefOpen' : 'appDebriefClosed')}</span>
                    <span>{outcomeLabel(d.outcome)}</span>
                    <span>{t('appDebriefSteps', progress.doneCount, progress.total)}</span>
                  </div>
                  <MomentumLine debrief={d} now={now} targets={targets} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

function interviewWhen(iso: string, now: Date): string {
  const when = formatWhen(iso, now);
  return when ? t('appDebriefInterview', when) : t('appDebriefInterviewNoDate');
}

import type { Debrief } from '@/domain/debrief';
import type { CauseScore } from '@/domain/diagnosis/engine';
import { questionsFor, track1Progress } from '@/domain/recalibration';
import type { ValidationIssue } from '@/domain/validation';
import { AutosavedField } from './AutosavedField';
import { RequirementChanges } from './RequirementChanges';
import { ReviseBriefButton } from '../brief/ReviseBriefButton';
import { canReviseFrom } from '@/domain/brief-from-debrief';
import { formatNumber, t } from '../i18n';
import { clientQuestionText } from './content';
import { causeLabel, questionKindLabel } from './labels';

interface Props {
  debrief: Debrief;
  ranked: readonly CauseScore[];
  issues: readonly ValidationIssue[];
  onGoToConfirm(): void;
}

/** Step 4, track 1: questions chosen by the confirmed causes, answered in place, and requirement changes. */
export function ClientTrackStep({ debrief, ranked, issues, onGoToConfirm }: Props) {
  // Ordered by the diagnosis ranking, so the most likely confirmed cause's questions come first.
  const questions = questionsFor(debrief.confirmedCauses, ranked.map((r) => r.cause));
  const { answered, total } = track1Progress(questions, debrief.track1);
  return (
    <div className="stack">
      {questions.length === 0 ? (
        <p className="small" data-testid="client-questions-empty">
          {t('debriefClientQuestionsEmpty')}{' '}
          <button type="button" className="btn link" onClick={onGoToConfirm}>{t('debriefClientConfirmCauses')}</button>
        </p>
      ) : (
        <section className="stack" aria-labelledby="client-q-h">
          <div className="section-title">
            <h3 id="client-q-h">{t('debriefClientQuestionsHeading')}</h3>
            <span className="hint" data-testid="client-progress">{t('debriefAnsweredOf', formatNumber(answered), formatNumber(total))}</span>
          </div>
          {/* Grouped by the confirmed cause each question serves, most likely cause first. */}
          {[...new Set(questions.map((q) => q.forCause))].map((cause) => (
            <div key={cause} className="stack" style={{ gap: 6 }}>
              <h4>{causeLabel(cause)}</h4>
              <ol className="list" data-testid="client-questions">
                {questions.filter((q) => q.forCause === cause).map((q) => (
                  <li key={q.id} className="stack" style={{ gap: 4 }}>
                    <p>{clientQuestionText(q)} <span className="hint">· {questionKindLabel(q.kind)}</span></p>
                    <AutosavedField debriefId={debrief.id} path={`track1.${q.id}`} stored={debrief.track1[q.id] ?? ''} label={t('debriefClientAnswerLabel', clientQuestionText(q))}
                      hideLabel multiline rows={2} placeholder={t('debriefClientAnswerPlaceholder')} testId={`client-answer-${q.id}`} />
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}
      <RequirementChanges debrief={debrief} issues={issues} />
      {canReviseFrom(debrief) && (
        <div className="row" style={{ flexWrap: 'wrap' }} data-testid="revise-brief-row">
          <ReviseBriefButton debrief={debrief} />
          <span className="hint">{t('debriefReviseBriefHint')}</span>
        </div>
      )}
    </div>
  );
}

import type { Debrief } from '@/domain/debrief';
import { MOTIVATION_QUESTIONS } from '@/domain/coaching';
import { AutosavedField } from './AutosavedField';
import { t } from '../i18n';
import { motivationQuestionText } from './content';

/** Re-check goals and motivation with the candidate: maybe the role was never what they wanted. */
export function MotivationCheck({ debrief }: { debrief: Debrief }) {
  const answered = MOTIVATION_QUESTIONS.filter((q) => (debrief.track2.motivation[q.id] ?? '').trim()).length;
  return (
    <details className="card" data-testid="motivation">
      <summary className="row spread" style={{ cursor: 'pointer' }}>
        <strong>{t('debriefMotivationHeading')}</strong>
        <span className="hint">{answered}/{MOTIVATION_QUESTIONS.length}</span>
      </summary>
      <div className="stack" style={{ marginTop: 8 }}>
        {MOTIVATION_QUESTIONS.map((q) => (
          <AutosavedField key={q.id} debriefId={debrief.id} path={`track2.motivation.${q.id}`} stored={debrief.track2.motivation[q.id] ?? ''}
            label={motivationQuestionText(q)} multiline rows={2} testId={`motivation-${q.id}`} />
        ))}
      </div>
    </details>
  );
}

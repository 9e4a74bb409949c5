import { useState } from 'react';
import { diagnosisCoverage, type CauseScore } from '@/domain/diagnosis/engine';
import type { EvidenceAnswers } from '@/domain/diagnosis/engine';
import { formatNumber, t } from '../i18n';
import { evidenceQuestionText } from './content';
import { causeDescription, causeLabel } from './labels';

const LINES_SHOWN = 3;

function CauseRow({ score }: { score: CauseScore }) {
  const [all, setAll] = useState(false);
  const lines = all ? score.evidence : score.evidence.slice(0, LINES_SHOWN);
  return (
    <li className="stack" data-testid="cause" data-cause={score.cause} style={{ gap: 4 }}>
      <div className="row spread">
        <strong>{causeLabel(score.cause)}</strong>
        <span className="small" data-testid="cause-percent">{t('debriefCausePercent', formatNumber(score.percent, 0))}</span>
      </div>
      <div className="bar" aria-hidden="true"><span style={{ width: `${score.percent}%` }} /></div>
      <p className="hint">{causeDescription(score.cause)}</p>
      {score.evidence.length === 0 ? (
        <p className="hint">{t('debriefRankingNoEvidence')}</p>
      ) : (
        <ul className="evidence" aria-label={t('debriefRankingEvidenceFor', causeLabel(score.cause))}>
          {lines.map((line) => (
            <li key={line.questionId} className={line.weight < 0 ? 'against' : undefined} data-testid="evidence-line">
              {t(line.weight > 0 ? 'debriefEvidenceLineFor' : 'debriefEvidenceLineAgainst', formatNumber(Math.abs(line.weight)), evidenceQuestionText(line.questionId, line.text))}{' '}
              <em>{line.answer === 'yes' ? t('debriefAnswerYes') : t('debriefAnswerNo')}</em>
            </li>
          ))}
        </ul>
      )}
      {score.evidence.length > LINES_SHOWN && (
        <button type="button" className="btn link small" style={{ alignSelf: 'start' }} onClick={() => setAll(!all)}>
          {all ? t('debriefRankingShowFewer') : t('debriefRankingShowAll', formatNumber(score.evidence.length))}
        </button>
      )}
    </li>
  );
}

/** The causes ranked live as answers come in, each with the answers that moved it. */
export function CauseRanking({ ranked, answers }: { ranked: readonly CauseScore[]; answers: EvidenceAnswers }) {
  const coverage = diagnosisCoverage(answers);
  return (
    <section className="stack" aria-labelledby="ranking-h" data-testid="cause-ranking">
      <div className="section-title">
        <h3 id="ranking-h">{t('debriefRankingHeading')}</h3>
        <span className="hint">{t('debriefAnsweredOf', formatNumber(coverage.answered + coverage.unsure), formatNumber(coverage.total))}</span>
      </div>
      {!coverage.enough && <p className="hint">{t('debriefRankingTooFew')}</p>}
      <ol className="causes">
        {ranked.map((score) => <CauseRow key={score.cause} score={score} />)}
      </ol>
    </section>
  );
}

import { useState } from 'react';
import { CAUSES } from '@/domain/diagnosis/causes';
import { diagnosisCoverage, type CauseScore } from '@/domain/diagnosis/engine';
import type { EvidenceAnswers } from '@/domain/diagnosis/engine';

const LINES_SHOWN = 3;

function CauseRow({ score }: { score: CauseScore }) {
  const [all, setAll] = useState(false);
  const lines = all ? score.evidence : score.evidence.slice(0, LINES_SHOWN);
  return (
    <li className="stack" data-testid="cause" data-cause={score.cause} style={{ gap: 4 }}>
      <div className="row spread">
        <strong>{score.label}</strong>
        <span className="small" data-testid="cause-percent">{score.percent}%</span>
      </div>
      <div className="bar" aria-hidden="true"><span style={{ width: `${score.percent}%` }} /></div>
      <p className="hint">{CAUSES[score.cause].description}</p>
      {score.evidence.length === 0 ? (
        <p className="hint">No evidence yet: this share is the starting likelihood.</p>
      ) : (
        <ul className="evidence" aria-label={`Evidence for ${score.label}`}>
          {lines.map((line) => (
            <li key={line.questionId} className={line.weight < 0 ? 'against' : undefined} data-testid="evidence-line">
              {line.weight > 0 ? 'For' : 'Against'} ({line.weight > 0 ? '+' : '−'}{Math.abs(line.weight)}): {line.text} <em>{line.answer === 'yes' ? 'Yes' : 'No'}</em>
            </li>
          ))}
        </ul>
      )}
      {score.evidence.length > LINES_SHOWN && (
        <button type="button" className="btn link small" style={{ alignSelf: 'start' }} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${score.evidence.length} lines`}
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
        <h3 id="ranking-h">Likely causes</h3>
        <span className="hint">{coverage.answered + coverage.unsure} of {coverage.total} answered</span>
      </div>
      {!coverage.enough && <p className="hint">With fewer than 5 answers, this is mostly the usual likelihood, not your evidence.</p>}
      <ol className="causes">
        {ranked.map((score) => <CauseRow key={score.cause} score={score} />)}
      </ol>
    </section>
  );
}

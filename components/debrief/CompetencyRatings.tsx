import { useId, useState } from 'react';
import { calibrationGaps, defaultRatings, type CalibrationGap } from '@/domain/coaching';
import type { Debrief, Rating } from '@/domain/debrief';
import { addCompetency } from '@/storage/debrief-edits';
import { formatNumber, t } from '../i18n';
import { RatingSelect } from './RatingSelect';

function gapText(g: CalibrationGap | undefined): string {
  if (!g) return '';
  if (g.direction === 'accurate') return t('debriefGapAsRated');
  const gap = formatNumber(Math.abs(g.gap));
  if (g.direction === 'overrated') return t(g.misjudged ? 'debriefGapOverMisjudged' : 'debriefGapOver', gap);
  return t(g.misjudged ? 'debriefGapUnderMisjudged' : 'debriefGapUnder', gap);
}

/**
 * Your rating before the interview next to what the interview revealed.
 * A gap of two or more is news about your own assessment, kept so your
 * calibration can be measured over time.
 */
export function CompetencyRatings({ debrief }: { debrief: Debrief }) {
  const id = useId();
  const [name, setName] = useState('');
  const rows = debrief.track2.ratings.length ? debrief.track2.ratings : defaultRatings();
  const gaps = new Map(calibrationGaps(rows).map((g) => [g.competency, g]));
  const misjudged = [...gaps.values()].filter((g) => g.misjudged);

  const select = (competency: string, which: 'before' | 'revealed', value: Rating | null) => (
    <RatingSelect debriefId={debrief.id} competency={competency} which={which} value={value} />
  );

  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="ratings">
      <h3 id={`${id}-h`}>{t('debriefRatingsHeading')}</h3>
      {misjudged.length > 0 && (
        <p className="warning" role="status" data-testid="misjudged">
          {t('debriefRatingsMisjudged', misjudged.map((g) => g.competency).join(', '))}
        </p>
      )}
      <p className="hint">{t('debriefRatingsScaleHint')}</p>
      <table className="ratings">
        <thead>
          <tr>
            <th scope="col">{t('colCompetency')}</th>
            <th scope="col">{t('debriefRatingsColYou')}</th>
            <th scope="col">{t('debriefRatingsColInterview')}</th>
            <th scope="col">{t('debriefRatingsColGap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const g = gaps.get(r.competency.trim());
            return (
              <tr key={r.competency} className={g?.misjudged ? 'misjudged' : undefined}>
                <th scope="row" style={{ fontWeight: 500, fontSize: 12.5, color: 'inherit' }} dir="auto">{r.competency}</th>
                <td>{select(r.competency, 'before', r.before)}</td>
                <td>{select(r.competency, 'revealed', r.revealed)}</td>
                <td className="gap">{gapText(g)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="row">
        <label htmlFor={`${id}-add`} className="visually-hidden">{t('debriefRatingsAddCompetency')}</label>
        <input id={`${id}-add`} type="text" dir="auto" value={name} placeholder={t('debriefRatingsAddCompetency')} onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && name.trim()) { void addCompetency(debrief.id, name); setName(''); } }} />
        <button type="button" className="btn" disabled={!name.trim()} onClick={() => { void addCompetency(debrief.id, name); setName(''); }}>{t('debriefRatingsAdd')}</button>
      </div>
    </section>
  );
}

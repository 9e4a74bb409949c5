import { useId, useState } from 'react';
import { calibrationGaps, defaultRatings, type CalibrationGap } from '@/domain/coaching';
import type { Debrief, Rating } from '@/domain/debrief';
import { addCompetency } from '@/storage/debrief-edits';
import { RatingSelect } from './RatingSelect';

function gapText(g: CalibrationGap | undefined): string {
  if (!g) return '';
  if (g.direction === 'accurate') return 'as rated';
  return `${g.direction === 'overrated' ? 'over' : 'under'} by ${Math.abs(g.gap)}${g.misjudged ? ' !' : ''}`;
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

  const select = (competency: string, which: 'before' | 'revealed', value: Rating | null, label: string) => (
    <RatingSelect debriefId={debrief.id} competency={competency} which={which} value={value} label={label} />
  );

  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="ratings">
      <h3 id={`${id}-h`}>Re-assess: your rating vs what the interview showed</h3>
      {misjudged.length > 0 && (
        <p className="warning" role="status" data-testid="misjudged">
          Misjudged: {misjudged.map((g) => g.competency).join(', ')}. Two or more points between your rating and the interview is news about your own assessment.
        </p>
      )}
      <p className="hint">1 weak … 5 strong. “You” is your rating before the interview; “Interview” is what it revealed.</p>
      <table className="ratings">
        <thead>
          <tr><th scope="col">Competency</th><th scope="col">You</th><th scope="col">Interview</th><th scope="col">Gap</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const g = gaps.get(r.competency.trim());
            return (
              <tr key={r.competency} className={g?.misjudged ? 'misjudged' : undefined}>
                <th scope="row" style={{ fontWeight: 500, fontSize: 12.5, color: 'inherit' }} dir="auto">{r.competency}</th>
                <td>{select(r.competency, 'before', r.before, 'your rating before the interview')}</td>
                <td>{select(r.competency, 'revealed', r.revealed, 'what the interview showed')}</td>
                <td className="gap">{gapText(g)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="row">
        <label htmlFor={`${id}-add`} className="visually-hidden">Add a competency</label>
        <input id={`${id}-add`} type="text" dir="auto" value={name} placeholder="Add a competency" onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && name.trim()) { void addCompetency(debrief.id, name); setName(''); } }} />
        <button type="button" className="btn" disabled={!name.trim()} onClick={() => { void addCompetency(debrief.id, name); setName(''); }}>Add</button>
      </div>
    </section>
  );
}

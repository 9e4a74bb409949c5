import type { Rating } from '@/domain/debrief';
import { setRating } from '@/storage/debrief-edits';
import { t } from '../i18n';
import { usePendingValue } from './use-pending-value';

const SCALE: readonly Rating[] = [1, 2, 3, 4, 5];

interface Props {
  debriefId: string;
  competency: string;
  which: 'before' | 'revealed';
  value: Rating | null;
}

/** A 1–5 rating, or none yet. */
export function RatingSelect({ debriefId, competency, which, value }: Props) {
  const [shown, show] = usePendingValue(value);
  return (
    <select aria-label={t(which === 'before' ? 'debriefRatingBefore' : 'debriefRatingRevealed', competency)} value={shown ?? ''} data-testid={`rating-${which}`}
      onChange={(e) => {
        const next = e.target.value ? (Number(e.target.value) as Rating) : null;
        show(next);
        void setRating(debriefId, competency, which, next);
      }}>
      <option value="">–</option>
      {SCALE.map((n) => <option key={n} value={n}>{n}</option>)}
    </select>
  );
}

import { useId } from 'react';
import type { PlanKind } from '@/domain/brief';

export const PLAN_KINDS: readonly { value: PlanKind; label: string; hint: string }[] = [
  { value: 'shortlist', label: 'Fresh shortlist', hint: 'People you already know, matched to the revised brief' },
  { value: 'sourcing', label: 'New sourcing', hint: 'A new search: titles, companies, channels' },
  { value: 'both', label: 'Both', hint: 'A shortlist now, and a search running in parallel' },
];

/** Shortlist, sourcing or both: native radios in a fieldset (arrow keys move, Space picks). */
export function PlanKindChoice({ value, onChange }: { value: PlanKind; onChange(kind: PlanKind): void }) {
  const name = useId();
  return (
    <fieldset className="kind-choice" data-testid="plan-kind">
      <legend>What will you offer the client?</legend>
      <div className="kind-options">
        {PLAN_KINDS.map((k) => (
          <label key={k.value} className={value === k.value ? 'kind selected' : 'kind'}>
            <input type="radio" name={name} value={k.value} checked={value === k.value} onChange={() => onChange(k.value)} data-testid={`kind-${k.value}`} />
            <span className="stack tight">
              <strong>{k.label}</strong>
              <span className="small muted">{k.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

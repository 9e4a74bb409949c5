import { useId, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { rankCandidates, shortlistReason, type BriefContent, type RankedCandidate } from '@/domain/brief';
import { candidatePool } from '@/storage/candidate-pool';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { CandidateFitLine } from './CandidateFitLine';
import { LocalText } from './LocalText';

interface Props {
  plan: StoredPlan;
  /** The brief version the plan is built on. */
  content: BriefContent;
  readOnly: boolean;
}

/**
 * A fresh shortlist from people already known, ranked by fit to the revised
 * must-haves. Near misses from other searches, ready for their next role,
 * are offered first: they are the fastest credible names to put forward.
 */
export function ShortlistEditor({ plan, content, readOnly }: Props) {
  const id = useId();
  const excludeRole = useMemo(() => ({ briefId: plan.briefId, client: content.client, title: content.title }), [plan.briefId, content.client, content.title]);
  const pool = useLiveQuery(() => candidatePool({ excludeRole }), [excludeRole]);
  const ranked = useMemo(() => (pool ? rankCandidates(content, pool) : []), [pool, content]);
  const byKey = new Map(ranked.map((r) => [r.key, r]));
  const onList = new Set(plan.shortlist.map((e) => e.candidateKey));
  const offers = ranked.filter((r) => r.score > 0 && !onList.has(r.key));
  const ready = offers.filter((r) => r.ready);
  const others = offers.filter((r) => !r.ready);

  const add = (candidate: RankedCandidate) =>
    void updateDraftPlan(plan.id, (p) => ({ shortlist: [...p.shortlist.filter((e) => e.candidateKey !== candidate.key), { candidateKey: candidate.key, reason: shortlistReason(candidate) }] }));
  const remove = (key: string) => void updateDraftPlan(plan.id, (p) => ({ shortlist: p.shortlist.filter((e) => e.candidateKey !== key) }));
  const setReason = (key: string, reason: string) =>
    void updateDraftPlan(plan.id, (p) => ({ shortlist: p.shortlist.map((e) => (e.candidateKey === key ? { ...e, reason } : e)) }));

  const offerList = (title: string, list: RankedCandidate[], testId: string) =>
    list.length > 0 && (
      <div className="stack tight">
        <h4>{title}</h4>
        <ul className="list" data-testid={testId}>
          {list.map((r) => (
            <li key={r.key} className="row spread offer" data-testid="shortlist-offer" data-key={r.key}>
              <CandidateFitLine candidate={r} />
              <button type="button" className="btn small" onClick={() => add(r)} data-testid="shortlist-add" aria-label={`Add ${r.name} to the shortlist`}>Add</button>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <fieldset className="plan-part" data-testid="shortlist">
      <legend>Fresh shortlist</legend>
      {plan.shortlist.length === 0 ? (
        <p className="small muted">Nobody on the shortlist yet.</p>
      ) : (
        <ol className="list" aria-label="On the shortlist" data-testid="shortlist-entries">
          {plan.shortlist.map((entry, i) => {
            const ranking = byKey.get(entry.candidateKey);
            return (
              <li key={entry.candidateKey} className="stack tight" data-testid="shortlist-entry" data-key={entry.candidateKey}>
                <div className="row spread">
                  {ranking ? <CandidateFitLine candidate={ranking} /> : <strong>Candidate no longer ranked for this brief</strong>}
                  {!readOnly && (
                    <button type="button" className="btn small" onClick={() => remove(entry.candidateKey)} aria-label={`Remove ${ranking?.name ?? 'this candidate'} from the shortlist`}>
                      Remove
                    </button>
                  )}
                </div>
                <label htmlFor={`${id}-reason-${i}`} className="small">Why they fit (the client reads this)</label>
                <LocalText id={`${id}-reason-${i}`} value={entry.reason} multiline readOnly={readOnly} testId="shortlist-reason" onCommit={(text) => setReason(entry.candidateKey, text)} />
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && pool === undefined && <p className="small muted" aria-busy="true">Ranking the people you know…</p>}
      {!readOnly && pool !== undefined && offers.length === 0 && (
        <p className="small muted">Nobody else you know meets a must-have of this brief. Add a sourcing strategy to find new people.</p>
      )}
      {!readOnly && offerList('Ready for their next role (near misses)', ready, 'offers-ready')}
      {!readOnly && offerList('Others you know', others, 'offers-others')}
    </fieldset>
  );
}

import { useId, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { rankCandidates, shortlistReason, type BriefContent, type RankedCandidate } from '@/domain/brief';
import { candidatePool } from '@/storage/candidate-pool';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { CandidateFitLine } from './CandidateFitLine';
import { LocalText } from './LocalText';
import { t, type MessageKey } from '../i18n';

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

  const offerList = (title: MessageKey, list: RankedCandidate[], testId: string) =>
    list.length > 0 && (
      <div className="stack tight">
        <h4>{t(title)}</h4>
        <ul className="list" data-testid={testId}>
          {list.map((r) => (
            <li key={r.key} className="row spread offer" data-testid="shortlist-offer" data-key={r.key}>
              <CandidateFitLine candidate={r} />
              <button type="button" className="btn small" onClick={() => add(r)} data-testid="shortlist-add" aria-label={t('planShortlistAddLabel', r.name)}>{t('briefListAdd')}</button>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <fieldset className="plan-part" data-testid="shortlist">
      <legend>{t('planShortlistLegend')}</legend>
      {plan.shortlist.length === 0 ? (
        <p className="small muted">{t('planShortlistEmpty')}</p>
      ) : (
        <ol className="list" aria-label={t('planShortlistLabel')} data-testid="shortlist-entries">
          {plan.shortlist.map((entry, i) => {
            const ranking = byKey.get(entry.candidateKey);
            return (
              <li key={entry.candidateKey} className="stack tight" data-testid="shortlist-entry" data-key={entry.candidateKey}>
                <div className="row spread">
                  {ranking ? <CandidateFitLine candidate={ranking} /> : <strong>{t('planShortlistUnranked')}</strong>}
                  {!readOnly && (
                    <button type="button" className="btn small" onClick={() => remove(entry.candidateKey)} aria-label={ranking ? t('planShortlistRemoveLabel', ranking.name) : t('planShortlistRemoveUnknown')}>
                      {t('planShortlistRemove')}
                    </button>
                  )}
                </div>
                <label htmlFor={`${id}-reason-${i}`} className="small">{t('planShortlistReason')}</label>
                <LocalText id={`${id}-reason-${i}`} value={entry.reason} multiline readOnly={readOnly} testId="shortlist-reason" onCommit={(text) => setReason(entry.candidateKey, text)} />
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && pool === undefined && <p className="small muted" aria-busy="true">{t('planShortlistRanking')}</p>}
      {!readOnly && pool !== undefined && offers.length === 0 && (
        <p className="small muted">{t('planShortlistNoOffers')}</p>
      )}
      {!readOnly && offerList('planOffersReady', ready, 'offers-ready')}
      {!readOnly && offerList('planOffersOthers', others, 'offers-others')}
    </fieldset>
  );
}

import { useState } from 'react';
import type { FeedbackItem } from '@/domain/debrief';
import type { ValidationIssue } from '@/domain/validation';
import { removeFeedbackItem, updateFeedbackItem } from '@/storage/debriefs';
import { formatNumber, t } from '../i18n';
import { sentimentLabel, toneOptions } from './labels';
import { AutosavedField } from './AutosavedField';
import { FieldIssues, issuesAt } from './FieldIssues';
import { SegmentedChoice } from './SegmentedChoice';

interface Props {
  debriefId: string;
  item: FeedbackItem;
  index: number;
  issues: readonly ValidationIssue[];
}

/** One client quote: read at a glance, opened to add who, what about, and when. */
export function FeedbackItemEditor({ debriefId, item, index, issues }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const mine = issuesAt(issues, `feedback.${index}`);
  const path = (field: string) => `feedback.${item.id}.${field}`;
  const context = [item.saidBy, item.topic, item.momentOfInterview].map((s) => s?.trim()).filter(Boolean);

  return (
    <li className={`feedback-item stack ${item.sentiment}`} data-testid="feedback-item">
      <blockquote dir="auto" data-testid="feedback-quote">“{item.quote}”</blockquote>
      <div className="row spread small">
        <span className="muted clip" dir="auto">{sentimentLabel(item.sentiment)}{context.length ? ` · ${context.join(' · ')}` : ''}</span>
        <span className="row">
          <button type="button" className="btn link small" aria-expanded={editing} onClick={() => setEditing(!editing)}
            aria-label={t(editing ? 'debriefEditQuoteDone' : 'debriefEditQuote', formatNumber(index + 1))}>
            {editing ? t('debriefEditDone') : t('debriefEdit')}
          </button>
          {confirming ? (
            <>
              <button type="button" className="btn small danger" onClick={() => void removeFeedbackItem(debriefId, item.id)}>{t('debriefRemoveIt')}</button>
              <button type="button" className="btn small" onClick={() => setConfirming(false)}>{t('debriefKeep')}</button>
            </>
          ) : (
            <button type="button" className="btn link small" onClick={() => setConfirming(true)} aria-label={t('debriefRemoveQuote', formatNumber(index + 1))}>
              {t('debriefRemove')}
            </button>
          )}
        </span>
      </div>
      {!editing && <FieldIssues issues={mine} />}
      {editing && (
        <div className="stack">
          <AutosavedField debriefId={debriefId} path={path('quote')} stored={item.quote} label={t('debriefQuoteLabel')} multiline rows={2}
            issues={issuesAt(mine, `feedback.${index}.quote`)} />
          <div className="grid-2">
            <AutosavedField debriefId={debriefId} path={path('saidBy')} stored={item.saidBy} label={t('debriefWhoSaidIt')} issues={issuesAt(mine, `feedback.${index}.saidBy`)} />
            <AutosavedField debriefId={debriefId} path={path('topic')} stored={item.topic} label={t('debriefTopicLabel')} issues={issuesAt(mine, `feedback.${index}.topic`)} />
          </div>
          <AutosavedField debriefId={debriefId} path={path('momentOfInterview')} stored={item.momentOfInterview ?? ''} label={t('debriefMomentLabel')}
            placeholder={t('debriefMomentPlaceholder')} />
          <SegmentedChoice legend={t('debriefTone')} options={toneOptions()} value={item.sentiment}
            onChange={(sentiment) => void updateFeedbackItem(debriefId, item.id, { sentiment })} />
        </div>
      )}
    </li>
  );
}

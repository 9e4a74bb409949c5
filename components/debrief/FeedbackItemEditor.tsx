import { useState } from 'react';
import { SENTIMENTS, type FeedbackItem, type Sentiment } from '@/domain/debrief';
import type { ValidationIssue } from '@/domain/validation';
import { removeFeedbackItem, updateFeedbackItem } from '@/storage/debriefs';
import { AutosavedField } from './AutosavedField';
import { FieldIssues, issuesAt } from './FieldIssues';
import { SegmentedChoice } from './SegmentedChoice';

const TONES = (Object.keys(SENTIMENTS) as Sentiment[]).map((value) => ({ value, label: SENTIMENTS[value] }));

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
        <span className="muted clip" dir="auto">{SENTIMENTS[item.sentiment] ?? ''}{context.length ? ` · ${context.join(' · ')}` : ''}</span>
        <span className="row">
          <button type="button" className="btn link small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? 'Done' : 'Edit'}<span className="visually-hidden"> quote {index + 1}</span>
          </button>
          {confirming ? (
            <>
              <button type="button" className="btn small danger" onClick={() => void removeFeedbackItem(debriefId, item.id)}>Remove it</button>
              <button type="button" className="btn small" onClick={() => setConfirming(false)}>Keep</button>
            </>
          ) : (
            <button type="button" className="btn link small" onClick={() => setConfirming(true)}>
              Remove<span className="visually-hidden"> quote {index + 1}</span>
            </button>
          )}
        </span>
      </div>
      {!editing && <FieldIssues issues={mine} />}
      {editing && (
        <div className="stack">
          <AutosavedField debriefId={debriefId} path={path('quote')} stored={item.quote} label="Quote (their words)" multiline rows={2}
            issues={issuesAt(mine, `feedback.${index}.quote`)} />
          <div className="grid-2">
            <AutosavedField debriefId={debriefId} path={path('saidBy')} stored={item.saidBy} label="Who said it" issues={issuesAt(mine, `feedback.${index}.saidBy`)} />
            <AutosavedField debriefId={debriefId} path={path('topic')} stored={item.topic} label="Topic or competency" issues={issuesAt(mine, `feedback.${index}.topic`)} />
          </div>
          <AutosavedField debriefId={debriefId} path={path('momentOfInterview')} stored={item.momentOfInterview ?? ''} label="Moment of the interview"
            placeholder="e.g. the system design exercise" />
          <SegmentedChoice legend="Tone" options={TONES} value={item.sentiment}
            onChange={(sentiment) => void updateFeedbackItem(debriefId, item.id, { sentiment })} />
        </div>
      )}
    </li>
  );
}

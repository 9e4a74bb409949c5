import { useId, useState, type KeyboardEvent } from 'react';
import type { Debrief, Sentiment } from '@/domain/debrief';
import { addFeedbackItem } from '@/storage/debriefs';
import { clearDraft } from '@/storage/drafts';
import { useDraft } from '../hooks/use-draft';
import { t } from '../i18n';
import { toneOptions } from './labels';
import { SegmentedChoice } from './SegmentedChoice';
import { errorText } from '../error-text';

export const feedbackDraftId = (debriefId: string) => `feedback:${debriefId}`;

/**
 * One line, Enter saves it as a feedback item: fast enough to keep up with a
 * client talking. The line is a persisted draft until saved. Who said it
 * defaults to the last speaker, so a run of quotes needs no extra typing.
 */
export function FeedbackQuickCapture({ debrief, autoFocus, compact }: { debrief: Debrief; autoFocus?: boolean; compact?: boolean }) {
  // The call bar stays on screen: there, who/topic keep only screen-reader labels and placeholders.
  const small = compact ? 'visually-hidden' : undefined;
  const id = useId();
  const draftId = feedbackDraftId(debrief.id);
  const { text, setText, loaded } = useDraft(draftId);
  const lastSpeaker = debrief.feedback.at(-1)?.saidBy ?? debrief.interviewers[0] ?? '';
  const [saidBy, setSaidBy] = useState<string | null>(null);
  const [topic, setTopic] = useState('');
  const [sentiment, setSentiment] = useState<Sentiment>('negative');
  const [error, setError] = useState('');

  const save = async () => {
    const quote = text.trim();
    if (!quote) return setError(t('debriefQuickEmpty'));
    try {
      await addFeedbackItem(debrief.id, { quote, saidBy: (saidBy ?? lastSpeaker).trim(), topic: topic.trim(), sentiment });
      setText('');
      setTopic('');
      setError('');
      await clearDraft(draftId);
    } catch (e) {
      setError(errorText(e, t('debriefQuickNotSaved')));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div className="stack" style={compact ? { gap: 6 } : undefined} data-testid="quick-capture">
      <div className="field">
        <label htmlFor={`${id}-quote`}>{t('debriefQuickLabel')}</label>
        <input id={`${id}-quote`} type="text" dir="auto" value={text} disabled={!loaded} autoFocus={autoFocus}
          placeholder={t('debriefQuickPlaceholder')}
          data-testid="quick-capture-quote" aria-describedby={`${id}-help`}
          onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-who`} className={small}>{t('debriefWhoSaidIt')}</label>
          <input id={`${id}-who`} type="text" dir="auto" value={saidBy ?? lastSpeaker} placeholder={t('debriefWhoSaidIt')} data-testid="quick-capture-who"
            onChange={(e) => setSaidBy(e.target.value)} onKeyDown={onKeyDown} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`} className={small}>{t('debriefTopicLabel')}</label>
          <input id={`${id}-topic`} type="text" dir="auto" value={topic} placeholder={compact ? t('debriefTopicShort') : t('debriefTopicPlaceholder')} data-testid="quick-capture-topic"
            onChange={(e) => setTopic(e.target.value)} onKeyDown={onKeyDown} />
        </div>
      </div>
      <div className="row spread">
        <SegmentedChoice<Sentiment> legend={t('debriefQuoteTone')} hideLegend options={toneOptions()} value={sentiment} onChange={setSentiment} />
        <button type="button" className="btn primary nowrap" onClick={() => void save()} disabled={!loaded} data-testid="quick-capture-save">{t('debriefQuickSave')}</button>
      </div>
      <p id={`${id}-help`} className={error ? 'error' : compact ? 'visually-hidden' : 'hint'} role={error ? 'alert' : undefined}>
        {error || t('debriefQuickHelp')}
      </p>
    </div>
  );
}

import { useId, useState } from 'react';
import { emptyBriefContent, isFieldAnswered, BRIEF_FIELDS, type BriefContent } from '@/domain/brief';
import { createBriefRecord } from '@/storage/briefs';
import { t } from '../i18n';
import { fieldLabelText } from './labels';
import { PastePanel } from './PastePanel';
import { errorText } from '../error-text';

/**
 * A new brief: the role's name, and optionally the client's job ad pasted
 * to pre-fill the rest. Version 1 is whatever the recruiter starts from —
 * even an empty brief, whose qualification panel then lists every question
 * to ask.
 */
export function NewBriefForm({ onCreated, onCancel }: { onCreated(briefId: string): void; onCancel(): void }) {
  const id = useId();
  const [content, setContent] = useState<BriefContent>(emptyBriefContent);
  const [fromPaste, setFromPaste] = useState(false);
  const [error, setError] = useState('');
  const filled = BRIEF_FIELDS.filter((spec) => isFieldAnswered(content, spec.key)).length;
  const create = async () => {
    setError('');
    try {
      const reason = t(fromPaste ? 'briefFirstVersionFromPaste' : 'briefFirstVersion');
      const { brief } = await createBriefRecord({ content, reason });
      onCreated(brief.id);
    } catch (e) {
      setError(errorText(e, t('briefCreateFailed')));
    }
  };
  return (
    <section className="card stack new-brief" aria-labelledby={`${id}-h`} data-testid="new-brief-form">
      <h2 id={`${id}-h`}>{t('briefNewBrief')}</h2>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-title`}>{fieldLabelText('title')}</label>
          <input id={`${id}-title`} type="text" dir="auto" value={content.title} data-testid="new-title" autoFocus
            onChange={(e) => setContent((c) => ({ ...c, title: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-client`}>{fieldLabelText('client')}</label>
          <input id={`${id}-client`} type="text" dir="auto" value={content.client} data-testid="new-client"
            onChange={(e) => setContent((c) => ({ ...c, client: e.target.value }))} />
        </div>
      </div>
      <PastePanel current={content} onApply={(next) => { setContent(next); setFromPaste(true); }} />
      <div className="row wrap">
        <button type="button" className="btn primary" onClick={() => void create()} data-testid="create-brief">{t('briefCreate')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('briefCancel')}</button>
        <span className="hint" role="status">{filled === 0 ? t('briefNewEmpty') : t('briefNewFilled', filled, BRIEF_FIELDS.length)}</span>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}

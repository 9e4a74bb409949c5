import { useId, useRef, useState } from 'react';
import { MAX_PARSE_CHARS, parseJobText, type BriefContent, type BriefFieldKey, type ParsedJobText } from '@/domain/brief';
import { applyPaste, defaultPasteSelection, previewPaste, type PastePreviewRow } from '@/domain/brief-paste';
import { formatNumber, t, tCount, type MessageKey } from '../i18n';
import { fieldLabelText } from './labels';

interface Props {
  current: BriefContent;
  onApply(next: BriefContent, fields: BriefFieldKey[]): void;
  onClose?(): void;
}

const ACTION_WORDS: Readonly<Record<PastePreviewRow['action'], MessageKey>> = { fill: 'briefPasteFill', replace: 'briefPasteReplace', same: 'briefPasteSame' };

/** Long values are shortened in the preview only; the full text is applied. */
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/**
 * "Start from what exists": paste the client's job ad or old brief, see
 * which fields were recognised, and choose what to take. The text box is
 * uncontrolled and parsed once, on request, so a 200 KB paste of a whole
 * careers page does not re-render or re-parse on every keystroke.
 */
export function PastePanel({ current, onApply, onClose }: Props) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [parsed, setParsed] = useState<(ParsedJobText & { length: number }) | null>(null);
  const [rows, setRows] = useState<PastePreviewRow[]>([]);
  const [chosen, setChosen] = useState<Set<BriefFieldKey>>(new Set());

  const recognise = () => {
    const text = box.current?.value ?? '';
    const result = parseJobText(text);
    const found = previewPaste(current, result.content, result.recognised);
    setParsed({ ...result, length: text.length });
    setRows(found);
    setChosen(new Set(defaultPasteSelection(found)));
  };
  const toggle = (field: BriefFieldKey) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(field)) next.delete(field);
      else next.add(field);
      return next;
    });
  const apply = () => {
    if (!parsed) return;
    const fields = rows.filter((r) => chosen.has(r.field)).map((r) => r.field);
    onApply(applyPaste(current, parsed.content, fields), fields);
    setParsed(null);
    setRows([]);
    if (box.current) box.current.value = '';
  };

  return (
    <section className="card stack paste" aria-labelledby={`${id}-h`} data-testid="paste-panel">
      <div className="row spread">
        <h2 id={`${id}-h`}>{t('briefPasteHeading')}</h2>
        {onClose && <button type="button" className="btn small" onClick={onClose}>{t('briefPasteClose')}</button>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('briefPasteLabel')}</label>
        <textarea id={`${id}-text`} ref={box} rows={6} dir="auto" spellCheck={false} data-testid="paste-text"
          placeholder={t('briefPastePlaceholder')} />
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={recognise} data-testid="paste-recognise">{t('briefPasteRecognise')}</button>
        <span className="hint">{t('briefPasteHint')}</span>
      </div>
      {parsed && (
        <div className="stack" role="region" aria-label={t('briefPasteRecognised')} data-testid="paste-preview">
          <p className="small" role="status">
            {parsed.recognised.length === 0
              ? t('briefPasteNone')
              : t(parsed.recognised.length === 1 ? 'briefPasteFoundOne' : 'briefPasteFoundOther', formatNumber(parsed.recognised.length), formatNumber(parsed.length, 0))}
            {parsed.truncated && ` ${t('briefPasteTruncated', formatNumber(MAX_PARSE_CHARS, 0))}`}
          </p>
          {rows.length > 0 && (
            <fieldset className="paste-rows">
              <legend>{t('briefPasteTake')}</legend>
              {rows.map((row) => (
                <label key={row.field} className={`paste-row ${row.action}`} data-testid="paste-row" data-action={row.action}>
                  <input type="checkbox" checked={chosen.has(row.field)} disabled={row.action === 'same'} onChange={() => toggle(row.field)} />
                  <span className="stack tight">
                    <span><strong>{fieldLabelText(row.field)}</strong> <span className={row.action === 'replace' ? 'pill warn' : 'pill'}>{t(ACTION_WORDS[row.action])}</span></span>
                    {row.action === 'replace' && <span className="small muted">{t('briefPasteNow', shorten(row.before))}</span>}
                    <span className="small" dir="auto">{row.action === 'replace' ? t('briefPasteNew', shorten(row.after)) : shorten(row.after)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="row">
            <button type="button" className="btn primary" onClick={apply} disabled={chosen.size === 0} data-testid="paste-apply">
              {tCount('briefPasteApplyOne', 'briefPasteApplyOther', chosen.size)}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

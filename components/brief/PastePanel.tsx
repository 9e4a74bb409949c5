import { useId, useRef, useState } from 'react';
import { MAX_PARSE_CHARS, parseJobText, type BriefContent, type BriefFieldKey, type ParsedJobText } from '@/domain/brief';
import { applyPaste, defaultPasteSelection, previewPaste, type PastePreviewRow } from '@/domain/brief-paste';

interface Props {
  current: BriefContent;
  onApply(next: BriefContent, fields: BriefFieldKey[]): void;
  onClose?(): void;
}

const ACTION_WORDS = { fill: 'Fills an empty field', replace: 'Replaces what you wrote', same: 'Already the same' } as const;

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
        <h2 id={`${id}-h`}>Start from what exists</h2>
        {onClose && <button type="button" className="btn small" onClick={onClose}>Close</button>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste the job ad or the client’s brief</label>
        <textarea id={`${id}-text`} ref={box} rows={6} dir="auto" spellCheck={false} data-testid="paste-text"
          placeholder="Headings and bullet lists are recognised: About the role, Requirements, Nice to have, Salary…" />
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={recognise} data-testid="paste-recognise">Recognise fields</button>
        <span className="hint">Nothing changes in the form until you apply.</span>
      </div>
      {parsed && (
        <div className="stack" role="region" aria-label="Recognised fields" data-testid="paste-preview">
          <p className="small" role="status">
            {parsed.recognised.length === 0
              ? 'No fields recognised. Paste text with headings (Responsibilities, Requirements…) or fill the form by hand.'
              : `${parsed.recognised.length} fields recognised in ${parsed.length.toLocaleString('en')} characters.`}
            {parsed.truncated && ` Only the first ${MAX_PARSE_CHARS.toLocaleString('en')} characters were read.`}
          </p>
          {rows.length > 0 && (
            <fieldset className="paste-rows">
              <legend>Take these fields</legend>
              {rows.map((row) => (
                <label key={row.field} className={`paste-row ${row.action}`} data-testid="paste-row" data-action={row.action}>
                  <input type="checkbox" checked={chosen.has(row.field)} disabled={row.action === 'same'} onChange={() => toggle(row.field)} />
                  <span className="stack tight">
                    <span><strong>{row.label}</strong> <span className={row.action === 'replace' ? 'pill warn' : 'pill'}>{ACTION_WORDS[row.action]}</span></span>
                    {row.action === 'replace' && <span className="small muted">Now: {shorten(row.before)}</span>}
                    <span className="small" dir="auto">{row.action === 'replace' ? 'New: ' : ''}{shorten(row.after)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="row">
            <button type="button" className="btn primary" onClick={apply} disabled={chosen.size === 0} data-testid="paste-apply">
              Apply {chosen.size} {chosen.size === 1 ? 'field' : 'fields'} to the form
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

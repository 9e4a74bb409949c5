import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import { LIMITS } from '@/domain/debrief-validation';
import { detectJustification } from '@/domain/justification';
import { charLength } from '@/domain/validation';
import { JustificationFlags } from './JustificationFlags';
import { formatNumber, t } from '../i18n';
import { useAutosavedText } from './use-autosaved-text';

/** Long notes are checked less eagerly: the detector runs over the whole text. */
const checkDelay = (length: number) => (length > 5_000 ? 700 : 300);

/**
 * The recruiter's own notes, autosaved, with gentle flags on defensive or
 * dismissive phrasing. The check runs after typing pauses, never per
 * keystroke, so 50,000 characters still type smoothly.
 */
export function RecruiterNotes({ debrief, candidateNames }: { debrief: Debrief; candidateNames: readonly string[] }) {
  const id = useId();
  const field = useAutosavedText(debrief.id, 'notes', debrief.notes ?? '');
  const [checked, setChecked] = useState(field.value);

  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setChecked(field.value)), checkDelay(field.value.length));
    return () => clearTimeout(timer);
  }, [field.value]);

  const dismissed = debrief.dismissedFlags;
  const flags = useMemo(() => {
    const gone = new Set(dismissed ?? []);
    return detectJustification(checked, { candidateNames }).filter((f) => !gone.has(f.key));
  }, [checked, candidateNames, dismissed]);

  // .length (UTF-16 units) is never below the person-counted length: count properly only when it matters.
  const length = field.value.length > LIMITS.notesWarning ? charLength(field.value) : field.value.length;
  const tooLong = length > LIMITS.notesWarning;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={id}>{t('debriefNotesLabel')}</label>
        <textarea id={id} dir="auto" rows={4} value={field.value} data-testid="debrief-notes"
          placeholder={t('debriefNotesPlaceholder')}
          aria-describedby={`${id}-help`} onChange={(e) => field.onChange(e.target.value)} onFocus={field.onFocus} onBlur={field.onBlur} />
      </div>
      <p id={`${id}-help`} className={tooLong ? 'warning' : 'hint'} data-testid="notes-help">
        {field.error
          ? field.error
          : tooLong
            ? t('debriefNotesTooLong', formatNumber(length, 0))
            : t('debriefNotesPrivate')}
      </p>
      <JustificationFlags text={checked} flags={flags} debriefId={debrief.id} />
    </div>
  );
}

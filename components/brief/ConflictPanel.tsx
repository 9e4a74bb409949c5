import { useEffect, useId, useRef, useState } from 'react';
import type { BriefFieldKey, MergeConflict } from '@/domain/brief';
import { t } from '../i18n';
import { fieldLabelText, fieldValueText } from './labels';

interface Props {
  /** The version saved elsewhere meanwhile. */
  latestVersion: number;
  basedOn: number;
  conflicts: readonly MergeConflict[];
  onResolve(choices: Record<string, 'mine' | 'theirs'>): void;
  onDiscardMine(): void;
  busy?: boolean;
}

/** A field's value in words ("£80k–£95k per year", "Figma; User research"). */
function shown(field: BriefFieldKey, value: unknown): string {
  return fieldValueText(field, value) || t('briefEmptyValue');
}

/**
 * Another tab saved a version while this one was being edited, and both
 * changed the same fields. Nothing was saved: both values are shown and the
 * recruiter chooses, field by field. Edits to other fields are already
 * combined.
 */
export function ConflictPanel({ latestVersion, basedOn, conflicts, onResolve, onDiscardMine, busy }: Props) {
  const id = useId();
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const complete = conflicts.every((c) => choices[c.field]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The save button is far below the fields: bring the question to the recruiter, and their focus to it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, [latestVersion]);
  return (
    <section className="card stack conflict" role="alert" aria-labelledby={`${id}-h`} data-testid="conflict-panel">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>{t('briefConflictHeading', latestVersion)}</h2>
      <p className="small">
        {t(conflicts.length === 1 ? 'briefConflictExplainOne' : 'briefConflictExplainOther', basedOn, latestVersion, conflicts.length)}
      </p>
      {conflicts.map((conflict) => (
        <fieldset key={conflict.field} className="conflict-field" data-testid="conflict-field" data-field={conflict.field}>
          <legend>{fieldLabelText(conflict.field)}</legend>
          <label className="conflict-choice">
            <input type="radio" name={`${id}-${conflict.field}`} checked={choices[conflict.field] === 'mine'} data-testid="keep-mine"
              onChange={() => setChoices((c) => ({ ...c, [conflict.field]: 'mine' }))} />
            <span><strong>{t('briefConflictKeepMine')}</strong><span className="value" dir="auto">{shown(conflict.field, conflict.mine)}</span></span>
          </label>
          <label className="conflict-choice">
            <input type="radio" name={`${id}-${conflict.field}`} checked={choices[conflict.field] === 'theirs'} data-testid="keep-theirs"
              onChange={() => setChoices((c) => ({ ...c, [conflict.field]: 'theirs' }))} />
            <span><strong>{t('briefConflictKeepTheirs', latestVersion)}</strong><span className="value" dir="auto">{shown(conflict.field, conflict.theirs)}</span></span>
          </label>
        </fieldset>
      ))}
      <div className="row wrap">
        <button type="button" className="btn primary" disabled={!complete || busy} onClick={() => onResolve(choices)} data-testid="resolve-save">
          {t('briefConflictSave', latestVersion + 1)}
        </button>
        <button type="button" className="btn" onClick={onDiscardMine} data-testid="discard-mine">{t('briefConflictDrop', latestVersion)}</button>
        {!complete && <span className="hint">{t('briefConflictChooseAll')}</span>}
      </div>
    </section>
  );
}

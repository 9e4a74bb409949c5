import { useId, useState } from 'react';
import { t } from '../i18n';

interface Props {
  label: string;
  items: readonly string[];
  onChange(items: string[]): void;
  placeholder?: string;
  describedBy?: string;
  testId?: string;
  /** Id for the "add" input, so a qualification issue can move focus here. */
  inputId?: string;
  readOnly?: boolean;
}

/**
 * A list field as items the recruiter can edit, add and remove one by one:
 * a must-have is a unit the client agrees to, not a line in a text blob.
 * Enter in the new-item box adds it; every button names its item for
 * screen readers.
 */
export function ListEditor({ label, items, onChange, placeholder, describedBy, testId, inputId, readOnly }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const value = draft.trim();
    if (!value) return;
    onChange([...items, value]);
    setDraft('');
  };
  return (
    <fieldset className="list-editor" data-testid={testId} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {items.length > 0 && (
        <ol className="list-items">
          {items.map((item, i) => (
            <li key={i} className="row">
              <label htmlFor={`${id}-${i}`} className="visually-hidden">{t('briefListItemLabel', label, i + 1)}</label>
              <input id={`${id}-${i}`} type="text" dir="auto" value={item} readOnly={readOnly} data-testid="list-item"
                onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))} />
              {!readOnly && (
                <button type="button" className="btn small icon" onClick={() => onChange(items.filter((_, j) => j !== i))}
                  aria-label={item ? t('briefListRemoveItem', item, label) : t('briefListRemoveNth', i + 1, label)} title={t('briefListRemove')}>×</button>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <div className="row">
          <label htmlFor={inputId ?? `${id}-new`} className="visually-hidden">{t('briefListAddTo', label)}</label>
          <input id={inputId ?? `${id}-new`} type="text" dir="auto" value={draft} placeholder={placeholder ?? t('briefListAddPlaceholder')} data-testid="list-add-input"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }} />
          <button type="button" className="btn small" onClick={add} disabled={!draft.trim()} data-testid="list-add">{t('briefListAdd')}</button>
        </div>
      )}
    </fieldset>
  );
}

import type { FieldDiff } from '@/domain/brief';
import { t, type MessageKey } from '../i18n';
import { fieldLabelText } from './labels';

const STATUS_WORDS: Readonly<Record<Exclude<FieldDiff['status'], 'unchanged'>, MessageKey>> = {
  added: 'briefDiffStatusAdded', removed: 'briefDiffStatusRemoved', changed: 'briefDiffStatusChanged',
};

/**
 * One field of a diff, side by side. Text is diffed word by word: the old
 * column shows what was removed (struck through), the new column what was
 * added (underlined and highlighted), as <del>/<ins> so the meaning does not
 * rest on colour. Lists show each item as kept, added or removed.
 */
export function DiffField({ field }: { field: FieldDiff }) {
  let before;
  let after;
  if (field.kind === 'text') {
    before = field.parts.filter((p) => !p.added).map((p, i) => (p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>));
    after = field.parts.filter((p) => !p.removed).map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>));
  } else if (field.kind === 'list') {
    before = (
      <ul className="diff-list">
        {field.items.filter((item) => item.status !== 'added').map((item, i) => (
          <li key={i} className={item.status}>{item.status === 'removed' ? <del>{item.value}</del> : item.value}</li>
        ))}
      </ul>
    );
    after = (
      <ul className="diff-list">
        {field.items.filter((item) => item.status !== 'removed').map((item, i) => (
          <li key={i} className={item.status}>{item.status === 'added' ? <ins>{item.value}</ins> : item.value}</li>
        ))}
      </ul>
    );
  } else {
    before = field.before ? <del>{field.before}</del> : null;
    after = field.after ? <ins>{field.after}</ins> : null;
    if (field.status === 'unchanged') {
      before = field.before;
      after = field.after;
    }
  }
  const empty = <span className="muted">{t('briefEmptyValue')}</span>;
  return (
    <div className={`diff-row ${field.status}`} role="row" data-testid="diff-field" data-field={field.field}>
      <div role="rowheader" className="diff-label">
        {fieldLabelText(field.field)}
        {field.status !== 'unchanged' && <span className="visually-hidden"> {t(STATUS_WORDS[field.status])}</span>}
      </div>
      <div role="cell" className="diff-cell before" dir="auto">{field.before ? before : empty}</div>
      <div role="cell" className="diff-cell after" dir="auto">{field.after ? after : empty}</div>
    </div>
  );
}

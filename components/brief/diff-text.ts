import { quotesInFull, type BriefDiff, type FieldDiff } from '@/domain/brief';
import { t } from '../i18n';
import { fieldLabelText } from './labels';

/**
 * The version comparison's summary lines in the UI language: the on-screen
 * twin of the domain's diffSummary, which stays English for the client
 * summary. "Must-have skills: added 'Kubernetes', removed 'Java'".
 */

const quoteList = (items: readonly string[]) => items.map((item) => t('briefDiffQuoted', item)).join(', ');

function fieldChangeText(field: FieldDiff): string | null {
  if (field.status === 'unchanged') return null;
  const label = fieldLabelText(field.field);
  if (field.kind === 'list') {
    if (!field.added.length && !field.removed.length) return t('briefDiffRewritten', label);
    if (field.added.length && field.removed.length) return t('briefDiffAddedRemoved', label, quoteList(field.added), quoteList(field.removed));
    return field.added.length ? t('briefDiffAddedItems', label, quoteList(field.added)) : t('briefDiffRemovedItems', label, quoteList(field.removed));
  }
  const short = quotesInFull(field);
  switch (field.status) {
    case 'added':
      return short ? t('briefDiffSetTo', label, field.after) : t('briefDiffAdded', label);
    case 'removed':
      return short ? t('briefDiffClearedWas', label, field.before) : t('briefDiffCleared', label);
    default:
      return short ? t('briefDiffChangedTo', label, field.before, field.after) : t('briefDiffRewritten', label);
  }
}

export function diffSummaryText(diff: BriefDiff): string[] {
  return diff.changed.map(fieldChangeText).filter((line): line is string => line !== null);
}

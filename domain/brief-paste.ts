import { BRIEF_FIELDS, cloneBriefContent, formatFieldValue, isFieldAnswered, withDefaults, type BriefContent, type BriefFieldKey } from './brief';

/**
 * "Start from what exists": the fields a pasted job ad would set, and what
 * each would do to the form. Filling an empty field is safe; replacing what
 * the recruiter already wrote is their call, so those start unticked.
 */

export type PasteAction = 'fill' | 'replace' | 'same';

export interface PastePreviewRow {
  field: BriefFieldKey;
  label: string;
  action: PasteAction;
  /** Display forms (lists joined with "; "). */
  before: string;
  after: string;
}

export function previewPaste(current: BriefContent, parsed: Partial<BriefContent>, recognised: readonly BriefFieldKey[]): PastePreviewRow[] {
  const incoming = withDefaults(parsed);
  const wanted = new Set(recognised);
  return BRIEF_FIELDS.filter((spec) => wanted.has(spec.key)).map((spec) => {
    const before = formatFieldValue(current, spec.key);
    const after = formatFieldValue(incoming, spec.key);
    // "Answered" here is the field's own value: a remote policy does not make the location field "filled".
    const hasOwn = before !== '' && isFieldAnswered(current, spec.key);
    const action: PasteAction = before === after ? 'same' : hasOwn ? 'replace' : 'fill';
    return { field: spec.key, label: spec.label, action, before, after };
  });
}

/** Fields to tick by default: every fill, never a replace. */
export function defaultPasteSelection(rows: readonly PastePreviewRow[]): BriefFieldKey[] {
  return rows.filter((row) => row.action === 'fill').map((row) => row.field);
}

/** The form with only the chosen fields taken from the parsed text. */
export function applyPaste(current: BriefContent, parsed: Partial<BriefContent>, fields: readonly BriefFieldKey[]): BriefContent {
  const next = cloneBriefContent(current);
  const incoming = withDefaults(parsed);
  for (const key of fields) Object.assign(next, { [key]: incoming[key] });
  return cloneBriefContent(next);
}

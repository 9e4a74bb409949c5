import { diffArrays, diffWords } from 'diff';
import { BRIEF_FIELDS, CHOICE_LABELS, type BriefContent, type BriefFieldKey, type FieldSpec } from './fields';
import type { BriefVersion } from './records';
import { formatSalary } from './salary';
import { itemKey } from './text-match';

/**
 * A readable diff between two versions of a brief: field by field, word by
 * word inside text, item by item inside lists. The diffing itself is the
 * `diff` library's (Myers' algorithm); this module only shapes the result
 * for the brief's fields.
 */

export type FieldChangeStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ListItemDiff {
  value: string;
  status: 'kept' | 'added' | 'removed';
}

interface FieldDiffBase {
  field: BriefFieldKey;
  label: string;
  status: FieldChangeStatus;
  /** Display form of the old and new value ("£60k–£70k per year", "Go; Kafka"). */
  before: string;
  after: string;
}

export type FieldDiff =
  | (FieldDiffBase & { kind: 'text'; parts: WordPart[] })
  | (FieldDiffBase & { kind: 'list'; items: ListItemDiff[]; added: string[]; removed: string[]; kept: string[] })
  | (FieldDiffBase & { kind: 'value' });

export interface BriefDiff {
  from?: number;
  to?: number;
  /** Every field, in catalogue order. */
  fields: FieldDiff[];
  /** Only the fields that differ. */
  changed: FieldDiff[];
}

function status(before: string, after: string, same: boolean): FieldChangeStatus {
  if (same) return 'unchanged';
  if (before === '') return 'added';
  if (after === '') return 'removed';
  return 'changed';
}

export function formatFieldValue(content: BriefContent, key: BriefFieldKey): string {
  const value = content[key];
  if (key === 'salary') return formatSalary(content.salary);
  if (key === 'experienceYears') return content.experienceYears === null ? '' : `${content.experienceYears} years`;
  if (Array.isArray(value)) return value.filter((item) => item.trim() !== '').join('; ');
  if (typeof value === 'string') return CHOICE_LABELS[key]?.[value] ?? value.trim();
  return '';
}

function textDiff(spec: FieldSpec, before: string, after: string): FieldDiff {
  const parts: WordPart[] = diffWords(before, after).map((change) => {
    const part: WordPart = { value: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
  return { kind: 'text', field: spec.key, label: spec.label, status: status(before, after, before === after), before, after, parts };
}

function listDiff(spec: FieldSpec, beforeList: readonly string[], afterList: readonly string[]): FieldDiff {
  const clean = (list: readonly string[]) => list.map((item) => item.trim()).filter(Boolean);
  const oldItems = clean(beforeList);
  const newItems = clean(afterList);
  const changes = diffArrays(oldItems, newItems, { comparator: (a, b) => itemKey(a) === itemKey(b) });
  const addedKeys = new Set(changes.filter((c) => c.added).flatMap((c) => c.value.map(itemKey)));
  const removedKeys = new Set(changes.filter((c) => c.removed).flatMap((c) => c.value.map(itemKey)));
  const items: ListItemDiff[] = [];
  for (const change of changes) {
    for (const value of change.value) {
      const key = itemKey(value);
      // A reordered item shows up as removed and added: it was kept, shown at its new place.
      if (change.removed && addedKeys.has(key)) continue;
      const moved = change.added && removedKeys.has(key);
      items.push({ value, status: change.added && !moved ? 'added' : change.removed ? 'removed' : 'kept' });
    }
  }
  const pick = (s: ListItemDiff['status']) => items.filter((item) => item.status === s).map((item) => item.value);
  const added = pick('added');
  const removed = pick('removed');
  const before = oldItems.join('; ');
  const after = newItems.join('; ');
  const same = added.length === 0 && removed.length === 0;
  return { kind: 'list', field: spec.key, label: spec.label, status: status(before, after, same), before, after, items, added, removed, kept: pick('kept') };
}

export function diffBriefContent(before: BriefContent, after: BriefContent): BriefDiff {
  const fields = BRIEF_FIELDS.map((spec): FieldDiff => {
    if (spec.kind === 'list') return listDiff(spec, before[spec.key] as string[], after[spec.key] as string[]);
    const oldValue = formatFieldValue(before, spec.key);
    const newValue = formatFieldValue(after, spec.key);
    if (spec.kind === 'text') return textDiff(spec, oldValue, newValue);
    return { kind: 'value', field: spec.key, label: spec.label, status: status(oldValue, newValue, oldValue === newValue), before: oldValue, after: newValue };
  });
  return { fields, changed: fields.filter((field) => field.status !== 'unchanged') };
}

/** Diff any two versions; pass them in either order, the older one is "before". */
export function diffVersions(a: BriefVersion, b: BriefVersion): BriefDiff {
  const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
  return { ...diffBriefContent(older.content, newer.content), from: older.version, to: newer.version };
}

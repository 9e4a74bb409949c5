import { t, type MessageKey } from '../i18n';

/** Words for the recruiter; a table added later shows under its own name until it gets one here. */
const TABLE_LABELS: Readonly<Partial<Record<string, MessageKey>>> = {
  candidates: 'dataTableCandidates',
  notes: 'dataTableNotes',
  debriefs: 'dataTableDebriefs',
  drafts: 'dataTableDrafts',
  briefs: 'dataTableBriefs',
  briefVersions: 'dataTableBriefVersions',
  plans: 'dataTablePlans',
};

export function tableLabel(name: string): string {
  const key = TABLE_LABELS[name];
  return key ? t(key) : name;
}

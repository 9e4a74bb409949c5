/** Words for the recruiter; a table added later shows under its own name until it gets one here. */
export const TABLE_LABELS: Readonly<Record<string, string>> = {
  candidates: 'Candidates',
  notes: 'Notes',
  debriefs: 'Debriefs',
  drafts: 'Unsaved drafts',
  briefs: 'Briefs',
  briefVersions: 'Brief versions',
  plans: 'Recruitment plans',
};

export const tableLabel = (name: string): string => TABLE_LABELS[name] ?? name;

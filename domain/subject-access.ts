import { CANDIDATE_STATUSES, INTERVIEW_STAGES, OUTCOMES, type Debrief } from './debrief';
import { CAUSES } from './diagnosis/causes';

/**
 * A subject-access report: everything held about one person, readable by
 * them. Pure: the data is gathered by storage/subject-access and rendered
 * here as Markdown (the same data also goes out as JSON).
 */
export interface SubjectAccessData {
  exportedAt: string;
  candidateKey: string;
  candidate: {
    name: string;
    headline: string;
    profileUrl: string;
    site: string;
    job?: { title?: string; company?: string };
    correction?: { name?: string; jobTitle?: string; company?: string };
    createdAt: string;
    lastSeenAt: string;
  } | null;
  notes: { text: string; createdAt: string; updatedAt: string }[];
  debriefs: Debrief[];
  /** Text being typed about them and not yet saved. */
  drafts: { text: string; updatedAt: string }[];
  shortlists: { roleTitle: string; clientCompany: string; reason: string; status: string; createdAt: string }[];
}

/** Text exactly as typed, made inert for Markdown: no emphasis, links, HTML or headings sneak in. */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)([+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

const quote = (text: string) => mdText(text).split('\n').map((l) => `> ${l}`).join('\n');
const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—');
const causeLabel = (id: string) => (CAUSES as Readonly<Record<string, { label: string } | undefined>>)[id]?.label ?? id;

export function subjectAccessMarkdown(d: SubjectAccessData): string {
  const c = d.candidate;
  const name = c?.correction?.name || c?.name || d.candidateKey;
  const out: string[] = [
    `# Personal data held about ${mdText(name)}`,
    '',
    `Exported on ${day(d.exportedAt)} from Recalibrate, a recruiter’s own tool that keeps everything on the recruiter’s computer. This is everything it holds about this person.`,
    '',
    '## Profile',
    '',
  ];
  if (c) {
    out.push(`- Name as shown on the page: ${mdText(c.name)}`);
    if (c.correction?.name) out.push(`- Name as corrected by the recruiter: ${mdText(c.correction.name)}`);
    out.push(`- Headline: ${mdText(c.headline) || '—'}`, `- Profile: ${mdText(c.profileUrl)} (${mdText(c.site)})`);
    const job = [c.correction?.jobTitle || c.job?.title, c.correction?.company || c.job?.company].filter(Boolean).join(' at ');
    if (job) out.push(`- Role considered for: ${mdText(job)}`);
    out.push(`- First seen: ${day(c.createdAt)}; last seen: ${day(c.lastSeenAt)}`);
  } else out.push('No profile record (only the items below name this person).');

  out.push('', `## Notes (${d.notes.length})`, '');
  if (!d.notes.length) out.push('None.');
  for (const n of d.notes) out.push(`### ${day(n.createdAt)}`, '', quote(n.text), '');

  out.push('', `## Interview debriefs (${d.debriefs.length})`, '');
  if (!d.debriefs.length) out.push('None.');
  for (const b of d.debriefs) out.push(...debriefSection(b));

  out.push('', `## Shortlists (${d.shortlists.length})`, '');
  if (!d.shortlists.length) out.push('None.');
  for (const s of d.shortlists) out.push(`- ${mdText([s.roleTitle, s.clientCompany].filter(Boolean).join(' at ') || 'A role')} (${s.status}, ${day(s.createdAt)}): ${mdText(s.reason) || '—'}`);

  out.push('', `## Unsaved text (${d.drafts.length})`, '');
  if (!d.drafts.length) out.push('None.');
  for (const t of d.drafts) out.push(`- ${day(t.updatedAt)}:`, '', quote(t.text), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function debriefSection(b: Debrief): string[] {
  const lines = [
    `### ${mdText([b.roleTitle, b.clientCompany].filter(Boolean).join(' at ') || 'Interview')} — ${day(b.interviewAt)}`,
    '',
    `- Stage: ${INTERVIEW_STAGES[b.stage] ?? b.stage}; outcome: ${OUTCOMES[b.outcome] ?? b.outcome}; status: ${b.status}`,
  ];
  if (b.interviewers.length) lines.push(`- Interviewers: ${mdText(b.interviewers.join(', '))}`);
  if (b.confirmedCauses.length) lines.push(`- Why it went wrong (recruiter’s conclusion): ${b.confirmedCauses.map(causeLabel).join('; ')}`);
  if (b.feedback.length) {
    lines.push('', 'Client feedback:', '');
    for (const f of b.feedback) lines.push(`- ${mdText(f.topic || 'General')} (${f.sentiment}${f.saidBy ? `, ${mdText(f.saidBy)}` : ''}): “${mdText(f.quote)}”`);
  }
  const ratings = b.track2?.ratings ?? [];
  if (ratings.length) {
    lines.push('', 'Assessment before and after the interview (1–5):', '');
    for (const r of ratings) lines.push(`- ${mdText(r.competency)}: before ${r.before ?? '—'}, after ${r.revealed ?? '—'}`);
  }
  if (b.track2?.coachingPoints.length) lines.push('', `Coaching points: ${mdText(b.track2.coachingPoints.join('; '))}`);
  const motivation = Object.values(b.track2?.motivation ?? {}).filter(Boolean);
  if (motivation.length) lines.push('', 'Motivation answers:', '', ...motivation.map((m) => `- ${mdText(m)}`));
  if (b.track2?.candidateMessage) lines.push('', 'Feedback message to the candidate:', '', quote(b.track2.candidateMessage));
  if (b.track2?.candidateStatus) lines.push('', `Next: ${CANDIDATE_STATUSES[b.track2.candidateStatus] ?? b.track2.candidateStatus}`);
  if (b.notes) lines.push('', 'Recruiter’s notes:', '', quote(b.notes));
  lines.push('');
  return lines;
}
